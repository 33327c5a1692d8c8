"""A designation list whose item carries a relative clause, in its own words or in a
description set off by commas (extract/frames/designation_tail.py: only ", and" after the
clause opens one more item, the last; names the clause lists itself are its objects).
Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_TREASURY = [{"country": "US", "agency": "Department of the Treasury"}]


def designated(text: str, doc_type: str = "sanctions_release") -> set[str]:
    found = extract(text, doc_type=doc_type, issuers=_TREASURY)
    return {t for _, t in relations(found, "DESIGNATED")}


def test_an_item_described_with_a_relative_clause_does_not_end_the_list() -> None:
    text = ("Today, OFAC designated Hyon Tae Sik, a banker who moved wages for the workers, "
            "and Om Jae Bong.")
    assert designated(text) == {"Hyon Tae Sik", "Om Jae Bong"}


def test_the_members_listed_after_a_described_member() -> None:
    text = ("The Government of the Republic of Korea today designated three individuals as "
            "targets of its independent sanctions. The individuals include Hyon Tae Sik, "
            "a banker who moved wages for the workers, and Om Jae Bong, who runs "
            "a team of developers in Shenyang.")
    assert {"Hyon Tae Sik", "Om Jae Bong"} <= designated(text, "news")


def test_names_the_clause_lists_are_its_own() -> None:
    text = ("Today, OFAC designated Hyon Tae Sik, a banker who traveled with Om Jae Bong, Kye "
            "Sun Hwa and Ri Ok Nam.")
    assert designated(text) == {"Hyon Tae Sik"}
    text = ("Today, OFAC designated Hyon Tae Sik, a banker who traveled with Om Jae Bong and "
            "Kye Sun Hwa.")
    assert designated(text) == {"Hyon Tae Sik"}
    text = ("The Government of the Republic of Korea today designated three individuals as "
            "targets of its independent sanctions. The individuals include Hyon Tae Sik, "
            "a banker who traveled with Om Jae Bong and Kye Sun Hwa.")
    assert designated(text, "news") & {"Om Jae Bong", "Kye Sun Hwa"} == set()


def test_a_clause_that_goes_on_after_and_adds_no_item() -> None:
    text = ("Today, OFAC designated Hyon Tae Sik, a banker who moved wages for the workers, "
            "and Om Jae Bong was fined by a court in Vientiane.")
    assert "Om Jae Bong" not in designated(text)
