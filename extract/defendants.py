"""'The defendants': the persons the document itself names as charged in its one case.

"Kim and Park were indicted ... Lee was also charged ... The defendants are charged with
wire fraud conspiracy." The plain plural stands for every person the document names as a
defendant. Which persons those are is what the relation frames read, so the frames run once
on the document without these references (only the frames and families that can read a
charge: the others' facts are not wanted here); the reference resolves only when that
reading gives at least two defendants, all in one case (a release about two cases leaves
"the defendants" unresolved), and "the two defendants" only when there are two. A modified
plural ("the North Korean defendants") is a part of the set, and one followed by its own
names ("the defendants are A and B", "the defendants, A and B") says who it is itself:
neither is resolved here.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.gazetteer import Gazetteer
from extract.groups import group_spans
from extract.mentions import DocMentions, MentionSpan
from extract.normalize.numbers import COUNT_WORD_PATTERN, COUNT_WORDS
from extract.resolve.base import DocEntities
from graph.model import DocumentMeta

_REFERENCE = re.compile(
    rf"\b(?:[Tt]he|[Aa]ll|[Bb]oth|[Aa]ll\s+the|[Bb]oth\s+the)\s+"
    rf"(?:(?P<number>{COUNT_WORD_PATTERN})\s+)?(?P<noun>defendants|co-defendants)\b"
    r"(?!\s*(?:,\s*[A-Z]|:|\(|(?:are|were|include|included)\s+[A-Z]))")
_CHARGED = frozenset({"DEFENDANT_IN", "CHARGED_WITH"})


def _charged(doc: Doc, mentions: DocMentions, result: DocEntities, meta: DocumentMeta,
             gazetteer: Gazetteer | None) -> tuple[str, ...]:
    """The persons the frames read as defendants, when they all belong to one case."""
    from extract.relation_context import build_context
    from extract.relations import extract_relations

    entities = dict(result.entities)  # the frames may add cases: not to this document yet
    context = build_context(doc, mentions, entities, meta, gazetteer)
    relations, _ = extract_relations(context, only=_CHARGED)
    cases = {r.target for r in relations if r.type in _CHARGED}
    persons = [r.source for r in relations if r.type in _CHARGED
               and entities[r.source].type == "Person"]
    if len(cases) != 1:
        return ()
    return tuple(dict.fromkeys(persons))


def resolve_defendants(doc: Doc, mentions: DocMentions, result: DocEntities,
                       meta: DocumentMeta, gazetteer: Gazetteer | None = None
                       ) -> list[MentionSpan]:
    """Add one mention per defendant for every "the defendants" resolved; return them."""
    found = list(_REFERENCE.finditer(mentions.text))
    if not found:
        return []
    members = _charged(doc, mentions, result, meta, gazetteer)
    if len(members) < 2:
        return []
    added: list[MentionSpan] = []
    for match in found:
        number = match.group("number")
        if number and COUNT_WORDS[number.lower()] != len(members):
            continue
        both = match.group(0).lower().startswith("both")
        if both and len(members) != 2:
            continue
        start, end = match.start(), match.end()
        sent = mentions.sentence_at(start)
        if sent < 0 or any(m.entity and m.start < end and start < m.end
                           for m in mentions.in_sentence(sent)):
            continue
        added.extend(group_spans(mentions, result.entities, start, end, members,
                                 match.group("noun").lower()))
    mentions.add(added)
    return added
