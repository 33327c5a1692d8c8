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


# --- the sanctions list named as what includes the targets ---------------------------------

def test_the_list_after_a_sentence_about_the_sanctions_list_names_targets() -> None:
    text = ("Australia on Monday announced new sanctions against Pyongyang.\n\n"
            "The foreign minister said the round adds three organizations to the list of "
            "those already sanctioned. The list released Monday by the ministry included "
            "the companies Dravik Systems LLC, based in Belarus, Hollen Trade S.R.O from "
            "Slovakia, and the hacker group Andariel, in addition to Slovak citizens.")
    found = designated(text)
    for name in ("Dravik Systems LLC", "Hollen Trade", "Andariel"):
        assert designators_of(found, name) == {"Australia"}, (name, found)


def test_the_sanctions_list_by_its_own_words_names_targets() -> None:
    text = ("OFAC on Tuesday designated Kumbit Credit Bank. The sanctions list also "
            "includes Moranbong Data Systems Corp.")
    assert designators_of(designated(text), "Moranbong") == {OFAC}


def test_a_list_of_something_else_names_no_target() -> None:
    text = ("OFAC on Tuesday designated Kumbit Credit Bank. The list of victims included "
            "Dravik Systems LLC and Hollen Trade S.R.O.")
    found = designated(text)
    assert not designators_of(found, "Dravik") and not designators_of(found, "Hollen"), found


def test_a_bare_list_after_unrelated_talk_names_no_target() -> None:
    text = ("OFAC on Tuesday designated Kumbit Credit Bank.\n\n"
            "The company kept a client register. The list included Dravik Systems LLC.")
    assert not designators_of(designated(text), "Dravik")


def test_a_reason_after_an_item_still_ends_the_list() -> None:
    text = ("The list of sanctioned entities includes Dravik Systems LLC for helping "
            "Kumbit Credit Bank, and Hollen Trade S.R.O.")
    found = designated(text)
    assert not designators_of(found, "Kumbit"), found


# --- verbs of imposing, and a description after a list ----------------------------------------

def test_implemented_sanctions_names_the_designator_of_the_set_that_follows() -> None:
    text = ("Australia has implemented sanctions on three entities.\n\n"
            "The sanctioned entities include Dravik Systems LLC and Hollen Trade LLC.")
    found = designated(text)
    assert designators_of(found, "Dravik") == {"Australia"}, found
    assert designators_of(found, "Hollen") == {"Australia"}, found


def test_a_call_to_implement_sanctions_designates_nobody() -> None:
    text = ("Lawmakers called on Australia to implement sanctions on Dravik Systems LLC. "
            "Canberra is considering implementing sanctions on Hollen Trade S.R.O.")
    assert not designated(text)


def test_a_description_that_refers_back_after_a_list_is_no_item() -> None:
    text = ("Australia on Monday imposed sanctions on four groups. The sanctioned groups "
            "include Andariel, Dravik Systems LLC and Hollen Trade LLC, all tied to "
            "North Korea's Reconnaissance General Bureau, its intelligence agency.")
    found = designated(text)
    assert designators_of(found, "Hollen") == {"Australia"}, found
    assert not designators_of(found, "Reconnaissance"), found


def test_an_asset_freeze_imposed_on_targets_designates_them() -> None:
    text = ("Tokyo imposed asset freezes on Dravik Systems LLC and Hollen Trade LLC on "
            "Friday.")
    found = designated(text)
    assert designators_of(found, "Dravik") == {"Japan"}, found
    assert designators_of(found, "Hollen") == {"Japan"}, found


def test_a_hiring_freeze_is_no_sanction() -> None:
    text = "The firm imposed a hiring freeze on Moranbong Data Systems Corp. on Friday."
    assert not designated(text)


# --- a passive the parser hung inside its long subject (extract/designation_fragment.py) -----

def test_a_long_subject_with_its_own_relative_clauses_is_still_designated() -> None:
    text = ("OFAC on Tuesday designated Kumbit Credit Bank.\n\n"
            "Pak Chol Jin and Ri Hyon Sok, two North Korean bankers who have managed funds "
            "on behalf of the U.S.-designated Hwasong Credit Bank, including funds linked "
            "to a ransomware actor that previously targeted U.S. hospitals, are also "
            "designated.")
    found = designated(text)
    assert designators_of(found, "Pak Chol Jin") == {OFAC}, found
    assert designators_of(found, "Ri Hyon Sok") == {OFAC}, found


def test_a_real_relative_clause_designation_stays_the_nouns() -> None:
    text = ("OFAC on Tuesday designated Kumbit Credit Bank. Pak Chol Jin, a banker who "
            "lends to firms that are also designated, opened an office in Dandong in 2019.")
    found = designated(text)
    assert not designators_of(found, "Pak Chol Jin"), found


def test_another_bodys_list_as_background_is_not_the_designator_in_force() -> None:
    text = ("OFAC on Tuesday designated Kumbit Credit Bank, adding it to its sanctions list. "
            "The UN Security Council list includes Hwasong Credit Bank.")
    found = designated(text)
    assert designators_of(found, "Kumbit") == {OFAC}, found
    assert not designators_of(found, "Hwasong"), found


def test_a_quoted_speaker_designates_nobody() -> None:
    text = "'We have sanctioned Kumbit Credit Bank,' said Treasury spokesman Tom Ridley."
    assert not designated(text)
