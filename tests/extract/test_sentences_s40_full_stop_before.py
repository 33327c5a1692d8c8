"""A dotted abbreviation ends a sentence only when a main clause comes before it in its own
sentence: before the parser runs, an earlier sentence of the paragraph ends at its full
stop, and its verb is not the clause before "Co." (extract/sentences.py). The suffix after
"Co." ("Ltd.", "LLC") is the rest of the name. Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, extractor, relations


def test_a_name_ending_in_co_ltd_stays_whole_after_an_earlier_sentence() -> None:
    found = extract("Prosecutors said the scheme ran for years. North Korean IT workers "
                    "employed by Hanbit Software Co. Ltd. were paid more than $2 million.",
                    doc_type="news")
    assert relations(found, "EMPLOYED_AT") == [("DPRK IT workers", "Hanbit Software Co. Ltd.")]
    # the firm that employed them was not the one paid
    assert ("Hanbit Software Co. Ltd.", "USD 2000000") not in relations(
        found, "GENERATED_REVENUE_FOR")


def test_the_firm_a_president_heads_is_not_designated_with_him() -> None:
    found = extract("Treasury acted today. Ji Hun Park, the president of Hanbit Software Co. "
                    "Ltd. and a North Korean official, was designated.")
    assert relations(found, "DESIGNATED") == [
        ("Office of Foreign Assets Control", "Ji Hun Park")]


def test_an_abbreviation_ending_a_clause_still_ends_the_sentence() -> None:
    doc = extractor().nlp("Prosecutors said the scheme was large. The workers found jobs in "
                          "the U.S. Lena Markova hosted their laptops at her home.")
    assert [s.text.split()[0] for s in doc.sents] == ["Prosecutors", "The", "Lena"]
