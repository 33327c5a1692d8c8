"""Counted designation targets and the members later sentences list for them (session 29,
extract/designation_sets.py, extract/frames/designation_members.py), and the agency an "it"
subject of a designation continues (extract/designation_it.py). Invented names; each
construction has look-alikes that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OFAC = "Office of Foreign Assets Control"


def designated(text: str, doc_type: str = "news") -> list[tuple[str, str]]:
    return relations(extract(text, doc_type=doc_type), "DESIGNATED")


def targets(found: list[tuple[str, str]]) -> set[str]:
    return {t for _, t in found}


_ACT = ("The Government of the Republic of Korea has decided to designate four individuals "
        "and two entities as targets of its independent sanctions for earning money for "
        "Pyongyang. ")
_PEOPLE = ("Paek Chol Hun", "Ma Song Il", "Rim Tae Gyong", "Yom Kwang Su")
_FIRMS = ("Sobong Data Exchange Company", "Kumgang Tech Trading Corporation")


def test_the_counted_sets_members_listed_by_copulas_are_designated_by_the_state() -> None:
    text = (_ACT + "The individuals are Paek Chol Hun, Ma Song Il, Rim Tae Gyong and Yom "
            "Kwang Su. They worked in Shenyang for years. The two entities are Sobong Data "
            "Exchange Company and Kumgang Tech Trading Corporation, a company under the "
            "Ministry of State Security.")
    found = designated(text)
    for name in (*_PEOPLE, *_FIRMS):
        assert ("South Korea", name) in found, (name, found)
    assert "Ministry of State Security" not in targets(found), found


def test_a_count_that_does_not_match_names_no_members() -> None:
    text = (_ACT + "The individuals are Paek Chol Hun, Ma Song Il and Rim Tae Gyong. The two "
            "entities are Sobong Data Exchange Company, Kumgang Tech Trading Corporation and "
            "Haegum Shipping Company.")
    assert not designated(text), designated(text)


def test_a_plan_or_a_call_opens_no_set() -> None:
    planned = ("The Government of the Republic of Korea will designate four individuals as "
               "targets of its sanctions next month. The individuals are Paek Chol Hun, Ma "
               "Song Il, Rim Tae Gyong and Yom Kwang Su.")
    assert not designated(planned), designated(planned)
    called = ("Lawmakers urged the government to sanction four individuals. The individuals "
              "are Paek Chol Hun, Ma Song Il, Rim Tae Gyong and Yom Kwang Su.")
    assert not designated(called), designated(called)


def test_a_copular_list_of_someone_else_names_no_members() -> None:
    text = (_ACT + "The victims are Paek Chol Hun, Ma Song Il, Rim Tae Gyong and Yom Kwang "
            "Su. The individuals arrested are Paek Chol Hun and Ma Song Il.")
    # no named member; the counted sets themselves are the targets
    # (extract/frames/designation_unnamed_sets.py). "The individuals arrested are ..." reads
    # as a member list to that rule, so the individuals' set may stay out; the entities' may not
    found = targets(designated(text))
    assert "two entities" in found and found <= {"four individuals", "two entities"}, found


def test_a_list_of_an_earlier_act_is_no_member_list_of_todays() -> None:
    # the sentence dates its own (earlier) act: its list is not the counted set's
    text = (_ACT + "The four individuals sanctioned in 2021 were Paek Chol Hun, Ma Song Il, "
                   "Rim Tae Gyong and Yom Kwang Su.")
    result = extract(text, doc_type="news")
    assert not [r for r in result.relations if r.frame == "designation-members.v1"], \
        result.relations
    # a recalled act's roster names the members of that earlier act (extract/rosters.py),
    # as "Seoul had designated A" does: never today's designation, so never dated today
    recalled = ("Seoul had designated four individuals for earning money for Pyongyang. "
                "The individuals are Paek Chol Hun, Ma Song Il, Rim Tae Gyong and Yom Kwang "
                "Su.")
    result = extract(recalled, doc_type="news")
    dated = [r for r in result.relations if r.type == "DESIGNATED"
             and r.properties.get("date") == result.document.date]
    assert not dated, dated


def test_include_and_including_name_some_members() -> None:
    text = ("South Korea on Friday imposed sanctions on four North Korean individuals, "
            "including a senior officer, and three entities. The four individuals are "
            "senior officials, including Paek Chol Hun, a bureau director, and Ma Song Il. "
            "The three entities newly added to the list include Sobong Data Exchange "
            "Company and Kumgang Tech Trading Corporation.")
    found = designated(text)
    for name in ("Paek Chol Hun", "Ma Song Il", *_FIRMS):
        assert ("South Korea", name) in found, (name, found)


def test_an_ordinal_subject_names_one_member() -> None:
    text = ("OFAC on Tuesday designated three entities for moving money for Pyongyang. "
            "The third entity facing sanctions is Sobong Data Exchange Company. The fifth "
            "entity is Kumgang Tech Trading Corporation.")
    found = designated(text)
    assert (OFAC, "Sobong Data Exchange Company") in found, found
    assert "Kumgang Tech Trading Corporation" not in targets(found), found


def test_they_after_the_act_when_one_set_matches_exactly() -> None:
    text = ("Japan on Friday designated two individuals for procuring parts. They are Paek "
            "Chol Hun and Ma Song Il.")
    found = designated(text)
    assert ("Japan", "Paek Chol Hun") in found and ("Japan", "Ma Song Il") in found, found
    other = ("Japan on Friday designated three individuals for procuring parts. They are "
             "Paek Chol Hun and Ma Song Il.")
    assert not designated(other), designated(other)


def test_it_continues_the_agency_that_speaks_not_the_lede_country() -> None:
    text = ("The United States on Thursday sanctioned a network that moved money for "
            "Pyongyang. OFAC said Sobong Data Exchange Company employed North Korean IT "
            "workers in Laos. It also designated Paek Chol Hun and Ma Song Il.")
    found = designated(text)
    assert (OFAC, "Paek Chol Hun") in found and (OFAC, "Ma Song Il") in found, found
    assert ("United States", "Paek Chol Hun") not in found, found


def test_it_after_a_speaking_person_keeps_the_state() -> None:
    text = ("The United States on Thursday sanctioned Sobong Data Exchange Company. Under "
            "Secretary Dolores Vantreight said the company hid its workers. It also "
            "designated Paek Chol Hun.")
    found = designated(text)
    assert ("United States", "Paek Chol Hun") in found, found
    assert not any("Vantreight" in s for s, _ in found), found


_LINES = ("\n\n{subject} are as follows:\n- Paek Chol Hun, a representative of a trading "
          "company in Dalian;\n- Ma Song Il, an engineer;\n- Rim Tae Gyong, a banker in "
          "Vladivostok.\n\nTrade with them now requires a permit.")


def test_members_on_the_lines_under_a_copula_ending_in_a_colon() -> None:
    text = ("The Government of Japan has decided to designate three individuals as targets "
            "of asset freezes for procuring parts for missiles." +
            _LINES.format(subject="The individuals"))
    found = designated(text)
    for name in _PEOPLE[:3]:
        assert ("Japan", name) in found, (name, found)


def test_lines_under_another_subject_or_another_count_name_no_members() -> None:
    act = ("The Government of Japan has decided to designate four individuals as targets "
           "of asset freezes for procuring parts for missiles.")
    assert not designated(act + _LINES.format(subject="The individuals")), \
        designated(act + _LINES.format(subject="The individuals"))
    three = act.replace("four", "three")
    assert not designated(three + _LINES.format(subject="The victims")), \
        designated(three + _LINES.format(subject="The victims"))
