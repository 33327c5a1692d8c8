"""When the nearest compatible antecedent of a reference is still not its referent.

extract/coref.py walks back from a reference ("he", "the company", "the defendant") to the
nearest entity of a compatible type. That entity is refused, and the reference left
unresolved, when the text does not single it out:
- a rival: the candidate stands in an earlier sentence, and another entity that fits the
  reference just as well stands in that sentence too ("Harbor Nine Ltd. sold the servers
  to Corran Systems Inc. The company then ..." could be either firm; within one sentence
  the nearest one before the reference is kept: "A and its president");
- a heading between them: a new section ("2. The plea", "A borrowed life") starts a new
  topic, and what it says is not said of the last section's actors;
- a quote's speaker: the official who "said" something is the source of the quote, and
  what the next sentence tells is not the speaker's act;
- a stated gender that disagrees: "he" is never a person the text calls a woman or "Ms.",
  "she" never one it calls a man or "Mr." (a person whose gender the text does not state
  fits either).
A plural description ("about 40 U.S. companies", "real U.S. persons") is never a singular
reference at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from extract import modality
from extract.mentions import DocMentions, MentionSpan
from graph.model import ExtractedEntity

_FEMALE = frozenset({"woman", "women", "mother", "wife", "daughter", "sister",
                     "businesswoman", "girl"})
_MALE = frozenset({"man", "men", "father", "husband", "son", "brother", "businessman", "boy"})
_HONORIFIC = re.compile(r"\b(?P<title>Mr|Ms|Mrs|Miss)\.?\s+$")
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female",
                   "her": "female"}
# a line of its own that does not end a sentence: a heading
_SENTENCE_END = re.compile(r"[.!?:;,\"”’')\]]\s*$")


def plural_description(e: ExtractedEntity) -> bool:
    """An unnamed actor the text describes in the plural ("about 40 U.S. companies", "real
    U.S. persons"): number disagrees with every singular reference."""
    if not e.unnamed:
        return False
    head = e.name.lower().split()[-1] if e.name.split() else ""
    return bool(e.count) or head in {"people", "men", "women"} or (
        head.endswith("s") and not head.endswith("ss"))


def stated_gender(e: ExtractedEntity, text: str) -> str:
    """"male", "female" or "" when the text states none: a description's head noun ("an
    Ohio woman"), an honorific before a name ("Ms. Roe")."""
    if e.unnamed:
        words = set(e.name.lower().split())
        return "female" if words & _FEMALE else "male" if words & _MALE else ""
    for m in e.mentions:
        title = _HONORIFIC.search(text[max(0, m.start - 6):m.start])
        if title:
            return "male" if title.group("title") == "Mr" else "female"
    return ""


def gender_disagrees(word: str, e: ExtractedEntity, text: str) -> bool:
    wanted = _PRONOUN_GENDER.get(word, "")
    found = stated_gender(e, text) if wanted else ""
    return bool(wanted and found and found != wanted)


def heading_between(text: str, start: int, end: int) -> bool:
    """Whether a heading line stands wholly between two offsets."""
    lines = text[start:end].split("\n")
    return any(line.strip() and len(line.strip()) <= 80 and not _SENTENCE_END.search(line)
               for line in lines[1:-1])


def is_speaker(doc: Doc | None, x: MentionSpan) -> bool:
    """Whether the mention is the speaker of a quote ("..., Jane Roe said")."""
    if doc is None or x.tok_start < 0:
        return False
    return any(modality.is_speaker(doc[i]) for i in range(x.tok_start, min(x.tok_end, len(doc))))


def has_rival(mentions: DocMentions, m: MentionSpan, x: MentionSpan,
              fits: Callable[[MentionSpan], bool], doc: Doc | None = None) -> bool:
    """Whether another entity that fits the reference as well as the candidate `x` is named
    in the candidate's sentence."""
    for y in mentions.in_sentence(x.sent):
        if y.entity and y.entity != x.entity and y.end <= m.start and \
                "group" not in y.props and fits(y) and not _apposed(mentions.text, x, y) \
                and not _place_beside_subject(doc, m, x, y):
            return True
    return False


# the prepositions that make a state the place of an act ("sends workers to Russia")
_PLACE_PREPS = frozenset({"in", "to", "from", "into", "across", "throughout", "within", "at",
                          "via", "inside"})


def _place_beside_subject(doc: Doc | None, m: MentionSpan, x: MentionSpan,
                          y: MentionSpan) -> bool:
    """"A sends developers to Russia. It is being designated ...": an "it" that is its
    clause's subject takes up the subject of the sentence before; a state that sentence
    names only as a place ("to Russia", "in China") does not compete with it."""
    if doc is None or min(m.tok_start, x.tok_start, y.tok_start) < 0:
        return False
    it, candidate, rival = doc[m.tok_start], doc[x.tok_end - 1], doc[y.tok_end - 1]
    if it.lower_ != "it" or it.dep_ not in {"nsubj", "nsubjpass"} or \
            candidate.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return rival.dep_ == "pobj" and rival.head.lower_ in _PLACE_PREPS and \
        y.label == "Country"


def _apposed(text: str, x: MentionSpan, y: MentionSpan) -> bool:
    """"X, a North Korean company": the description right after the name is the name's; in
    "Bureau 121 of the Reconnaissance General Bureau" the of-phrase names the unit's parent,
    and the phrase is about the unit."""
    return y.start >= x.end and bool(re.fullmatch(r"\s*[,(]\s*|\s+of\s+(?:the\s+)?",
                                                  text[x.end:y.start]))
