"""DESIGNATED as news and releases phrase it (session 27): lists of targets whose names
carry descriptions, sets named by how they were listed ("named in the new round of
sanctions include"), "the sanctioned individuals, including", an annex of targets under a
heading, and the reason of a designation naming other parties. Invented names; each
construction has a look-alike that must not give a designation."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def designated(text: str, doc_type: str = "news") -> list[tuple[str, str]]:
    return relations(extract(text, doc_type=doc_type), "DESIGNATED")


def targets(text: str, doc_type: str = "news") -> set[str]:
    return {t for _, t in designated(text, doc_type)}


def has(found: set[str], fragment: str) -> bool:
    return any(fragment in t for t in found)


# --- a list whose items carry descriptions ---------------------------------------------

def test_every_item_of_a_described_list_after_the_copula_is_designated() -> None:
    text = ("The U.S. Treasury Department on Monday imposed sanctions on three people. "
            "The three people sanctioned are Kim Yong Sik, representative of Vostok Ferrum "
            "Bank, Ri Chang Sol, representative of Hwasong Credit Bank in Dalian, and Pak "
            "Yong Dal, an official in Shenyang.")
    found = targets(text)
    for name in ("Kim Yong Sik", "Ri Chang Sol", "Pak Yong Dal"):
        assert has(found, name), found
    assert not has(found, "Vostok") and not has(found, "Hwasong"), found


def test_the_same_list_after_a_verb_of_another_act_designates_nobody() -> None:
    text = ("The three people charged are Kim Yong Sik, representative of Vostok Ferrum "
            "Bank, Ri Chang Sol, representative of Hwasong Credit Bank in Dalian, and Pak "
            "Yong Dal, an official in Shenyang.")
    assert not designated(text)


def test_a_verb_list_with_semicolons_and_dashes_reaches_every_item() -> None:
    text = ("OFAC sanctioned Korea Hyangsan Trading Corp., a state trading firm; two of "
            "its front companies, Pellridge Trading LLC and Amberfield Systems LLC; and "
            "Dandong Corvel Electronics Co., Ltd., a China-based firm.")
    found = targets(text)
    for name in ("Hyangsan", "Pellridge", "Amberfield", "Corvel"):
        assert has(found, name), found


def test_the_parties_of_the_reason_are_not_targets() -> None:
    text = ("OFAC sanctioned Korea Hyangsan Trading Corp. on Monday for helping Pellridge "
            "Trading LLC and Amberfield Systems LLC.")
    found = targets(text)
    assert has(found, "Hyangsan"), found
    assert not has(found, "Pellridge") and not has(found, "Amberfield"), found


def test_a_clause_after_the_list_ends_it() -> None:
    text = ("The Treasury Department sanctioned two men on Monday. Those sanctioned include "
            "Vanya Korotkov and Jang Su Min, who paid Orrin Tech LLC, Belvane Data LLC and "
            "others.")
    found = targets(text)
    assert has(found, "Korotkov"), found
    assert not has(found, "Orrin") and not has(found, "Belvane"), found


def test_the_party_a_designation_reason_names_is_not_joined_to_the_targets() -> None:
    text = ("Treasury is designating Kwon Il Su and Yan Bo pursuant to E.O. 13722 for "
            "acting for or on behalf of, directly or indirectly, Korea Pyolbit Airline "
            "Corp., which was previously designated pursuant to E.O. 13722.")
    found = targets(text, doc_type="sanctions_release")
    assert has(found, "Kwon Il Su"), found
    assert not has(found, "Pyolbit"), found


# --- a set named by how it was listed ----------------------------------------------------

def test_those_named_in_the_round_of_sanctions_are_designated() -> None:
    text = ("The department's Office of Foreign Assets Control imposed the sanctions on "
            "Wednesday. Individuals and companies named in the latest round of sanctions "
            "include Teodor Vasko, Han Kyong Il, Corvel Networks Co., Ltd. and Korea Ansan "
            "Trading Corp.")
    found = designated(text)
    for name in ("Teodor Vasko", "Han Kyong Il", "Corvel Networks", "Korea Ansan"):
        assert any(name in t and "Foreign Assets" in a for a, t in found), found


def test_those_named_in_an_indictment_are_not_designated() -> None:
    text = ("The department's Office of Foreign Assets Control imposed the sanctions on "
            "Wednesday. People named in the indictment include Teodor Vasko and Han Kyong "
            "Il.")
    found = targets(text)
    assert not has(found, "Vasko") and not has(found, "Han Kyong Il"), found


def test_those_added_to_a_list_that_is_no_sanctions_list_are_not_designated() -> None:
    text = ("OFAC designated Korea Ansan Trading Corp. on Wednesday. The firms added to "
            "the client list include Corvel Networks Co., Ltd. and Belvane Data LLC.")
    found = targets(text)
    assert not has(found, "Corvel") and not has(found, "Belvane"), found


# --- "the sanctioned individuals, including A, B and C" ------------------------------------

def test_the_members_of_the_sanctioned_set_are_designated() -> None:
    text = ("Seoul imposed sanctions on eleven North Koreans on Monday. The sanctioned "
            "individuals, including Choe Hyon Su, Ri Song Gun and Kang Min Chol, work for "
            "Bureau 325.")
    found = designated(text)
    for name in ("Choe Hyon Su", "Ri Song Gun", "Kang Min Chol"):
        assert ("South Korea", name) in found, found
    assert not [t for _, t in found if "325" in t], found


def test_an_already_sanctioned_set_recalls_an_earlier_act() -> None:
    text = ("Seoul imposed sanctions on eleven North Koreans on Monday. The previously "
            "sanctioned individuals, including Choe Hyon Su and Ri Song Gun, work for "
            "Bureau 325.")
    found = targets(text)
    assert not has(found, "Choe Hyon Su") and not has(found, "Ri Song Gun"), found


def test_a_sanctioned_set_in_another_role_is_no_list_of_targets() -> None:
    text = ("Seoul imposed sanctions on eleven North Koreans on Monday. Investigators met "
            "the sanctioned individuals, including Choe Hyon Su and Ri Song Gun, in Dalian.")
    found = targets(text)
    assert not has(found, "Choe Hyon Su"), found


def test_a_plan_to_target_is_no_designation() -> None:
    text = ("The Treasury Department may impose sanctions later. The sanctions would "
            "target Song Il Gyu, a programmer, and Russian national Pavel Drozdin.")
    found = targets(text)
    assert not has(found, "Song Il Gyu") and not has(found, "Drozdin"), found


# --- an annex of targets under a heading ---------------------------------------------------

_LEDE = ("South Korea on Saturday designated two individuals and two entities as "
         "targets of its independent sanctions.\n\n")
_ITEMS = ("Individuals (2)\n"
          "1) Kwon Tae Song: head of the Haeju Software Institute; involved in hacking\n"
          "2) Ri Myong Gil: involved in laundering stolen virtual assets\n\n"
          "Entities (2)\n"
          "1) Haeju Pixel Trading Corp.: front company of Bureau 325\n"
          "2) Kalma Orbit Technology Co.: develops malicious programs\n")


def test_the_items_under_a_designation_heading_are_designated() -> None:
    text = _LEDE + "Annex: Individuals and entities designated\n\n" + _ITEMS
    found = designated(text, doc_type="sanctions_release")
    for name in ("Kwon Tae Song", "Ri Myong Gil", "Haeju Pixel Trading Corp.",
                 "Kalma Orbit Technology Co."):
        assert ("South Korea", name) in found, found
    assert not [t for _, t in found if "Institute" in t or "325" in t], found


def test_items_under_a_heading_that_recalls_or_names_no_act_are_not_designated() -> None:
    for heading in ("Annex: Entities previously designated", "Annex: Contact points"):
        text = ("The ministry met partners on March 2, 2024.\n\n" + heading + "\n\n" +
                _ITEMS)
        found = targets(text, doc_type="news")
        assert not has(found, "Kwon Tae Song") and not has(found, "Haeju Pixel"), found


def test_a_for_inside_a_targets_description_is_no_reason_of_the_act() -> None:
    text = ("Today, OFAC sanctioned Quillmark Staffing LLC, a company in Oman that found "
            "remote contracts for North Korean IT workers, and its director, Ri Tae Gyong.")
    found = targets(text, doc_type="sanctions_release")
    assert has(found, "Quillmark") and has(found, "Ri Tae Gyong"), found


# --- a counted target whose members follow a colon -----------------------------------------

_COUNTED = ("The two individuals named on Thursday were sanctioned for acting on behalf of "
            "those fronts: Jang Il Bom, who heads the Sariwon delegation of IT workers in "
            "Laos, and Kang Chol Ung, who is the company's chief representative in China.")


def test_the_members_of_a_counted_target_after_a_colon_are_designated() -> None:
    found = targets(_COUNTED, doc_type="sanctions_release")
    assert has(found, "Jang Il Bom") and has(found, "Kang Chol Ung"), found


def test_members_that_do_not_match_the_count_are_not_read_as_the_target() -> None:
    text = _COUNTED.replace("and Kang Chol Ung, who is the company's chief "
                            "representative in China", "Kang Chol Ung, and Ri Pyong Ho")
    found = targets(text, doc_type="sanctions_release")
    assert not has(found, "Kang Chol Ung") and not has(found, "Ri Pyong Ho"), found


# --- ", also sanctioned," after the names ---------------------------------------------------

_ALSO = "OFAC designated Korea Ansan Trading Corp. on Monday. Its director, Han Kyong Il, {}"


def test_names_with_a_parenthetical_also_sanctioned_are_designated() -> None:
    found = targets(_ALSO.format("also sanctioned, lives in Dandong."))
    assert has(found, "Han Kyong Il"), found


def test_a_parenthetical_that_recalls_or_an_active_verb_designates_nobody() -> None:
    for rest in ("previously sanctioned, lives in Dandong.",
                 "sanctioned the staff, lives in Dandong."):
        assert not has(targets(_ALSO.format(rest)), "Han Kyong Il"), rest


def test_every_item_of_a_states_list_with_descriptions_is_designated() -> None:
    text = ("Seoul's list includes Kaesong Delta Trade Co., a company operating in Laos, and "
            "the individuals Kim Song Chol and Ri Hyo Dong.")
    found = designated(text, doc_type="sanctions_release")
    for name in ("Kaesong Delta Trade Co.", "Kim Song Chol", "Ri Hyo Dong"):
        assert ("South Korea", name) in found, found


def test_a_list_that_is_no_states_sanctions_list_designates_nobody() -> None:
    text = ("The conference's guest list includes Kaesong Delta Trade Co., a company "
            "operating in Laos, and the individuals Kim Song Chol and Ri Hyo Dong.")
    assert not designated(text, doc_type="news")
