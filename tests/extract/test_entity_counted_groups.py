"""Counted groups read with their count when the count's qualifier opens the sentence.

Our own wording and invented names.
"""

from __future__ import annotations

from graph.model import DocumentMeta, ExtractedEntity
from tests.extract.conftest import extractor


def _groups(text: str) -> list[ExtractedEntity]:
    meta = DocumentMeta(id="t", doc_type="news", date="2026-02-10", title="Wire story")
    result = extractor().extract(text, meta)
    return [e for e in result.entities if e.unnamed]


def test_a_qualifier_opening_the_sentence_belongs_to_the_count() -> None:
    groups = _groups("The workers were hired by Vostrel Systems. Over 100 companies paid "
                     "the workers more than $3 million.")
    [group] = [g for g in groups if g.type == "Organization"]
    assert group.name.lower() == "over 100 companies"
    assert (group.count, group.count_qualifier) == (100, "more_than")
    # look-alike: the same count inside the sentence reads the same way
    inner = _groups("The workers were hired by Vostrel Systems, and over 100 companies "
                    "paid the workers more than $3 million.")
    assert [g.name.lower() for g in inner if g.type == "Organization"] == ["over 100 companies"]


def test_a_counted_demonym_before_an_apposition_is_no_person() -> None:
    meta = DocumentMeta(id="t", doc_type="news", date="2026-02-10", title="Wire story")
    text = ("Prosecutors are charging five individuals, including two Ruritanians, a Mexican "
            "national and two U.S. citizens, with wire fraud.")
    result = extractor().extract(text, meta)
    assert not [e for e in result.entities if e.type in {"Person", "Case"} and not e.unnamed]
    # look-alike: a full name before the same apposition is a person
    named = extractor().extract("Prosecutors charged Jonah Reyes Whitfield, a Mexican "
                                "national, with wire fraud.", meta)
    assert "Jonah Reyes Whitfield" in [e.name for e in named.entities if e.type == "Person"]
