"""A name followed by an age between commas ("P, 44, of <town>" / "P, 44, a resident of ...")
is a person's (extract/components/open_names.py), even when the parser joined it to the
town before it and the model called it a place; the description after the age is that
person's, and a residence is read from the town's own words, not from the rest of the list
the parser hung under it (extract/frames/location_rules.py, extract/resolve/unnamed.py)."""

from __future__ import annotations

from spacy.tokens import Span

from extract.components.open_names import repair_person_names
from tests.extract.conftest import extract, extractor, named, relations

_TEXT = ("A grand jury in Omaha returned an indictment charging Corvin Aldous, 52, of Boise, "
         "Idaho, and Ismay Trelawn, 37, a resident of Harbin, China, with conspiracy to "
         "commit wire fraud.")


def test_the_aged_name_is_a_defendant() -> None:
    result = extract(_TEXT, doc_type="press_release", issuers=[{"country": "US"}])
    defendants = {source for source, _ in relations(result, "DEFENDANT_IN")}
    assert defendants == {"Corvin Aldous", "Ismay Trelawn"}


def test_each_lives_where_their_own_words_say() -> None:
    result = extract(_TEXT, doc_type="press_release", issuers=[{"country": "US"}])
    located = set(relations(result, "LOCATED_IN"))
    assert ("Ismay Trelawn", "China") in located
    assert ("Corvin Aldous", "China") not in located
    # the description is the aged person's, not a second, unnamed one
    assert not any("resident" in name for name in named(result).values())


def test_a_number_that_is_no_age_makes_no_person() -> None:
    result = extract("Treasury designated Harrowfield Marine, 2023, and Lodestar Ridge "
                     "Trading Company, a firm in Dalian, China.",
                     issuers=[{"country": "US"}])
    persons = {e.name for e in result.entities if e.type == "Person"}
    assert "Harrowfield Marine" not in persons


def test_an_aged_name_the_model_took_for_a_place_is_a_person() -> None:
    doc = extractor().nlp.make_doc(
        "Prosecutors charged Ottoline Sarre, 41, a resident of Dalian, China, with fraud.")
    for name, proc in extractor().nlp.pipeline:
        if name == "tkg_span_cleanup_v1":
            break
        doc = proc(doc)
    start = [t.text for t in doc].index("Ottoline")
    place = Span(doc, start, start + 2, label="PLACE")
    repaired = repair_person_names(doc, [place])
    assert [(s.text, s.label_) for s in repaired] == [("Ottoline Sarre", "Person")]
    # without the age the model's guess stands: no description or list says "person"
    doc2 = extractor().nlp("Prosecutors charged Ottoline Sarre in Dalian with fraud.")
    start2 = [t.text for t in doc2].index("Ottoline")
    kept = repair_person_names(doc2, [Span(doc2, start2, start2 + 2, label="PLACE")])
    assert [s.label_ for s in kept] == ["PLACE"]
