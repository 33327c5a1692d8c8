"""News wordings of a designation (session 29): a description the parser heads before the
target's name, "fell (came) under sanctions", and a partitive of a counted target ("A, one
of the sanctioned individuals"). Invented names; each with a look-alike that must not
fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def designated(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), "DESIGNATED")


def test_a_description_before_the_name_gives_way_to_the_name() -> None:
    found = designated("The Treasury sanctioned the Chinese firm Shenyang Maolin Trading Co. on "
                       "Tuesday.")
    assert ("Department of the Treasury", "Shenyang Maolin Trading Co.") in found, found


def test_a_description_without_a_name_is_no_target() -> None:
    found = designated("The Treasury sanctioned a Chinese firm on Tuesday.")
    assert not found, found


def test_fell_under_sanctions_is_designated_by_the_act_in_force() -> None:
    text = ("Japan on Friday imposed new sanctions on three organizations. The Baekdu Cyber "
            "Group, which is suspected of hacking exchanges, fell under the sanctions.")
    found = designated(text)
    assert ("Japan", "Baekdu Cyber Group") in found, found


def test_fell_under_suspicion_or_could_come_under_sanctions_is_none() -> None:
    text = ("Japan on Friday imposed new sanctions on three organizations. The Baekdu Cyber "
            "Group fell under suspicion. Ryongsan Trading could come under sanctions.")
    found = designated(text)
    assert "Baekdu Cyber Group" not in {t for _, t in found}, found
    assert "Ryongsan Trading" not in {t for _, t in found}, found


def test_one_of_the_sanctioned_individuals_is_a_member_of_the_counted_target() -> None:
    text = ("South Korea on Friday announced sanctions targeting nine North Korean "
            "individuals and two entities. Paek Chol Hun, one of the sanctioned individuals, "
            "is suspected of exporting arms.")
    found = designated(text)
    assert ("South Korea", "Paek Chol Hun") in found, found


def test_one_of_the_individuals_arrested_is_no_member() -> None:
    text = ("South Korea on Friday announced sanctions targeting nine North Korean "
            "individuals and two entities. Paek Chol Hun, one of the individuals arrested, "
            "is suspected of exporting arms. Ma Song Il, one of the sanctioned firm's "
            "managers, declined to comment.")
    found = designated(text)
    # no named member; the never-named sets themselves are the targets
    # (extract/frames/designation_unnamed_sets.py)
    assert {t for _, t in found} == {"North Korean individuals", "two entities"}, found


def test_an_unknown_body_of_a_designator_acts_for_it() -> None:
    text = ("The EU Foreign Affairs Council on Monday added two North Korean nationals to "
            "its sanctions list. The two nationals are Paek Chol Hun and Ma Song Il.")
    found = designated(text)
    assert ("European Union", "Paek Chol Hun") in found, found
    assert ("European Union", "Ma Song Il") in found, found


def test_a_body_of_two_designators_names_neither() -> None:
    text = ("The US-ROK Cyber Working Group on Monday added two North Korean nationals to "
            "a watch list. The two nationals are Paek Chol Hun and Ma Song Il.")
    found = designated(text)
    assert not found, found


def test_a_passive_of_adding_to_the_sanctions_list_names_its_target() -> None:
    text = ("Japan on Friday imposed new sanctions on North Korea. Paek Chol Hun was added "
            "to the sanctions list.")
    assert ("Japan", "Paek Chol Hun") in designated(text), designated(text)
    office = "Shenyang Maolin Trading Co. was added to the SDN List by OFAC on Monday."
    assert ("Office of Foreign Assets Control", "Shenyang Maolin Trading Co.") in \
        designated(office), designated(office)


def test_added_to_another_list_or_added_as_speech_is_none() -> None:
    text = ("Japan on Friday imposed new sanctions on North Korea. Paek Chol Hun was added "
            "to the guest list. Ma Song Il, the minister added, was never told.")
    assert not designated(text), designated(text)
