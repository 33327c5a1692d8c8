"""A person's name right after the noun describing them ("Russian national <Name>"), read
by the real pipeline; the look-alikes (an organization, a longer capitalized run, a noun
nobody describes) are not persons. Names are invented."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _persons(text: str) -> set[str]:
    return {e.name for e in extract(text).entities if e.type == "Person"}


def test_a_name_after_a_nationality_noun_is_a_person_and_later_references_find_it() -> None:
    # the small model alone marks neither name in these sentences
    text = ("Those designated include Ukrainian national Bohdan Ivanovych Tkachuk. "
            "OFAC designated Chinese national Guo Tianming for his role. "
            "Mr. Tkachuk moved the funds through two exchanges.")
    result = extract(text)
    persons = {e.name: e for e in result.entities if e.type == "Person"}
    assert {"Bohdan Ivanovych Tkachuk", "Guo Tianming"} <= set(persons)
    # the later surname is a mention of the full name, not an entity of its own
    later = text.index("Tkachuk moved")
    assert any(m.start == later for m in persons["Bohdan Ivanovych Tkachuk"].mentions)


def test_a_role_noun_after_an_adjective_introduces_a_name() -> None:
    assert "Darya Kelmanova" in _persons(
        "Prosecutors said former executive Darya Kelmanova approved the invoices.")


def test_an_organization_or_agency_after_the_noun_is_no_person() -> None:
    persons = _persons("A Chinese national Trading Company and the national Security "
                       "Council of Freedonia were named.")
    assert not any("Trading" in p or "Council" in p for p in persons)


def test_a_longer_capitalized_run_is_left_to_the_model() -> None:
    # "Vernon Hills Logistics Park" goes on past two words: a place or a firm, not this shape
    persons = _persons("The Dutch resident Vernon Hills Logistics Park Road address was used.")
    assert "Vernon Hills" not in persons


def test_a_name_after_an_age_is_a_person_and_its_surname_refers_back() -> None:
    # the small model reads this full name as an organization, and the later surname alone
    # then has nothing to refer to
    text = ("After a two-year inquiry, 38-year-old Marcus Tolliver Grant admitted hosting "
            "laptops for overseas workers. Grant faces up to 20 years in prison.")
    persons = {e.name: e for e in extract(text).entities if e.type == "Person"}
    assert "Marcus Tolliver Grant" in persons
    assert any(m.start == text.index("Grant faces")
               for m in persons["Marcus Tolliver Grant"].mentions)


def test_an_age_before_a_company_name_is_no_person() -> None:
    persons = _persons("The 40-year-old Hanseong Trading Company was sanctioned in 2023.")
    assert not any("Hanseong" in p for p in persons)


def test_a_name_before_its_description_in_apposition_is_a_person() -> None:
    # under a heading line the small model marks no person in the opening name
    text = ("Holt admitted that he hosted laptops for the workers.\n\nDistrict of Columbia\n\n"
            "Bohdan Tkachuk, a Moldovan national, pleaded guilty in the District of Columbia. "
            "Tkachuk ran a website that rented accounts.")
    assert "Bohdan Tkachuk" in _persons(text)
    assert "Darya Kelmanova" in _persons(
        "Darya Kelmanova, a 41-year-old Polish citizen, hosted laptops at her home.")
    # look-alikes: an organization so described, a description that is no person's
    text = "Kumsong Harbor Trading, a Chinese firm, paid the workers."
    assert not _persons(text)
    text = "Northern Star Holdings, a Laotian company, employs the workers."
    assert not _persons(text)


def test_a_name_before_an_age_and_a_home_town_is_a_person() -> None:
    # the small model alone cuts these names in two or keeps only their end
    assert "Phuong Ngoc Tran Lien" in _persons(
        "That man, Phuong Ngoc Tran Lien, 41, of Laurel, was sentenced this week.")
    assert "Khanh Phuong Bao Lien" in _persons(
        "That man, Khanh Phuong Bao Lien, 41, of Bowie, was sentenced this week.")
    # a number that is no age, or no home town after it, introduces nobody
    assert "Route Nine" not in _persons("Route Nine, 120, of Ohio, was closed.")
    assert "Warehouse Nine" not in _persons("The shipment left Warehouse Nine, 120, of Kent.")


def test_a_plural_appositive_after_a_list_describes_every_name() -> None:
    # the parser hangs "two officials who ..." on the last name of the list
    text = ("The State Department offered a reward for Tae Jun Ho and Mun Sol Gi, two North "
            "Korean officials who managed teams of IT workers in Dandong, China.")
    result = extract(text, doc_type="news")
    controllers = {t for _, t in relations(result, "CONTROLLED_BY")}
    assert {"Tae Jun Ho", "Mun Sol Gi"} <= controllers
    singular = extract(text.replace("two North Korean officials who", "a North Korean "
                                    "official who"), doc_type="news")
    assert {t for _, t in relations(singular, "CONTROLLED_BY")} == {"Mun Sol Gi"}
