"""Uncounted definite plurals ("the companies", "the entities") take up the one list of
named actors of their kind just before them; a counted or paired plural never takes up the
speakers of a quote. Names invented; each construction with a look-alike that must not
resolve."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LIST = "Harwell Lune Co., Ltd., Ostrava Quill Systems LLC and Benmore Tarn Ltd."


def test_the_companies_after_a_list_are_its_members() -> None:
    result = extract(f"The workers were hired by {_LIST} The companies paid the workers at "
                     "least $3.7 million.", doc_type="news")
    payers = {payer for payer, _ in relations(result, "PAID")}
    assert payers == {"Harwell Lune Co., Ltd.", "Ostrava Quill Systems LLC",
                      "Benmore Tarn Ltd."}
    paid = next(r for r in result.relations if r.type == "PAID")
    assert paid.confidence <= 0.75 and len(paid.evidence) == 2  # the list's sentence too


def test_the_entities_are_the_designated_pair() -> None:
    result = extract("OFAC designated Ravel Cinder LLC and Pomeroy Ash Ltd. today. The "
                     "entities are controlled by the Munitions Industry Department.")
    assert {firm for firm, _ in relations(result, "CONTROLLED_BY")} == {
        "Ravel Cinder LLC", "Pomeroy Ash Ltd."}


def test_a_restricted_plural_picks_a_set_of_its_own() -> None:
    result = extract("Ravel Cinder LLC and Pomeroy Ash Ltd. recruited IT workers. The "
                     "companies that hired the workers paid them at least $3.7 million.",
                     doc_type="news")
    assert not relations(result, "PAID")


def test_another_plural_of_the_kind_leaves_it_open() -> None:
    result = extract("Ravel Cinder LLC and Pomeroy Ash Ltd. placed the workers at U.S. "
                     "firms. The companies paid the workers at least $3.7 million.",
                     doc_type="news")
    assert not relations(result, "PAID")


def test_two_lists_of_the_kind_leave_it_open() -> None:
    result = extract("Ravel Cinder LLC and Pomeroy Ash Ltd. sold laptops to Sedge Harbor "
                     "Ltd. and Tolland Wick LLC. The companies paid the workers at least "
                     "$3.7 million.", doc_type="news")
    assert not relations(result, "PAID")


def test_a_generic_plural_is_no_reference() -> None:
    result = extract("OFAC designated Ravel Cinder LLC and Pomeroy Ash Ltd. today. Companies "
                     "are controlled by boards of directors.")
    assert not relations(result, "CONTROLLED_BY")


def test_the_pair_is_not_the_speakers_of_a_quote() -> None:
    result = extract("\"These schemes are dangerous,\" said Maren Oldcastle and Tobias "
                     "Wrenfield. The pair helped North Korean IT workers obtain remote jobs.",
                     doc_type="news")
    assert not relations(result, "FACILITATED")


def test_the_pair_after_a_plain_list_still_resolves() -> None:
    result = extract("Maren Oldcastle and Tobias Wrenfield ran a laptop farm in Ohio. The "
                     "pair helped North Korean IT workers obtain remote jobs.",
                     doc_type="news")
    assert {p for p, _ in relations(result, "FACILITATED")} == {"Maren Oldcastle",
                                                                 "Tobias Wrenfield"}


def test_many_in_a_later_clause_is_part_of_the_workers_named_before() -> None:
    result = extract("Officials said North Korea sent thousands of IT workers to Laos and "
                     "Vietnam, and that many were controlled by the Munitions Industry "
                     "Department.", doc_type="news")
    assert ("DPRK IT workers", "Munitions Industry Department") in relations(
        result, "CONTROLLED_BY")


def test_many_after_a_list_of_named_firms_is_no_fact_about_them() -> None:
    result = extract("OFAC designated Ravel Cinder LLC and Pomeroy Ash Ltd., and many were "
                     "controlled by the Munitions Industry Department.")
    assert not [r for r in relations(result, "CONTROLLED_BY")
                if r[1] == "Munitions Industry Department"]


def test_each_of_them_is_every_member_of_the_last_subject() -> None:
    result = extract("Ravel Cinder LLC and Pomeroy Ash Ltd. were named on Monday. Each of "
                     "them is controlled by the Munitions Industry Department.",
                     doc_type="news")
    assert {firm for firm, _ in relations(result, "CONTROLLED_BY")} == {
        "Ravel Cinder LLC", "Pomeroy Ash Ltd."}


def test_each_of_them_after_a_single_subject_stays_open() -> None:
    result = extract("Ravel Cinder LLC hired developers from Pomeroy Ash Ltd. and Sedge "
                     "Harbor Ltd. on Monday. Each of them is controlled by the Munitions "
                     "Industry Department.", doc_type="news")
    assert not relations(result, "CONTROLLED_BY")


def test_ordinals_name_the_members_of_a_counted_description() -> None:
    result = extract("OFAC also designated two other entities. The first, Corwin Lantern "
                     "LLC, is based in Laos. The second, Pellam Roost Ltd., is based in "
                     "China.")
    ofac = "Office of Foreign Assets Control"
    found = relations(result, "DESIGNATED")
    assert (ofac, "Corwin Lantern LLC") in found and (ofac, "Pellam Roost Ltd.") in found
    assert not [e for e in result.entities if e.unnamed and e.type == "Organization"]
    designated = next(r for r in result.relations if r.type == "DESIGNATED")
    assert designated.confidence <= 0.75 and len(designated.evidence) == 2


def test_ordinals_fewer_than_the_count_name_no_one() -> None:
    result = extract("OFAC also designated three other entities. The first, Corwin Lantern "
                     "LLC, is based in Laos. The second, Pellam Roost Ltd., is based in "
                     "China.")
    assert not [t for _, t in relations(result, "DESIGNATED")
                if t in {"Corwin Lantern LLC", "Pellam Roost Ltd."}]


_DOJ = [{"country": "US", "agency": "Department of Justice"}]


def test_each_is_every_member_of_the_list_that_closes_the_last_sentence() -> None:
    result = extract("A federal grand jury indicted four men who worked for two firms: Adam "
                     "Morrow, Brian Tallow, Colin Vasko and Daniel Ferrow. Each is charged "
                     "with conspiracy to commit wire fraud.", doc_type="indictment",
                     issuers=_DOJ)
    charged = {p for p, _ in relations(result, "CHARGED_WITH")}
    assert charged == {"Adam Morrow", "Brian Tallow", "Colin Vasko", "Daniel Ferrow"}


def test_each_after_a_list_inside_its_sentence_stays_open() -> None:
    result = extract("A federal grand jury indicted Adam Morrow, Brian Tallow and Colin "
                     "Vasko for fraud in Ohio. Each is charged with conspiracy to commit "
                     "wire fraud.", doc_type="indictment", issuers=_DOJ)
    assert not relations(result, "CHARGED_WITH")


def test_a_plural_before_the_lists_sentence_is_no_rival() -> None:
    result = extract("The workers threatened to leak data unless the firms paid them. OFAC "
                     "designated Ravel Cinder LLC and Pomeroy Ash Ltd. on Monday. The "
                     "companies paid the workers at least $3.7 million.", doc_type="news")
    assert {payer for payer, _ in relations(result, "PAID")} == {"Ravel Cinder LLC",
                                                                 "Pomeroy Ash Ltd."}


def test_all_opening_a_sentence_is_every_member_of_the_closing_list() -> None:
    result = extract("The Justice Department unsealed an indictment naming three men: Adam "
                     "Morrow, Brian Tallow and Colin Vasko. All were charged with conspiracy "
                     "to commit wire fraud.", doc_type="news", issuers=_DOJ)
    assert {p for p, _ in relations(result, "CHARGED_WITH")} == {
        "Adam Morrow", "Brian Tallow", "Colin Vasko"}


def test_all_with_a_singular_verb_is_no_set() -> None:
    result = extract("The Justice Department unsealed an indictment naming three men: Adam "
                     "Morrow, Brian Tallow and Colin Vasko. All was charged to the firm's "
                     "account.", doc_type="news", issuers=_DOJ)
    assert not relations(result, "CHARGED_WITH")
