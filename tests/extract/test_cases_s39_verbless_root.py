"""The clause verb of a case mention is found by index: a sentence whose root is no verb
(a heading naming two cases) ends the climb at its root instead of looping (invented
names)."""

from __future__ import annotations

from extract.frames._cases import _clause_verb
from tests.extract.conftest import extractor


def test_the_climb_stops_at_a_noun_root() -> None:
    doc = extractor().nlp("Sentences in United States v. Harlow and United States v. Pelt.")
    root = next(t for t in doc if t.head.i == t.i)
    assert root.pos_ not in {"VERB", "AUX"}
    assert _clause_verb(doc[-2]).i == root.i
