"""Dates and earlier acts, in our own wording with invented names: a date dates the act it
hangs on, a date without a year is read against the document's, and an earlier act whose
actor the sentence leaves unstated is not given to the issuer of today's release."""

from __future__ import annotations

from extract.normalize.dates import anchored_date
from graph.model import Extraction
from tests.extract.conftest import extract, relations

_DOJ = [{"country": "US", "agency": "Department of Justice"}]


def _dates(result: Extraction, rtype: str) -> list[object]:
    return [r.properties.get("date") for r in result.relations if r.type == rtype]


def test_a_date_without_its_year_is_read_against_the_document_date() -> None:
    assert anchored_date("Thursday", "2025-06-02") == "2025-05-29"  # a Monday
    assert anchored_date("on Monday", "2025-06-02") == "2025-06-02"
    assert anchored_date("in February", "2025-06-02") == "2025-02"
    assert anchored_date("December 4", "2025-06-02") == "2024-12-04"
    assert anchored_date("earlier this year", "2025-06-02") is None


def test_an_earlier_designation_without_its_actor_is_not_the_issuers() -> None:
    result = extract("Pellam Tech Ltd. is being designated today for being owned by Harlow "
                     "Ventures LLC, an entity designated in 2018.")
    assert relations(result, "DESIGNATED") == [
        ("Office of Foreign Assets Control", "Pellam Tech Ltd.")]


def test_an_earlier_designation_with_its_actor_keeps_its_own_date() -> None:
    result = extract("OFAC today designated Harlow Ventures Ltd. Harlow Ventures is owned by "
                     "Mirakon Trading Company, which OFAC previously designated in March "
                     "2023.")
    names = {e.id: e.name for e in result.entities}
    dated = {names[r.target]: r.properties.get("date") for r in result.relations
             if r.type == "DESIGNATED"}
    assert dated.get("Mirakon Trading Company") == "2023-03"


def test_a_list_of_those_already_sanctioned_is_no_new_designation() -> None:
    result = extract("Among the entities already sanctioned are Vexel Ltd. and Morrin Data "
                     "LLC.")
    assert relations(result, "DESIGNATED") == []


def test_a_list_of_those_sanctioned_today_is_the_releases_designation() -> None:
    result = extract("Those sanctioned today include Vexel Ltd. and Morrin Data LLC.")
    assert sorted(t for _, t in relations(result, "DESIGNATED")) == [
        "Morrin Data LLC", "Vexel Ltd."]
    assert set(_dates(result, "DESIGNATED")) == {"2025-06-02"}


def test_a_date_of_another_act_does_not_date_the_plea() -> None:
    result = extract("After her arrest in May 2024, Lena Brask pleaded guilty in February to "
                     "conspiracy to commit wire fraud.", doc_type="news", issuers=_DOJ)
    assert _dates(result, "CHARGED_WITH") == ["2025-02"]


def test_a_date_of_the_plea_itself_still_dates_it() -> None:
    result = extract("In May 2024, Lena Brask pleaded guilty to wire fraud conspiracy.",
                     doc_type="news", issuers=_DOJ)
    assert _dates(result, "CHARGED_WITH") == ["2024-05"]


def test_an_earlier_plea_takes_neither_the_sentencing_date_nor_the_documents() -> None:
    result = extract("Lena Brask was sentenced Thursday in federal court after pleading "
                     "guilty earlier this year to wire fraud conspiracy.", doc_type="news",
                     issuers=_DOJ)
    assert _dates(result, "SENTENCED") == ["2025-05-29"]
    assert _dates(result, "CHARGED_WITH") == [None]


def test_an_act_todays_action_follows_is_not_dated_today() -> None:
    result = extract("Today's action builds on OFAC's designation of Vexel Trading LLC.",
                     doc_type="news")
    assert _dates(result, "DESIGNATED") == [None]


def test_todays_action_dates_the_designation_it_makes() -> None:
    result = extract("Today's action designates Vexel Trading LLC.", doc_type="advisory")
    assert _dates(result, "DESIGNATED") == ["2025-06-02"]


def test_an_act_in_an_after_clause_is_not_the_documents_news() -> None:
    result = extract("The move comes nine days after Seoul designated Morrin Data LLC.",
                     doc_type="news")
    assert relations(result, "DESIGNATED") == [("South Korea", "Morrin Data LLC")]
    assert _dates(result, "DESIGNATED") == [None]
