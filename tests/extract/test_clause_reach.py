"""Whom a relative clause after a list describes, and who a civil forfeiture names; each with
a look-alike that must still fire (sentences and names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_a_singular_clause_after_a_list_describes_the_last_item() -> None:
    result = extract("OFAC designated Kim Chol Su and Ri Yong Nam, who works for Harlow Vista "
                     "Trading Co.")
    assert relations(result, "EMPLOYED_AT") == [("Ri Yong Nam", "Harlow Vista Trading Co.")]
    plural = extract("OFAC designated Kim Chol Su and Ri Yong Nam, who work for Harlow Vista "
                     "Trading Co.")
    assert sorted(relations(plural, "EMPLOYED_AT")) == [
        ("Kim Chol Su", "Harlow Vista Trading Co."), ("Ri Yong Nam", "Harlow Vista Trading Co.")]


def test_which_is_not_said_of_a_person_nor_who_of_a_company() -> None:
    which = extract("OFAC designated Kim Chol Su and Pelmore Brightway Co., Ltd., which "
                    "operated from Vladivostok, Russia.")
    assert relations(which, "LOCATED_IN") == [("Pelmore Brightway Co., Ltd.", "Russia")]
    who = extract("OFAC designated Harlow Vista Trading Co. and Ri Yong Nam, who worked for "
                  "Pelmore Brightway Co., Ltd.")
    assert relations(who, "EMPLOYED_AT") == [("Ri Yong Nam", "Pelmore Brightway Co., Ltd.")]
    both = extract("OFAC designated Kim Chol Su and Ri Yong Nam, who are based in China.")
    assert sorted(relations(both, "LOCATED_IN")) == [("Kim Chol Su", "China"),
                                                     ("Ri Yong Nam", "China")]


def test_a_civil_forfeiture_complaint_has_no_defendant() -> None:
    forfeiture = extract("The Justice Department filed a civil forfeiture complaint against "
                         "Harlow Vista Trading Co. and Dana Garrow.", doc_type="news")
    assert relations(forfeiture, "DEFENDANT_IN") == []
    criminal = extract("The Justice Department filed a criminal complaint against Harlow Vista "
                       "Trading Co. and Dana Garrow.", doc_type="news")
    assert ("Dana Garrow", "United States v. Harlow Vista Trading Co.") in relations(
        criminal, "DEFENDANT_IN")


def test_a_pronoun_joins_no_list_by_adjacency() -> None:
    result = extract("OFAC sanctioned Harlow Vista Trading Co., a company in Dubai that found "
                     "contracts for North Korean IT workers, and its director, Dana Garrow.")
    assert relations(result, "CONTROLLED_BY") == [("Harlow Vista Trading Co.", "Dana Garrow")]
    # "its" still reaches its owner through the parse of the list
    owner = extract("OFAC sanctioned Pelmore Brightway Co., Ltd. and its director, Dana Garrow.")
    assert relations(owner, "CONTROLLED_BY") == [("Pelmore Brightway Co., Ltd.", "Dana Garrow")]
