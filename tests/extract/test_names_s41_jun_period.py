"""A name ending in the syllable "Jun" at a sentence's end keeps its last part, and the
sentence ends there; "Jun." before a day number stays June."""

from __future__ import annotations

from tests.extract.conftest import extract, extractor, relations


def test_a_name_ending_a_sentence_keeps_its_last_syllable() -> None:
    result = extract("OFAC also designated its president, Yom Chol Jun. The company "
                     "employed IT workers in Dalian.")
    names = {e.name for e in result.entities if e.type == "Person"}
    assert "Yom Chol Jun" in names
    assert ("Office of Foreign Assets Control", "Yom Chol Jun") in relations(result,
                                                                              "DESIGNATED")
    doc = extractor().nlp("OFAC also designated its president, Yom Chol Jun. The company "
                          "employed IT workers in Dalian.")
    assert len(list(doc.sents)) == 2


def test_a_chinese_name_too() -> None:
    result = extract("The accounts were opened by Gao Jun. He lived in Shenyang.")
    assert "Gao Jun" in {e.name for e in result.entities if e.type == "Person"}


def test_the_month_before_a_day_number_stays_a_month() -> None:
    result = extract("OFAC designated Ri Tae Gil on Jun. 5, 2023.")
    dates = [r.properties.get("date") for r in result.relations if r.type == "DESIGNATED"]
    assert dates == ["2023-06-05"]
    doc = extractor().nlp("OFAC designated Ri Tae Gil on Jun. 5, 2023.")
    assert "Jun." in [t.text for t in doc]
