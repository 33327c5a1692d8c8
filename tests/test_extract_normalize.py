"""Normalization of amounts, counts, dates, durations, countries and person names."""

from __future__ import annotations

import pytest

from extract.gazetteer import load_gazetteer
from extract.names import clean_person_name, korean_order, person_key, split_nickname
from extract.normalize import (
    Amount,
    parse_amount,
    parse_count,
    parse_date,
    parse_duration_months,
    parse_money,
    parse_period,
    split_qualifier,
)


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("$17.1 million", 17_100_000, "exact"),
    ("more than $17 million", 17_000_000, "more_than"),
    ("about $1.5M", 1_500_000, "about"),
    ("$284,555.92", 284_556, "exact"),
    ("$176,850", 176_850, "exact"),
    ("up to $10 million", 10_000_000, "up_to"),
    ("at least $88 million", 88_000_000, "at_least"),
    ("nearly $2.8 billion", 2_800_000_000, "about"),
    ("$2.84B", 2_840_000_000, "exact"),
    ("$0.5M", 500_000, "exact"),
    ("US$5 million", 5_000_000, "exact"),
    ("USD 600,000", 600_000, "exact"),
    ("USD 50 million", 50_000_000, "exact"),
    ("$300,000 a year", 300_000, "exact"),
    ("five million dollars", 5_000_000, "exact"),
    ("over $5 million in cryptocurrency", 5_000_000, "more_than"),
    ("approximately $3 million", 3_000_000, "about"),
    ("$6.8 million or more", 6_800_000, "at_least"),
    ("in excess of $250,000", 250_000, "more_than"),
    ("less than $1,000", 1_000, "less_than"),
    ("$1-2 million", 1_000_000, "between"),
    ("roughly $660 million", 660_000_000, "about"),
])
def test_money_forms(text: str, value: int, qualifier: str) -> None:
    amount = parse_money(text)
    assert amount is not None and (amount.value, amount.qualifier) == (value, qualifier)


@pytest.mark.parametrize(("text", "value", "currency", "qualifier", "high"), [
    ("$4.7m", 4_700_000, "USD", "exact", None),
    ("USD3.1 million", 3_100_000, "USD", "exact", None),
    ("roughly over $740,000", 740_000, "USD", "more_than", None),
    ("between $120 million and $450 million a year", 120_000_000, "USD", "between",
     450_000_000),
    ("from $3 million to $5 million", 3_000_000, "USD", "between", 5_000_000),
    ("KRW 2.5 billion", 2_500_000_000, "KRW", "exact", None),
    ("about 40 million won", 40_000_000, "KRW", "about", None),
    ("¥80 million", 80_000_000, "JPY", "exact", None),
    ("120 million yen", 120_000_000, "JPY", "exact", None),
])
def test_money_in_any_currency_and_ranges(text: str, value: int, currency: str,
                                         qualifier: str, high: int | None) -> None:
    money = parse_amount(text)
    assert money is not None
    assert (int(money.value), money.currency, money.qualifier) == (value, currency, qualifier)
    assert (int(money.high) if money.high is not None else None) == high


@pytest.mark.parametrize("text", ["hundreds of millions of dollars", "17 million", "",
                                  "about 90 percent", "thousands of dollars"])
def test_money_without_an_amount_is_none(text: str) -> None:
    assert parse_money(text) is None


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("more than 300", 300, "more_than"),
    ("over 300 companies", 300, "more_than"),
    ("at least 64", 64, "at_least"),
    ("about 130", 130, "about"),
    ("fourteen", 14, "exact"),
    ("1,000–1,500", 1_000, "at_least"),
    ("a dozen", 12, "exact"),
    ("68", 68, "exact"),
    ("40,000", 40_000, "exact"),
    ("up to 30 IT workers", 30, "up_to"),
    ("twenty-nine", 29, "exact"),
])
def test_count_forms(text: str, value: int, qualifier: str) -> None:
    assert parse_count(text) == Amount(value, qualifier)


def test_vague_counts_are_none() -> None:
    assert parse_count("thousands") is None
    assert parse_count("several") is None


