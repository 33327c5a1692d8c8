"""Constructions read in real Treasury, DOJ, FBI and news releases (never their sentences):
each one in our own wording with invented names, and a look-alike that must state nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

TREASURY = [{"country": "US", "agency": "Department of the Treasury"}]


def test_sanctions_imposed_on_a_target_hung_on_the_noun() -> None:
    found = relations(extract("OFAC imposed sanctions on Ri Chol Ung and Tarrow Link Ltd. "
                              "on Tuesday.", doc_type="news"), "DESIGNATED")
    assert ("Office of Foreign Assets Control", "Ri Chol Ung") in found
    assert ("Office of Foreign Assets Control", "Tarrow Link Ltd.") in found
    # a fine is no sanction, and a possible act is none
    assert relations(extract("OFAC imposed a fine on Tarrow Link Ltd. on Tuesday.",
                             doc_type="news"), "DESIGNATED") == []
    assert relations(extract("OFAC may impose sanctions on Tarrow Link Ltd. next year.",
                             doc_type="news"), "DESIGNATED") == []


def test_the_department_named_with_its_country_designates() -> None:
    found = relations(extract("The U.S. Treasury Department on Wednesday sanctioned Ivan "
                              "Sokolov and Ri Chol Ung.", doc_type="news"), "DESIGNATED")
    assert ("Department of the Treasury", "Ivan Sokolov") in found
    assert ("Department of the Treasury", "Ri Chol Ung") in found


def test_the_act_as_subject_of_target() -> None:
    text = ("Today's action targets Ivan Sokolov, who moved money for North Korean IT "
            "workers. The designations also target Tarrow Link Ltd.")
    found = relations(extract(text, issuers=TREASURY), "DESIGNATED")
    assert ("Office of Foreign Assets Control", "Ivan Sokolov") in found
    assert ("Office of Foreign Assets Control", "Tarrow Link Ltd.") in found
    # the workers' targets are their victims
    lookalike = extract("North Korean IT workers target firms such as Pellham Analytics.",
                        issuers=TREASURY)
    assert relations(lookalike, "DESIGNATED") == []


def test_the_sanctioned_group_includes() -> None:
    found = relations(extract("The sanctioned network includes Department 88 and Tarrow "
                              "Link Ltd.", issuers=TREASURY), "DESIGNATED")
    assert ("Office of Foreign Assets Control", "Department 88") in found
    assert ("Office of Foreign Assets Control", "Tarrow Link Ltd.") in found
    plain = extract("The network includes Department 88 and Tarrow Link Ltd.",
                    issuers=TREASURY)
    assert relations(plain, "DESIGNATED") == []


def test_the_role_in_helping_is_the_reason_of_a_designation() -> None:
    found = relations(extract("OFAC sanctioned Ri Chol Ung and Harbor Kite Ltd. for their "
                              "roles in assisting North Korean IT workers."), "FACILITATED")
    assert ("Ri Chol Ung", "DPRK IT workers") in found
    assert ("Harbor Kite Ltd.", "DPRK IT workers") in found
    # a role in exposing the workers helps nobody
    exposed = extract("OFAC thanked Harbor Kite Ltd. for its role in exposing North Korean "
                      "IT workers.")
    assert relations(exposed, "FACILITATED") == []


def test_what_a_warning_clause_is_about() -> None:
    found = relations(extract("The FBI warned in January that North Korean IT workers "
                              "increasingly extort their employers.", doc_type="news"),
                      "WARNS_ABOUT")
    assert found == [("Federal Bureau of Investigation", "DPRK IT workers")]
    # the audience of a warning is not what it warns about, and a denial warns of nothing
    audience = extract("The FBI warned that companies hiring remote developers face legal "
                       "risks.", doc_type="news")
    assert relations(audience, "WARNS_ABOUT") == []
    denied = extract("The FBI did not warn that North Korean IT workers extort employers.",
                     doc_type="news")
    assert relations(denied, "WARNS_ABOUT") == []


def test_the_threat_posed_by_after_the_warned_audience() -> None:
    found = relations(extract("The FBI is warning companies of the threat posed by North "
                              "Korean IT workers.", doc_type="news"), "WARNS_ABOUT")
    assert ("Federal Bureau of Investigation", "DPRK IT workers") in found


def test_an_owner_joined_to_the_participle_by_a_hyphen() -> None:
    for text in ("OFAC designated the DPRK-controlled firm Tarrow Link Ltd.",
                 "OFAC designated the North Korea-controlled firm Tarrow Link Ltd."):
        named = relations(extract(text, issuers=TREASURY), "CONTROLLED_BY")
        assert ("Tarrow Link Ltd.", "North Korea") in named
    family = extract("Pellham Analytics, a family-owned firm in Ohio, hired the workers.",
                     doc_type="news")
    assert relations(family, "CONTROLLED_BY") == []


def test_a_participle_clause_places_its_sentence_s_subject() -> None:
    found = relations(extract("Operating from Russia, the North Korean IT workers stole "
                              "source code.", doc_type="news"), "LOCATED_IN")
    assert ("DPRK IT workers", "Russia") in found
    seeming = extract("Pretending to work from the United States, the North Korean IT "
                      "workers stole source code.", doc_type="news")
    assert relations(seeming, "LOCATED_IN") == []


def test_a_firm_s_workers_are_where_it_employs_them() -> None:
    found = relations(extract("Tarrow Link Ltd. employs North Korean IT workers in Laos.",
                              issuers=TREASURY), "LOCATED_IN")
    assert ("DPRK IT workers", "Laos") in found
    # a hirer's place may be its own: "hire" places nobody
    hired = extract("Pellham Analytics hired North Korean IT workers in the United States.",
                    doc_type="news")
    assert ("DPRK IT workers", "United States") not in relations(hired, "LOCATED_IN")


def test_a_part_of_the_noun_a_relative_clause_restricts() -> None:
    found = relations(extract("Pyongyang fields thousands of North Korean IT workers, many of whom "
                              "live in China.", doc_type="news"), "LOCATED_IN")
    # the collective keeps the name this one sentence gives it
    assert any(placed.endswith("IT workers") and place == "China" for placed, place in found)
    none = extract("Pyongyang fields thousands of North Korean IT workers, none of whom "
                   "live in China.",
                   doc_type="news")
    assert relations(none, "LOCATED_IN") == []


def test_a_joint_warning_is_the_advisory_s_not_each_agency_s() -> None:
    joint = extract("The FBI and the Department of State jointly warned companies that "
                    "North Korean IT workers use stolen identities.", doc_type="news")
    assert relations(joint, "WARNS_ABOUT") == []


def test_they_and_most_take_up_the_collective_named_as_last_subject() -> None:
    for text in ("North Korean IT workers hide their identities. They live in China.",
                 "North Korean IT workers hide their identities. Most are based in China.",
                 "North Korean IT workers hide their identities. Many of them work in "
                 "China."):
        assert ("DPRK IT workers", "China") in relations(extract(text, doc_type="news"),
                                                         "LOCATED_IN"), text
    # a plural last subject that is not the collective competes for "they" and leaves it
    # open; "none" says the opposite. (A singular subject, "North Korea sends IT workers
    # abroad. They ...", cannot be "they": since session 26 the one plural actor is taken.)
    for text in ("North Korean officials send IT workers abroad. They live in China.",
                 "North Korean IT workers hide their identities. None of them live in "
                 "China."):
        assert relations(extract(text, doc_type="news"), "LOCATED_IN") == [], text


def test_the_names_a_counted_description_lists_after_including() -> None:
    found = relations(extract("South Korea imposed sanctions on four individuals, including "
                              "Ri Chol Ung and Pak Sol Mi.", doc_type="news"), "DESIGNATED")
    assert ("South Korea", "Ri Chol Ung") in found
    assert ("South Korea", "Pak Sol Mi") in found
    # the names of another noun's list are not the ones sanctioned
    other = extract("South Korea imposed sanctions on four individuals who worked with "
                    "banks, including Tongil Bank.", doc_type="news")
    # the set itself, never named, is the target (extract/frames/designation_unnamed_sets.py)
    assert relations(other, "DESIGNATED") == [("South Korea", "four individuals")]


def test_a_state_s_government_acts_for_the_state() -> None:
    found = relations(extract("The ROK government announced sanctions against Ri Chol Ung "
                              "and Tarrow Link Ltd.", doc_type="news"), "DESIGNATED")
    assert ("South Korea", "Ri Chol Ung") in found
    assert ("South Korea", "Tarrow Link Ltd.") in found


def test_the_governments_of_listed_states_act_for_them() -> None:
    title = "Joint Statement on Remote Developers from the DPRK"
    issued = relations(extract(f'The "{title}" was released by the governments of the '
                               "United States, Japan and the Republic of Korea.",
                               doc_type="news"), "ISSUED")
    assert {("United States", title), ("Japan", title), ("South Korea", title)} <= set(issued)
    found = relations(extract("Tarrow Link Ltd. was sanctioned by the governments of the "
                              "United States and the Republic of Korea.", doc_type="news"),
                      "DESIGNATED")
    assert ("South Korea", "Tarrow Link Ltd.") in found
    # governments the text does not name are no state
    vague = extract("Tarrow Link Ltd. was sanctioned by the governments of several states.",
                    doc_type="news")
    assert relations(vague, "DESIGNATED") == []


def test_the_act_s_list_and_among_the_designated() -> None:
    listed = relations(extract("Today's designations include Ri Chol Ung and Tarrow Link "
                               "Ltd.", issuers=TREASURY), "DESIGNATED")
    assert ("Office of Foreign Assets Control", "Ri Chol Ung") in listed
    among = relations(extract("Among the designated entities is Tarrow Link Ltd., a front "
                              "company.", issuers=TREASURY), "DESIGNATED")
    assert among == [("Office of Foreign Assets Control", "Tarrow Link Ltd.")]
    # the targets of a fraud are its victims
    victims = extract("The targets of the fraud included Pellham Analytics and Tarrow Link "
                      "Ltd.", issuers=TREASURY)
    assert relations(victims, "DESIGNATED") == []


def test_the_money_takes_up_the_one_amount_earned_before_it() -> None:
    found = relations(extract("North Korean IT workers earned $6.8 million. The money went "
                              "to North Korea.", doc_type="news"), "FUNDED")
    assert ("USD 6800000", "North Korea") in found
    # two amounts leave it open; a forfeiture is no money earned
    two = extract("North Korean IT workers earned $6 million and $2 million. The money "
                  "went to North Korea.", doc_type="news")
    assert relations(two, "FUNDED") == []
    forfeit = extract("Dana Whitcombe was ordered to forfeit $284,000. The money went to "
                      "North Korea.", doc_type="doj_release")
    assert relations(forfeit, "FUNDED") == []
