"""Defined terms: a set of named actors the text itself names, as legal drafting does.

An indictment, a complaint or a settlement names its parties once and gives the set a
capitalised term: 'Defendant JANE ROE, age 31, defendant ANN REED, age 27, and defendant
MIA LANE, age 36 (together, the "Defendants"), were members of ...'. From then on "the
Defendants" is exactly that set, however far away ("The Defendants stole $5 million"). The
construction read here:
- a parenthesis holding a quoted, capitalised plural term, optionally after "together",
  "collectively" or "jointly" ('(collectively, the "Subject Companies")', '(the "Sellers")');
- right before it, a list of two or more named actors of one type (persons or
  organizations) joined by "and", each item carrying at most its age or place and a role
  word ("defendant A, age 31, and defendant B");
- later, "the <term>" (any case: a writer may not keep the capital) stands for every member.
Nothing else is resolved: a term after one name is an alias (extract/resolve/aliases.py),
a term after a list that mixes types or goes on past its names ("A, B and others") defines
no set of named actors, and the words before the definition are not the set.
"""

from __future__ import annotations

import re

from extract.groups import GROUP_TYPES, group_spans
from extract.mentions import DocMentions, MentionSpan
from extract.resolve.base import DocEntities

_DEFINITION = re.compile(
    r"\(\s*(?:(?:together|collectively|jointly)\s*,?\s*)?(?:the\s+)?[\"“](?P<term>"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})[\"”]\s*\)")
_PLACE = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
# what one item may carry: its age ("age 31", "31") and place ("of Mesa, Arizona")
_ABOUT = (rf"(?:\s*,\s*(?:age\s+)?\d{{1,3}})?(?:\s*,\s*(?:of|from)\s+{_PLACE}"
          rf"(?:,\s*{_PLACE})?)?")
_ROLE = r"(?:(?:co-)?defendants?|respondents?|petitioners?|plaintiffs?)\s+"
# between two items: the first one's age or place, a comma or "and", the next one's role
_GAP = re.compile(rf"{_ABOUT}\s*(?:,\s*(?:and\s+)?|and\s+)(?:{_ROLE})?", re.IGNORECASE)
_JOINED = re.compile(r"\band\b", re.IGNORECASE)
_TAIL = re.compile(rf"{_ABOUT}\s*,?\s*", re.IGNORECASE)


def _named(m: MentionSpan, result: DocEntities) -> str:
    e = result.entities.get(m.entity) if m.entity else None
    if e is None or e.unnamed or e.type not in GROUP_TYPES or "reference" in m.props:
        return ""
    return e.id


def _list_before(mentions: DocMentions, result: DocEntities, at: int) -> tuple[str, ...]:
    """The named actors listed right before the character `at` in its sentence."""
    sent = mentions.sentence_at(at)
    before = sorted((m for m in mentions.in_sentence(sent) if m.end <= at and m.entity),
                    key=lambda m: m.start)
    if not before or not _named(before[-1], result):
        return ()
    if not _TAIL.fullmatch(mentions.text[before[-1].end:at]):
        return ()  # something else stands between the last name and the term
    items = [before[-1]]
    joined = False
    for m in reversed(before[:-1]):
        if m.end > items[-1].start:
            continue  # a mention inside another (a place inside a name)
        gap = mentions.text[m.end:items[-1].start]
        if not _named(m, result) or not _GAP.fullmatch(gap):
            break
        joined = joined or bool(_JOINED.search(gap))
        items.append(m)
    types = {result.entities[_named(m, result)].type for m in items}
    members = tuple(dict.fromkeys(_named(m, result) for m in reversed(items)))
    if len(members) < 2 or not joined or len(types) != 1:
        return ()
    return members


def resolve_defined_terms(mentions: DocMentions, result: DocEntities) -> list[MentionSpan]:
    """Add one mention per member for every later "the <term>"; return them."""
    added: list[MentionSpan] = []
    text = mentions.text
    for definition in _DEFINITION.finditer(text):
        term = definition.group("term")
        if not term.endswith("s"):
            continue  # a singular term names one actor: an alias, not a set
        members = _list_before(mentions, result, definition.start())
        if not members:
            continue
        use = re.compile(rf"\bthe\s+{re.escape(term)}\b", re.IGNORECASE)
        for found in use.finditer(text, definition.end()):
            start, end = found.start(), found.end()
            sent = mentions.sentence_at(start)
            if sent < 0 or any(m.entity and m.start < end and start < m.end
                               for m in mentions.in_sentence(sent)):
                continue
            spans = group_spans(mentions, result.entities, start, end, members, "defined")
            mentions.add(spans)
            added.extend(spans)
    return added