@pytest.mark.parametrize(("text", "months", "qualifier"), [
    ("nearly eight years", 96, "about"),
    ("102 months", 102, "exact"),
    ("three years", 36, "exact"),
    ("five years", 60, "exact"),
    ("eight and a half years", 102, "exact"),
    ("nearly eight and a half years", 102, "about"),
    ("10-year", 120, "exact"),
    ("a ten-year contract", None, None),
    ("8.5 years", 102, "exact"),
    ("60 months in federal prison", 60, "exact"),
    ("18 months", 18, "exact"),
])
def test_duration_forms(text: str, months: int | None, qualifier: str | None) -> None:
    result = parse_duration_months(text)
    if months is None:
        assert result is None
    else:
        assert result == Amount(months, str(qualifier))


@pytest.mark.parametrize(("text", "iso"), [
    ("May 16, 2024", "2024-05-16"),
    ("16 May 2024", "2024-05-16"),
    ("2024-05-16", "2024-05-16"),
    ("May 2024", "2024-05"),
    ("October 2020", "2020-10"),
    ("Oct. 2020", "2020-10"),
    ("Sept. 2024", "2024-09"),
    ("2023", "2023"),
    ("March 26, 2024", "2024-03-26"),
    ("2024年3月26日", "2024-03-26"),
    ("July 24 2025", "2025-07-24"),
    ("the 5th of December, 2022", "2022-12-05"),
    ("on Thursday", None),
    ("February 30, 2024", "2024-02-30"),  # partial validation only: month and day ranges
])
def test_date_forms(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_periods() -> None:
    assert parse_period("October 2020 to October 2023") == ("2020-10", "2023-10")
    assert parse_period("from April 2017 through March 2023") == ("2017-04", "2023-03")
    assert parse_period("July to August 2023") == ("2023-07", "2023-08")


def test_qualifier_split_prefers_longest_phrase() -> None:
    assert split_qualifier("more than 60") == ("more_than", "60")
    assert split_qualifier("no less than 5") == ("at_least", "5")
    assert split_qualifier("60") == ("exact", "60")


@pytest.mark.parametrize(("surface", "code"), [
    ("DPRK", "KP"), ("the DPRK", "KP"), ("North Korea", "KP"), ("Pyongyang", "KP"),
    ("Democratic People's Republic of Korea", "KP"), ("North Korean", "KP"),
    ("ROK", "KR"), ("the Republic of Korea", "KR"), ("South Korea", "KR"), ("Seoul", "KR"),
    ("U.S.", "US"), ("United States of America", "US"), ("Japan", "JP"), ("PRC", "CN"),
    ("Laos", "LA"), ("Ukrainian", "UA"), ("UAE", "AE"), ("Atlantis", None),
])
def test_countries_to_iso_codes(surface: str, code: str | None) -> None:
    assert load_gazetteer().country_code(surface) == code


def test_places_locate_in_a_state() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.place_code("Litchfield Park, Arizona") == "US"
    assert gazetteer.place_code("Dandong") == "CN"
    assert gazetteer.place_code("Vladivostok") == "RU"


def test_korean_name_order_and_variants_share_a_key() -> None:
    key = person_key("Kim Sang Man")
    assert person_key("KIM Sang Man") == key
    assert person_key("Kim Sang-man") == key
    assert person_key("Kim Sangman") == key
    assert person_key("Sang Man Kim") == key
    assert person_key("Gim Sang Man") == key
    assert person_key("Kim Sang Min") != key
    assert korean_order("Sang Man Kim") == "Kim Sang Man"
    assert person_key("Ri Tong Hyok") == person_key("Lee Tong Hyeok")
    assert person_key("Pak Jin-Song") == person_key("Park Jin Seong")


def test_person_names_are_cleaned() -> None:
    assert clean_person_name("Judge Randolph D. Moss") == "Randolph D. Moss"
    assert clean_person_name("Chapman's") == "Chapman"
    assert clean_person_name("SIM Hyon Sop") == "Sim Hyon Sop"
    assert split_nickname('Zhenxing "Danny" Wang') == ("Zhenxing Wang", ["Danny"])
