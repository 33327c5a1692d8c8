"""A title word that owns a body ("the US Attorney's Office") is no title of the person
named after it: that person is no official, and "he"/"she" and an opening description
("A Nevada man was sentenced ...") can take them up. A real title before the name still
makes an official, whom no pronoun takes up."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_DOJ = [{"country": "US", "agency": "Department of Justice"}]


def test_a_person_after_an_office_owned_by_a_title_word_is_the_pronouns_referent() -> None:
    result = extract(
        "A Nevada man was sentenced to five years in prison for helping North Korean "
        "workers get remote jobs.\n\nAccording to an announcement by the US Attorney's "
        "Office, Daniel Okafor Reyes was convicted of wire fraud conspiracy. He was "
        "sentenced to 62 months in prison.", doc_type="news", issuers=_DOJ)
    assert [s for s, _ in relations(result, "SENTENCED")] == ["Daniel Okafor Reyes"]
    names = {e.name for e in result.entities if e.type == "Person"}
    assert "Nevada man" not in names  # the lede's description is Reyes


def test_a_real_title_before_the_name_still_makes_an_official() -> None:
    result = extract(
        "Tomas Berrigan of Reno admitted the fraud in May. Assistant Attorney General Mark "
        "Dole announced the plea on Friday. He was sentenced to 62 months in prison.",
        doc_type="news", issuers=_DOJ)
    assert "Mark Dole" not in [s for s, _ in relations(result, "SENTENCED")]
