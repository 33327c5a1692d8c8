"""A sentence that names several court cases puts each defendant in the case of his own
clause, never in the sentence's first case by position (names and sentences invented for the
test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_each_clause_keeps_its_own_case() -> None:
    text = ("In United States v. Harlow, Dana Harlow pleaded guilty to wire fraud conspiracy, "
            "and in United States v. Ortiz, Rafael Ortiz pleaded guilty to money laundering.")
    cases = set(relations(extract(text, doc_type="news"), "DEFENDANT_IN"))
    assert ("Rafael Ortiz", "United States v. Dana Harlow") not in cases
    assert cases == {("Dana Harlow", "United States v. Dana Harlow"),
                     ("Rafael Ortiz", "United States v. Rafael Ortiz")}


def test_two_sentencings_in_one_sentence() -> None:
    text = ("In United States v. Harlow, Dana Harlow was sentenced to 30 months in prison, and "
            "in United States v. Pelt, Marcus Pelt was sentenced to ten months.")
    sentenced = set(relations(extract(text, doc_type="news"), "SENTENCED"))
    assert sentenced == {("Dana Harlow", "United States v. Dana Harlow"),
                         ("Marcus Pelt", "United States v. Marcus Pelt")}


def test_a_case_named_in_another_clause_is_not_the_defendants() -> None:
    text = ("At a hearing that closed United States v. Ortiz, Judge Amy Berman sentenced Marcus "
            "Pelt, a co-defendant in United States v. Harlow, to 20 months in prison.")
    cases = relations(extract(text, doc_type="news"), "DEFENDANT_IN")
    assert cases == [("Marcus Pelt", "United States v. Harlow")]


def test_several_cases_and_defendants_in_one_clause_join_no_stranger() -> None:
    text = ("In United States v. Harlow and in United States v. Ortiz, the defendants Marcus "
            "Pelt and Dana Harlow were sentenced to ten months each.")
    result = extract(text, doc_type="news")
    pairs = relations(result, "DEFENDANT_IN") + relations(result, "SENTENCED")
    # neither case is named after Marcus Pelt: the sentence does not say which is his
    assert not [case for person, case in pairs if person == "Marcus Pelt"]


def test_people_charged_in_a_later_conjunct_name_no_case() -> None:
    text = ("Today the Department of Justice announced an indictment returned in the Eastern "
            "District of Texas against two North Korean nationals, Jin Kwang and Pak Song, and "
            "against two people charged with helping them: Tomas Ruiz Caldera, a citizen of "
            "Chile, and Anna Brevik, a U.S. national.")
    result = extract(text, doc_type="news")
    # the caption names the indictment's first defendant, who is not Ruiz Caldera
    assert "United States v. Tomas Ruiz Caldera" not in {e.name for e in result.entities}
    assert not [c for _, c in relations(result, "DEFENDANT_IN") if "Ruiz Caldera" in c]
