"""Session 34: a verdict told by a noun ("X's conviction for ...", "a guilty verdict against
X") is a conviction, as "X was convicted" is; a conviction sought, undone or had before is
none (extract/frames/charges.py, conviction-noun and verdict-noun)."""

from __future__ import annotations

from tests.extract.conftest import extract, named

_DOJ = [{"country": "US", "agency": "Department of Justice"}]


def _stages(text: str) -> set[tuple[str, str | None]]:
    result = extract(text, doc_type="press_release", issuers=_DOJ)
    names = named(result)
    return {(names[r.source], r.modality) for r in result.relations
            if r.type == "DEFENDANT_IN"}


def test_a_verdict_noun_convicts() -> None:
    assert ("Oleander Prusk", "convicted") in _stages(
        "A jury in Kansas City returned a guilty verdict against Oleander Prusk, 51, of "
        "Olathe, Kansas, on charges of bank fraud.")
    assert ("Oleander Prusk", "convicted") in _stages(
        "Oleander Prusk, 51, of Olathe, Kansas, faces up to 30 years in prison. "
        "Prusk's conviction for bank fraud came after a four-day trial.")


def test_a_conviction_sought_or_had_before_convicts_no_one() -> None:
    lead = "Oleander Prusk, 51, of Olathe, Kansas, was indicted on bank fraud charges. "
    for text in ("Prosecutors are seeking the conviction of Prusk on those charges.",
                 "Prusk's prior conviction for mail fraud was noted in the filing.",
                 "Prusk hopes to avoid a conviction for bank fraud."):
        stages = _stages(lead + text)
        assert ("Oleander Prusk", "charged") in stages, text
        assert ("Oleander Prusk", "convicted") not in stages, text
