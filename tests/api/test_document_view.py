"""The document page finds names in a very long sentence as in a short one (pure logic)."""

from __future__ import annotations

import re

from api.document_view import mentions
from api.schemas import DocumentOut, EntityRef, SpanOut

ACME = EntityRef(id="organization:acme", label="Organization", name="Acme Trading Co")
KIM = EntityRef(id="person:kim", label="Person", name="Kim Song Il")


def _document(text: str) -> DocumentOut:
    spans = [SpanOut(start=0, end=len(text), text=text, kind="mention", entity=e)
             for e in (ACME, KIM)]
    return DocumentOut(id="d", text=text, entities=[ACME, KIM], spans=spans)


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity.id) for m in mentions(_document(text),
                                                                  {KIM.id: ["Mr. Kim"]})]


def test_names_in_a_long_sentence_are_found_as_in_a_short_one() -> None:
    clause = ("ACME TRADING CO, “Kim Song Il” and mr. kim’s Acme Trading Company paid "
              "Acme Trading Co.; Kim Song Ilsan is someone else, ")
    long = clause * 60  # far past the length where the page indexes a sentence's words
    assert len(long) > 5_000
    short = _found(clause)
    assert short == [("ACME TRADING CO", ACME.id), ("Kim Song Il", KIM.id),
                     ("mr. kim", KIM.id), ("Acme Trading Co", ACME.id)]
    assert _found(long) == short * 60
    starts = [m.start for m in mentions(_document(long), {KIM.id: ["Mr. Kim"]})]
    assert starts == [m.start() for m in re.finditer(
        r"(?i)(?<!\w)(?:acme trading co|kim song il|mr\. kim)(?!\w)", long)]
