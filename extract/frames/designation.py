"""DESIGNATED: a government or agency designates (sanctions) a person or organization.

Constructions:
- verbs: "OFAC designated X", "X was designated (by OFAC)", "X, which OFAC designated",
  "the ROK sanctioned X and Y", "imposed sanctions on X", "froze the assets of X",
  "added X to its list";
- nominalizations: "the designation of X (by Y)", "Y's designation of X", "sanctions on X",
  with a repeated "of" ("the designation by Y of X, of Z and of W");
- "designated X, together with (along with, alongside) Z": Z is designated too;
- a designating sentence that ends in a colon, followed by a list of names;
- "today's action (the designations) targets X" (the act as the subject);
- "those sanctioned include X and Y", "the sanctioned network includes X", "today's
  designations include X", "among the designated entities is X"; "the entity designated
  is X", "among those designated is X" (the act as a reduced relative); "also designated
  today is X" (inverted passive); "the targets (of the sanctions) are X and Y"; "Seoul's
  list includes X";
- an agentless passive in a sanctions release ("X is designated today") names the issuer.
The legal basis ("pursuant to E.O. 13722") is read from the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._act_of import of_the_act
from extract.frames._paths import BY, OBJECT, OF, PURSUANT, SUBJECT, prep
from extract.frames.designation_tail import extend_list
from extract.relation_context import Found

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

DESIGNATORS = ("Agency", "Country")
TARGETS = ("Person", "Organization")
_EO = re.compile(r"\b(?:E\.\s?O\.|EO|Executive\s+Orders?)\s*s?\.?\s*((?:\d{5}(?:\s*,\s*|\s+and\s+|"
                 r"\s*,\s*and\s+|\s+or\s+)?)+)", re.IGNORECASE)
_STATUTES = re.compile(r"Foreign Exchange (?:and Foreign Trade|Transactions) Act|"
                       r"International Emergency Economic Powers Act|IEEPA")


def legal_basis(text: str) -> list[str]:
    """'E.O. 13722 and E.O. 13810', 'Executive Orders 13382 and 13551' -> ['E.O. 13382', ...]."""
    found: list[str] = []
    for match in _EO.finditer(text):
        for number in re.findall(r"\d{5}", match.group(1)):
            label = f"E.O. {number}"
            if label not in found:
                found.append(label)
    for statute in _STATUTES.findall(text):
        label = "IEEPA" if "Emergency" in statute or statute == "IEEPA" else statute
        if label not in found:
            found.append(label)
    return sorted(found)


def designation_properties(hit: Hit, context: DocContext, spec: Yields) -> dict[str, object]:
    """A designation's properties: the legal basis its sentence states, or the sentence
    that leads its list (the frames' `properties` hook, shared by the designation frames)."""
    text = context.sentence_text(hit.sent)
    lead = context.leads.get(hit.sent)
    if lead is not None:
        text = context.sentence_text(lead) + " " + text
    basis = legal_basis(text)
    return {"legal_basis": basis} if basis else {}


def _announcer(hit: Hit, context: DocContext) -> None:
    """"OFAC said in announcing the designations": the agency that speaks is the one that
    announces (a quote's speaker is otherwise no actor, extract/modality.py); only an agency
    or a state, never an official who speaks for it."""
    from extract.arguments import entities_of

    word = hit.word
    if hit.roles.get("agent") or word.dep_ != "pcomp" or word.head.dep_ != "prep":
        return
    verb = word.head.head
    if verb.lemma_ not in {"say", "state"}:
        return
    found = [e for c in verb.children if c.dep_ == "nsubj"
             for e in entities_of(c, context.index)
             if e in context.entities and context.entities[e].type in DESIGNATORS
             and context.entities[e].properties.get("code") != "KP"]
    if found:
        hit.roles["agent"] = found
        hit.paths["agent"] = 99


_FREEZE_DEPS = "dobj|nsubjpass|ccomp"


def _asset_freeze(hit: Hit, context: DocContext, spec: Yields) -> dict[str, object] | None:
    """"imposed asset freezes on X" (not "a hiring freeze on X")."""
    for freeze in hit.word.children:
        if freeze.dep_ in _FREEZE_DEPS.split("|") and freeze.lower_ in {"freeze", "freezes"} \
                and any(c.lower_ in {"asset", "assets"} and c.dep_ in {"compound", "nsubj"}
                        for c in freeze.children):
            return designation_properties(hit, context, spec)
    return None


def _action_targets(hit: Hit, context: DocContext, spec: Yields) -> dict[str, object] | None:
    """"The targets are A and B" names the action's targets, and so does "the targets of
    the (new) sanctions are A and B"; "the targets of the fraud were A and B" names someone
    else's, and "the targets of the UN sanctions" or "of the 2017 sanctions" another act's."""
    for subject in hit.word.children:
        if subject.dep_ == "nsubj" and any(c.dep_ == "prep" and not of_the_act(c)
                                           for c in subject.children):
            return None
    return designation_properties(hit, context, spec)


_YIELDS = (Yields("DESIGNATED", ("agent",), ("target",)),)
# verbs that put a sanction on someone ("imposed/implemented/unveiled sanctions on X")
_IMPOSING = ("impose", "place", "levy", "announce", "slap", "issue", "implement", "apply",
             "adopt", "introduce", "unveil", "enact")
_MEASURES = "sanctions|sanction|measures"
_ON_THE_MEASURES = (f">dobj[{_MEASURES}] >prep[on|against] >pobj",
                    f">nsubjpass[{_MEASURES}] >prep[on|against] >pobj")
# the release's act as the subject of "target": "Today's action targets X", "the
# designations target X", "OFAC's sanctions target X"
_ACTS = "action|actions|designation|designations|sanctions|measures"
_DESIGNATED = "designated|sanctioned|targeted"
_DESIGNATIONS = "designation|designations|listing|listings"
_TYPES = {"agent": DESIGNATORS, "target": TARGETS}
# "those designated by OFAC include": its own agent; "added to the UK Sanctions List": the owner
_SET_BY = (f">nsubj >acl[{_DESIGNATED}] >agent >pobj",)
_OWNER = ">pobj[list|lists|blacklist] >compound|poss"
# "designated A in 2019, together with B", "along with B", "alongside B": the companion of
# the object is designated by the same act (an agent never fills it: a co-designator is an
# agency or a state, which the target role does not take)
_TOGETHER = (">prep[with] +advmod[together] >pobj", ">prep[along] >prep[with] >pobj",
             ">prep[alongside] >pobj")
# a nominalization's repeated "of" ("the designation of X and of Z")
_NOUN_TARGET = (*OF, *prep("on|against"), ">prep[of] >conj[of] >pobj")

FRAMES = (
    Frame("designation", 1, ("designate", "sanction", "blacklist", "redesignate"),
          # "OFAC's action designates X": the action's owner; "Also designated (today) is
          # X": the passive inverted, its subject under the auxiliary
          {"agent": (*SUBJECT, ">nsubj[action|actions|measures] >poss"),
           "target": (*OBJECT, ">auxpass >nsubj|attr", *_TOGETHER, *PURSUANT)},
          _YIELDS, role_types=_TYPES,
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          complete=extend_list, base_confidence=0.85),
    # "imposed sanctions on X": the parser hangs "on X" on the verb or on the noun
    Frame("designation-impose", 1, _IMPOSING,
          {"agent": SUBJECT, "target": (*prep("on|against"), *_ON_THE_MEASURES)},
          _YIELDS, role_types=_TYPES,
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          requires=(">dobj|nsubjpass[sanctions|sanction|measures]",), complete=extend_list,
          base_confidence=0.8),
    # "Tokyo imposed asset freezes on X": an asset freeze is a sanction (a hiring freeze
    # or a freeze on prices is none: the noun needs "asset(s)"); the parser may misread
    # "asset freezes" as a clause ("asset" its subject, "freezes" its verb)
    Frame("designation-asset-freeze", 1, _IMPOSING,
          {"agent": SUBJECT,
           "target": (*prep("on|against"), f">{_FREEZE_DEPS}[freeze|freezes] >prep[on|against] "
                      ">pobj")},
          _YIELDS, role_types=_TYPES,
          defaults={"agent": "designator"}, dated="act", properties=_asset_freeze,
          requires=(f">{_FREEZE_DEPS}[freeze|freezes]",),
          complete=extend_list, base_confidence=0.7),
    Frame("designation-freeze", 1, ("freeze", "block"),
          {"agent": SUBJECT,
           "target": (">dobj >prep[of] >pobj", ">nsubjpass >prep[of] >pobj",
                      ">dobj >poss", ">nsubjpass >poss")},
          _YIELDS, role_types=_TYPES, defaults={"agent": "designator"}, dated="act",
          properties=designation_properties, base_confidence=0.75),
    # "Those sanctioned (today) include A and B", "The sole entity designated is A": the
    # act is a reduced relative on the subject, the targets are what the sentence says it
    # includes or is; the issuer designates
    Frame("designation-include", 1, ("include",),
          {"agent": _SET_BY, "target": OBJECT}, _YIELDS, role_types=_TYPES,
          requires=(f">nsubj >acl[{_DESIGNATED}]",),
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          complete=extend_list, base_confidence=0.8),
    # "The sanctioned network includes A and B": the act as an adjective on the subject
    Frame("designation-include-adjective", 1, ("include",),
          {"agent": (), "target": OBJECT}, _YIELDS, role_types=_TYPES,
          requires=(f">nsubj >amod[{_DESIGNATED}]",),
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          complete=extend_list, base_confidence=0.7),
    # "Today's designations include A and B" (not "the targets of the fraud included")
    Frame("designation-acts-include", 1, ("include",),
          {"agent": (">nsubj >poss",), "target": OBJECT}, _YIELDS, role_types=_TYPES,
          requires=(">nsubj[designations|designees|targets]",),
          defaults={"agent": "designator"}, dated="act", properties=_action_targets,
          complete=extend_list, base_confidence=0.7),
    Frame("designation-set", 1, ("be",),
          {"agent": _SET_BY, "target": (">attr",)}, _YIELDS, pos=("AUX", "VERB"),
          role_types=_TYPES, requires=(f">nsubj >acl[{_DESIGNATED}]",),
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          complete=extend_list, base_confidence=0.75),
    # "The targets are A, B and C" (of the action the release announces)
    Frame("designation-targets", 1, ("be",),
          {"agent": (), "target": (">attr",)}, _YIELDS, pos=("AUX", "VERB"),
          role_types=_TYPES, requires=(">nsubj[targets|designees]",),
          defaults={"agent": "designator"}, dated="act", properties=_action_targets,
          complete=extend_list, base_confidence=0.7),
    # "Seoul's list includes A and B": the list's owner designates
    Frame("designation-list-includes", 1, ("include",),
          {"agent": (">nsubj[list|lists] >poss",), "target": (">dobj",)}, _YIELDS,
          role_types=_TYPES, requires=(">nsubj[list|lists] >poss",), dated="act",
          properties=designation_properties, base_confidence=0.7),
    # "Among those designated today is A"
    Frame("designation-among", 1, ("be",),
          {"agent": (f">prep[among] >pobj >acl[{_DESIGNATED}] >agent >pobj",),
           "target": (">nsubj",)}, _YIELDS, pos=("AUX", "VERB"), role_types=_TYPES,
          requires=(f">prep[among] >pobj >acl[{_DESIGNATED}]",),
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          complete=extend_list, base_confidence=0.75),
    # "Among the designated entities is A"
    Frame("designation-among-adjective", 1, ("be",),
          {"agent": (), "target": (">nsubj",)}, _YIELDS, pos=("AUX", "VERB"),
          role_types=_TYPES, requires=(f">prep[among] >pobj >amod[{_DESIGNATED}]",),
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          complete=extend_list, base_confidence=0.7),
    # "added X to its list", "to the Specially Designated Nationals and Blocked Persons
    # List" (the parser makes "Nationals" the object, "List" its conjunct)
    Frame("designation-list", 1, ("add",),
          {"agent": (*SUBJECT, f">prep[to] {_OWNER}"), "target": OBJECT}, _YIELDS,
          role_types=_TYPES, requires=(">prep[to] >pobj[list|lists|blacklist|nationals]",),
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          complete=extend_list, base_confidence=0.8),
    # the same act where the parser hangs "to the list" on the object ("added X to its
    # Specially Designated Nationals list"): one construction, one id and one dev record
    Frame("designation-list", 1, ("add",),
          {"agent": (*SUBJECT, f">dobj >prep[to] {_OWNER}"), "target": OBJECT}, _YIELDS,
          role_types=_TYPES, requires=(">dobj >prep[to] >pobj[list|lists|blacklist|nationals]",),
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          complete=extend_list, base_confidence=0.8),
    # "X was placed (put) under sanctions", "Treasury put X on its sanctions list"
    Frame("designation-under", 1, ("place", "put", "bring"),
          {"agent": SUBJECT, "target": OBJECT}, _YIELDS, role_types=_TYPES,
          requires=(">prep[under|on] >pobj[sanctions|sanction|list|blacklist]",),
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          base_confidence=0.75),
    # "Today's action targets X", "The designations target X and Y": the act is the
    # subject; its owner designates ("OFAC's action"), else the designator in force.
    # Only the act itself: "the workers target companies" is no designation
    Frame("designation-act-targets", 1, ("target",),
          {"agent": (f">nsubj[{_ACTS}] >poss", f">nsubj[{_ACTS}] >compound"),
           "target": (">dobj",)}, _YIELDS, role_types=_TYPES, requires=(f">nsubj[{_ACTS}]",),
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          complete=extend_list, base_confidence=0.7),
    # "OFAC announced the designations (of X)", "Treasury said in announcing the
    # sanctions designations": the one announcing its designations made them; it is the
    # designator the release's agentless passives continue ("X was designated under ...")
    Frame("designation-announced", 1, ("announce", "unveil"),
          {"agent": SUBJECT, "target": (">dobj >prep[of] >pobj", ">nsubjpass >prep[of] >pobj")},
          _YIELDS, role_types=_TYPES, requires=(f">dobj|nsubjpass[{_DESIGNATIONS}]",),
          defaults={"agent": "designator"}, dated="act", properties=designation_properties,
          complete=_announcer, base_confidence=0.7),
    Frame("designation-noun", 1, ("designation", "sanction"),
          {"agent": BY, "target": _NOUN_TARGET}, _YIELDS, pos=("NOUN",), role_types=_TYPES,
          dated="act", properties=designation_properties, base_confidence=0.7),
)


def list_designators(context: DocContext, sent: int, before: int | None = None) -> list[str]:
    """The designator of a list's designating sentence: the agency or state it names (before
    the character `before`, where given), an office before its owner, never North Korea;
    else the release's issuer."""
    agents = [m.entity for m in context.mentions.in_sentence(sent)
              if m.entity in context.entities and (before is None or m.start < before)
              and context.entities[m.entity].type in DESIGNATORS
              and context.entities[m.entity].properties.get("code") != "KP"]
    agents = list(dict.fromkeys(agents))
    return _not_possessors(agents, sent, context)[:1] or context.issuers()


def listed_designation(agent: str, target: str, sent: int, word: int, basis: list[str],
                       frame: str, kind: str) -> Found:
    """One DESIGNATED of a list item, with the designating word and any legal basis."""
    props: dict[str, object] = {"_word": word}
    if basis:
        props["legal_basis"] = basis
    return Found("DESIGNATED", agent, target, sent, props, frame, kind)


def _not_possessors(agents: list[str], sent: int, context: DocContext) -> list[str]:
    """In "the Department's Office ... designated", the office acts: a designator named
    only as the possessor of another one ("A's B") gives way to it."""
    possessed = context.index.possessed
    owners = {m.entity for m in context.mentions.in_sentence(sent)
              if m.entity in agents and possessed.get(m.tok_start) in agents}
    return [a for a in agents if a not in owners] or agents


def _frame_words(context: DocContext) -> list[tuple[str, str, int, int, int]]:
    from extract.frames._compile import matches

    return [m for m in matches(context.doc) if m[0].startswith("designation")]


# a list of targets under a designating sentence: extract/frames/designation_items.py
DOCUMENT_RULES = ()
