"""DESIGNATED from an annex or a table of targets under a heading that names the act.

"Annex: Individuals and entities designated", then perhaps sub-headings ("Individuals
(4)", "Entities (7)") and numbered or bulleted items, each naming its target first ("1)
Kim Chol Ho: head of ...; involved in ..."). The heading is a line of its own without a
closing period; the items run until the first line that is neither an item nor a short
sub-heading. Each item gives one target: the person or organization its line opens with
(what follows the name, after a colon or a comma, describes it: "head of X Bank" names no
target). A heading that recalls ("Previously designated entities") or plans ("Entities
proposed for designation") opens no such list.

The designator is the one the heading names, else the document's own: the agent of the
first designation the frames read as stated (extract/frames/designation_tail.py notes it),
else the issuer of a sanctions release.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Found

FRAME_ID = "designation-annex.v1"
_ACT = re.compile(r"\b(?:designat(?:ed|ions?)|sanctioned|blacklisted|designees|"
                  r"targets of (?:\w+ )?sanctions|sanctions list)\b", re.IGNORECASE)
_NOT_DONE = re.compile(r"\b(?:previously|already|earlier|formerly|prior|proposed|planned|"
                       r"possible|potential|future|to be|will|may|would|could|delisted|"
                       r"removed|lifted)\b", re.IGNORECASE)
_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)]|\(\d+\)|[a-z][.)])\s+")
# a marker the sentence splitter left on its own, whole or in pieces ("2", ")")
_BARE = re.compile(r"^\s*(?:[-*•]|\d+[.)]?|\(\d+\)|[a-z][.)]|[.)])\s*$")
_HEADING_WORDS = 12
_SUBHEADING_WORDS = 5


def _heading(text: str) -> bool:
    text = text.strip()
    return bool(text) and "\n" not in text and not text.endswith((".", ";", ",")) and \
        len(text.split()) <= _HEADING_WORDS and not _ITEM.match(text)


def _subheading(text: str) -> bool:
    text = text.strip()
    return _heading(text) and len(text.split()) <= _SUBHEADING_WORDS and \
        not _ACT.search(text)


def annex_designations(context: DocContext) -> list[Found]:
    from extract.frames.designation import TARGETS, legal_basis, listed_designation
    from extract.frames.designation_tail import first_designator

    sentences = context.mentions.sentences
    found: list[Found] = []
    i = 0
    while i < len(sentences):
        text = sentences[i].text
        act = _ACT.search(text)
        if not (act and _heading(text) and not _NOT_DONE.search(text)):
            i += 1
            continue
        heading = i
        agents = _named_designators(context, heading) or first_designator(context) or (
            context.issuers() if context.meta.doc_type == "sanctions_release" else [])
        word = next((t.i for t in context.sentence_span(heading)
                     if t.idx - sentences[heading].start >= act.start()), -1)
        basis = legal_basis(text)
        i += 1
        bare = False
        while i < len(sentences) and agents and word >= 0:
            line = sentences[i].text
            if _BARE.match(line):
                bare = True
            elif _ITEM.match(line) or bare:
                target = _first_target(context, i, TARGETS)
                bare = False
                if target is not None:
                    found += [listed_designation(agent, target, i, word, basis, FRAME_ID,
                                                 "annex") for agent in agents]
            elif not _subheading(line):
                break
            i += 1
    return found


def _first_target(context: DocContext, sent: int, types: tuple[str, ...]) -> str | None:
    """The person or organization an item line opens with (after its marker and an
    article), or None when the line opens with something else."""
    sentence = context.mentions.sentences[sent]
    marker = _ITEM.match(sentence.text)
    rest = sentence.text[marker.end() if marker else 0:]
    lead = len(sentence.text) - len(rest.lstrip())
    first = min((m for m in context.mentions.in_sentence(sent)
                 if m.entity in context.entities and m.start >= sentence.start + lead),
                key=lambda m: m.start, default=None)
    if first is None or context.entities[first.entity].type not in types or \
            context.entities[first.entity].unnamed:
        return None
    before = context.mentions.text[sentence.start + lead:first.start].strip().lower()
    return first.entity if before in {"", "the"} else None


def _named_designators(context: DocContext, sent: int) -> list[str]:
    from extract.frames.designation import DESIGNATORS

    return list(dict.fromkeys(
        m.entity for m in context.mentions.in_sentence(sent)
        if m.entity in context.entities and context.entities[m.entity].type in DESIGNATORS
        and context.entities[m.entity].properties.get("code") != "KP"))[:1]


FRAMES = ()
DOCUMENT_RULES = (annex_designations,)
