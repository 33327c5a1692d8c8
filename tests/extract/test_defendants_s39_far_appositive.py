"""An appositive past its noun's verb describes the verb's object, not the subject: in "The
defendants worked for A and B, both companies in X" the companies are no defendants, though
the parser hangs "both companies" on "defendants" (extract/frames/charges.py). Invented
names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _defendants(text: str) -> list[str]:
    found = extract(text, doc_type="indictment", issuers=[{"country": "US"}])
    return sorted(source for source, _ in relations(found, "DEFENDANT_IN"))


def test_the_employers_described_after_the_verb_are_no_defendants() -> None:
    assert _defendants("The defendants worked for Yanbian Starline and Volasys Starline, "
                       "both companies in China and Russia, respectively.") == []


def test_an_appositive_next_to_the_noun_names_the_defendants() -> None:
    assert _defendants("The defendants, Kim Chol Nam and Ri Song Il, worked for Mirae "
                       "Tech.") == ["Kim Chol Nam", "Ri Song Il"]
