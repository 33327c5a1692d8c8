"""Defined terms (extract/defined_terms.py), number agreement of singular references and the
evidence of a relation made through a reference (extract/reference_evidence.py): each on a
paraphrase with new names, each with a look-alike that must not resolve."""

from __future__ import annotations

from extract.reference_evidence import REFERENCE_CEILING
from tests.extract.conftest import extract, named, relations
from tests.extract.test_discourse import references, referent

_INDICTMENT = {"doc_type": "indictment",
               "issuers": [{"country": "US", "agency": "Department of Justice"}]}


# --- 'A and B (together, the "Defendants")' ----------------------------------------------

def test_a_defined_plural_term_is_the_listed_set_far_after() -> None:
    text = ("Defendant CHOE MYONG SU, age 34, and defendant RI SONG HAK, age 29 (together, "
            "the \"Defendants\"), were programmers for a trading firm. The firm kept "
            "offices in three cities. The Defendants worked from Laos.")
    spans, result = references(text)
    assert sorted(n.lower() for n in referent(spans, result, "the defendants")) == [
        "choe myong su", "ri song hak"]
    found = extract(text, **_INDICTMENT)  # type: ignore[arg-type]
    assert sorted((a.lower(), b) for a, b in relations(found, "LOCATED_IN")) == [
        ("choe myong su", "Laos"), ("ri song hak", "Laos")]


def test_collectively_and_organizations_define_a_set_of_firms() -> None:
    spans, result = references(
        "Ostrava Line LLC and Pelham Grain LLC (collectively, the \"Shell Companies\") "
        "were registered in Delaware. The Shell Companies received the wages.")
    assert sorted(referent(spans, result, "the shell companies")) == [
        "Ostrava Line LLC", "Pelham Grain LLC"]


def test_a_term_after_one_name_or_a_list_that_goes_on_defines_no_set() -> None:
    # one name: an alias, not a set; a list that goes on past its names is not the set
    spans, result = references(
        "Ostrava Line LLC (the \"Sellers\") sold the laptops. Ann Reed, Jane Quill and "
        "others (together, the \"Buyers\") paid for them. The Sellers and the Buyers met "
        "in Vienna.")
    assert referent(spans, result, "the sellers") == []
    assert referent(spans, result, "the buyers") == []


def test_words_before_the_definition_are_not_the_set() -> None:
    spans, result = references(
        "The defendants are presumed innocent. Defendant Ann Reed, age 34, and "
        "defendant Jane Quill, age 29 (together, the \"Defendants\"), were programmers.")
    assert referent(spans, result, "the defendants") == []


def test_a_name_outside_the_list_is_not_a_member() -> None:
    # the first name is the subject of another clause, not an item of the list
    spans, result = references(
        "Lena Brock hired Ann Reed and Jane Quill (together, the \"Partners\"). "
        "The Partners worked from Laos.")
    assert sorted(referent(spans, result, "the partners")) == ["Ann Reed",
                                                                 "Jane Quill"]


# --- number: a plural description is never "he" or "the defendant" -------------------------

def test_a_plural_description_is_not_he() -> None:
    spans, result = references(
        "Accounts were opened in the names of real U.S. persons. Using those identities, "
        "he created more than 900 accounts.")
    assert referent(spans, result, "he") == []


def test_a_singular_person_before_it_still_is_he() -> None:
    spans, result = references(
        "Corvin Hale opened accounts in the names of real U.S. persons. Using those "
        "identities, he created more than 900 accounts.")
    assert referent(spans, result, "he") == ["Corvin Hale"]


# --- evidence and confidence through a reference ---------------------------------------------

def test_a_relation_through_a_reference_keeps_both_sentences_and_a_lower_confidence() -> None:
    text = ("Defendant CHOE MYONG SU, age 34, and defendant RI SONG HAK, age 29 (together, "
            "the \"Defendants\"), were programmers. The Defendants worked from Laos.")
    found = extract(text, **_INDICTMENT)  # type: ignore[arg-type]
    names = named(found)
    located = [r for r in found.relations if r.type == "LOCATED_IN"
               and names[r.source].lower() == "choe myong su"]
    assert located
    starts = [e.start for e in located[0].evidence]
    assert starts == [0, text.index("The Defendants")]
    assert located[0].confidence <= REFERENCE_CEILING


def test_a_relation_stated_with_names_keeps_one_sentence() -> None:
    text = ("Ann Reed and Jane Quill were programmers. Ann Reed worked from Laos.")
    found = extract(text, **_INDICTMENT)  # type: ignore[arg-type]
    names = named(found)
    located = [r for r in found.relations if r.type == "LOCATED_IN"
               and names[r.source] == "Ann Reed"]
    assert located and [e.start for e in located[0].evidence] == [text.index("Ann Reed w")]
