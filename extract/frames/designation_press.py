"""DESIGNATED as news and statements word it, beside the verbs of extract/frames/designation.py.

Constructions:
- "Treasury hit X with sanctions" (the sanctions the instrument of "hit");
- "X is (now) subject to U.S. sanctions": the status; its owner is the sanctions' modifier
  ("U.S.", "Japan's"), else the designator the document last named; "X is (remains) under
  U.S. sanctions" only with its owner named, dated only by its sentence; "the
  OFAC-designated X" (the designator hyphenated to the participle), likewise;
- "OFAC targeted X", "took action against X", "OFAC's action against X": words that are a
  designation only where the sentence speaks of sanctions (or the release is a sanctions
  release, or the actor is the sanctions office itself): "the FBI targeted laptop farms" and
  "took action against the scheme" are law enforcement, not a designation.
A possible, planned or denied status ("could be subject to sanctions") is left to
extract/modality.py, like every frame's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._paths import OBJECT, SUBJECT
from extract.frames.designation import DESIGNATORS, TARGETS, legal_basis

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_TYPES = {"agent": DESIGNATORS, "target": TARGETS}
# the DPRK designates nobody in this graph ("North Korea targeted crypto firms")
_YIELDS = (Yields("DESIGNATED", ("agent",), ("target",),
                  when=lambda a, b: a.properties.get("code") != "KP"),)
# sanctions as the act, not as the law a crime breaks ("for sanctions evasion")
_SANCTIONS_TALK = re.compile(
    r"\b(?:sanction(?:s|ed|ing)?\b(?!\s+(?:evasion|violations?|laws?|compliance|risks?|"
    r"regimes?|programs?))|designat(?:e|es|ed|ing|ion|ions)\b|blacklist\w*|SDN\b|"
    r"asset\s+freezes?\b|froze\b|frozen\b)", re.IGNORECASE)
_SANCTIONS_OFFICE = "agency:office-of-foreign-assets-control"


def _basis(hit: Hit, context: DocContext) -> dict[str, object]:
    basis = legal_basis(context.sentence_text(hit.sent))
    return {"legal_basis": basis} if basis else {}


def _stated(hit: Hit, context: DocContext, spec: Yields) -> dict[str, object] | None:
    return _basis(hit, context)


# a noun act that is only proposed or expected states no designation
_NOT_DONE = frozenset({"planned", "proposed", "possible", "potential", "future", "expected",
                       "further", "next", "would-be", "requested", "recommended"})


def _done_act(hit: Hit, context: DocContext, spec: Yields) -> dict[str, object] | None:
    """"Japan's planned freezing of ...", "a possible listing of ...": not an act done."""
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in _NOT_DONE for c in hit.word.children):
        return None
    return _basis(hit, context)


def _of_sanctions(hit: Hit, context: DocContext, spec: Yields) -> dict[str, object] | None:
    """A loose word ("target", "action against") is a designation in sanctions talk only."""
    if context.meta.doc_type == "sanctions_release" or \
            _SANCTIONS_TALK.search(context.sentence_text(hit.sent)) or \
            _SANCTIONS_OFFICE in hit.roles.get("agent", []):
        return _basis(hit, context)
    return None


# the act itself as the subject of "target" ("today's action targets X", "the designations
# target Y"): the designator is then the document's; any other subject that is not a
# designator ("North Korean IT workers target firms such as X") is someone else targeting
_ACTS = frozenset({"action", "designation", "sanction", "measure", "step", "package", "round",
                   "move", "order", "determination", "listing"})


def _targeted_by_act(hit: Hit, context: DocContext,
                     spec: Yields) -> dict[str, object] | None:
    """"target" as a designation: the subject, when not a designator, must be the act."""
    if "agent" not in hit.paths:
        subjects = [c for c in hit.word.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and subjects[0].lemma_.lower() not in _ACTS:
            return None
    return _of_sanctions(hit, context, spec)


_SANCTIONS = "sanctions|sanction"
# "subject to U.S. sanctions", "subject to Japan's sanctions"
_OWNER = tuple(f">prep[to] >pobj[{_SANCTIONS}] >{dep}" for dep in ("compound", "amod", "nmod",
                                                                   "poss"))
# "under U.S. sanctions", "under Japan's sanctions"; "with U.S. sanctions"
_UNDER_OWNER = tuple(o.replace(">prep[to]", ">prep[under]") for o in _OWNER)
_WITH_OWNER = tuple(o.replace(">prep[to]", ">prep[with]") for o in _OWNER)
# "listed X under the DPRK sanctions regime", "on its sanctions list": where X is put
_LISTED_IN = ">prep[under|on|to] >pobj[regime|regimes|list|lists]"
_SANCTIONS_WORDS = frozenset({"sanctions", "sanction", "blacklist", "sdn", "designations"})


def _listed_for_sanctions(hit: Hit, context: DocContext,
                          spec: Yields) -> dict[str, object] | None:
    """"list" designates only onto a sanctions regime or list ("listed the firms on its
    client list", "listed under the heading" are not designations)."""
    for prep in hit.word.children:
        if prep.dep_ == "prep" and prep.lower_ in {"under", "on", "to"} and \
                any(t.lower_ in _SANCTIONS_WORDS for t in prep.subtree):
            return _basis(hit, context)
    return None


def _sanctions_of_another(hit: Hit, context: DocContext) -> None:
    """"X is subject to UN Security Council sanctions": sanctions whose owner the text names
    are that owner's; where the owner is no designator we know (not an entity, or one the
    agent role refuses), the release's designator does not stand in for it."""
    if hit.roles.get("agent"):
        return
    for prep in hit.word.children:
        for sanctions in (c for c in prep.children if prep.lower_ in {"to", "under"}
                          and c.dep_ == "pobj"):
            if any(c.dep_ in {"compound", "amod", "nmod", "poss"}
                   and (c.pos_ == "PROPN" or c.tag_ == "NNP" or c.text[:1].isupper())
                   for c in sanctions.children):
                hit.roles.clear()
                return


# the act as a noun a summary names with its owner and its targets: "Seoul's listing of
# X", "the Treasury's sanctioning of Y", "OFAC's designation on May 23 of Z and of W"
# (the parser hangs "of" on the date), "Japan's freezing of the assets of V"
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december")
_NOUN_ACTS = ("listing", "sanctioning", "freezing", "blacklisting")
_OF_TARGET = (">prep[of] >pobj", ">prep[of] >conj[of] >pobj",
              f">prep[on] >pobj[{_MONTHS}] >prep[of] >pobj",
              ">prep[on] >conj[of] >pobj",
              ">prep[of] >pobj[assets|property] >prep[of] >pobj",
              f">prep[on] >pobj[{_MONTHS}] >prep[of] >pobj[assets|property] >prep[of] >pobj")
# "Seoul's sanctioning of four bodies covered X, Y and Z": what the act covered
_ACT_NOUNS = "designation|designations|sanctioning|listing|listings|freezing|blacklisting"

FRAMES = (
    Frame("designation-noun-act", 1, _NOUN_ACTS,
          {"agent": (">poss", ">prep[by] >pobj"), "target": _OF_TARGET}, _YIELDS,
          pos=("NOUN", "VERB"), role_types=_TYPES, requires=(">poss|prep",),
          dated="act", properties=_done_act, base_confidence=0.6),
    Frame("designation-noun-dated", 1, ("designation", "designations"),
          {"agent": (">poss", ">prep[by] >pobj"), "target": _OF_TARGET[2:]}, _YIELDS,
          pos=("NOUN",), role_types=_TYPES, dated="act", properties=_done_act,
          base_confidence=0.6),
    Frame("designation-act-covers", 1, ("cover", "encompass"),
          {"agent": (f">nsubj[{_ACT_NOUNS}] >poss",), "target": (">dobj",)}, _YIELDS,
          role_types=_TYPES, requires=(f">nsubj[{_ACT_NOUNS}] >poss",), dated="act",
          properties=_stated, base_confidence=0.6),
    # "X was hit with U.S. sanctions": the sanctions' owner, where the verb has no agent
    Frame("designation-hit", 1, ("hit", "slap"),
          {"agent": (*SUBJECT, *_WITH_OWNER), "target": OBJECT}, _YIELDS, role_types=_TYPES,
          requires=(f">prep[with] >pobj[{_SANCTIONS}]",), defaults={"agent": "designator"},
          dated="act", properties=_stated, base_confidence=0.7),
    # "X is subject to U.S. sanctions", "X, which is subject to UN sanctions"
    Frame("designation-subject", 1, ("subject",),
          {"agent": _OWNER, "target": ("<acomp >nsubj", "<amod")}, _YIELDS, pos=("ADJ",),
          role_types=_TYPES, requires=(f">prep[to] >pobj[{_SANCTIONS}]",),
          defaults={"agent": "designator"}, dated="act", properties=_stated,
          complete=_sanctions_of_another, base_confidence=0.6),
    # "X fell (came) under the sanctions", "X came under U.S. sanctions": the status
    # entered; the sanctions' owner designates, else the designator in force ("fell under
    # suspicion", "came under pressure" are no sanctions)
    Frame("designation-fall-under", 1, ("fall", "come"),
          {"agent": _UNDER_OWNER,
           "target": (">nsubj",)}, _YIELDS, role_types=_TYPES,
          requires=(f">prep[under] >pobj[{_SANCTIONS}]",), defaults={"agent": "designator"},
          dated="act", properties=_stated, complete=_sanctions_of_another,
          base_confidence=0.6),
    # "X is (remains) under U.S. sanctions", "has been under Japan's sanctions since 2018":
    # a status an earlier act put X in, so its owner must be named (no designator stands in)
    # and only the sentence dates it ("is under sanctions" is no news of an act)
    Frame("designation-under-status", 1, ("be", "remain", "stay"),
          {"agent": (*_UNDER_OWNER, ">prep[under] >pobj >acl >agent >pobj"),
           "target": (">nsubj",)}, _YIELDS, pos=("AUX", "VERB"), role_types=_TYPES,
          requires=(f">prep[under] >pobj[{_SANCTIONS}]",), dated="event",
          properties=_stated, complete=_sanctions_of_another, base_confidence=0.6),
    # "the OFAC-designated X", "a Treasury-sanctioned company": the designator joined to
    # the participle by a hyphen; an earlier act, dated only by its sentence
    Frame("designation-hyphenated", 1, ("designate", "sanction"),
          {"agent": (">npadvmod",), "target": ("<amod",)}, _YIELDS, role_types=_TYPES,
          requires=(">npadvmod", ">punct[-]"), dated="event", properties=_stated,
          base_confidence=0.6),
    Frame("designation-listed", 1, ("list",),
          {"agent": SUBJECT, "target": OBJECT}, _YIELDS, pos=("VERB",), role_types=_TYPES,
          requires=(_LISTED_IN,), defaults={"agent": "designator"}, dated="act",
          properties=_listed_for_sanctions, base_confidence=0.6),
    Frame("designation-target-verb", 1, ("target",),
          {"agent": SUBJECT, "target": OBJECT}, _YIELDS, role_types=_TYPES,
          defaults={"agent": "designator"}, dated="act", properties=_targeted_by_act,
          base_confidence=0.6),
    # "OFAC took action against X", "OFAC's action against X", "today's action against X"
    Frame("designation-action", 1, ("action", "actions"),
          {"agent": (">poss", "<dobj[take|took|taken|taking|takes] >nsubj"),
           "target": (">prep[against] >pobj",
                      "<dobj[take|took|taken|taking|takes] >prep[against] >pobj")},
          _YIELDS, pos=("NOUN",), role_types=_TYPES,
          defaults={"agent": "designator"}, dated="act", properties=_of_sanctions,
          base_confidence=0.6),
)
