"""False facts found on real releases and released dev documents the rules were not written
from (session 26), each on a paraphrase with new names and paired with a look-alike that
must still be read (extract/arguments.py, graph/model.yaml, extract/frames/revenue.py,
extract/frames/_they.py)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_a_member_of_a_described_set_is_not_the_set() -> None:
    # "one of the N": a member's money is no fact about the whole set
    result = extract(
        "Three American facilitators hosted laptops for the workers. One of the American "
        "facilitators received $45,000 for hosting laptops at her home.",
        doc_type="doj_press_release")
    earned = relations(result, "GENERATED_REVENUE_FOR")
    assert not any("facilitators" in a for a, _ in earned)


def test_a_member_of_the_worker_class_still_works_where_it_is_paid() -> None:
    # the named class keeps its members' acts, as the annotation reads them
    result = extract("Veltro Systems paid one of the North Korean IT workers about $61,000.",
                     doc_type="doj_press_release")
    assert ("DPRK IT workers", "Veltro Systems") in relations(result, "EMPLOYED_AT")


def test_sanctions_on_a_network_of_workers_designate_no_party() -> None:
    result = extract(
        "The Treasury Department imposed sanctions on a network of IT workers operating from "
        "Vladivostok on behalf of the Korea Ryonbong Trading Corporation.")
    assert not any("workers" in t for _, t in relations(result, "DESIGNATED"))


def test_sanctions_on_a_network_of_named_companies_designate_them() -> None:
    result = extract(
        "The Treasury Department imposed sanctions on a network of front companies, including "
        "Kumsong Trading LLC and Pyolbit Software LLC.")
    designated = {t for _, t in relations(result, "DESIGNATED")}
    assert {"Kumsong Trading LLC", "Pyolbit Software LLC"} <= designated


def test_payments_from_companies_are_not_the_companies_revenue() -> None:
    # "payments from N companies brought in $X": the parser may hang the verb on the
    # companies as a participle; the companies paid, they did not earn
    result = extract(
        "The Justice Department says that payments from nine companies brought in at least "
        "$512,300, and most of this money was moved through a bank account in Dandong.",
        doc_type="doj_press_release")
    assert not any("companies" in a for a, _ in relations(result, "GENERATED_REVENUE_FOR"))


def test_a_company_that_generated_money_still_earned_it() -> None:
    result = extract(
        "The front company Hwasong Digital Ltd. generated more than $450,000 for the Workers' "
        "Party of Korea.")
    assert any("Hwasong" in a for a, _ in relations(result, "GENERATED_REVENUE_FOR"))


def test_the_place_a_where_clause_describes_does_not_earn() -> None:
    result = extract(
        "The bureau places North Korean IT workers, often using borrowed identities, into "
        "European firms, where they earn money secretly for the North Korean regime.")
    funded = relations(result, "FUNDED")
    assert not any("firms" in a for a, _ in funded)
    assert ("DPRK IT workers", "North Korea") in funded


def test_which_after_workers_describes_the_company_housing_them() -> None:
    # "which" is not said of people: the clause describes the company
    result = extract(
        "The sanctioned entities include Hwasong Digital Ltd., a Russian front company "
        "employing North Korean IT workers, which earned more than $700,000 for the regime's "
        "weapons programs.")
    earned = relations(result, "GENERATED_REVENUE_FOR")
    assert any("Hwasong" in a for a, _ in earned)
    assert not any(a == "DPRK IT workers" for a, _ in earned)


def test_who_after_workers_still_describes_the_workers() -> None:
    result = extract(
        "Hanul Data Company Limited employs North Korean IT workers who earned more than "
        "$300,000 for the regime.")
    assert any(a == "DPRK IT workers" for a, _ in relations(result, "GENERATED_REVENUE_FOR"))


def _notice(title: str, text: str) -> list[tuple[str, str]]:
    from graph.model import DocumentMeta
    from tests.extract.conftest import extractor
    meta = DocumentMeta(id="t", doc_type="advisory", date="2025-07-01", title=title,
                        issuers=[{"country": "US", "agency": "Federal Bureau of Investigation"}])
    return relations(extractor().extract(text, meta), "WARNS_ABOUT")


_NOTICE_BODY = (
    "North Korean IT workers obtained remote positions at two companies using false names. "
    "Anyone with information should contact the nearest field office.")


def test_a_wanted_notice_is_no_advisory_that_warns() -> None:
    warned = _notice("Wanted by the FBI: Ri Song Chol and Pak Ung Il (North Korean IT workers)",
                     _NOTICE_BODY)
    assert not any(w.startswith("Wanted") for w, _ in warned)


def test_an_advisory_titled_after_the_workers_still_warns_about_them() -> None:
    warned = _notice("North Korean IT Workers Seek Remote Jobs With False Names", _NOTICE_BODY)
    assert any(t == "DPRK IT workers" for _, t in warned)


def test_a_set_of_workers_at_a_counted_set_of_firms_is_not_distributed() -> None:
    # cumulative: who worked where the sentence does not say
    result = extract(
        "Ri Chol Nam, Kang Il Su and Tomas Berg obtained remote jobs as developers at two "
        "companies.", doc_type="doj_press_release")
    assert not any(t == "two companies" for _, t in relations(result, "EMPLOYED_AT"))


def test_one_worker_at_a_counted_set_of_firms_works_there() -> None:
    result = extract("Ri Chol Nam obtained remote jobs as a developer at two companies.",
                     doc_type="doj_press_release")
    assert ("Ri Chol Nam", "two companies") in relations(result, "EMPLOYED_AT")


def test_a_description_in_apposition_is_its_own_name_not_the_next_item() -> None:
    # "A, a firm affiliated with X and B, a front company": the parser may hang the next
    # list item B on the description "a firm"; the description still stands for A
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from extract.arguments import entities_of
    from extract.entity_index import EntityIndex
    words = ["Kumsong", "Corporation", ",", "a", "firm", "affiliated", "with", "Bureau",
             "and", "Haeyang", "Technology", ",", "a", "company"]
    heads = [1, 1, 1, 4, 1, 4, 5, 6, 7, 10, 4, 10, 13, 10]
    deps = ["compound", "ROOT", "punct", "det", "appos", "acl", "prep", "pobj", "cc",
            "compound", "appos", "punct", "det", "appos"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN", "CCONJ",
           "PROPN", "PROPN", "PUNCT", "DET", "NOUN"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    index = EntityIndex(len(doc), doc.text)
    index.set(0, 2, "organization:kumsong")
    index.set(7, 8, "organization:bureau")
    index.set(9, 11, "organization:haeyang")
    index.finish()
    assert entities_of(doc[4], index) == ["organization:kumsong"]


def test_a_description_in_apposition_still_carries_its_facts() -> None:
    result = extract(
        "OFAC also designated Hwasong Haeyang Network Technology, a firm affiliated with the "
        "General Political Bureau of the North Korean military.")
    assert any("Hwasong" in a for a, _ in relations(result, "CONTROLLED_BY"))
