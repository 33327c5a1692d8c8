""""According to P, Q pleaded guilty to helping the workers": the comma after the cited
source puts P in no list with Q, so P is neither a defendant nor a helper nor the name of
the case; nor is the publication of "..., P reported" one of the helped
(extract/entity_index.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_CLAUSE = "Karl Wend pleaded guilty to helping North Korean IT workers"


def test_the_source_after_according_to_is_no_defendant_or_helper() -> None:
    for source in ("Mark Hollis", "Dark Reading"):
        found = extract(f"According to {source}, {_CLAUSE}.", doc_type="news")
        assert relations(found, "FACILITATED") == [("Karl Wend", "DPRK IT workers")]
        assert relations(found, "DEFENDANT_IN") == [("Karl Wend",
                                                     "United States v. Karl Wend")]


def test_a_publication_that_reported_it_is_not_helped() -> None:
    found = extract(f"{_CLAUSE}, Dark Reading reported.", doc_type="news")
    assert relations(found, "FACILITATED") == [("Karl Wend", "DPRK IT workers")]


def test_a_plain_list_of_defendants_still_reads_as_one() -> None:
    found = extract("Mark Hollis, Karl Wend and Dana Vell pleaded guilty to conspiracy to "
                    "commit wire fraud.", doc_type="news")
    case = "United States v. Mark Hollis"
    assert sorted(relations(found, "DEFENDANT_IN")) == [
        ("Dana Vell", case), ("Karl Wend", case), ("Mark Hollis", case)]
