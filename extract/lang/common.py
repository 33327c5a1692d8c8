"""What the Japanese and Korean pipelines share: sentences, found names, entity assembly.

A pipeline finds `Found` spans (a name, its entity id and canonical name); `DocBuilder`
groups them into the document's entities, keeping every native-script surface as an alias,
and collects relations with their frame, confidence, modality and date basis.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extract.lang.kana_names import katakana_to_romaji
from extract.lang.romanize import is_hangul, romanize_text
from graph.ids import entity_id, slugify
from graph.model import (
    DocumentMeta,
    Evidence,
    ExtractedEntity,
    ExtractedRelation,
    Mention,
    PossibleSame,
)
from graph.search_keys import script_of

# sentence ends: 。 and full stops after a Hangul syllable (다. 음. 함.), and line breaks
_SENTENCE_END = {
    # the full-width period of official style (…指定した．) ends one too, not after a
    # list number (1．)
    "ja": re.compile(r"[。！？]|(?<![0-9０-９])．|\n+"),
    "ko": re.compile(r"(?<=[\uac00-\ud7a3\)”’\"'])[.!?](?=\s|$)|\n+"),
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, body: str) -> str:
        return body[self.start:self.end]


# a line that starts a list item or a heading, or closes a sentence or a label
# (a chronology's line opens with its date: 2024年3月26日　…, 令和6年3月26日　…)
_LINE_START = re.compile(r"^[\s　]*(?:[-・△▲▼○〇●◎◇◆•*▪■□◦·※▽【〈<\[#(（①-⑳|]|\d{1,2}\s*[.)．、]|"
                         r"[0-9０-９]+[\s　]|"
                         r"(?:[0-9０-９]{4}|(?:令和|平成)\s*[0-9０-９元]{1,2})\s*年\s*[0-9０-９]{1,2}\s*月)")
_LINE_CLOSED = re.compile(r"[。！？」』）)】〉>：:|]\s*$")  # | closes a table row


def soft_wrap(text: str, at: int) -> bool:
    """Is the single line break at `at` a wrap inside a Japanese sentence? The line before
    is a long one that no punctuation closes, the line after goes on with text, not with
    a list mark (hard-wrapped paragraphs; a list of names stays one name per line)."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    after_end = text.find("\n", at + 1)
    after = text[at + 1:after_end if after_end >= 0 else len(text)]
    return len(before.strip()) >= 20 and not _LINE_CLOSED.search(before) and \
        bool(after.strip()) and not _LINE_START.match(after)


_OPENERS, _CLOSERS = "（(「『【", "）)」』】"


def _open_brackets(part: str) -> bool:
    """Is a bracket of this line left open (a definition or a quote goes on)?"""
    line = part[part.rfind("\n") + 1:]
    return sum(line.count(c) for c in _OPENERS) > sum(line.count(c) for c in _CLOSERS)


def sentences(text: str, lang: str) -> list[Span]:
    """Sentence spans with surrounding blanks trimmed (list items are sentences of their own)."""
    spans = []
    start = 0
    for match in _SENTENCE_END[lang].finditer(text):
        if lang == "ja" and match.group(0) == "\n" and soft_wrap(text, match.start()):
            continue
        if lang == "ja" and not match.group(0).startswith("\n") and \
                _open_brackets(text[start:match.start()]):
            continue  # （以下「外為法」という。）: a period inside brackets ends no sentence
        end = match.end() if not match.group(0).startswith("\n") else match.start()
        spans.append(Span(start, end))
        start = match.end()
    spans.append(Span(start, len(text)))
    out = []
    for span in spans:
        s, e = span.start, span.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span(s, e))
    return out


def to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


def native_slug(text: str) -> str:
    """An ASCII slug for a name written only in native script (ids must be ASCII)."""
    if slugify(text):
        return slugify(text)
    parts = []
    for word in re.split(r"[\s・]+", text):
        if is_hangul(word):
            parts.append(romanize_text(word))
        elif word:
            romaji = katakana_to_romaji(to_katakana(word))
            parts.append(romaji or "-".join(f"{ord(c):x}" for c in word))
    return slugify(" ".join(parts)) or "-".join(f"{ord(c):x}" for c in text)


@dataclass
class Found:
    """One mention of an entity, already resolved to its id and canonical name."""

    start: int
    end: int
    text: str
    type: str
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    properties: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.9
    unnamed: bool = False
    alias: bool = True  # False for words that are not its name (政府 "the government", 日米韓)


