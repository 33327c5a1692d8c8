"""Every item of a list a relative clause takes up by "both of which" / "all of which";
"some of which" and "neither of which" state nothing of any one item. Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LIST = ("The brokers moved money for two companies controlled by North Korea: Harrow "
         "Digital, based in China, and Pellmore Systems, based in Russia, {q} of which "
         "{verb} sanctioned by the U.S. Treasury Department.")


def _designated(q: str, verb: str) -> set[str]:
    result = extract(_LIST.format(q=q, verb=verb), doc_type="news",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    return {t for _, t in relations(result, "DESIGNATED")}


def test_both_of_which_is_every_item() -> None:
    assert _designated("both", "have been") == {"Harrow Digital", "Pellmore Systems"}


def test_some_or_neither_of_which_is_no_item() -> None:
    assert not _designated("some", "have been")
    assert not _designated("neither", "has been")
