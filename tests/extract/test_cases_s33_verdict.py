"""A verdict told with "find" ties the one found to the case like "convicted" does: "X was
found guilty (by a jury) of ...", "the court found X guilty of ..." (extract/frames/
charges.py, frame "verdict"); "found not guilty" leaves X a defendant at the charge; a modal,
planned or quoted verdict states nothing. "Making false statements" is a charge. Invented
names."""

from __future__ import annotations

from tests.extract.conftest import extract, named

_DOJ = [{"country": "US", "agency": "Department of Justice"}]


def court(text: str) -> list[tuple[str, str, str, str]]:
    result = extract(text, doc_type="press_release", issuers=_DOJ)
    names = named(result)
    return [(r.type, names[r.source], names[r.target], r.modality) for r in result.relations
            if r.type in {"DEFENDANT_IN", "CHARGED_WITH"}]


def test_found_guilty_by_a_jury_is_a_conviction() -> None:
    found = court("ST. PAUL - Leontyne Harrop was found guilty by a federal jury on Tuesday "
                  "of bank fraud conspiracy for opening accounts for overseas IT workers.")
    assert ("DEFENDANT_IN", "Leontyne Harrop", "United States v. Leontyne Harrop",
            "convicted") in found
    assert ("CHARGED_WITH", "Leontyne Harrop", "United States v. Leontyne Harrop",
            "convicted") in found


def test_the_court_found_a_defendant_guilty() -> None:
    found = court("DENVER - After a five-day trial, a federal judge found Osric Penhallow "
                  "guilty of making false statements to investigators.")
    assert ("CHARGED_WITH", "Osric Penhallow", "United States v. Osric Penhallow",
            "convicted") in found


def test_found_not_guilty_stays_at_the_charge() -> None:
    found = court("Osric Penhallow was found not guilty of wire fraud by a federal jury in "
                  "Denver.")
    assert ("DEFENDANT_IN", "Osric Penhallow", "United States v. Osric Penhallow",
            "charged") in found
    assert all(m != "convicted" for *_, m in found)


def test_a_verdict_not_given_states_nothing() -> None:
    for sentence in ("Osric Penhallow might be found guilty of wire fraud next year.",
                     "Jurors are expected to find Osric Penhallow guilty of wire fraud.",
                     "\"A jury found Osric Penhallow guilty of wire fraud,\" the blogger "
                     "claimed.",
                     "Investigators found Osric Penhallow's ledgers of wire fraud payments."):
        assert not court("DENVER - " + sentence), sentence
