"""The edges of a statistical NER span: what belongs to a name or an amount and what not.

Articles, quotes, possessives and citation markers at either edge are trimmed; quantity
qualifiers ("more than", "up to") before an amount are pulled into it; a capital city is the
state acting or a place, by the words around it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract.components.gazetteer_ruler import CAPITAL_LABEL, PLACE_LABEL
from extract.components.korean_names import reads_as_korean_name
from extract.normalize.numbers import is_qualifier_phrase

_PLACE_WORDS = {"in", "at", "from", "near", "to", "into", "outside", "around", "of", "across",
                "throughout", "within", "via"}
_QUALIFIER_WORDS = {"more", "than", "over", "about", "approximately", "nearly", "almost",
                    "roughly", "around", "up", "to", "at", "least", "some", "under", "less",
                    "fewer", "in", "excess", "of", "just", "an", "estimated", "as", "much",
                    "many", "exceeding", "upwards"}


# determiners and the correlative openers of a coordination ("Neither A nor B", "Both A
# and B"): the model sometimes takes them into the first name
_OPENERS = frozenset({"the", "a", "an", "this", "that", "neither", "either", "both"})


def trim_edges(span: Span) -> Span | None:
    """Drop articles, quotes, possessives and citation markers at either edge."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _OPENERS
                           or doc[start].is_punct or doc[start].is_space):
        if doc[start].lower_ == "an" and reads_as_korean_name(doc[start:end].text.split()):
            break  # "An" is also a Korean family name
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "’s", "'", "’"}
                           or (doc[end - 1].is_punct and doc[end - 1].text not in {".", ")"})
                           or doc[end - 1].is_space or doc[end - 1].text.startswith("[")):
        end -= 1
    if end <= start:
        return None
    # "Co." keeps its period; a sentence-final period does not belong to a name
    if doc[end - 1].text == "." and end - 1 > start:
        end -= 1
    if doc[end - 1].text.endswith("'s") or doc[end - 1].text.endswith("’s"):
        return None
    return Span(doc, start, end, label=span.label_, span_id=span.id_)


def extend_spelled_decimal(span: Span) -> Span:
    """'one-point-nine billion dollars': the model may start the amount after "point"; the
    whole written-out number belongs to it, or the fraction would be read as the amount."""
    doc, start = span.doc, span.start
    k = start - 1 if start > 0 and doc[start - 1].text == "-" else start
    if k == 0 or doc[k - 1].lower_ != "point":
        return span
    k -= 1
    if k > 0 and doc[k - 1].text == "-":
        k -= 1
    if k > 0 and doc[k - 1].like_num:
        k -= 1
    return Span(doc, k, span.end, label=span.label_, span_id=span.id_)


def extend_qualifier(span: Span) -> Span:
    """'more than' / 'up to' / 'about' before an amount belong to the amount."""
    start = span.start
    doc = span.doc
    while start > 0 and doc[start - 1].lower_ in _QUALIFIER_WORDS and span.start - start < 3:
        start -= 1
    while start < span.start and doc[start].lower_ in {"to", "of", "in", "at", "as", "than"} \
            and start == span.start - 1:
        start += 1
    # a verb particle is not a qualifier: "handed over $2 million", "give up $5,000"; the
    # preposition after a plain verb is ("earned over $300,000" is more than that)
    while start < span.start and doc[start].lower_ in {"over", "up"} and start > 0 and \
            (doc[start].tag_ == "RP" or doc[start].dep_ == "prt") and \
            doc[start + 1].lower_ != "to":
        start += 1
    if start < span.start and not is_qualifier_phrase(doc[start:span.start].text):
        start = span.start
    return Span(doc, start, span.end, label=span.label_, span_id=span.id_)


def capital(span: Span) -> Span:
    """'Seoul announced' is the state; 'in Seoul', 'a Tokyo forum', 'WASHINGTON -' a place.
    A comma after it marks a dateline ("Seoul, Aug. 27") or an address, except when another
    capital follows: "Washington, Seoul and Tokyo released ..." lists states, and the first
    item is read as the list's next item is."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    after_place_word = prev is not None and prev.lower_ in _PLACE_WORDS
    listed = _next_listed_capital(span) if nxt is not None and nxt.text == "," and \
        not after_place_word and not span.text.isupper() else None
    if listed is not None:
        return Span(doc, span.start, span.end, label=capital(listed).label_, span_id=span.id_)
    place = (
        after_place_word
        or (nxt is not None and (nxt.pos_ in {"NOUN", "PROPN"} or nxt.text in {"-", "—", "–", ","}))
        or span.text.isupper()
    )
    label = PLACE_LABEL if place else "Country"
    return Span(doc, span.start, span.end, label=label, span_id=span.id_)


def _next_listed_capital(span: Span) -> Span | None:
    """The capital right after this one's comma (", and" too), as the gazetteer marked it."""
    doc, i = span.doc, span.end + 1
    if i < len(doc) and doc[i].lower_ == "and":
        i += 1
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != CAPITAL_LABEL:
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, i, end, label=CAPITAL_LABEL, span_id=doc[i].ent_id_)


def relative_date(text: str) -> bool:
    return bool(re.search(r"\b(?:today|yesterday|this (?:week|month|year)|same day)\b", text,
                          re.IGNORECASE))
