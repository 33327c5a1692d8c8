"""A sentence that ends on a dotted abbreviation ("... in the U.S. Lena Markova sold ...")
ends there when a new clause follows; "the U.S. Attorney", "U.S. companies" and "the U.S.
Treasury sanctioned ..." stay inside their sentence (extract/sentences.py)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract, extractor, relations


def _sentences(text: str) -> list[str]:
    return [s.text for s in extractor().nlp(text).sents]


@pytest.mark.parametrize("text, first", [
    ("The workers found jobs in the U.S. Tamsin Orlo sold them stolen names.",
     "The workers found jobs in the U.S."),
    ("The scheme targeted firms across the U.S. Anders Holm, 51, ran the laptop farm.",
     "The scheme targeted firms across the U.S."),
    ("The workers targeted the U.S. Korea Sobaeksu Trading Company paid them.",
     "The workers targeted the U.S."),
    ("He was hired by Valdin Corp. Tamsin Orlo paid him.", "He was hired by Valdin Corp."),
    ("He hired 30 workers for his firm, Lorvik Trading Co. OFAC said that the firm was "
     "sanctioned.", "He hired 30 workers for his firm, Lorvik Trading Co."),
])
def test_a_clause_after_the_abbreviation_starts_a_sentence(text: str, first: str) -> None:
    assert _sentences(text)[0] == first


@pytest.mark.parametrize("text", [
    "Fitch met the U.S. Attorney Clara Voss in court.",
    "Many U.S. companies paid the workers.",
    "The U.S. Treasury sanctioned Pyongyang Kumsong Trading Company.",
    "The U.S. Department of Justice charged him.",
    "Workers in the U.S. Army bases were not affected.",
    "He said the U.S. Treasury sanctioned the firm.",
    "Companies targeted in the U.S. Treasury action include Valdin Corp.",
    "Officials in the U.K. Department of Commerce said so.",
    "Workers who moved to the U.S. Army bases were paid.",
    "OFAC designated Haebit Trading Co. Limited, which is based in China.",
    "OFAC designated Haebit Trading Co. Ltd. and Pyolbit Software LLC today.",
    "Nine people were indicted in a scheme that raised $5 million, the U.S. Attorney's Office "
    "for the District of Vermont announced on June 3.",
])
def test_an_abbreviation_that_modifies_what_follows_does_not_split(text: str) -> None:
    assert len(_sentences(text)) == 1


def test_the_second_sentence_after_the_abbreviation_gives_its_fact() -> None:
    result = extract("North Korean IT workers found jobs in the U.S. Their manager Ri Song Hyok "
                     "lives in Shenyang, China.")
    assert ("Ri Song Hyok", "China") in relations(result, "LOCATED_IN")
