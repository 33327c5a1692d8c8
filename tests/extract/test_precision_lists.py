"""False facts from lists, appositives and references, each on a paraphrase with new names
and paired with a look-alike that must still be read (extract/list_reach.py,
extract/coref.py, extract/frames/front.py, extract/frames/_paths.py, extract/modality.py).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from extract.frames._paths import borrows_wrongly
from extract.list_reach import appositive_owner, respective_pairs
from tests.extract.conftest import extract, relations


def test_a_modifier_of_a_later_list_item_is_that_items_alone() -> None:
    result = extract(
        "Treasury said that one official, Ri Mun Chol, and the Laos-based Haebit Trading "
        "Company were sanctioned today.")
    placed = relations(result, "LOCATED_IN")
    assert ("Haebit Trading Company", "Laos") in placed
    assert not any("Ri Mun Chol" in a for a, _ in placed)


def test_a_modifier_before_the_first_item_still_places_it() -> None:
    result = extract("OFAC designated the Laos-based Haebit Trading Company and Ri Mun Chol.")
    assert ("Haebit Trading Company", "Laos") in relations(result, "LOCATED_IN")


def test_an_appositive_after_a_later_item_describes_that_item() -> None:
    result = extract(
        "The two people named are Pak Un-song, the head of Taeryong's IT worker delegation "
        "in Cambodia, and Han Myong-chol, the China-based chief representative of Ryugyong.")
    placed = relations(result, "LOCATED_IN")
    assert ("Han Myong-chol", "China") in placed
    assert ("Pak Un-song", "China") not in placed


def test_an_appositive_right_after_the_first_item_stays_its_own() -> None:
    result = extract(
        "Ri Jong Sik, the Russia-based chief representative of Sonbong, and Choe Kang Il "
        "were designated today.")
    placed = relations(result, "LOCATED_IN")
    assert ("Ri Jong Sik", "Russia") in placed
    assert ("Choe Kang Il", "Russia") not in placed


def test_a_front_in_a_list_of_prepositions_is_the_name_before_it() -> None:
    # ", of A, of B, of C, Y's front company": the appositive is C's, and a person is no
    # front company
    result = extract(
        "The actions of July 3 were the designations of Boris Ilyin, a Belarusian national "
        "who moved funds for Sonbong Data Company, of Pak Chol Min, of Moranbong Software "
        "Company, Sonbong's front company in China, and of Taeryong Trading Corporation.")
    fronts = relations(result, "FRONT_FOR")
    assert not any("Ilyin" in a for a, _ in fronts)
    assert not any("Ilyin" in a for a, _ in relations(result, "LOCATED_IN"))


def test_its_after_a_pair_of_names_is_neither_of_them() -> None:
    result = extract(
        "On March 4, OFAC designated the Haegum Bureau, together with Nampo Shipping Co. "
        "and Sonbong Trading Corporation, two of its front companies.")
    fronts = relations(result, "FRONT_FOR")
    assert ("Nampo Shipping Co.", "Sonbong Trading Corporation") not in fronts
    assert ("Sonbong Trading Corporation", "Nampo Shipping Co.") not in fronts


def test_a_report_is_its_publishers_not_a_members() -> None:
    result = extract(
        "The Remote Work Monitoring Group, whose seven members are all outside Africa except "
        "for Japan and the ROK, published on March 9 its first report, \"Remote IT Workers "
        "and the Evasion of Sanctions.\"")
    issuers = [a for a, _ in relations(result, "ISSUED")]
    assert "South Korea" not in issuers
    assert "Japan" not in issuers


def test_an_active_verb_with_its_own_object_shares_no_passive_subject() -> None:
    result = extract(
        "Deputy Attorney General Mara Velt explained that North Korean IT workers are being "
        "instructed to steal sensitive information from U.S. companies and then send the "
        "money to the DPRK.")
    assert ("DPRK IT workers", "North Korea") not in relations(result, "LOCATED_IN")


def test_a_second_infinitive_of_an_instruction_is_not_done() -> None:
    result = extract(
        "Deputy Attorney General Mara Velt explained that North Korean IT workers are being "
        "instructed to steal sensitive information from U.S. companies and then send the "
        "money to the DPRK.")
    assert relations(result, "FUNDED") == []


def test_money_sent_after_a_theft_that_was_done_funds_the_state() -> None:
    result = extract("North Korean IT workers stole sensitive information from U.S. "
                     "companies and then sent the money to the DPRK.")
    assert ("DPRK IT workers", "North Korea") in relations(result, "FUNDED")


def test_a_coordinated_participle_still_shares_the_passive_subject() -> None:
    result = extract("Hundreds of North Korean IT workers were recruited and sent to Laos.")
    assert ("DPRK IT workers", "Laos") in relations(result, "LOCATED_IN")


def test_a_former_director_no_longer_runs_the_body() -> None:
    result = extract(
        "Washington listed Kim Yong Jin, a former director of the Sonbong Trading Company.")
    assert relations(result, "CONTROLLED_BY") == []


def test_a_present_director_runs_the_body() -> None:
    result = extract(
        "Washington listed Kim Yong Jin, the director of the Sonbong Trading Company.")
    assert ("Sonbong Trading Company", "Kim Yong Jin") in relations(result, "CONTROLLED_BY")


def test_respectively_pairs_lists_of_names_in_order() -> None:
    assert respective_pairs(["a", "b"], ["x", "y"], 2, 2) == [("a", "x"), ("b", "y")]


def test_respectively_states_no_pair_when_an_item_is_not_a_name() -> None:
    # "A and B, which operate in X and Y, respectively", B alone read as a name
    assert respective_pairs(["b"], ["x", "y"], 2, 2) == []


def test_respectively_for_another_list_leaves_a_single_end_alone() -> None:
    # "issued by A and B on May 1 and 2, respectively": one advisory, two issuers
    assert respective_pairs(["a", "b"], ["x"], 2, 1) is None


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_an_appositive_after_a_repeated_preposition_is_the_last_items() -> None:
    # "those of A, of B, of C Technology, Y's front company in China", the parser having
    # hung the appositive on A
    doc = _parsed(
        ["those", "of", "Belov", ",", "of", "Ri", ",", "of", "Haegum", "Technology", ",",
         "Sonbong", "'s", "front", "company", "in", "China"],
        [0, 0, 1, 2, 2, 4, 2, 2, 9, 7, 2, 14, 11, 14, 2, 14, 15],
        ["ROOT", "prep", "pobj", "punct", "prep", "pobj", "punct", "prep", "compound", "pobj",
         "punct", "poss", "case", "amod", "appos", "prep", "pobj"],
        ["PRON", "ADP", "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT", "ADP", "PROPN", "PROPN",
         "PUNCT", "PROPN", "PART", "ADJ", "NOUN", "ADP", "PROPN"])
    owner = appositive_owner(doc[14], doc[2], lambda t: t.i in {2, 5, 9})
    assert owner is not None and owner.i == 9


def test_an_appositive_after_an_of_phrase_without_a_comma_stays_the_heads() -> None:
    # "Department 9 of the Ministry, a unit": the "of" phrase is part of the first name
    doc = _parsed(["Department", "of", "Ministry", ",", "a", "unit"], [0, 0, 1, 0, 5, 0],
                  ["ROOT", "prep", "pobj", "punct", "det", "appos"],
                  ["PROPN", "ADP", "PROPN", "PUNCT", "DET", "NOUN"])
    assert appositive_owner(doc[5], doc[0], lambda t: t.i in {0, 2}) is None


def test_a_describing_compound_before_a_company_name_is_not_part_of_it() -> None:
    # "UAE-based A Trading, LLC": without the trim the name was lost and "LLC" alone
    # became a company that was designated and placed
    result = extract("OFAC also sanctioned UAE-based Rimyong Alpine Trading, LLC, a front "
                     "company that is a key part of this laundering network.")
    names = {e.name for e in result.entities if e.type == "Organization"}
    assert "Rimyong Alpine Trading, LLC" in names
    assert "LLC" not in names


def test_a_hyphenated_company_name_stays_whole() -> None:
    result = extract("OFAC also sanctioned Kwangmyong-Sinuiju Trading Co., Ltd. today.")
    names = {e.name for e in result.entities if e.type == "Organization"}
    assert "Kwangmyong-Sinuiju Trading Co., Ltd." in names


def test_a_that_clause_across_another_clause_is_not_the_names() -> None:
    # the parser hung "that move money" on the first name, across the "who" clause
    result = extract(
        "The designations target Hong Kong-based Lin Wei and Zhou Ping, who have worked "
        "through a UAE-based front company to \"facilitate money laundering and "
        "cryptocurrency conversion services\" that move money to North Korea.")
    assert not any(a in {"Lin Wei", "Zhou Ping"} for a, _ in relations(result, "FUNDED"))


def test_a_that_clause_right_after_its_noun_still_names_the_mover() -> None:
    result = extract("The network includes Haebit Trading LLC, a firm in Dandong that "
                     "sends the wages of the workers to North Korea.")
    assert ("Haebit Trading LLC", "North Korea") in relations(result, "FUNDED")


def test_a_that_clause_after_a_participle_of_its_noun_still_reaches_it() -> None:
    result = extract(
        "The sanctioned organizations include Haebit IT Cooperation Company, affiliated with "
        "the North Korean Defense Ministry, that have dispatched North Korean IT workers to "
        "Russia, China and Laos.")
    assert ("DPRK IT workers", "Haebit IT Cooperation Company") in relations(
        result, "CONTROLLED_BY")


def test_a_first_items_modifier_stays_its_own_when_a_later_item_has_one() -> None:
    result = extract(
        "OFAC said on Thursday it newly designated China-based Haebit Network Technology "
        "Co., Ltd., its North Korean CEO Ri Chol Man, and Russia-based Sonbong Star LLC.")
    placed = relations(result, "LOCATED_IN")
    assert ("Haebit Network Technology Co., Ltd.", "China") in placed
    assert not any(a == "Ri Chol Man" for a, _ in placed)
    assert ("Haebit Network Technology Co., Ltd.", "Russia") not in placed


def test_an_absolute_clause_with_its_own_subject_borrows_none() -> None:
    # "A and B were named, with B operating teams in Laos": "operating" has its own subject
    doc = _parsed(["A", "and", "B", "were", "named", ",", "with", "B", "operating", "teams"],
                  [4, 0, 0, 4, 4, 4, 4, 8, 6, 8],
                  ["nsubjpass", "cc", "conj", "auxpass", "ROOT", "punct", "prep", "nsubj",
                   "pcomp", "dobj"],
                  ["PROPN", "CCONJ", "PROPN", "AUX", "VERB", "PUNCT", "ADP", "PROPN", "VERB",
                   "NOUN"])
    assert borrows_wrongly("<pcomp <prep >nsubjpass", doc[8])


def test_a_gerund_without_a_subject_still_borrows_the_governing_one() -> None:
    # "A was fined for operating teams in Laos": A operated them
    doc = _parsed(["A", "was", "fined", "for", "operating", "teams"], [2, 2, 2, 2, 3, 4],
                  ["nsubjpass", "auxpass", "ROOT", "prep", "pcomp", "dobj"],
                  ["PROPN", "AUX", "VERB", "ADP", "VERB", "NOUN"])
    assert not borrows_wrongly("<pcomp <prep >nsubjpass", doc[4])
