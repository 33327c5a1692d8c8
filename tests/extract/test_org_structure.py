"""Organisational-structure constructions (who answers to whom, who works where, where a
firm sits), on sentences written for the test with invented names; each with a look-alike
that must not state the fact."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_designation_formula_names_the_owner() -> None:
    result = extract("Quillmoor Data LLC is being designated pursuant to E.O. 13722 for being "
                     "owned or controlled by, or having acted or purported to act for or on "
                     "behalf of, directly or indirectly, Korea Pyolbit Trading Company.")
    assert ("Quillmoor Data LLC", "Korea Pyolbit Trading Company") in relations(
        result, "CONTROLLED_BY")


def test_designation_formula_acting_for_a_bank_is_a_job() -> None:
    result = extract("Ro Sung Chol is a North Korean banker. He is designated today for having "
                     "acted or purported to act for or on behalf of, directly or indirectly, "
                     "Taebong Credit Bank.")
    assert ("Ro Sung Chol", "Taebong Credit Bank") in relations(result, "EMPLOYED_AT")
    assert relations(result, "CONTROLLED_BY") == []


def test_designation_for_other_grounds_states_no_owner() -> None:
    result = extract("Quillmoor Data LLC is being designated for having materially assisted, "
                     "sponsored, or provided financial support for, Korea Pyolbit Trading "
                     "Company.")
    assert relations(result, "CONTROLLED_BY") == []
    # an organization that only acted for another is not said to be owned by it
    result = extract("Quillmoor Data LLC is being designated for having acted for or on "
                     "behalf of, directly or indirectly, Korea Pyolbit Trading Company.")
    assert relations(result, "CONTROLLED_BY") == []


def test_description_after_a_copula_is_its_subject() -> None:
    result = extract("Quillmoor Data LLC is a Vietnam-based company that hires DPRK IT "
                     "workers.", doc_type="news")
    names = {e.name for e in result.entities}
    assert "Vietnam-based company" not in names
    assert ("Quillmoor Data LLC", "Vietnam") in relations(result, "LOCATED_IN")


def test_description_of_another_name_is_not_the_subject() -> None:
    result = extract("The lawyer of Quillmoor Data LLC is a Vietnam-based company that hires "
                     "DPRK IT workers.", doc_type="news")
    assert ("Quillmoor Data LLC", "Vietnam") not in relations(result, "LOCATED_IN")


def test_who_describes_the_person_not_the_firm() -> None:
    result = extract("Ro Sung Chol is an official of Korea Pyolbit Trading Company who works "
                     "in Shenyang, China.", doc_type="news")
    found = relations(result, "LOCATED_IN")
    assert ("Ro Sung Chol", "China") in found
    assert ("Korea Pyolbit Trading Company", "China") not in found


def test_which_still_describes_the_firm() -> None:
    result = extract("Ro Sung Chol met the director of Korea Pyolbit Trading Company, which "
                     "operates in Laos.", doc_type="news")
    assert ("Korea Pyolbit Trading Company", "Laos") in relations(result, "LOCATED_IN")
    # meeting a director says nothing of who runs the firm
    assert relations(result, "CONTROLLED_BY") == []


OFAC = "Office of Foreign Assets Control"


def test_inverted_passive_designation() -> None:
    result = extract("Also designated today are Ro Sung Chol and Quillmoor Data LLC.")
    found = relations(result, "DESIGNATED")
    assert (OFAC, "Ro Sung Chol") in found and (OFAC, "Quillmoor Data LLC") in found


def test_inverted_copula_without_designation_names_nobody() -> None:
    result = extract("Also present today were Ro Sung Chol and Quillmoor Data LLC.")
    assert relations(result, "DESIGNATED") == []


def test_designated_set_is_named() -> None:
    result = extract("The sole entity designated is Quillmoor Data LLC. Among those "
                     "designated today is Ro Sung Chol, a North Korean national.")
    found = relations(result, "DESIGNATED")
    assert (OFAC, "Quillmoor Data LLC") in found and (OFAC, "Ro Sung Chol") in found


def test_a_set_not_designated_names_nobody() -> None:
    result = extract("The sole entity mentioned is Quillmoor Data LLC. Among those present "
                     "today is Ro Sung Chol, a North Korean national.")
    assert relations(result, "DESIGNATED") == []


def test_adding_to_a_list_is_an_act_not_a_saying() -> None:
    result = extract("The Ministry of Foreign Affairs of the Republic of Korea added "
                     "Quillmoor Data LLC to its sanctions list.", doc_type="news")
    assert ("Ministry of Foreign Affairs of the Republic of Korea", "Quillmoor Data LLC") in \
        relations(result, "DESIGNATED")


def test_appositive_place_stays_with_its_own_name() -> None:
    result = extract("Quillmoor Data LLC, a UAE-based firm, and Ostrava Link Co., a Hong Kong "
                     "company, were designated.")
    found = relations(result, "LOCATED_IN")
    assert ("Quillmoor Data LLC", "United Arab Emirates") in found
    assert ("Ostrava Link Co.", "United Arab Emirates") not in found


def test_names_in_an_appositive_list_share_its_role() -> None:
    result = extract("OFAC designated the two companies, Quillmoor Data LLC and Ostrava Link "
                     "Co., today.")
    found = relations(result, "DESIGNATED")
    assert (OFAC, "Quillmoor Data LLC") in found and (OFAC, "Ostrava Link Co.") in found


def test_fronts_of_an_owner_are_not_fronts_of_each_other() -> None:
    result = extract("OFAC sanctioned Korea Pyolbit Trading Company and two of its front "
                     "companies, Ostrava Link Co. and Quillmoor Data LLC.")
    found = relations(result, "FRONT_FOR")
    assert ("Ostrava Link Co.", "Korea Pyolbit Trading Company") in found
    assert ("Quillmoor Data LLC", "Korea Pyolbit Trading Company") in found
    assert ("Ostrava Link Co.", "Quillmoor Data LLC") not in found
    assert ("Quillmoor Data LLC", "Ostrava Link Co.") not in found


def test_a_town_places_in_its_state() -> None:
    result = extract("Quillmoor Data LLC, a Dalian-based company, hired DPRK IT workers. "
                     "China has not commented.", doc_type="news")
    assert ("Quillmoor Data LLC", "China") in relations(result, "LOCATED_IN")
    result = extract("Mark Ellery, who lives in Maryland, hosted laptops for companies in "
                     "the United States.", doc_type="indictment",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert ("Mark Ellery", "United States") in relations(result, "LOCATED_IN")


def test_a_town_without_its_state_or_a_place_verb_places_nothing() -> None:
    result = extract("Quillmoor Data LLC, a Dalian-based company, hired DPRK IT workers.",
                     doc_type="news")
    assert relations(result, "LOCATED_IN") == []  # the text never names China
    result = extract("Mark Ellery, who met buyers in Maryland, hosted laptops for companies "
                     "in the United States.", doc_type="indictment",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert ("Mark Ellery", "United States") not in relations(result, "LOCATED_IN")


def test_appositive_description_with_a_clause_is_the_name() -> None:
    result = extract("OFAC designated Quillmoor Data LLC, a Chinese company that employs DPRK "
                     "IT workers abroad.")
    assert not [e for e in result.entities if e.unnamed]


def test_description_after_a_verb_stays_its_own_actor() -> None:
    result = extract("Quillmoor Data LLC paid a Chinese company that employs DPRK IT workers "
                     "abroad.", doc_type="news")
    names = {e.name for e in result.entities}
    assert "Quillmoor Data LLC" in names
    assert ("Quillmoor Data LLC", "China") not in relations(result, "LOCATED_IN")


def test_front_company_owner_constructions() -> None:
    owner = "Korea Pyolbit Trading Company"
    for text in ("Quillmoor Data LLC is a front company that acts for Korea Pyolbit Trading "
                 "Company.",
                 "Quillmoor Data LLC is a front company used by Korea Pyolbit Trading "
                 "Company.",
                 "Korea Pyolbit Trading Company uses Quillmoor Data LLC as a front company.",
                 "Korea Pyolbit Trading Company used front companies such as Quillmoor Data "
                 "LLC to hide its role.",
                 "Korea Pyolbit Trading Company sells ships. Quillmoor Data LLC, another "
                 "Korea Pyolbit Trading Company front company, hires IT workers."):
        result = extract(text, doc_type="news")
        assert ("Quillmoor Data LLC", owner) in relations(result, "FRONT_FOR"), text


def test_a_firm_used_or_acting_for_another_is_no_front() -> None:
    for text in ("Quillmoor Data LLC is a company that acts for Korea Pyolbit Trading "
                 "Company.",
                 "Korea Pyolbit Trading Company uses Quillmoor Data LLC as a supplier.",
                 "Quillmoor Data LLC is a software company used by Korea Pyolbit Trading "
                 "Company."):
        result = extract(text, doc_type="news")
        assert relations(result, "FRONT_FOR") == [], text


def test_subordinate_organization_noun() -> None:
    result = extract("Korea Pyolbit Trading Company is a subordinate organization of the "
                     "Munitions Industry Department.", doc_type="news")
    assert ("Korea Pyolbit Trading Company", "Munitions Industry Department") in relations(
        result, "CONTROLLED_BY")
    result = extract("Korea Pyolbit Trading Company is a former partner organization of the "
                     "Munitions Industry Department.", doc_type="news")
    assert relations(result, "CONTROLLED_BY") == []


def test_demonym_title_before_a_firm_places_it() -> None:
    result = extract("OFAC designated Chinese front company Ostrava Link Co., Ltd. and Russian "
                     "national Arkady Venn. China and Russia were informed.")
    found = relations(result, "LOCATED_IN")
    assert ("Ostrava Link Co., Ltd.", "China") in found
    # a person's demonym is a nationality, not a place
    assert ("Arkady Venn", "Russia") not in found


def test_indefinite_description_of_a_name_is_that_name() -> None:
    result = extract("Ro Sung Chol, a DPRK IT worker employed by Korea Pyolbit Trading "
                     "Company, was designated.")
    found = relations(result, "EMPLOYED_AT")
    assert ("Ro Sung Chol", "Korea Pyolbit Trading Company") in found
    assert ("DPRK IT workers", "Korea Pyolbit Trading Company") not in found


def test_the_group_stays_the_group_outside_an_apposition() -> None:
    result = extract("Ro Sung Chol met DPRK IT workers employed by Korea Pyolbit Trading "
                     "Company.", doc_type="news")
    found = relations(result, "EMPLOYED_AT")
    assert ("DPRK IT workers", "Korea Pyolbit Trading Company") in found
    assert ("Ro Sung Chol", "Korea Pyolbit Trading Company") not in found


def test_the_targets_and_a_list_owner_designate() -> None:
    result = extract("The targets are Quillmoor Data LLC, a company based in China, and Ro "
                     "Sung Chol.")
    found = relations(result, "DESIGNATED")
    assert (OFAC, "Quillmoor Data LLC") in found and (OFAC, "Ro Sung Chol") in found
    result = extract("Seoul's list includes Quillmoor Data LLC.", doc_type="news")
    assert ("South Korea", "Quillmoor Data LLC") in relations(result, "DESIGNATED")


def test_targets_of_something_else_are_not_designated() -> None:
    result = extract("The targets of the fraud were Quillmoor Data LLC and Ostrava Link Co.")
    assert relations(result, "DESIGNATED") == []
    result = extract("Seoul's economy includes Quillmoor Data LLC.", doc_type="news")
    assert relations(result, "DESIGNATED") == []


def test_chief_executive_heads_the_firm() -> None:
    for text in ("Ro Sung Chol is the chief executive of Quillmoor Data LLC.",
                 "OFAC designated Ro Sung Chol, Quillmoor Data LLC's chief executive "
                 "officer."):
        result = extract(text, doc_type="news")
        assert ("Quillmoor Data LLC", "Ro Sung Chol") in relations(result, "CONTROLLED_BY")
    result = extract("Ro Sung Chol is a compliance officer of Quillmoor Data LLC.",
                     doc_type="news")
    assert relations(result, "CONTROLLED_BY") == []


def test_who_someone_poses_as_is_no_actor() -> None:
    result = extract("North Korean IT workers posed as U.S. citizens to get hired by U.S. "
                     "companies.", doc_type="indictment",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert [w for w, _ in relations(result, "EMPLOYED_AT") if "citizens" in w] == []


def test_hired_as_a_role_is_still_hired() -> None:
    result = extract("Quillmoor Data LLC hired Ro Sung Chol as a developer.", doc_type="news")
    assert ("Ro Sung Chol", "Quillmoor Data LLC") in relations(result, "EMPLOYED_AT")


def test_a_firms_offices_place_it() -> None:
    result = extract("Quillmoor Data LLC has offices in China and Russia.", doc_type="news")
    found = relations(result, "LOCATED_IN")
    assert ("Quillmoor Data LLC", "China") in found and ("Quillmoor Data LLC", "Russia") in found


def test_clients_or_closed_offices_place_nothing() -> None:
    for text in ("Quillmoor Data LLC has clients in China.",
                 "Quillmoor Data LLC closed its offices in China."):
        assert relations(extract(text, doc_type="news"), "LOCATED_IN") == [], text

DOJ = [{"country": "US", "agency": "Department of Justice"}]


def test_residence_constructions() -> None:
    for text in ("Mark Ellery of Silver Spring, Maryland, pleaded guilty in the United "
                 "States.",
                 "Mark Ellery, a resident of Fort Worth, Texas, pleaded guilty in the United "
                 "States.",
                 "Prosecutors in the United States charged Mark Ellery, a U.S. national from "
                 "New Jersey."):
        result = extract(text, doc_type="indictment", issuers=DOJ)
        assert ("Mark Ellery", "United States") in relations(result, "LOCATED_IN"), text


def test_of_a_court_or_a_nationality_is_no_residence() -> None:
    result = extract("U.S. District Judge Mark Ellery of the District of Columbia sentenced "
                     "the defendant in the United States.", doc_type="indictment",
                     issuers=DOJ)
    assert ("Mark Ellery", "United States") not in relations(result, "LOCATED_IN")
    result = extract("Also charged are two nationals of Taiwan, Wen Hsu and Lin Pei, and a "
                     "U.S. man.", doc_type="indictment", issuers=DOJ)
    assert [p for p, c in relations(result, "LOCATED_IN") if c == "Taiwan"] == []


def test_a_possessor_after_a_comma_is_no_list_item() -> None:
    result = extract("Ro Sung Chol, Korea Pyolbit Trading Company's chief representative in "
                     "China, was designated.")
    found = relations(result, "LOCATED_IN")
    assert ("Ro Sung Chol", "China") in found
    assert ("Korea Pyolbit Trading Company", "China") not in found


def test_a_plain_list_still_shares_the_place() -> None:
    result = extract("Ro Sung Chol, Pak Il Song and Kim Yong Chol were arrested in China.",
                     doc_type="news")
    found = relations(result, "LOCATED_IN")
    assert {("Ro Sung Chol", "China"), ("Pak Il Song", "China")} <= set(found)


def test_more_front_constructions() -> None:
    owner = "Korea Pyolbit Trading Company"
    for text in ("Quillmoor Data LLC is one of Korea Pyolbit Trading Company's front "
                 "companies.",
                 "Quillmoor Data LLC is a shell company for Korea Pyolbit Trading Company.",
                 "Korea Pyolbit Trading Company set up Quillmoor Data LLC as a front."):
        result = extract(text, doc_type="news")
        assert ("Quillmoor Data LLC", owner) in relations(result, "FRONT_FOR"), text


def test_one_of_its_clients_is_no_front() -> None:
    for text in ("Quillmoor Data LLC is one of Korea Pyolbit Trading Company's clients.",
                 "Korea Pyolbit Trading Company set up Quillmoor Data LLC as a subsidiary."):
        assert relations(extract(text, doc_type="news"), "FRONT_FOR") == [], text


def test_a_preposition_read_as_dative_still_names_the_party() -> None:
    result = extract("Ro Sung Chol has worked for Korea Pyolbit Trading Company since 2019.",
                     doc_type="news")
    assert ("Ro Sung Chol", "Korea Pyolbit Trading Company") in relations(result,
                                                                          "EMPLOYED_AT")


def test_a_dative_without_its_preposition_names_nobody() -> None:
    result = extract("Ro Sung Chol has worked hard since 2019, and Korea Pyolbit Trading "
                     "Company thanked him.", doc_type="news")
    assert relations(result, "EMPLOYED_AT") == []


def test_a_developer_at_a_firm_works_there() -> None:
    result = extract("Ro Sung Chol is a developer at Quillmoor Data LLC.", doc_type="news")
    assert ("Ro Sung Chol", "Quillmoor Data LLC") in relations(result, "EMPLOYED_AT")
    result = extract("Ro Sung Chol met a developer at Quillmoor Data LLC.", doc_type="news")
    assert relations(result, "EMPLOYED_AT") == []
