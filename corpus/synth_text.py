"""Write synthetic text and its gold annotation in the same pass.

Offsets are never searched for after the fact: every entity name is emitted through the
writer, which records the mention where it puts it, and every sentence knows which facts
it states. The gold is therefore exact by construction, which is what lets the synthetic
corpus measure the extractor at scale.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

_BRACKETS = re.compile(r"\[([^\]]+)\]")
_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class Form:
    """One way to write an entity: literal text and mentions, and what it tells the reader.

    Written as a spec such as ``"the [Office of Foreign Assets Control] ([OFAC])"``:
    bracketed parts are mentions, the rest is plain text. `reveals` are the properties a
    reader learns from this wording (``"North Korean national [Ri Tal Hyon]"`` tells the
    nationality), so gold only carries properties the document states.
    """

    pieces: tuple[tuple[str, bool], ...]
    reveals: tuple[tuple[str, Any], ...] = ()


def form(spec: str, **reveals: Any) -> Form:
    pieces: list[tuple[str, bool]] = []
    last = 0
    for match in _BRACKETS.finditer(spec):
        if match.start() > last:
            pieces.append((spec[last:match.start()], False))
        pieces.append((match.group(1), True))
        last = match.end()
    if last < len(spec):
        pieces.append((spec[last:], False))
    return Form(tuple(pieces), tuple(sorted(reveals.items())))


@dataclass(eq=False)
class Entity:
    """A thing of the synthetic world, with ways to introduce it and to refer back to it."""

    key: str
    type: str
    name: str
    first: tuple[Form, ...]
    later: tuple[Form, ...]
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Fact:
    """A relation a sentence states; its gold evidence is that sentence."""

    type: str
    source: Entity
    target: Entity
    properties: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class As:
    """A slot that must use this exact form (for example a Payment with its qualifier)."""

    entity: Entity
    form: Form


Slot = str | int | Entity | As | Sequence[Entity]


@dataclass
class _GoldEntity:
    entity: Entity
    local_id: str
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass
class _GoldRelation:
    fact: Fact
    evidence: list[tuple[int, int]] = field(default_factory=list)


def _compile(template: str, cache: dict[str, list[tuple[str, str | None]]] = {}) -> list[  # noqa: B006
    tuple[str, str | None]
]:
    """Split a template into literals and slot names once; the cache is the point."""
    parsed = cache.get(template)
    if parsed is None:
        parsed = []
        for literal, name, _spec, _conv in _FORMATTER.parse(template):
            if literal:
                parsed.append((literal, None))
            if name is not None:
                parsed.append(("", name))
        cache[template] = parsed
    return parsed


class DocumentWriter:
    """Accumulates one document body and its gold record."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._parts: list[str] = []
        self._pos = 0
        self._in_paragraph = False
        self._entities: dict[str, _GoldEntity] = {}
        self._introduced: set[str] = set()  # entities the body has already named in full
        self._in_heading = False
        self._relations: dict[tuple[str, str, str], _GoldRelation] = {}

    # --- text ---------------------------------------------------------------------------

    def heading(self, template: str, **slots: Slot) -> str:
        """A Markdown heading; returns its text (used as the title)."""
        self._end_paragraph()
        self._emit("# ")
        first_part = len(self._parts)
        self._in_heading = True  # headings use the plain first form: names, no appositions
        self._render(template, slots)
        self._in_heading = False
        title = "".join(self._parts[first_part:])
        self._emit("\n\n")
        self._introduced.clear()  # the body introduces everyone again, as press releases do
        return title

    def say(self, template: str, slots: Mapping[str, Slot], *facts: Fact | None) -> None:
        """One sentence stating `facts` (None entries are skipped for template convenience)."""
        if self._in_paragraph:
            self._emit(" ")
        self._in_paragraph = True
        start = self._pos
        self._render(template, slots)
        end = self._pos
        for fact in facts:
            if fact is not None:
                self._relate(fact, start, end)

    def paragraph(self) -> None:
        self._end_paragraph()

    def body(self) -> str:
        text = "".join(self._parts).rstrip("\n")
        return text + "\n"

    def _end_paragraph(self) -> None:
        if self._in_paragraph:
            self._emit("\n\n")
            self._in_paragraph = False

    def _emit(self, text: str) -> None:
        self._parts.append(text)
        self._pos += len(text)

    def _render(self, template: str, slots: Mapping[str, Slot]) -> None:
        pieces: list[tuple[str, Entity | None, Form | None]] = []
        for literal, name in _compile(template):
            if name is None:
                pieces.append((literal, None, None))
            else:
                self._expand(slots[name], pieces)
        if pieces and pieces[0][1] is None and pieces[0][0][:1].islower():
            text = pieces[0][0]
            pieces[0] = (text[0].upper() + text[1:], None, None)
        for i in range(1, len(pieces)):  # "Corp." at the end of a sentence takes no second dot
            text, entity, _used = pieces[i]
            if entity is None and text.startswith(".") and pieces[i - 1][0].endswith("."):
                pieces[i] = (text[1:], None, None)
        for text, entity, used in pieces:
            if entity is None:
                self._emit(text)
            else:
                self._mention(entity, text, used)

    def _expand(self, value: Slot, out: list[tuple[str, Entity | None, Form | None]]) -> None:
        if isinstance(value, str | int):
            out.append((str(value), None, None))
        elif isinstance(value, As):
            self._pieces(value.entity, value.form, out)
        elif isinstance(value, Entity):
            self._pieces(value, self._choose(value), out)
        else:
            items = list(value)
            for i, item in enumerate(items):
                if i:
                    out.append((" and " if i == len(items) - 1 else ", ", None, None))
                self._pieces(item, self._choose(item), out)

    def _choose(self, entity: Entity) -> Form:
        if self._in_heading:
            return entity.first[0]
        forms = entity.later if entity.key in self._introduced else entity.first
        return forms[0] if len(forms) == 1 else self.rng.choice(forms)

    def _pieces(self, entity: Entity, used: Form,
                out: list[tuple[str, Entity | None, Form | None]]) -> None:
        for text, is_mention in used.pieces:
            out.append((text, entity if is_mention else None, used))
        if not any(is_mention for _t, is_mention in used.pieces):
            raise ValueError(f"form of {entity.key} has no mention")

    # --- gold ---------------------------------------------------------------------------

    def _mention(self, entity: Entity, text: str, used: Form | None) -> None:
        gold = self._entities.get(entity.key)
        if gold is None:
            gold = _GoldEntity(entity, f"e{len(self._entities) + 1}",
                               properties=dict(entity.properties))
            self._entities[entity.key] = gold
        if used is not None:
            for key, value in used.reveals:
                gold.properties.setdefault(key, value)
        self._introduced.add(entity.key)
        gold.mentions.append((self._pos, self._pos + len(text), text))
        self._emit(text)

    def _relate(self, fact: Fact, start: int, end: int) -> None:
        key = (fact.type, fact.source.key, fact.target.key)
        relation = self._relations.get(key)
        if relation is None:
            self._relations[key] = _GoldRelation(fact, [(start, end)])
        elif (start, end) not in relation.evidence:
            relation.evidence.append((start, end))

    def gold(self, doc_id: str) -> dict[str, Any]:
        """The gold record in the docs/development.md format."""
        entities = []
        for g in self._entities.values():
            aliases: list[str] = []
            for _s, _e, text in g.mentions:
                if text != g.entity.name and text not in aliases:
                    aliases.append(text)
            entities.append({
                "id": g.local_id, "type": g.entity.type, "name": g.entity.name,
                "aliases": aliases, "properties": g.properties,
                "mentions": [{"start": s, "end": e, "text": t} for s, e, t in g.mentions],
            })
        relations = []
        for rel in self._relations.values():
            source = self._entities.get(rel.fact.source.key)
            target = self._entities.get(rel.fact.target.key)
            if source is None or target is None:
                missing = rel.fact.source if source is None else rel.fact.target
                raise ValueError(f"{doc_id}: {rel.fact.type} names {missing.key}, never mentioned")
            relations.append({
                "type": rel.fact.type, "source": source.local_id, "target": target.local_id,
                "properties": dict(rel.fact.properties),
                "evidence": [{"start": s, "end": e} for s, e in rel.evidence],
            })
        return {"doc_id": doc_id, "entities": entities, "relations": relations}
