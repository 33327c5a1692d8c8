"""How far a modal, planning or negating verb reaches: to a noun predicate it governs as its
object, and not back into a clause with its own subject that comes before it (sentences and
names invented for the test)."""

from __future__ import annotations

from graph.model import Extraction
from tests.extract.conftest import extract, relations


def test_sanctions_under_consideration_are_not_imposed() -> None:
    text = ("The Treasury designated Orvane Data Systems on Monday. Tokyo said it was "
            "considering its own sanctions against the firm.")
    result = extract(text, doc_type="news")
    assert not any(s == "Japan" for s, _ in relations(result, "DESIGNATED"))
    done = extract(text.replace("was considering", "had imposed"), doc_type="news")
    assert ("Japan", "Orvane Data Systems") in relations(done, "DESIGNATED")


def test_sanctions_a_government_did_not_impose_are_no_designation() -> None:
    result = extract("Tokyo did not impose sanctions against Orvane Data Systems.",
                     doc_type="news")
    assert not any(s == "Japan" for s, _ in relations(result, "DESIGNATED"))


def test_a_later_modal_does_not_reach_back_into_a_fronted_clause() -> None:
    # a comma splice: the first clause has its own subject and states a fact; "can" is the
    # second clause's
    result = extract("North Korean IT workers earn money for the regime in Pyongyang, they can "
                     "harm the firms that hire them, and their helpers may face charges.",
                     doc_type="advisory")
    assert ("DPRK IT workers", "North Korea") in relations(result, "FUNDED")
    lookalike = extract("North Korean IT workers can earn money for the regime in Pyongyang, "
                        "and their helpers may face charges.", doc_type="advisory")
    assert relations(lookalike, "FUNDED") == []


def _modalities(result: Extraction, rtype: str) -> set[str]:
    return {r.modality for r in result.relations if r.type == rtype}


def test_a_plea_of_not_guilty_is_no_admission() -> None:
    result = extract("Harl Venner, 47, has pleaded not guilty to conspiracy to commit wire "
                     "fraud.", doc_type="news")
    assert _modalities(result, "DEFENDANT_IN") == {"charged"}
    admitted = extract("Harl Venner, 47, has pleaded guilty to conspiracy to commit wire "
                       "fraud.", doc_type="news")
    assert _modalities(admitted, "DEFENDANT_IN") == {"pleaded_guilty"}


def test_what_a_person_believed_is_not_stated() -> None:
    text = ("Tove Randers, 52, was charged. Her lawyer, Aldo Perrin, said Randers believed she "
            "was working for Kestrel Bridge Talent.")
    assert relations(extract(text, doc_type="news"), "EMPLOYED_AT") == []
    # what officials believe is their estimate of the fact
    official = extract("Officials believe North Korean IT workers worked for Kestrel Bridge "
                       "Talent.", doc_type="news")
    assert _modalities(official, "EMPLOYED_AT") == {"estimate"}


def test_what_prosecutors_say_is_alleged() -> None:
    result = extract("Prosecutors say North Korean IT workers collected about $2.1 million in "
                     "salaries from Kestrel Bridge Talent.", doc_type="news")
    assert _modalities(result, "GENERATED_REVENUE_FOR") == {"alleged"}
