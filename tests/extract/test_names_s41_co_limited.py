""""<Name> Co., Limited" (a Hong Kong registration's form) is one company: "Limited" after
"Co.," is the rest of its legal form, never a company of its own that then gets designated
and placed (extract/components/org_names.py). A Western name with a middle initial
("Sue J. Bai") keeps its order even when its last word is also a Korean family name
(extract/resolve/persons.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, named, relations


def test_co_limited_is_one_company() -> None:
    found = extract("Today, OFAC designated Hanbit Trading Co., Limited, a company based in "
                    "Hong Kong, for its role in exporting North Korean workers.")
    names = set(named(found).values())
    assert "Limited" not in names
    assert relations(found, "DESIGNATED") == [("Office of Foreign Assets Control",
                                               "Hanbit Trading Co., Limited")]
    assert relations(found, "LOCATED_IN") == [("Hanbit Trading Co., Limited", "Hong Kong")]


def test_co_ltd_and_co_limited_side_by_side_stay_two_companies() -> None:
    found = extract("OFAC designated Tonghae Software Co., Ltd. and Hanbit Trading Co., "
                    "Limited for employing North Korean IT workers.")
    names = set(named(found).values())
    assert {"Tonghae Software Co., Ltd.", "Hanbit Trading Co., Limited"} <= names
    assert "Limited" not in names


def test_a_middle_initial_keeps_a_western_name_in_order() -> None:
    found = extract("Sim, a North Korean Foreign Trade Bank representative, worked with "
                    "Sue J. Bai and Jane K. Doe.", doc_type="indictment")
    names = set(named(found).values())
    assert "Sue J. Bai" in names and "Bai Sue J." not in names


def test_a_korean_three_part_name_still_puts_the_family_first() -> None:
    found = extract("OFAC designated Sang Man Kim for managing North Korean IT workers.")
    assert "Kim Sang Man" in set(named(found).values())
