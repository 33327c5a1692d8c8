"""Names without a legal form typed by the role or shape the text gives them, each with a
look-alike that must keep its reading (sentences and names invented for the test)."""

from __future__ import annotations

from graph.model import ExtractedEntity
from tests.extract.conftest import extract, relations


def _of(text: str, type_: str) -> list[ExtractedEntity]:
    return [e for e in extract(text, doc_type="news").entities if e.type == type_]


def _names(text: str, type_: str) -> set[str]:
    return {e.name for e in _of(text, type_)}


def test_a_colon_list_after_firms_a_relative_clause_describes() -> None:
    text = ("The defendants worked for two companies that Pyongyang controls: Qinhai "
            "Brightway, which is located in China, and Darnell Brightway, in Russia.")
    assert {"Qinhai Brightway", "Darnell Brightway"} <= _names(text, "Organization")
    located = relations(extract(text, doc_type="news"), "LOCATED_IN")
    # each firm keeps its own place, though the parser hangs "in Russia" on the first
    assert ("Darnell Brightway", "Russia") in located
    assert ("Qinhai Brightway", "Russia") not in located
    # the phrase before the colon names people, or the colon closes a sentence of its own
    assert "Darnell Smith" not in _names(
        "These are the firms that hired the workers: Darnell Smith, Ann Lee.", "Organization")
    assert "Darnell Smith" not in _names(
        "The companies were sued by many: Darnell Smith said so.", "Organization")


def test_a_mixer_named_after_its_head_noun_is_an_organization() -> None:
    text = "The stolen coins were run through the mixer Fenwick Cash and then moved on."
    assert "Fenwick Cash" in _names(text, "Organization")
    assert "Fenwick Cash" not in _names(text, "Person")
    # a person after "mixer" with a verb between is no mixer's name
    assert "Fenwick Cash" not in _names(
        "The mixer was shut down. Fenwick Cash, a U.S. national, said so.", "Organization")


def test_counts_printed_in_a_heading_are_no_actors() -> None:
    text = ("WANTED\n\nWire Fraud Conspiracy; Wire Fraud; Money Laundering Conspiracy\n\n"
            "Ann Marlowe is charged with wire fraud.")
    people = _names(text, "Person")
    assert "Ann Marlowe" in people
    assert not any("Fraud" in p or "Conspiracy" in p for p in people)


def test_a_task_force_is_a_government_body_whatever_its_first_words() -> None:
    text = ("This case was coordinated through the Justice and Commerce Departments' "
            "Quantum Technology Strike Force.")
    assert "Quantum Technology Strike Force" in _names(text, "Agency")
    assert "Quantum Technology Strike Force" not in _names(text, "Organization")
    # a company with a technology word stays a company
    assert "Quantum Technology Company" in _names(
        "OFAC designated Quantum Technology Company today.", "Organization")


def test_a_legal_form_without_its_periods_is_part_of_the_name() -> None:
    text = ("OFAC designated the following entities:\n\nHunan Pqrs Software Co. Ltd\n"
            "Yanji Tuvw Trading Co.,Ltd\nDalian Mnop Industry Co Ltd")
    orgs = _names(text, "Organization")
    assert {"Hunan Pqrs Software Co. Ltd", "Yanji Tuvw Trading Co.,Ltd",
            "Dalian Mnop Industry Co Ltd"} <= orgs
    assert not any(o in {"Ltd", "Co"} for o in orgs)


def test_an_abbreviation_inside_a_korean_name_in_capitals_is_a_syllable() -> None:
    text = "WANTED\n\nKANG TAE BOK (x)\nRI SONG HO\n\nThe FBI is looking for both men."
    people = _names(text, "Person")
    assert "Kang Tae Bok" in people
    assert "Bank of Korea" not in _names(text, "Agency")
    # the abbreviation on its own stays the bank
    assert "Bank of Korea" in _names("The BOK raised its rate. PAK SONG was there.", "Agency")


