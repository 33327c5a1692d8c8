"""DESIGNATED where news names the designated set by how it was listed, then its members.

Constructions (the designator is the one in force: the agent the document last named as
designating, else the issuer of a sanctions release):
- "Individuals and firms named in the new round of sanctions include A, B and C", "The two
  people added to the sanctions list are A and B", "Entities listed in today's action
  are ...": the subject is restricted by a participle of listing (named, listed, added,
  included) in or to a sanctions act or list, and the sentence is about sanctions (so
  "the men named in the indictment include" and "the firms added to the client list" are
  not designations);
- "The sanctioned individuals, including A, B and C, belong to ...": the designated set as
  the definite subject of its clause, its members after "including". Only a bare
  participle: "the already sanctioned units, including A" recalls an earlier act, and
  "UN-sanctioned firms, including B" are another body's; and only a definite subject ("a
  sanctioned bank, including" is no set the document acts on);
- "A and B, also sanctioned, ran a restaurant in Laos": a participle set off by commas
  after the names, which the parser may read as an active verb with the names as its
  subject (a past participle with a subject and no auxiliary is no active verb);
- "The sanctions target A and B" where the parser took "target" for a noun compounded
  with "sanctions" but gave it a direct object (the verb misread).
The members after the first come from extract/frames/designation_tail.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames.designation import DESIGNATORS, TARGETS, designation_properties
from extract.frames.designation_tail import extend_list

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_TYPES = {"agent": DESIGNATORS, "target": TARGETS}
_YIELDS = (Yields("DESIGNATED", ("agent",), ("target",),
                  when=lambda a, b: a.properties.get("code") != "KP"),)
_LISTED = "named|listed|added|included"
_SANCTIONS_ACTS = ("sanctions|designations|action|actions|list|lists|blacklist|round|package|"
                   "batch|tranche")
_REQUIRES = (f">nsubj >acl[{_LISTED}] >prep[in|to|on|under] >pobj[{_SANCTIONS_ACTS}]",)
# sanctions as the act, not as the law a crime breaks ("sanctions evasion")
_SANCTIONS_TALK = re.compile(
    r"\b(?:sanction(?:s|ed)?\b(?!\s+(?:evasion|violations?|laws?|compliance|risks?))|"
    r"designat(?:ed|ion|ions)\b|blacklist\w*|SDN\b)", re.IGNORECASE)
_RECALLING = frozenset({"already", "previously", "earlier", "formerly", "once", "long"})


def _in_sanctions_talk(hit: Hit, context: DocContext, spec: Yields
                       ) -> dict[str, object] | None:
    if not _SANCTIONS_TALK.search(context.sentence_text(hit.sent)):
        return None
    return designation_properties(hit, context, spec)


def _the_designated_set(hit: Hit, context: DocContext, spec: Yields
                        ) -> dict[str, object] | None:
    """"The sanctioned individuals, including ...": a bare participle on a definite
    subject."""
    word, head = hit.word, hit.word.head
    if word.dep_ != "amod" or head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if any(True for _ in word.children) or (word.i > 0 and word.doc[word.i - 1].text in
                                            {"-", "–"}):
        return None  # "already sanctioned", "UN-sanctioned"
    if any(t.lower_ in _RECALLING for t in head.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"}
               for c in head.children):
        return None
    return designation_properties(hit, context, spec)


def _parenthetical(hit: Hit, context: DocContext, spec: Yields
                   ) -> dict[str, object] | None:
    """", also sanctioned,": a participle between commas, without an auxiliary."""
    word, doc = hit.word, hit.word.doc
    if any(c.dep_ in {"aux", "auxpass"} for c in word.children):
        return None
    before = doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.lower_ == "also" and word.i > 1:
        before = doc[word.i - 2]
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if before is None or after is None or before.text != "," or after.text != ",":
        return None
    return designation_properties(hit, context, spec)


FRAMES = (
    Frame("designation-parenthetical", 1, ("sanction", "designate", "blacklist"),
          {"agent": (), "target": (">nsubj",)}, _YIELDS, anchor={"TAG": "VBN"},
          role_types=_TYPES, defaults={"agent": "designator"}, dated="act",
          properties=_parenthetical, base_confidence=0.6),
    Frame("designation-named-include", 1, ("include",),
          {"agent": (), "target": (">dobj",)}, _YIELDS, role_types=_TYPES,
          requires=_REQUIRES, defaults={"agent": "designator"}, dated="act",
          properties=_in_sanctions_talk, complete=extend_list, base_confidence=0.7),
    Frame("designation-named-are", 1, ("be",),
          {"agent": (), "target": (">attr",)}, _YIELDS, pos=("AUX", "VERB"),
          role_types=_TYPES, requires=_REQUIRES, defaults={"agent": "designator"},
          dated="act", properties=_in_sanctions_talk, complete=extend_list,
          base_confidence=0.7),
    Frame("designation-including", 1, ("sanction", "designate", "blacklist", "sanctioned",
                                          "designated", "blacklisted"),
          {"agent": (), "target": ("<amod >prep[including] >pobj",)}, _YIELDS,
          pos=("ADJ", "VERB"), role_types=_TYPES, defaults={"agent": "designator"},
          dated="act", properties=_the_designated_set, complete=extend_list,
          base_confidence=0.6),
    Frame("designation-target-noun", 1, ("target",),
          {"agent": (), "target": (">dobj",)}, _YIELDS, pos=("NOUN",), role_types=_TYPES,
          requires=(">compound[sanctions|designations|action|actions|measures]",),
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          complete=extend_list, base_confidence=0.6),
)
