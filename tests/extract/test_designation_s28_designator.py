"""The designator of a designation that names no actor (session 28, extract/designator.py):
the nearest actor of the same act, in the sentence, then the paragraph, then the issuer,
then the document; a country only when no agency of it acts. Invented names; each
construction has a look-alike where the actor must not be carried over."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OFAC = "Office of Foreign Assets Control"


def designated(text: str, doc_type: str = "news") -> list[tuple[str, str]]:
    return relations(extract(text, doc_type=doc_type), "DESIGNATED")


def designators_of(found: list[tuple[str, str]], fragment: str) -> set[str]:
    return {s for s, t in found if fragment in t}


def test_the_office_named_by_the_set_participle_acts_not_the_country_of_the_lede() -> None:
    text = ("WASHINGTON (Reuters) - The United States sanctioned six people and three "
            "entities for moving money for Pyongyang.\n\n"
            "The firms targeted by the Treasury Department's Office of Foreign Assets "
            "Control are Kumbit Credit Bank, a North Korean bank, and Moranbong Data "
            "Systems Corp. Moranbong Data Systems Corp. and its director Kang Il Song also "
            "have been sanctioned.\n\n"
            "Finally, three bank representatives - Pak Chol Jin, Ri Hyon Sok and Yun Myong "
            "Gil - were also sanctioned.")
    found = designated(text)
    for name in ("Kumbit Credit Bank", "Kang Il Song", "Pak Chol Jin", "Yun Myong Gil"):
        assert designators_of(found, name) == {OFAC}, (name, found)
    assert not any(s == "United States" for s, _ in found), found


def test_another_states_act_stays_that_states() -> None:
    # the ROK acts beside the US office: its own designation is not the office's
    text = ("OFAC designated Kumbit Credit Bank on Tuesday. The Republic of Korea "
            "designated Kang Il Song the same day.")
    found = designated(text)
    assert designators_of(found, "Kumbit") == {OFAC}, found
    assert designators_of(found, "Kang Il Song") == {"South Korea"}, found


def test_the_country_stays_when_no_agency_of_it_acts() -> None:
    # the ministry only publishes and speaks: the state imposed the sanctions
    text = ("Japan on Friday imposed sanctions on Hwaryong Trading Corp. and Pak Chol Jin. "
            "The list was published by the Ministry of Foreign Affairs of Japan.")
    found = designated(text)
    assert designators_of(found, "Hwaryong") == {"Japan"}, found


def test_a_lede_country_and_the_office_of_the_same_act_give_one_designator() -> None:
    text = ("The United States on Tuesday sanctioned Kumbit Credit Bank.\n\n"
            "The Treasury Department's Office of Foreign Assets Control said Tuesday it "
            "designated Kumbit Credit Bank for processing payments for Pyongyang.")
    found = designated(text)
    assert designators_of(found, "Kumbit") == {OFAC}, found


def test_an_earlier_act_of_the_office_does_not_replace_todays_country() -> None:
    # OFAC's act is recalled (2019); today's act is the state's only
    text = ("The United States on Tuesday sanctioned Kumbit Credit Bank. OFAC had "
            "previously designated Moranbong Data Systems Corp. in 2019.")
    found = designated(text)
    assert designators_of(found, "Kumbit") == {"United States"}, found


def test_a_past_perfect_also_still_recalls_an_earlier_act() -> None:
    # "had also been sanctioned" without an actor is an earlier act: no designator guessed
    text = ("OFAC on Tuesday designated Kumbit Credit Bank. Moranbong Data Systems Corp. "
            "had also been sanctioned.")
    found = designated(text)
    assert designators_of(found, "Kumbit") == {OFAC}, found
    assert not designators_of(found, "Moranbong"), found


def test_a_plan_to_sanction_names_no_target() -> None:
    text = ("OFAC on Tuesday designated Kumbit Credit Bank. Lawmakers called on the "
            "Treasury to sanction Moranbong Data Systems Corp. as well.")
    found = designated(text)
    assert not designators_of(found, "Moranbong"), found
