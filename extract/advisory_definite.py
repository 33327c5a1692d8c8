"""A definite reference with nothing of its own ("The statement urged ...") to the
advisory of its kind a sentence just before named, and the Advisory mention every linked
reference becomes (extract/advisory_refs.py links the references that carry a date or an
issuer)."""

from __future__ import annotations

import re

from extract.gazetteer import Gazetteer
from extract.mentions import DocMentions, MentionSpan
from extract.overlaps import Overlaps
from extract.resolve import DocEntities, Merge
from graph.model import ExtractedEntity

_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]hat)\s+(?:joint\s+)?(?P<kind>advisory|guidance|PSA|"
                       r"statement|announcement|update)\b(?!\s+(?:of|on|to|by|from|dated|issued|"
                       r"released|published)\b)")
_KIND_WORDS = {"advisory": ("advisory", "guidance"), "guidance": ("guidance", "advisory"),
               "psa": ("psa", "announcement"), "announcement": ("psa", "announcement"),
               "statement": ("statement",), "update": ("guidance", "advisory", "psa")}
_NEAR = 2  # sentences back


def link_definite(mentions: DocMentions, resolved: DocEntities, gazetteer: Gazetteer) -> None:
    """'... issued a joint statement on Wednesday. The (joint) statement urged ...': a
    definite reference with nothing of its own refers to the advisory of its kind the sentence
    before (or the one before that) named; with none, or two of that kind, it is left."""
    taken = Overlaps((m.start, m.end, None) for m in mentions.mentions)
    added: list[MentionSpan] = []
    for index, sentence in enumerate(mentions.sentences):
        for match in _DEFINITE.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if taken.overlapping(start, end):
                continue
            kinds = _KIND_WORDS[match.group("kind").lower()]
            # a reference just linked counts as a mention: "The statement ... The joint
            # statement ..." continues the chain
            near = {m.entity for m in (*mentions.mentions, *added)
                    if m.label == "Advisory" and m.entity
                    and index - _NEAR <= m.sent <= index and m.start < start
                    and m.entity in resolved.entities
                    and _of_kind(resolved.entities[m.entity].name, m.entity, kinds, gazetteer)}
            if len(near) != 1:
                continue
            entity = resolved.entities[near.pop()]
            added.append(link_reference(mentions, resolved, entity, (start, end, index),
                                         "definite reference to the advisory just named", 0.6))
            taken.add(start, end, None)
    if added:
        mentions.mentions = sorted([*mentions.mentions, *added], key=lambda m: m.start)


def link_reference(mentions: DocMentions, resolved: DocEntities, entity: ExtractedEntity,
                    where: tuple[int, int, int], reason: str, confidence: float) -> MentionSpan:
    """A new Advisory mention at `where` (start, end, sentence) of `entity`, with the merge
    that records why the reference is that advisory; the caller adds it to the mentions."""
    start, end, sent = where
    span = mentions.new_span("Advisory", start, end, sent=sent, hint=entity.id)
    resolved.add_mention(entity, span)
    resolved.merges.append(Merge(entity.id, span.text, reason, confidence))
    return span


def _of_kind(name: str, ident: str, kinds: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    entry = gazetteer.by_id.get(ident)
    if entry is not None and entry.properties.get("kind") in kinds:
        return True
    return any(re.search(rf"\b{k}\b", name, re.IGNORECASE) for k in kinds)
