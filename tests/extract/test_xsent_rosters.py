"""A counted description whose names a later roster sentence gives (extract/rosters.py).
Invented sentences and names; each rule beside a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LEDE = ("DENVER - A Colorado man was arrested this morning and five foreign nationals were "
         "charged alongside him in an indictment that accuses them of helping North Korean "
         "IT workers get hired by U.S. companies.\n\n"
         "Rufus Kettering, 44, of Denver, Colorado, was taken into custody at his home on "
         "May 3, 2025. ")
_NAMES = ("Lu Fengmin", "Ge Tao", "Shan Wei", "Hsu Meiling", "Tsai Anlan")


def _cases(text: str) -> dict[str, str]:
    result = extract(text, doc_type="press_release",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    return dict(relations(result, "DEFENDANT_IN"))


def _defendants(text: str) -> set[str]:
    return set(_cases(text))


def test_roster_after_the_count_names_the_set() -> None:
    text = _LEDE + ("Named with him are three nationals of the PRC – Lu Fengmin, Ge Tao and "
                    "Shan Wei – and two nationals of Taiwan, Hsu Meiling and Tsai Anlan, none "
                    "of whom has been arrested. The case is United States v. Rufus Kettering "
                    "et al.")
    cases = _cases(text)
    assert all(cases.get(name) == "United States v. Rufus Kettering" for name in _NAMES)


def test_a_roster_names_no_case_of_its_own() -> None:
    # no case named and none opened before: the roster's first name is no caption
    text = _LEDE + ("Named with him are three nationals of the PRC – Lu Fengmin, Ge Tao and "
                    "Shan Wei – and two nationals of Taiwan, Hsu Meiling and Tsai Anlan.")
    assert not any(case.endswith(name) for name in _NAMES for case in _cases(text).values())


def test_a_roster_of_another_size_names_no_one() -> None:
    # four names for "five foreign nationals": the set is not the roster
    text = _LEDE + ("Named with him are three nationals of the PRC – Lu Fengmin, Ge Tao and "
                    "Shan Wei – and a national of Taiwan, Hsu Meiling. The case is United "
                    "States v. Rufus Kettering et al.")
    assert not set(_NAMES) & _defendants(text)


def test_a_part_or_other_persons_are_no_roster() -> None:
    for opener in ("Those charged include", "The witnesses are"):
        text = _LEDE + (f"{opener} Lu Fengmin, Ge Tao, Shan Wei, Hsu Meiling and "
                        "Tsai Anlan. The case is United States v. Rufus Kettering et al.")
        assert not set(_NAMES) & _defendants(text), opener


def test_a_heading_ends_the_reach_of_the_count() -> None:
    text = ("DENVER - Five foreign nationals were charged in an indictment unsealed today.\n\n"
            "Other matters\n\n"
            "The individuals are Lu Fengmin, Ge Tao, Shan Wei, Hsu Meiling and Tsai Anlan. "
            "The case is United States v. Lu Fengmin et al.")
    assert not set(_NAMES) & _defendants(text)


def test_a_set_reference_is_no_item_of_a_comma_list() -> None:
    # "... of real U.S. businesses, the defendants opened": the description ends a fronted
    # clause; it is not listed with the defendants
    text = ("Rolf Amsel and Tova Brink were charged today in Denver. To make the North Korean "
            "IT workers look like staff of real U.S. businesses, the defendants opened bank "
            "accounts for the workers.")
    result = extract(text, doc_type="press_release",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    helpers = {h for h, _ in relations(result, "FACILITATED")}
    assert not any("businesses" in h for h in helpers)


def test_persons_known_by_the_names_they_used_are_those_names() -> None:
    text = ("Prosecutors charged Nell Varga of Reno, Nevada, on Tuesday. The same indictment "
            "charges two foreign nationals who used the names Toma Reiss and Ivo Kestrel "
            "with conspiring to launder the proceeds. The case is United States v. Nell "
            "Varga et al.")
    cases = _cases(text)
    assert cases.get("Toma Reiss") == cases.get("Ivo Kestrel") == "United States v. Nell Varga"


def test_names_used_that_are_not_as_many_name_no_one() -> None:
    for names in ("Toma Reiss and Ivo Kestrel", "Toma Reiss, Ivo Kestrel and Lale Dunn"):
        text = ("Prosecutors charged Nell Varga of Reno, Nevada, on Tuesday. The same "
                "indictment charges three foreign nationals who used the names of "
                f"real Americans, and two men, {names}, were named as witnesses. The case is "
                "United States v. Nell Varga et al.")
        defendants = _defendants(text)
        assert not {"Toma Reiss", "Ivo Kestrel", "Lale Dunn"} & defendants, names


def test_one_name_fewer_than_counted_names_no_one() -> None:
    text = ("Prosecutors charged Nell Varga of Reno, Nevada, on Tuesday. The same indictment "
            "charges three foreign nationals who used the names Toma Reiss and Ivo Kestrel "
            "with conspiring to launder the proceeds. The case is United States v. Nell "
            "Varga et al.")
    assert not {"Toma Reiss", "Ivo Kestrel"} & _defendants(text)


def test_an_inverted_passive_names_its_subject_after_the_copula() -> None:
    text = ("In the District of Oregon, prosecutors charged Dale Ormond, a U.S. national from "
            "Ohio. Also charged are Lu Fengmin, Ge Tao and Shan Wei. The case is United "
            "States v. Dale Ormond et al.")
    cases = _cases(text)
    assert all(cases.get(n) == "United States v. Dale Ormond"
               for n in ("Lu Fengmin", "Ge Tao", "Shan Wei"))


def test_an_inverted_passive_that_is_planned_or_denied_states_nothing() -> None:
    for verb in ("Expected to be charged later are", "Not charged were"):
        text = ("In the District of Oregon, prosecutors charged Dale Ormond, a U.S. national "
                f"from Ohio. {verb} Lu Fengmin, Ge Tao and Shan Wei. The case is United "
                "States v. Dale Ormond et al.")
        assert not {"Lu Fengmin", "Ge Tao", "Shan Wei"} & _defendants(text), verb


_TWO = ("A grand jury in Tampa indicted two North Korean nationals, Ri Kang Sok and Choe Mun "
        "Ho, and three people charged with helping them: Dario Veltz, a citizen of Chile, and "
        "Nora Pike and Evan Stroud, both U.S. nationals. According to the indictment, the "
        "two North Korean nationals worked under false identities for at least 40 U.S. "
        "companies, and eight of those companies paid them at least $512,300.")


def _earners(text: str) -> set[str]:
    result = extract(text, doc_type="press_release",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    return {s for s, _ in relations(result, "GENERATED_REVENUE_FOR")}


def test_the_same_counted_description_again_is_the_same_set() -> None:
    assert _earners(_TWO) == {"Ri Kang Sok", "Choe Mun Ho"}


def test_a_counted_description_with_two_lists_of_its_size_is_no_one() -> None:
    # no earlier description of the same words: two lists of two persons stand before it
    text = ("Ri Kang Sok and Choe Mun Ho were indicted in Tampa. Nora Pike and Evan Stroud "
            "were charged with helping them. The two programmers worked for at least 40 "
            "U.S. companies, which paid them at least $512,300.")
    assert not {"Ri Kang Sok", "Choe Mun Ho", "Nora Pike", "Evan Stroud"} & _earners(text)


def test_a_described_origin_no_earlier_description_gave_is_no_one() -> None:
    text = _TWO.replace("the two North Korean nationals worked", "the three North Korean "
                        "nationals worked")
    assert not {"Dario Veltz", "Nora Pike", "Evan Stroud"} & _earners(text)


def test_a_roster_subject_may_carry_its_participle() -> None:
    text = ("SEOUL - The United States on Thursday imposed sanctions on two North Korean men "
            "and three entities that place IT workers abroad. The Treasury Department's "
            "Office of Foreign Assets Control sanctioned Bureau 72 of the Korean People's "
            "Army and two of its front companies, Sonbong Trading and Pulmu Shipping. The two "
            "men added to the sanctions list are Kang Ul Sok, the head of Sonbong's IT team "
            "in Laos, and Mun Yong Hak, Pulmu's chief representative in China.")
    result = extract(text, doc_type="news",
                     issuers=[{"country": "US", "agency": "Department of the Treasury"}])
    targets = {t for _, t in relations(result, "DESIGNATED")}
    assert {"Kang Ul Sok", "Mun Yong Hak"} <= targets
