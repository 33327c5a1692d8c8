"""CONTROLLED_BY: an organization (or its workers) answers to a unit, state or person.

Constructions: "Y controls/runs/owns/directs/oversees/manages/leads/heads X", "X is
controlled/run/owned by Y", "companies controlled by Y"; "Y dispatches/sends/deploys
workers"; "X is subordinate to Y", "X is a subordinate organization of Y", "X operates
under Y"; "X, a unit/subsidiary/part/arm of Y", "X is part of Y"; "under the
direction/control/command of Y"; "X acts/works for (or on behalf of) a state or DPRK
unit"; "X is affiliated with / linked to Y" between organizations; "X's president, P" and
"P, the president of X" (the firm answers to P); a state's possessive before a unit's
name ("the DPRK's Bureau 121"); "X-controlled (owned) Y"; "X answers (directly) to Y";
"X, a company (the organization) under / within Y"; the sanctions formula whose object
the parser leaves dangling ("owned or controlled by, or having acted for or on behalf of,
directly or indirectly, Y": Y is the next noun after the preposition).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.frames import Frame, Yields
from extract.frames._past import present_only
from extract.frames._paths import HOLDER, OBJECT, PREDICATIVE, SUBJECT, prep
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

RULED = ("Organization", "Person")
RULERS = ("Organization", "Agency", "Country", "Person")
_STATE_KINDS = frozenset({"dprk_unit", "group", "worker_group"})


def not_a_firm_of_a_person(ruled: ExtractedEntity, ruler: ExtractedEntity) -> bool:
    """A person does not control a person; a worker group controls nobody."""
    if ruled.type == "Person" and ruler.type == "Person":
        return False
    return ruler.properties.get("kind") != "worker_group"


def for_a_state(ruled: ExtractedEntity, ruler: ExtractedEntity) -> bool:
    """Working for a state or a DPRK unit is control; for a firm it is a job."""
    return ruler.type in {"Country", "Agency"} or ruler.properties.get("kind") in _STATE_KINDS


def between_organizations(ruled: ExtractedEntity, ruler: ExtractedEntity) -> bool:
    return ruled.type == "Organization" and ruler.type != "Person" and \
        not_a_firm_of_a_person(ruled, ruler)


_YIELDS = (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=not_a_firm_of_a_person),)
# "X is designated for being owned or controlled by Y": the one designated is the one a
# passive gerund of the reason describes (an active one, "for controlling Y", is not here)
_FOR_BEING_AT = len(OBJECT)
# The reason may hang on "pursuant" ("designated X pursuant to E.O. N for being owned by
# Y"), which the parser misreads (extract/frames/_paths.py PURSUANT): X is then its subject
# or its compound, or the object of the verb whose clause it is
_REASON_HOLDERS = (*(f"<prep >{dep}" for dep in ("dobj", "nsubjpass")),
                   "<prep[pursuant] >nsubj|compound",
                   *(f"<prep[pursuant] <ccomp|oprd|advcl >{dep}"
                     for dep in ("dobj", "nsubjpass")))
_FOR_BEING = tuple(f"{conj}+auxpass <pcomp[for] {holder}" for conj in ("", "<conj ")
                   for holder in _REASON_HOLDERS)
_TYPES = {"ruled": RULED, "ruler": RULERS}
# "controlled by North Korea's military", "by the North Korean government": a state's
# government, army or regime stands for the state that owns it
_STATE_ORGANS = "government|regime|military|army|leadership|authorities"
_BY_THE_STATE = tuple(f">agent >pobj[{_STATE_ORGANS}] >{dep}" for dep in ("poss", "amod",
                                                                         "compound"))
# "X is designated as an entity controlled by Y": the one designated is the entity
_DESIGNATED_AS = ("@VBN <acl <pobj[as] <prep >nsubjpass", "@VBN <acl <pobj[as] <prep >dobj")


# "linked to", "tied to", "associated with", "affiliated with" name a tie, not its direction:
# a firm tied to a state body (a ministry, a bureau, a DPRK unit or cyber group, the state)
# is that body's, but a firm tied to another firm or bank may be its partner, client or
# sister company ("A is linked to B and extends the same business into Russia")
_TIES = frozenset({"link", "tie", "associate", "affiliate"})
_STATE_BODY_KINDS = frozenset({"dprk_unit", "group"})


def _linked_to_a_state_body(hit: Hit, context: DocContext) -> None:
    if hit.word.lemma_ not in _TIES:
        return
    rulers = hit.roles.get("ruler", [])
    kept = [e for e in rulers if context.entities[e].type in {"Agency", "Country"}
            or context.entities[e].properties.get("kind") in _STATE_BODY_KINDS]
    if rulers and not kept:
        hit.roles.clear()
    elif kept:
        hit.roles["ruler"] = kept


def _described(hit: Hit, context: DocContext) -> None:
    """"A and B, cyber units of Y": a plural appositive describes every item of the list
    (extract/frames/_together.py); a ruler among the ruled is none."""
    from extract.frames._together import described_together

    described_together(hit, context, "ruled")
    ruled = set(hit.roles.get("ruled", []))
    hit.roles["ruler"] = [e for e in hit.roles.get("ruler", []) if e not in ruled]


# "manages a delegation of workers subordinate to Y": the parser hangs a postposed adjective
# on the verb; it describes the object it follows, when nothing stands between them
_AFTER_OBJECT = "<advcl >dobj"


def _subordinate(hit: Hit, context: DocContext) -> None:
    if hit.paths.get("ruled") == _SUBORDINATE_RULED.index(_AFTER_OBJECT):
        objects = [c for c in hit.word.head.children if c.dep_ == "dobj"]
        if hit.word.pos_ != "ADJ" or not objects or \
                objects[0].right_edge.i + 1 != hit.word.i:
            hit.roles.clear()
            return
    _linked_to_a_state_body(hit, context)


def _by_its_agent(hit: Hit, context: DocContext) -> None:
    """In "X and Y are designated for being owned by Z" the subject of "designated" is the
    one owned: a passive gerund takes its ruler from its own "by", never from that subject."""
    _dangling_object(hit, context)
    if hit.paths.get("ruled", -1) < _FOR_BEING_AT:
        return
    ruled = set(hit.roles.get("ruled", []))
    hit.roles["ruler"] = [e for e in hit.roles.get("ruler", []) if e not in ruled]


def _acting_for(hit: Hit, context: DocContext) -> None:
    """`_dangling_object`; a person who works for a DPRK unit holds a post in it
    (employment.py gives EMPLOYED_AT), while one who acts for it is its agent."""
    _dangling_object(hit, context)
    ruled = hit.roles.get("ruled", [])
    if hit.word.lemma_ == "work" and ruled and all(
            context.entities[e].type == "Person" for e in ruled):
        hit.roles["ruler"] = [e for e in hit.roles.get("ruler", [])
                              if context.entities[e].properties.get("kind") != "dprk_unit"]


# words of the formula that may stand between a dangling preposition and its object
_FORMULA_NOUNS = frozenset({"behalf"})


def _dangling_object(hit: Hit, context: DocContext) -> None:
    """"owned or controlled by, or having acted for or on behalf of, directly or
    indirectly, Y": the parser leaves "by" and "of" without an object and hangs Y elsewhere.
    A preposition of the predicate's own phrase with no object takes the next noun of the
    sentence, when no other noun comes between (an adverb, a comma, a conjunction or the
    formula's verbs may) and that noun is an entity's."""
    if hit.roles.get("ruler"):
        return
    sentence_end = hit.sentence.end
    for word in hit.word.subtree:
        if word.lower_ not in {"by", "of"} or word.dep_ not in {"prep", "agent"} or any(
                c.dep_ in {"pobj", "pcomp"} for c in word.children):
            continue
        if word.lower_ == "of" and word.head.lower_ not in _FORMULA_NOUNS:
            continue
        if not _in_own_phrase(word, hit.word):
            continue
        for token in word.doc[word.i + 1:sentence_end]:
            if token.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and \
                    token.lower_ not in _FORMULA_NOUNS:
                entity = context.index.at(token)
                found = context.entities.get(entity) if entity else None
                if found is not None and found.type in RULERS:
                    hit.roles["ruler"] = [entity]
                    hit.paths.setdefault("ruler", 99)
                return


_PHRASE = frozenset({"prep", "agent", "conj", "xcomp", "pobj", "pcomp"})


def _in_own_phrase(word: Token, predicate: Token) -> bool:
    """The word hangs on the predicate through prepositions, coordination and infinitives
    only (not inside a clause that describes one of its arguments)."""
    while word.i != predicate.i:
        if word.dep_ not in _PHRASE or word.head.i == word.i:
            return False
        word = word.head
    return True


# the words that make an officer the firm's head: "chief executive officer"
_CHIEF_WORDS = frozenset({"chief", "executive"})


def _the_chief_officer(hit: Hit, context: DocContext) -> None:
    """An officer heads the firm only as its chief executive: "chief information security
    officer", "chief financial officer" name the head of one function, who runs no firm.
    Every word modifying "officer" (and their own modifiers) must be "chief" or "executive"."""
    modifiers = [w for c in hit.word.children if c.dep_ in {"amod", "compound"}
                 for w in c.subtree if w.i < hit.word.i and w.dep_ in {"amod", "compound"}]
    if any(w.lower_ not in _CHIEF_WORDS for w in modifiers):
        hit.roles.pop("ruler", None)


def _titled_head(hit: Hit, context: DocContext) -> None:
    """"its CEO Pak Chol Su", "Hanul Trading president Pak Chol Su": the head named right
    after the post noun (extract/frames/_named_title.py)."""
    from extract.frames._named_title import titled_person

    if hit.roles.get("ruler"):
        return
    from extract.frames._copula import lost_subject

    person = titled_person(hit.word, context) or next(iter(lost_subject(hit.word, context)),
                                                      "")
    if not person:
        return
    hit.roles["ruler"] = [person]
    hit.paths.setdefault("ruler", 0)


_SUBORDINATE_RULED = (*PREDICATIVE, *HOLDER, _AFTER_OBJECT)
# "CEO" written as a proper noun keeps its case as lemma
_HEADS = ("president", "head", "chief", "director", "chairman", "owner", "ceo", "CEO",
          "leader", "founder", "commander", "manager", "executive")

FRAMES: tuple[Frame, ...] = (
    Frame("control", 1, ("control", "run", "own", "direct", "oversee", "manage", "lead", "head",
                         "supervise", "command", "operate", "administer", "dispatch",
                         "deploy", "found", "establish", "keep", "maintain", "field", "send",
                         "station"),
          {"ruler": (*SUBJECT, *_BY_THE_STATE),
           "ruled": (*OBJECT, *_FOR_BEING, *_DESIGNATED_AS)},
          _YIELDS, role_types=_TYPES, complete=_by_its_agent, base_confidence=0.65),
    # "North Korea-controlled companies", "a state-owned firm X": the owner written before
    # the participle, joined by a hyphen
    Frame("control-compound", 1, ("control", "own", "run", "direct", "operate"),
          # "the DPRK-controlled firm X": the parser may make the class noun a compound
          {"ruled": ("<amod", "<amod <compound"), "ruler": (">npadvmod", ">compound")},
          _YIELDS,
          role_types=_TYPES, base_confidence=0.6),
    Frame("control-subordinate", 1, ("subordinate", "answerable", "responsible", "part",
                                     "attach", "affiliate", "link", "tie", "associate",
                                     "belong", "answer"),
          {"ruled": _SUBORDINATE_RULED, "ruler": prep("to|of|with")},
          (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=between_organizations),),
          pos=("ADJ", "VERB", "NOUN"), role_types=_TYPES, complete=_subordinate,
          base_confidence=0.6),
    Frame("control-unit", 1, ("unit", "subsidiary", "arm", "branch", "division", "department",
                              "bureau", "subunit", "affiliate", "part", "body", "wing",
                              "organ", "agency", "office"),
          {"ruled": (*HOLDER, ">appos"), "ruler": (*prep("of|under|within|in"), ">poss")},
          (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=between_organizations),),
          pos=("NOUN",), role_types=_TYPES, complete=_described, base_confidence=0.6),
    # "X is a subordinate organization of Y", "X, a subordinate unit of Y"
    Frame("control-subordinate-noun", 1, ("organization", "entity", "unit", "body", "company",
                                          "agency", "office", "bureau", "department"),
          {"ruled": (*HOLDER, ">appos"), "ruler": (*prep("of|to|under"), ">poss")},
          (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=between_organizations),),
          pos=("NOUN",), role_types=_TYPES, requires=(">amod[subordinate]",),
          complete=_described, base_confidence=0.6),
    # "X, a company under Y", "General Bureau 313, the organization under Y", "X is a firm
    # within Y": the class noun's own "under"; what it is under must be an entity ("a
    # company under sanctions", "under investigation", "under contract" name none)
    Frame("control-class-under", 1, ("organization", "company", "firm", "entity", "enterprise",
                                     "corporation", "body", "unit", "outfit"),
          {"ruled": (*HOLDER, ">appos"), "ruler": prep("under|within")},
          (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=between_organizations),),
          pos=("NOUN",), role_types=_TYPES, complete=_described, base_confidence=0.6),
    Frame("control-direction", 1, ("direction", "control", "command", "authority",
                                   "supervision", "auspices", "guidance", "umbrella",
                                   "orders"),
          {"ruler": (*prep("of"), ">poss"),
           "ruled": ("<pobj[under] <prep >nsubj", "<pobj[under] <prep >nsubjpass",
                     "<pobj[under] <prep")},
          _YIELDS, pos=("NOUN",), role_types=_TYPES, base_confidence=0.65),
    Frame("control-under", 1, ("operate", "work", "function", "sit", "serve", "fall"),
          {"ruled": SUBJECT, "ruler": prep("under|within|inside")}, _YIELDS,
          role_types=_TYPES, base_confidence=0.6),
    Frame("control-acting-for", 1, ("act", "work", "operate", "earn"),
          {"ruled": SUBJECT, "ruler": prep("for|on", of="behalf")},
          (Yields("CONTROLLED_BY", ("ruled",), ("ruler",), when=for_a_state),),
          role_types=_TYPES, complete=_acting_for, base_confidence=0.6),
    Frame("control-head", 1, _HEADS,
          {"ruler": (*HOLDER, ">appos"),
           # "Hanul Trading president Pak Chol Su": the firm before the post; "its CEO Pak
           # Chol Su": the parser hangs the owner on the name the post is a compound of
           "ruled": (*prep("of"), ">poss", ">compound", "<compound >poss")},
          (Yields("CONTROLLED_BY", ("ruled",), ("ruler",),
                  when=lambda a, b: a.type == "Organization" and b.type == "Person"),),
          pos=("NOUN", "PROPN"), role_types=_TYPES, complete=_titled_head,
          base_confidence=0.6),
    # "P, X's chief executive officer": an officer is a head only as the chief one
    Frame("control-head-officer", 1, ("officer",),
          {"ruler": (*HOLDER, ">appos"), "ruled": (*prep("of"), ">poss")},
          (Yields("CONTROLLED_BY", ("ruled",), ("ruler",),
                  when=lambda a, b: a.type == "Organization" and b.type == "Person"),),
          pos=("NOUN",), role_types=_TYPES, requires=(">amod|compound[chief|executive]",),
          complete=_the_chief_officer, base_confidence=0.6),
)

# a past owner or front ('formerly owned by Y') is not read (extract/frames/_past.py)
FRAMES = present_only(FRAMES)