@dataclass
class DocBuilder:
    text: str
    meta: DocumentMeta
    lang: str
    entities: dict[str, ExtractedEntity] = field(default_factory=dict)
    found: list[Found] = field(default_factory=list)
    relations: dict[tuple[str, str, str], ExtractedRelation] = field(default_factory=dict)
    links: list[PossibleSame] = field(default_factory=list)
    last_designators: list[str] = field(default_factory=list)  # actors of the last designation
    last_actors: list[str] = field(default_factory=list)  # actors of the last frame with one

    def add(self, item: Found, shared: bool = False) -> None:
        """Record a mention; overlapping an earlier (longer or equal) mention drops it,
        unless `shared` (one word naming several entities, as 日米韓 names three states)."""
        for other in self.found:
            if other.start < item.end and item.start < other.end and not (
                    shared and other.start == item.start and other.end == item.end
                    and other.id != item.id):
                return
        self.found.append(item)
        entity = self.entities.get(item.id)
        if entity is None:
            entity = ExtractedEntity(id=item.id, type=item.type, name=item.name,
                                     properties=dict(item.properties),
                                     confidence=item.confidence, unnamed=item.unnamed)
            self.entities[item.id] = entity
        for key, value in item.properties.items():
            entity.properties.setdefault(key, value)
        entity.confidence = max(entity.confidence, item.confidence)
        if not item.unnamed and item.alias:  # a description is never an alias
            for alias in (*item.aliases, item.text):
                if alias and alias != entity.name and alias not in entity.aliases:
                    entity.aliases.append(alias)
        entity.mentions.append(Mention(item.start, item.end, item.text))

    def withdraw(self, item: Found) -> None:
        """Take back a recorded mention (a later reading showed it is part of something
        else); its entity goes too when no other mention is left."""
        self.found.remove(item)
        entity = self.entities.get(item.id)
        if entity is None:
            return
        entity.mentions = [m for m in entity.mentions if m.start != item.start]
        if not entity.mentions:
            del self.entities[item.id]

    def native_country(self, code: str) -> str | None:
        """The English name of a state, from the gazetteer (for states implied by an agency)."""
        from extract.gazetteer import load_gazetteer

        entry = load_gazetteer().country(code)
        return entry.name if entry is not None else None

    def merge_same_surface(self) -> None:
        """One surface, one entity: a name written the same way twice in a document is one
        entity, under the best-supported reading (김상만(Kim Sang Man) then plain 김상만)."""
        best: dict[tuple[str, str], Found] = {}
        for item in self.found:
            if not item.alias:
                continue  # 日米韓 names three states; 政府 is whichever issued the document
            key = (item.type, item.text)
            if key not in best or item.confidence > best[key].confidence:
                best[key] = item
        moved: dict[str, str] = {}
        for item in self.found:
            if not item.alias:
                continue
            winner = best[(item.type, item.text)]
            if winner.id != item.id and script_of(item.text) != "latin":
                moved[item.id] = winner.id
                item.id, item.name = winner.id, winner.name
        still = {item.id for item in self.found}
        for old, new in moved.items():
            if old in still:
                continue  # another surface still names it
            gone = self.entities.pop(old, None)
            if gone is None or new not in self.entities:
                continue
            keep = self.entities[new]
            keep.mentions.extend(gone.mentions)
            for alias in gone.aliases:
                if alias not in keep.aliases and alias != keep.name:
                    keep.aliases.append(alias)
            if gone.name not in keep.aliases and gone.name != keep.name and \
                    script_of(gone.name) != "latin":
                keep.aliases.append(gone.name)
            keep.mentions.sort(key=lambda m: m.start)

    def in_span(self, span: Span, types: tuple[str, ...] = ()) -> list[Found]:
        return sorted((f for f in self.found if span.start <= f.start and f.end <= span.end
                       and (not types or f.type in types)), key=lambda f: f.start)

    def relate(self, rel_type: str, source: str, target: str, span: Span, *, frame: str,
               confidence: float, modality: str = "asserted",
               properties: dict[str, Any] | None = None, date_basis: str = "") -> None:
        if source == target:
            return
        key = (rel_type, source, target)
        evidence = Evidence(span.start, span.end, span.text(self.text))
        existing = self.relations.get(key)
        if existing is not None:
            if all(e.start != span.start for e in existing.evidence):
                existing.evidence.append(evidence)
            existing.confidence = max(existing.confidence, confidence)
            return
        self.relations[key] = ExtractedRelation(
            type=rel_type, source=source, target=target, properties=dict(properties or {}),
            confidence=confidence, evidence=[evidence], modality=modality, frame=frame,
            date_basis=date_basis)


def make_id(label: str, name: str) -> str:
    try:
        return entity_id(label, name)
    except ValueError:
        return f"{label.lower()}:{native_slug(name)}"


def coordinated_before(items: list[Found], last: int, joined: Callable[[Found, Found], bool],
                       same_id: bool = False) -> list[Found]:
    """items[last] with the items coordinated before it (A, B와 C는 …: from C back to A),
    walking back while `joined(prev, first)` says the text between an item and the group's
    first member joins them. `same_id`: an item of the first member's entity right before
    it (a name and its bracketed romanization) takes its place instead of joining."""
    group = [items[last]]
    for prev in reversed(items[:last]):
        if same_id and prev.id == group[0].id:
            group[0] = prev
            continue
        if not joined(prev, group[0]):
            break
        group.insert(0, prev)
    return group


def joined_by(text: str, joiner: re.Pattern[str]) -> Callable[[Found, Found], bool]:
    """The test of coordinated_before for a joiner pattern matched on the text between."""
    return lambda prev, first: joiner.match(text[prev.end:first.start]) is not None
