"""References to known advisories that do not use their title ("the guidance of May 2022").

Statements cite earlier advisories by kind, issuer and date rather than by title: "the
ROK's joint advisory of December 2022", "the first PSA, dated May 16, 2024", "Japan today
updated its advisory". A reference is linked to a gazetteer advisory when its kind fits and
every stated attribute (month, issuing state) agrees, and exactly one advisory fits.
"""

from __future__ import annotations

import re

from extract.gazetteer import Gazetteer, GazetteerEntry
from extract.mentions import DocMentions, MentionSpan
from extract.normalize import parse_date
from extract.overlaps import Overlaps
from extract.resolve import DocEntities, Merge, from_gazetteer
from graph.model import DocumentMeta

_REFERENCE = re.compile(
    r"\b(?P<mod>(?:(?:its|the|this|their|our|an?|U\.S\.|ROK['’]s|ROK|Japan['’]s|Japanese|FBI|"
    r"first|second|third|joint|updated|additional|earlier|original)\s+)*)"
    r"(?P<kind>advisory|guidance|PSA|public\s+service\s+announcement|statement|report)\b"
    r"(?P<tail>[^.;]{0,160})",
    re.IGNORECASE,
)
_KINDS = {"advisory": {"advisory", "guidance"}, "guidance": {"guidance", "advisory"},
          "psa": {"psa"}, "public service announcement": {"psa"},
          "statement": {"statement"}, "report": {"report"}}
_COUNTRY_WORDS = {"u.s.": "US", "fbi": "US", "rok's": "KR", "rok": "KR", "japan's": "JP",
                  "japanese": "JP", "rok’s": "KR", "japan’s": "JP"}
_DATE_IN_TAIL = re.compile(
    r"^(?:,?\s*(?:dated|of|issued|released|published|from|on|in|(?:that|which)\s+[^,;]{0,80}?"
    r"\b(?:published|issued|released))\b[^,;]{0,40}?)"
    r"((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{1,2},)?\s+\d{4})", re.IGNORECASE)


def _candidates(gazetteer: Gazetteer, kind: str, month: str, country: str,
                today: str) -> list[GazetteerEntry]:
    wanted = _KINDS.get(re.sub(r"\s+", " ", kind.lower()), set())
    found = []
    for entry in gazetteer.entries:
        if entry.type != "Advisory" or entry.properties.get("kind") not in wanted:
            continue
        dates = [str(d) for d in entry.properties.get("dates", [])]
        countries = [str(c) for c in entry.properties.get("countries", [])]
        if country and country not in countries:
            continue
        if month and not any(d.startswith(month) for d in dates):
            continue
        if not month and today not in dates:
            continue
        found.append(entry)
    return found


def link_advisory_references(mentions: DocMentions, resolved: DocEntities,
                             gazetteer: Gazetteer, meta: DocumentMeta) -> None:
    taken = Overlaps((m.start, m.end, None) for m in mentions.mentions)
    added: list[MentionSpan] = []
    for index, sentence in enumerate(mentions.sentences):
        for match in _REFERENCE.finditer(sentence.text):
            start = sentence.start + match.start("mod")
            end = sentence.start + match.end("kind")
            kind_start = sentence.start + match.start("kind")
            if taken.overlapping(kind_start, end):
                continue  # the document word is already part of a title
            inner = [e for _, e, _ in taken.overlapping(start, end)]
            if inner:
                start = max(inner)  # "the U.S. guidance": the state stays its own mention
                while start < kind_start and mentions.text[start] in " '’s":
                    start += 1
            mods = match.group("mod").lower().split()
            country = next((_COUNTRY_WORDS[w] for w in mods if w in _COUNTRY_WORDS), "")
            if not country and "its" in mods:
                country = _subject_country(mentions, index, match.start())
            date_match = _DATE_IN_TAIL.match(match.group("tail"))
            month = (parse_date(date_match.group(1)) or "")[:7] if date_match else ""
            today = meta.date if re.search(r"\btoday\b", sentence.text, re.I) else "-"
            fits = _candidates(gazetteer, match.group("kind"), month, country, today)
            if len(fits) != 1 or (not month and not country and today == "-"):
                continue
            entry = fits[0]
            entity = resolved.entities.get(entry.id) or from_gazetteer(entry)
            resolved.entities[entity.id] = entity
            span = mentions.new_span("Advisory", start, end, sent=index, hint=entry.id)
            resolved.add_mention(entity, span)
            resolved.merges.append(Merge(entity.id, span.text,
                                         "advisory reference by kind, issuer and date", 0.7))
            added.append(span)
            taken.add(start, end, None)
    if added:
        mentions.mentions = sorted([*mentions.mentions, *added], key=lambda m: m.start)


def _subject_country(mentions: DocMentions, sent: int, offset: int) -> str:
    """'Japan today updated its advisory': the state before 'its' owns the advisory."""
    sentence = mentions.sentences[sent]
    before = [m for m in mentions.in_sentence(sent) if m.label == "Country"
              and m.start - sentence.start < offset]
    return before[-1].hint.split(":", 1)[1] if before and ":" in before[-1].hint else ""
