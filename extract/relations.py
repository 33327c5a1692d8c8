"""Relations: sentence rules that turn co-occurring entities and cue words into typed facts.

Each rule module under `extract/rules/` reads one sentence at a time through a
`SentenceView` (the sentence text, its resolved entity slots in order, and the document
context) and proposes `Found` facts. This module builds the views, runs the rules, keeps
only relations the graph model allows, and merges duplicates into one relation per
(type, source, target) with every supporting sentence as evidence.

Rules are deliberately shallow (cue words, order, clause boundaries) rather than parse
trees: the dependency parser is excluded for speed (docs/extraction.md), and these
government texts state facts in a small number of regular constructions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from extract.gazetteer import Gazetteer
from extract.mentions import DocMentions, MentionSpan, Sentence
from graph.errors import ModelError
from graph.model import (
    DocumentMeta,
    Evidence,
    ExtractedEntity,
    ExtractedRelation,
    GraphModel,
    default_model,
)

ACTOR_TYPES = frozenset({"Person", "Organization"})
_LIST_ITEM = re.compile(r"^(?:[-*•]|\d+[.)])\s")


@dataclass
class Slot:
    """One resolved entity mention inside a sentence, with offsets relative to the sentence."""

    entity: ExtractedEntity
    start: int  # character offset in the sentence
    end: int
    text: str

    @property
    def id(self) -> str:
        return self.entity.id

    @property
    def type(self) -> str:
        return self.entity.type

    @property
    def kind(self) -> str:
        return str(self.entity.properties.get("kind", ""))


@dataclass
class SentenceView:
    index: int
    sentence: Sentence
    slots: list[Slot]
    lead: str = ""  # the paragraph, ending in a colon, that a list item continues
    lead_slots: list[Slot] = field(default_factory=list)  # offsets relative to `lead`
    context: DocContext | None = None
    dates: list[tuple[int, str]] = field(default_factory=list)  # (offset, ISO date)
    places: list[tuple[int, str]] = field(default_factory=list)  # (offset, place text)
    demonyms: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, code)

    @property
    def text(self) -> str:
        return self.sentence.text

    def of_type(self, *types: str) -> list[Slot]:
        return [s for s in self.slots if s.type in types]

    def between(self, a: Slot, b: Slot) -> str:
        first, second = (a, b) if a.start <= b.start else (b, a)
        return self.text[first.end:second.start]

    def before(self, slot: Slot, width: int = 40) -> str:
        return self.text[max(0, slot.start - width):slot.start]

    def after(self, slot: Slot, width: int = 40) -> str:
        return self.text[slot.end:slot.end + width]

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        return pattern.search(self.text)


@dataclass
class DocContext:
    meta: DocumentMeta
    entities: dict[str, ExtractedEntity]
    views: list[SentenceView] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)  # facts rules share (designator, ...)

    def of_type(self, *types: str) -> list[ExtractedEntity]:
        return [e for e in self.entities.values() if e.type in types]

    def kind(self, kind: str) -> list[ExtractedEntity]:
        return [e for e in self.entities.values() if e.properties.get("kind") == kind]


@dataclass
class Found:
    type: str
    source: str
    target: str
    sent: int
    props: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.7


Rule = Callable[[SentenceView, DocContext], Iterable[Found]]
DocRule = Callable[[DocContext], Iterable[Found]]


def build_views(mentions: DocMentions, entities: dict[str, ExtractedEntity],
                meta: DocumentMeta, gazetteer: Gazetteer | None = None) -> DocContext:
    from extract.normalize import parse_date

    context = DocContext(meta=meta, entities=entities)
    if gazetteer is not None:
        context.notes["gazetteer"] = gazetteer
    by_sentence: dict[int, list[MentionSpan]] = {}
    for m in mentions.mentions:
        by_sentence.setdefault(m.sent, []).append(m)
    paragraph: list[SentenceView] = []  # sentences since the last list item or blank line
    for index, sentence in enumerate(mentions.sentences):
        slots: list[Slot] = []
        view = SentenceView(index, sentence, slots, context=context)
        for m in by_sentence.get(index, []):
            offset = m.start - sentence.start
            if m.entity and m.entity in entities:
                slots.append(Slot(entities[m.entity], offset, m.end - sentence.start, m.text))
            elif m.label == "DATE":
                iso = parse_date(m.text)
                if iso:
                    view.dates.append((offset, iso))
            elif m.label == "PLACE":
                view.places.append((offset, m.text))
            elif m.label == "DEMONYM" and m.hint.startswith("country:"):
                view.demonyms.append((offset, m.end - sentence.start, m.hint.split(":")[1]))
        if _LIST_ITEM.match(sentence.text):
            if paragraph and paragraph[-1].text.rstrip().endswith(":"):
                _set_lead(view, paragraph)
            elif context.views and context.views[-1].lead:
                view.lead = context.views[-1].lead
                view.lead_slots = context.views[-1].lead_slots
        else:
            gap = mentions.sentences[index - 1].end if index else 0
            if paragraph and "\n\n" in _between(mentions, gap, sentence.start):
                paragraph = []
            paragraph.append(view)
        context.views.append(view)
    return context


def _between(mentions: DocMentions, start: int, end: int) -> str:
    return mentions.text[start:end] if mentions.text else ""


def _set_lead(view: SentenceView, paragraph: list[SentenceView]) -> None:
    """A list item reads as the end of the paragraph that introduces it."""
    offset = 0
    parts: list[str] = []
    for previous in paragraph:
        for slot in previous.slots:
            view.lead_slots.append(Slot(slot.entity, slot.start + offset, slot.end + offset,
                                        slot.text))
        parts.append(previous.text)
        offset += len(previous.text) + 1
    view.lead = " ".join(parts)


def extract_relations(context: DocContext, rules: Iterable[Rule], doc_rules: Iterable[DocRule],
                      model: GraphModel | None = None) -> list[ExtractedRelation]:
    """Run every rule on every sentence, then the document rules; merge and check."""
    model = model or default_model()
    found: list[Found] = []
    rule_list = list(rules)
    for view in context.views:
        for rule in rule_list:
            found.extend(rule(view, context))
    for doc_rule in doc_rules:
        found.extend(doc_rule(context))
    return merge(found, context, model)


def merge(found: Iterable[Found], context: DocContext,
          model: GraphModel) -> list[ExtractedRelation]:
    """One relation per (type, source, target): evidence accumulates, properties fill in."""
    merged: dict[tuple[str, str, str], ExtractedRelation] = {}
    for f in found:
        if f.source == f.target:
            continue
        source, target = context.entities.get(f.source), context.entities.get(f.target)
        if source is None or target is None:
            continue
        try:
            model.check_relationship(f.type, source.type, target.type)
        except ModelError:
            continue
        key = (f.type, f.source, f.target)
        relation = merged.get(key)
        if relation is None:
            relation = ExtractedRelation(f.type, f.source, f.target, {}, f.confidence, [])
            merged[key] = relation
        relation.confidence = max(relation.confidence, f.confidence)
        for prop, value in f.props.items():
            if value not in (None, "", []) and prop not in relation.properties:
                relation.properties[prop] = value
        if 0 <= f.sent < len(context.views):
            s = context.views[f.sent].sentence
            if not any(e.start == s.start for e in relation.evidence):
                relation.evidence.append(Evidence(s.start, s.end, s.text))
    for relation in merged.values():
        relation.evidence.sort(key=lambda e: e.start)
    return list(merged.values())
