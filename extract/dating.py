"""Dates of acts, from their sentence.

A designation, a charge, a sentence or an issued advisory is dated by a date its sentence
states (the one nearest the predicate) or by "today" (the document's date, stated by the
sentence). Failing both, an act the document reports as its own news takes the document's
date, marked `date_basis="document"`. An act the sentence only recalls (perfect tense
"have designated", "previously", "earlier", "since") without a date is not a new act: it
keeps no date rather than the document's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.normalize import parse_date
from graph.model import GraphModel

if TYPE_CHECKING:
    from extract.relations import DocContext, Found

_RECALLING = frozenset({"previously", "earlier", "already", "formerly", "once", "since",
                        "prior"})
_NEWS_TYPES = frozenset({"sanctions_release", "indictment", "sentencing", "news"})


def sentence_dates(context: DocContext, sent: int) -> list[tuple[int, str]]:
    """(token position, ISO date) of every date the sentence states."""
    found = []
    for m in context.mentions.in_sentence(sent):
        if m.label == "DATE":
            iso = parse_date(m.text)
            if iso:
                found.append((m.tok_start, iso))
            elif m.text.strip().lower() == "today" and context.meta.date:
                found.append((m.tok_start, context.meta.date))
    if not found:
        sentence = context.mentions.sentences[sent]
        for t in context.doc[sentence.tok_start:sentence.tok_end]:
            if t.lower_ == "today" and context.meta.date:
                found.append((t.i, context.meta.date))
    return found


def recalled(context: DocContext, word_i: int) -> bool:
    word = context.doc[word_i]
    for child in word.children:
        if child.dep_ == "aux" and child.lemma_ == "have":
            return True
        if child.lower_ in _RECALLING:
            return True
    return word.dep_ == "relcl" and word.tag_ in {"VBN", "VBD"} and not any(
        c.dep_ == "auxpass" for c in word.children)


def date_facts(found: list[Found], context: DocContext, model: GraphModel) -> list[Found]:
    """Give each dated relation its date and basis; drop recalled acts with no date."""
    from extract.frames import frame_by_id

    result = []
    for f in found:
        spec = model.relationships.get(f.type)
        if spec is None or "date" not in spec.properties or f.props.get("date"):
            if f.props.get("date"):
                f.date_basis = f.date_basis or "sentence"
            result.append(f)
            continue
        try:
            dated = frame_by_id(f.frame).dated if f.frame else "event"
        except KeyError:
            dated = "event"
        word_i = int(f.props.pop("_word", -1))
        dates = sentence_dates(context, f.sent) if f.sent >= 0 else []
        if dates:
            anchor = word_i if word_i >= 0 else dates[0][0]
            f.props["date"] = min(dates, key=lambda d: abs(d[0] - anchor))[1]
            f.date_basis = "sentence"
        elif dated == "act" and word_i >= 0 and recalled(context, word_i):
            pass  # recalled, undated: the earlier act, not a new act of this document's date
        elif dated == "act" and context.meta.date and (
                context.meta.doc_type in _NEWS_TYPES or f.sent < 0):
            f.props["date"] = context.meta.date
            f.date_basis = "document"
        result.append(f)
    for f in result:
        f.props.pop("_word", None)
    return result
