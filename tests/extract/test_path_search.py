"""The general argument search (extract/frames/_path_search.py): a family's verb with its
logical subject and object found by walking the parse. Paraphrases with invented names;
each construction paired with look-alikes that must not fire."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from extract.frames._path_search import objects, subjects
from tests.extract.conftest import extract, extractor, named


def _path_readings(text: str) -> list[tuple[str, str, str]]:
    result = extract(text, doc_type="news")
    names = named(result)
    return [(r.type, names[r.source], names[r.target]) for r in result.relations
            if r.frame.startswith("path-")]


def _verb(text: str, lemma: str) -> Token:
    doc = extractor().nlp(text)
    return next(t for t in doc if t.lemma_ == lemma)


def _texts(words: list[Token]) -> set[str]:
    return {w.text for w in words}


@pytest.mark.parametrize(("text", "lemma", "subject", "obj"), [
    # active, passive, participle, relative clauses: one walk for every voice
    ("Kestrel Data hired Tomas Vilk.", "hire", "Data", "Vilk"),
    ("Tomas Vilk was hired by Kestrel Data.", "hire", "Data", "Vilk"),
    ("The analysts hired by Kestrel Data left.", "hire", "Data", "analysts"),
    ("Kestrel Data, a firm that hired Tomas Vilk, closed.", "hire", "firm", "Vilk"),
    ("Kestrel Data, which Canada sanctioned in 2024, closed.", "sanction", "Canada", "Data"),
    # apposition: the noun a participle describes is itself an appositive of the name
    ("Tomas Vilk, an engineer hired by Kestrel Data, left.", "hire", "Data", "engineer"),
    # the second verb of a coordination shares the subject
    ("Kestrel Data recruited and employed Tomas Vilk.", "employ", "Data", "Vilk"),
])
def test_logical_subject_and_object_in_every_voice(text: str, lemma: str, subject: str,
                                                   obj: str) -> None:
    verb = _verb(text, lemma)
    assert subject in _texts(subjects(verb))
    assert obj in _texts(objects(verb))


def test_a_second_object_relative_clause_reads_its_noun() -> None:
    found = _path_readings("Orchid Tech Ltd., a Belarusian firm that sells routers and that "
                           "Canada sanctioned in 2024, paid the workers.")
    assert ("DESIGNATED", "Canada", "Orchid Tech Ltd.") in found


def test_a_clause_without_a_relative_word_lacks_its_object() -> None:
    found = _path_readings("Hanul Trading Co. is a front company. The DPRK IT workers it "
                           "fields have earned $2 million.")
    assert ("CONTROLLED_BY", "DPRK IT workers", "Hanul Trading Co.") in found


@pytest.mark.parametrize("text", [
    # a plan, a negation, a modal: nothing asserted
    "Orchid Tech Ltd., a Belarusian firm that sells routers and that Canada plans to "
    "sanction, paid the workers.",
    "Orchid Tech Ltd., a Belarusian firm that sells routers and that Canada did not "
    "sanction, paid the workers.",
    "Hanul Trading Co. is a front company. The DPRK IT workers it might field could earn "
    "$2 million.",
    # the verb governs only one end: the bank is owned, not the name after it
    "Canada sanctioned a bank that Orchid Tech Ltd. owns.",
    # a third party between the ends: the bank of the firm was sanctioned, not the firm
    "Canada sanctioned the main bank of Orchid Tech Ltd. in 2024.",
    # inside a quotation, and a quote's speaker
    "\"Canada sanctioned Orchid Tech Ltd.,\" said Marta Lenz.",
])
def test_look_alikes_give_no_reading(text: str) -> None:
    assert _path_readings(text) == []


def test_a_counted_plural_after_a_name_is_the_next_list_item() -> None:
    found = _path_readings("The network includes a trading bureau known as Bureau 77, two "
                           "front companies employing DPRK IT workers in Laos, and a "
                           "Chinese supplier.")
    assert not [r for r in found if r[0] == "EMPLOYED_AT"]


def test_a_clause_after_a_noun_of_a_noun_is_not_read() -> None:
    # "the bureau of the ministry, which X designated": either noun may be meant
    verb = _verb("Canada sanctioned the Tamrak Bureau of the Ministry of Sports, which "
                 "Norway designated in 2019.", "designate")
    assert objects(verb) == []


def test_a_clause_between_two_list_items_is_the_first_items_alone() -> None:
    found = extract("Jong Il Bok, who owns Hanul Soft LLC, and Ri Kwang Su, who sells "
                    "bread, met in Oslo.", doc_type="news")
    names = named(found)
    owners = {names[r.target] for r in found.relations if r.type == "CONTROLLED_BY"}
    assert "Ri Kwang Su" not in owners
