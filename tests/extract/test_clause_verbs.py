"""A complement clause's verb the tagger called a noun ("helped them land jobs at X": "land"
NOUN) is read as the verb it is (extract/components/clause_verbs.py)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LEAD = "North Korean IT workers applied to remote jobs under false names. "


def test_a_clause_verb_tagged_as_a_noun_still_heads_its_frame() -> None:
    result = extract(_LEAD + "An Ohio woman helped the workers land jobs at Quorvane Systems.",
                     doc_type="press_release", issuers=[{"country": "US"}])
    assert ("DPRK IT workers", "Quorvane Systems") in relations(result, "EMPLOYED_AT")


def test_a_noun_that_heads_no_clause_stays_a_noun() -> None:
    result = extract(_LEAD + "An Ohio woman bought land near Quorvane Systems.",
                     doc_type="press_release", issuers=[{"country": "US"}])
    assert relations(result, "EMPLOYED_AT") == []
