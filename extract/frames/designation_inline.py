"""DESIGNATED from a list that runs on inside the designating sentence, after its colon.

"Treasury imposed sanctions on two men and two firms: A, a Russian national; B, an
official based in Russia; C, a company in China; and D, a North Korean firm." The parser
keeps the list in the sentence of its lead, so no list item of its own follows it
(extract/frames/designation.py reads those). The items are the parts after the colon that
semicolons divide, each naming its target first; the designator is the one the words
before the colon name, else the release's issuer. Only a colon after a designating word
that is stated (not planned, denied or asked for) opens such a list, and only two or more
semicolon parts make one: "Treasury described the network: A hosts the servers" is no
list, and "X was sanctioned: it hosts the servers" names no item.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from extract import modality

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Found

# the frames whose word alone is a designation (extract/frames/designation.py and
# designation_press.py)
_ACTS = frozenset({"designation.v1", "designation-impose.v1", "designation-freeze.v1",
                   "designation-list.v1", "designation-under.v1", "designation-hit.v1",
                   "designation-announced.v1"})


def semicolon_parts(context: DocContext, sent: int, start: int) -> list[str]:
    """The target each part of a list names first, the parts being what semicolons divide
    in the sentence from the character `start` on. A part whose first person or
    organization is one named before adds nothing ("; its director is P": "its" is the
    item's firm again, and P is no item of the list)."""
    from extract.frames.designation import TARGETS

    sentence = context.mentions.sentences[sent]
    doc = context.doc
    cuts = [t.idx for t in doc[sentence.tok_start:sentence.tok_end]
            if t.text == ";" and t.idx >= start]
    mentions = sorted((m for m in context.mentions.in_sentence(sent)
                       if m.entity in context.entities and m.start >= start
                       and context.entities[m.entity].type in TARGETS),
                      key=lambda m: m.start)
    found: list[str] = []
    for begin, end in zip([start, *cuts], [*cuts, sentence.end], strict=True):
        first = next((m for m in mentions if begin <= m.start < end), None)
        if first is not None and first.entity not in found:
            found.append(first.entity)
    return found


def inline_designations(context: DocContext) -> Iterable[Found]:
    from extract.frames.designation import (
        _frame_words,
        legal_basis,
        list_designators,
        listed_designation,
    )

    words_by_sent: dict[int, list[int]] = {}
    for match in _frame_words(context):
        if match[0] not in _ACTS:
            continue  # "the workers targeted firms:", "took action against:" are not enough
        words_by_sent.setdefault(context.sentence_of_token[match[3]], []).append(match[3])
    found: list[Found] = []
    for sent, words in words_by_sent.items():
        if sent in context.leads:
            continue  # an item of a list of its own: extract/frames/designation.py
        sentence = context.mentions.sentences[sent]
        span = context.sentence_span(sent)
        colon = next((t for t in span if t.text == ":"), None)
        if colon is None or sum(t.text == ";" for t in span if t.i > colon.i) < 1:
            continue
        said = [w for w in sorted(set(words)) if w < colon.i
                and modality.read(context.doc[w], "asserted", span).modality
                != modality.NOT_STATED]
        if not said:
            continue
        agents = list_designators(context, sent, before=colon.idx)
        basis = legal_basis(sentence.text)
        found += [listed_designation(agent, target, sent, said[0], basis,
                                     "designation-inline-list.v1", "inline")
                  for target in semicolon_parts(context, sent, colon.idx + 1)
                  for agent in agents]
    return found


FRAMES = ()
DOCUMENT_RULES = (inline_designations,)
