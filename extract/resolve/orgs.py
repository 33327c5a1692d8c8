"""Organizations and agencies within one document: one entity per name and its short forms."""

from __future__ import annotations

import re
from typing import Any

from extract.components.span_context import AGENCY_HEAD, ORG_HEAD
from extract.mentions import DocMentions, MentionSpan
from extract.overlaps import Overlaps
from extract.resolve.base import (
    DocEntities,
    Merge,
    contains_words,
    new_entity,
    org_key,
    spelling_key,
)
from graph.model import ExtractedEntity

# a name printed as a list prints it: capitals ending in a legal form
_LISTED_FORM = re.compile(r"^[A-Z0-9&'’ .,-]+\b(?:CO\.|LTD\.?|LLC|CORPORATION|COMPANY|CORP\.|"
                          r"LIMITED|INC\.)$")
# a company's legal form at the end of its name, in any case ("Hanbit Software Co., Ltd.")
_LEGAL_FORM = re.compile(r"\b(?:Co\.?|Ltd\.?|LLC|Corporation|Company|Corp\.?|Limited|Inc\.?)$",
                         re.IGNORECASE)


def _vouched(m: MentionSpan) -> bool:
    """Is there more than the statistical model's word that this is an organization?

    A legal form or a DPRK unit number (`shape:`), a context noun (`context:`), or a head
    word ("... Center", "... Bank", "Ministry of ...") vouch for it. The small model alone
    also tags products, platforms, programs and acronyms of offenses as ORG; such a name only
    joins an organization vouched for elsewhere in the document."""
    return bool(m.hint) or bool(ORG_HEAD.search(m.text) or AGENCY_HEAD.search(m.text))


def resolve_orgs(result: DocEntities, pending: list[MentionSpan]) -> None:
    """Longer names first; a shorter name that is the start of a longer one joins it."""
    ordered = sorted(pending, key=lambda x: (not _vouched(x), -len(x.text)))
    for m in ordered:
        name = re.sub(r"\s+", " ", m.text).strip()
        key = org_key(name)
        if not key:
            continue
        same_type = [e for e in result.entities.values() if e.type == m.label]
        spelled = spelling_key(name)
        match = next((e for e in same_type if org_key(e.name) == key
                      or key in {org_key(a) for a in e.aliases}
                      or spelling_key(e.name) == spelled), None)
        if match is None:
            match = next((e for e in same_type if len(key) >= 4 and key != org_key(e.name)
                          and contains_words(org_key(e.name), key)), None)
            if match is not None:
                result.merges.append(Merge(match.id, name, "short form of a longer name", 0.8))
        if match is None and not _vouched(m):
            continue
        if match is None:
            kind = m.hint.split(":", 1)[1] if m.hint.startswith("shape:") else "company"
            props: dict[str, Any] = {"kind": kind} if m.label == "Organization" else {}
            match = new_entity(m.label, name, props, 0.7)
            result.entities[match.id] = match
        result.add_mention(match, m)




def orgs_tagged_as_persons(persons: list[MentionSpan],
                           orgs: list[MentionSpan]) -> list[MentionSpan]:
    """A short form of a company named in full in the same document ("Osong" for "Korea Osong
    Shipping Co.") is that company, even where the model took it for a person. Returns the
    person mentions that remain."""
    # a name the context or its legal form marks as a company claims its own spelling too
    marked = {org_key(o.text) for o in orgs if o.hint.startswith(("context:", "shape:"))}
    # a company's name vouched for elsewhere claims its letters with other word breaks
    spellings = {spelling_key(o.text) for o in orgs if _vouched(o)}
    keys = list(dict.fromkeys(org_key(o.text) for o in orgs))  # each spelling once
    inside: dict[str, bool] = {}  # a long document repeats its names: test each once

    def inside_a_name(words: str) -> bool:
        if words not in inside:
            inside[words] = any(k != words and contains_words(k, words) for k in keys)
        return inside[words]

    rest = []
    for m in persons:
        words = org_key(m.text)
        if m.hint.startswith("shape:") or not words or (
                words not in marked and not inside_a_name(words)
                and spelling_key(m.text) not in spellings):
            rest.append(m)
            continue
        m.label = "Organization"
        orgs.append(m)
    return rest


def propagate_company_names(mentions: DocMentions, result: DocEntities) -> None:
    """A company a list prints in capitals with its legal form ("MAPLEGROVE DIGITAL CO.,
    LTD.") is named in the prose by the opening words of that name ("Maplegrove Digital"),
    which the model often leaves untagged; so is a company named once in full with its
    legal form ("Dalian Hanbit Software Development Co., Ltd.") and then by its opening
    words ("Dalian Hanbit is designated ..."). Such an opening of two or more words, written
    with capitals, is a mention of that company where no other name covers it and no further
    capitalized word makes it part of another name; a place the model tagged inside it
    ("Dalian") gives way to it, a span the model tagged as the whole of it ("North Korean"
    opening "North Korean Star Trading Corporation") does not."""
    covered = Overlaps((m.start, m.end, None) for m in mentions.mentions if m.entity)
    untyped = Overlaps((m.start, m.end, None) for m in mentions.mentions if not m.entity)
    text = mentions.text
    added: list[MentionSpan] = []
    openings: dict[str, list[ExtractedEntity]] = {}
    for entity in result.entities.values():
        if entity.type != "Organization" or not (_LISTED_FORM.search(entity.name) or
                                                 _LEGAL_FORM.search(entity.name)):
            continue
        words = org_key(entity.name).split()
        for size in range(len(words), 1, -1):
            openings.setdefault(" ".join(words[:size]), []).append(entity)
    for opening in sorted(openings, key=len, reverse=True):
        owners = list(dict.fromkeys(e.id for e in openings[opening]))
        if len(owners) != 1:
            continue  # two companies open with these words
        pattern = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in opening.split())
                             + r"\b", re.IGNORECASE)
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            found = match.group(0)
            if found.isupper() or not all(w[:1].isupper() for w in found.split()):
                continue  # the list entry itself, or the words used as common nouns
            if re.match(r"\s+[A-Z]", text[end:]) or covered.overlapping(start, end) or any(
                    (a, b) == (start, end) or a < start or b > end
                    for a, b, _ in untyped.overlapping(start, end)):
                continue
            span = mentions.new_span("Organization", start, end)
            if span.sent < 0:
                continue
            result.add_mention(result.entities[owners[0]], span)
            covered.add(start, end, None)
            added.append(span)
    mentions.add(added)
