"""Person and company names the model mistypes, read from the construction around them: a
hyphenated given name (the tokenizer splits "Anne-Marie" at the hyphen), a list closed by
", both <people>", the subject of a prison sentence, names right after a plural company
noun. Each with a look-alike that must not fire. Names are invented."""

from __future__ import annotations

from tests.extract.conftest import extract


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract(text).entities}


def test_a_hyphenated_given_name_before_a_personal_apposition_is_a_person() -> None:
    types = _types("Rose-Ellen Quarrier, the owner of Dunmore Peak Consulting, hired the "
                   "workers and paid them through her bank.")
    assert types.get("Rose-Ellen Quarrier") == "Person"


def test_a_name_in_a_list_closed_by_both_nationals_is_a_person() -> None:
    types = _types("Luc-Henri Dambrine and Rose-Ellen Quarrier, both U.S. nationals, "
                   "hosted laptops for the workers.")
    assert types.get("Rose-Ellen Quarrier") == "Person"
    assert types.get("Luc-Henri Dambrine") == "Person"


def test_a_hyphenated_single_word_is_no_two_word_name() -> None:
    types = _types("Velto-Grane, the owner of Dunmore Peak Consulting, paid the workers.")
    assert types.get("Velto-Grane") != "Person"


def test_both_companies_does_not_make_a_company_a_person() -> None:
    types = _types("Orvane Fieldcraft Inc. and Merrow Tallis LLC, both Delaware companies, "
                   "hired the workers.")
    assert types.get("Merrow Tallis LLC") == "Organization"
    assert "Merrow Tallis" not in types


def test_names_right_after_a_plural_company_noun_are_companies() -> None:
    types = _types("The workers were paid by the state-run companies Tonghua Larkspur and "
                   "Quenlow Maritime, which operate from Dandong.")
    assert types.get("Tonghua Larkspur") == "Organization"
    assert types.get("Quenlow Maritime") == "Organization"


def test_an_agency_or_a_clause_after_a_plural_company_noun_is_no_company() -> None:
    types = _types("Among the entities OFAC designated were two banks. The firms Treasury "
                   "named last year paid the workers.")
    assert types.get("Office of Foreign Assets Control") == "Agency"
    assert not any(t == "Organization" and "Treasury" in n for n, t in types.items())


def test_the_subject_of_a_prison_sentence_is_a_person() -> None:
    types = _types("In a related case, Thanh Loc Quyen Bao was sentenced in March 2025 to "
                   "eighteen months in prison for hosting the laptops.")
    assert types.get("Thanh Loc Quyen Bao") == "Person"


def test_a_sentence_to_pay_a_fine_says_nothing_of_a_person() -> None:
    types = _types("In a related case, Dorrance Quillfeather Works was sentenced to pay a "
                   "fine of $2 million for hosting the laptops.")
    assert types.get("Dorrance Quillfeather Works") != "Person"


def test_a_list_after_a_colon_with_places_is_of_companies() -> None:
    types = _types("The defendants worked for two companies controlled by North Korea: "
                   "Tonghua Larkspur, based in China, and Quenlow Maritime, based in Russia, "
                   "both of which were sanctioned.")
    assert types.get("Tonghua Larkspur") == "Organization"
    assert types.get("Quenlow Maritime") == "Organization"


def test_a_colon_after_a_company_noun_before_no_name_adds_nothing() -> None:
    types = _types("The scheme hurt many companies: Most of them paid the workers.")
    assert "Most" not in types
