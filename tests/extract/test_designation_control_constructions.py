"""DESIGNATED and CONTROLLED_BY constructions of sanctions prose: a nominalization with a
repeated "of", a companion designated "together with" the object, a class noun
"under" a body, "answers to", and the formula whose object the parser leaves dangling.
Invented names; each construction has a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OPENING = "The Treasury Department sanctioned Pine Ridge Trading Co. for shipping laptops. "


def designated(sentence: str, doc_type: str = "news") -> list[tuple[str, str]]:
    return relations(extract(OPENING + sentence, doc_type=doc_type), "DESIGNATED")


def controlled(sentence: str) -> list[tuple[str, str]]:
    return relations(extract(sentence), "CONTROLLED_BY")


def test_a_nominalization_with_a_repeated_of() -> None:
    found = designated("It came with OFAC's designation of Kim Tae Won, of Harrow Freight Ltd. "
                       "and of Bolt Trading Co. in 2019.")
    assert ("Office of Foreign Assets Control", "Harrow Freight Ltd.") in found
    assert ("Office of Foreign Assets Control", "Bolt Trading Co.") in found


def test_a_noun_urged_or_of_a_platform_is_no_designation() -> None:
    for sentence in ("Lawmakers urged the designation of Harrow Freight Ltd. by OFAC.",
                     "The platform's designation of Harrow Freight Ltd. as a vendor drew bids."):
        assert all(t != "Harrow Freight Ltd." for _, t in designated(sentence)), sentence


def test_a_companion_designated_together_with_the_object() -> None:
    for sentence in ("The Department of the Treasury designated Harrow Freight Ltd. in May "
                     "2019, together with Kim Tae Won, its chief executive.",
                     "The Treasury designated Harrow Freight Ltd. along with Kim Tae Won."):
        assert ("Department of the Treasury", "Kim Tae Won") in designated(sentence), sentence


def test_a_possible_designation_together_with_is_none() -> None:
    found = designated("OFAC could designate Harrow Freight Ltd. together with Kim Tae Won.")
    assert all(t not in {"Harrow Freight Ltd.", "Kim Tae Won"} for _, t in found)


def test_a_class_noun_under_a_body_and_answering_to_it() -> None:
    body = "Ministry of State Security"
    assert ("Bureau 44", body) in controlled(
        "Members of Bureau 44, the organization under the Ministry of State Security that "
        "sends workers abroad, were named.")
    assert ("Harrow Freight Ltd.", body) in controlled(
        "Harrow Freight Ltd. is a company within the Ministry of State Security.")
    assert ("Harrow Freight Ltd.", body) in controlled(
        "Harrow Freight Ltd. answers directly to the Ministry of State Security.")


def test_under_a_status_or_answering_a_question_is_no_control() -> None:
    for sentence in ("Harrow Freight Ltd., a company under U.S. sanctions since 2020, sells "
                     "ships.",
                     "Harrow Freight Ltd. is a company under investigation by the Federal "
                     "Bureau of Investigation.",
                     "Harrow Freight Ltd. answered questions from the Ministry of State "
                     "Security."):
        assert not controlled(sentence), sentence


def test_the_formula_with_a_dangling_object() -> None:
    for sentence in ("Harrow Freight Ltd. is being designated for having acted for or on "
                     "behalf of, directly or indirectly, the Ministry of State Security.",
                     "Harrow Freight Ltd. is designated for having acted or purported to act "
                     "for or on behalf of, directly or indirectly, the Ministry of State "
                     "Security."):
        assert ("Harrow Freight Ltd.", "Ministry of State Security") in controlled(sentence)


def test_a_dangling_preposition_before_another_noun_takes_nothing() -> None:
    sentence = ("Harrow Freight Ltd. acted for or on behalf of, directly or indirectly, a bank "
                "in Macau owned by the Ministry of State Security.")
    assert ("Harrow Freight Ltd.", "Ministry of State Security") not in controlled(sentence)


def _mentions(text: str) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in extract(text).entities}


def test_a_company_named_in_full_then_by_its_opening_words() -> None:
    found = _mentions("OFAC designated Dalbit Hanul Software Development Co., Ltd. today. "
                      "Dalbit Hanul is designated for acting for Pine Ridge Trading Co.")
    assert "Dalbit Hanul" in found["Dalbit Hanul Software Development Co., Ltd."]


def test_a_place_or_a_nationality_opening_a_company_name_stays_itself() -> None:
    found = _mentions("OFAC designated Hong Kong Bright Trading Co., Ltd. and North Korean "
                      "Star Trading Corporation today. Kim works in Hong Kong, and North "
                      "Korean workers live there.")
    assert "Hong Kong" not in found.get("Hong Kong Bright Trading Co., Ltd.", [])
    assert "North Korean" not in found.get("North Korean Star Trading Corporation", [])


def test_a_name_that_also_appears_as_another_is_one_company() -> None:
    result = extract("Hanul Bridge Company, whose name also appears as Hanal Bridge "
                     "Technology Company, is subordinate to the Ministry of State Security. "
                     "It manages delegations of IT workers in Laos.")
    names = {e.name for e in result.entities if e.type == "Organization"}
    assert "Hanal Bridge Technology Company" not in names
    assert ("Hanul Bridge Company", "Ministry of State Security") in relations(
        result, "CONTROLLED_BY")
    # a company that appears as another's partner is not that company
    other = extract("Hanul Bridge Company appears as Bolt Trading Co. in the filing.")
    assert {"Hanul Bridge Company", "Bolt Trading Co."} <= {e.name for e in other.entities}


def test_a_bracketed_short_name_from_inside_the_company_name() -> None:
    text = ("Kim signed a contract with Korea Hwasong Trading General Corporation (Hwasong) to "
            "send workers. Hwasong is being designated pursuant to E.O. 13810. Hwasong "
            "Province is far, and Trading (the word) means nothing here.")
    found = _mentions(text)
    company = found["Korea Hwasong Trading General Corporation"]
    assert company.count("Hwasong") == 2  # the brackets and the designated subject
    assert any(t == "Korea Hwasong Trading General Corporation" for _, t in
               relations(extract(text), "DESIGNATED"))