def test_a_name_a_person_calls_himself_is_his_alias() -> None:
    text = ("In May 2021, Ri Song Ho, calling himself \"Dylan Marsh,\" was hired by a firm in "
            "Serbia. Pak Chol, calling himself a developer, was hired too.")
    people = {e.name: e for e in _of(text, "Person")}
    assert "Dylan Marsh" not in people
    assert {m.text for m in people["Ri Song Ho"].mentions} >= {"Ri Song Ho", "Dylan Marsh"}
    # a description after the phrase is no name
    assert "Pak Chol" in people


def test_an_alias_line_under_a_name_in_a_notice_declares_it() -> None:
    text = ("WANTED\n\nRI SONG HO (x)\nAlias: \"Dylan Marsh\"\nPAK CHOL (y)\n\n"
            "Both men are charged with wire fraud.")
    people = {e.name: e for e in _of(text, "Person")}
    assert "Dylan Marsh" not in people
    assert "Dylan Marsh" in {m.text for m in people["Ri Song Ho"].mentions}
    # a name on the next line without the field is someone else
    other = _names("WANTED\n\nRI SONG HO (x)\nDylan Marsh, a U.S. national, was charged.",
                   "Person")
    assert "Dylan Marsh" in other


def test_a_second_description_joined_to_an_apposition_is_the_same_person() -> None:
    text = ("OFAC designated Ro Kyong Su, a 41-year-old DPRK national and a representative of "
            "the Foreign Trade Bank, today.")
    people = _of(text, "Person")
    assert [p.name for p in people] == ["Ro Kyong Su"]
    result = extract(text, doc_type="news")
    assert ("Ro Kyong Su", "Foreign Trade Bank") in relations(result, "EMPLOYED_AT")


def test_a_firm_described_by_its_trade_and_place_is_an_unnamed_employer() -> None:
    text = "In May 2021, Ri Song Ho was hired by a virtual token company based in Serbia."
    result = extract(text, doc_type="news")
    assert ("Ri Song Ho", "virtual token company based in Serbia") in relations(
        result, "EMPLOYED_AT")
    # "another company" is known only by contrast: no description of its own
    other = extract("Ri Song Ho was hired by another company based in Serbia.",
                    doc_type="news")
    assert not [e for e in other.entities if e.type == "Organization"]
    # a description in apposition to a name is that name's
    named = extract("Orion Dataworks LLC, a company based in Serbia, hired Ri Song Ho.",
                    doc_type="news")
    assert [e.name for e in named.entities if e.type == "Organization"] == [
        "Orion Dataworks LLC"]


def test_a_state_inside_a_name_ending_in_its_legal_form_is_a_word_of_the_name() -> None:
    text = ("OFAC also designated Korea Pyolbit Shipping Co, and Liaoning China Harbor "
            "Industry Co., Ltd).")
    assert "Liaoning China Harbor Industry Co., Ltd" in _names(text, "Organization")
    # a state that opens the words before a legal form stays the state
    assert "China" in _names("The workers moved to China Harbor LLC.", "Country")


def test_a_place_based_head_noun_names_the_firm_after_it() -> None:
    text = "Treasury accused the Russia-based company Velora Bright Star of violations."
    assert "Velora Bright Star" in _names(text, "Organization")
    assert not _names("The Russia-based company was named in the filing.", "Organization")


def test_a_group_of_firms_an_indictment_defines_in_quotes_is_one_unnamed_actor() -> None:
    text = ("6. The \"Subject Firms\" were retail businesses based in Canada that hired a "
            "remote worker.\n\n7. The IT workers were hired remotely by the Subject Firms. "
            "The Subject Firms paid more than $150,000 in wages for the work.")
    result = extract(text, doc_type="news")
    firms = [e for e in result.entities if e.name == "Subject Firms"]
    assert len(firms) == 1 and firms[0].type == "Organization"
    assert ("DPRK IT workers", "Subject Firms") in relations(result, "EMPLOYED_AT")
    # a quoted term that names no firms' group, or one no fact uses, is no actor
    other = extract("He wrote a column called \"Small Businesses\" for a newspaper.",
                    doc_type="news")
    assert not [e for e in other.entities if e.type == "Organization"]
