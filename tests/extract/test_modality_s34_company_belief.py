"""Session 34: what a company believed of the one it hired is its view, not a fact, also in
a participle clause that shares its subject (extract/modality.py `_own_belief`)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LEAD = "Margaret Hollisford hosted laptops for North Korean IT workers. "
_TIE = ("Margaret Hollisford", "Ostrander Biotech Inc.")


def _employed(text: str) -> list[tuple[str, str]]:
    return relations(extract(_LEAD + text, doc_type="press_release"), "EMPLOYED_AT")


def test_a_companys_belief_about_its_hire_states_no_employment() -> None:
    for text in ("Ostrander Biotech Inc. mailed a badge to Hollisford, thinking she was its "
                 "new engineer.",
                 "Ostrander Biotech Inc. assumed she was its new engineer."):
        assert _TIE not in _employed(text), text


def test_what_the_company_knew_is_stated() -> None:
    assert _TIE in _employed("Ostrander Biotech Inc. knew she was its new engineer.")
