"""LOCATED_IN: where a person, organization or case is.

Constructions: "X is based/located/headquartered/registered in Y", "a Y-based X", "X
operates/works/lives/resides in (or from, out of) Y" (also as a participle clause,
"operating from Y, X ..."), "Z employs X in Y", "X was arrested in Y", "X is
present/active in Y", "workers dispatched/sent to Y", "X, a company in Y"; "X has offices in
Y"; "at his home in <town>"; "China-based front company X" (the participle on the class
noun written before the name, _named_title.py). Read over the whole document
(location_rules.py): "X, a <demonym> company", residences, a court case of a US court. A
place someone only pretends to be in ("posing as U.S. citizens") states nothing: no frame
reads "pose as".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.frames import Frame, Yields
from extract.frames._location_persons import (
    after_a_partner_or_object,
    after_the_employer,
    their_home_owners,
)
from extract.frames._named_title import titled
from extract.frames._paths import HOLDER, OBJECT, PREDICATIVE, SELF, SUBJECT, prep
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

PLACED = ("Person", "Organization", "Agency", "Case")
PLACES = ("Country",)


def at_home(placed: ExtractedEntity, place: ExtractedEntity) -> bool:
    """A public body of a state sits in that state: "the Ministry operates delegations in
    Russia" places its delegations there, not the ministry."""
    state = placed.properties.get("country") if placed.type == "Agency" else None
    return not state or state == place.properties.get("code")


def _place_mentions(context: DocContext) -> dict[int, tuple[str, str]]:
    """Token position -> (country id, place as written) of the towns, regions and capitals
    the gazetteer places ("Dalian", "Fort Worth", "Maryland"); read once per document."""
    found = context.notes.get("place_mentions")
    if isinstance(found, dict):
        return found
    found = {}
    for m in context.mentions.mentions:
        if m.label in {"PLACE", "CAPITAL"} and m.hint.startswith("country:") and \
                m.tok_start >= 0:
            for t in range(m.tok_start, m.tok_end):
                found[t] = (m.hint, m.text)
    context.notes["place_mentions"] = found
    return found


def places_named(hit: Hit, context: DocContext) -> None:
    """A place the gazetteer knows, where the frame's place role names no state: "lives
    in Maryland", "a Dalian-based company" are in the state the place lies in, when the
    document names that state (places are never entities of their own)."""
    from extract.frames._compile import matches

    places = _place_mentions(context)
    stated = hit.roles.get("place")
    sent = hit.word.sent
    if stated and not any(sent.start <= t < sent.end and c in stated
                          for t, (c, _) in places.items()):
        return  # no town of that state in the sentence to give (the common case: cheap)
    for frame, role, _, word, argument in matches(context.doc):
        if frame != hit.frame.id or role != "place" or word != hit.word.i:
            continue
        if stated:  # "based in Dandong, China": the state hangs on the town, the place written
            state = context.doc[argument]
            town = places.get(state.head.i) if state.dep_ in {"appos", "npadvmod"} else None
            if town and [town[0]] == stated:
                hit.props.setdefault("place", town[1])
                return
            continue
        if hit.frame.name == "location" and context.doc[argument].dep_ == "pobj":
            # "based in <town>" is left to a named state: a town after "in" also says
            # where a firm was founded or a meeting held, and on unseen text that reading
            # cost as many false places as it found true ones
            continue
        country, text = places.get(argument, ("", ""))
        # a public body in a town of its own state is no news ("the FBI's office in
        # Seattle"); people and firms are placed
        placed = [e for e in hit.roles.get("placed", [])
                  if context.entities[e].type in {"Person", "Organization"}]
        if country and country in context.entities and placed:
            hit.roles["placed"] = placed
            hit.roles["place"] = [country]
            hit.paths.setdefault("place", 0)
            hit.props["place"] = text
            return


def _at_their_home(hit: Hit, context: DocContext) -> None:
    """"their homes in Y", unresolved: the persons the subject lists; then `places_named`."""
    their_home_owners(hit, context)
    places_named(hit, context)


# "appeared to be working inside the United States", "pretended to live in Texas": a
# place someone only seems to be in
_SEEMING = frozenset({"appear", "seem", "pretend", "pose", "purport", "feign", "look"})


def _seemingly(word: Token) -> bool:
    for _ in range(3):
        if word.dep_ not in {"xcomp", "ccomp", "auxpass", "aux"} or word.head.i == word.i:
            return False
        word = word.head
        if word.lemma_ in _SEEMING:
            return True
    return False


# the sectors a sanctions ground names: "designated for having operated in the information
# technology industry in the DPRK (economy)" is the authority's criterion, met from abroad
# by front companies in China or Russia: it places the sector, not the designated party
_SECTORS = frozenset({"industry", "sector", "economy"})


def _ground_in_a_sector(word: Token) -> bool:
    """"(designated) for operating in the X industry in Y": a ground, not a location."""
    return word.dep_ == "pcomp" and word.head.lower_ == "for" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pobj" and o.lower_ in _SECTORS for o in c.children)
        for c in word.children)


def places_stated(hit: Hit, context: DocContext) -> None:
    """`places_named`, for an act the sentence says happened, not one only made to seem so,
    nor a designation ground (`_ground_in_a_sector`)."""
    if _seemingly(hit.word) or _ground_in_a_sector(hit.word):
        hit.roles.clear()
        return
    places_named(hit, context)


def _employed_where(hit: Hit, context: DocContext) -> None:
    """`places_stated`, unless the place follows the employer (`after_the_employer`)."""
    if after_the_employer(hit.word):
        hit.roles.clear()
        return
    places_stated(hit, context)


def _acting_where(hit: Hit, context: DocContext) -> None:
    """`places_stated`, unless the place follows a partner or an object of the act
    (`after_a_partner_or_object`)."""
    if after_a_partner_or_object(hit.word):
        hit.roles.clear()
        return
    places_stated(hit, context)


# what the ones sent are sent to do there
_STAY = "live|work|operate|reside|stay|earn"
_YIELDS = (Yields("LOCATED_IN", ("placed",), ("place",), when=at_home),)
_TYPES = {"placed": PLACED, "place": PLACES}


def _one_is_no_group(hit: Hit, context: DocContext) -> None:
    """A plural group noun ("workers", "teams") stands for a set, never for one person: in
    "Kim Se Un: Recruited workers in Vietnam" the parser hangs the item's description on the
    name as an apposition, but the workers recruited in Vietnam are not the recruiter."""
    placed = hit.roles.get("placed", [])
    if hit.word.tag_ in {"NNS", "NNPS"} and len(placed) == 1 and \
            context.entities[placed[0]].type == "Person":
        hit.roles["placed"] = []
        return
    # "IT workers in Vladivostok": a town the gazetteer places in a state the document names
    places_named(hit, context)


def _placed_by_its_noun(hit: Hit, context: DocContext) -> None:
    """"a company headquartered in Y": the participle places the noun it describes. When that
    noun is itself a mention of an entity (coreference read "a company headquartered in
    Laos" as the firm named before it), the firm is the one placed, whatever the parser
    made the noun an apposition of ("P worked for X, a company headquartered in Y" hangs
    "a company" on P). Likewise a participle right after "of X" describes X."""
    noun = hit.word.head if hit.word.dep_ == "acl" else None
    owner = context.index.at(noun) if noun is not None else ""
    # "P, director of X located in Y": a participle right after an of-phrase describes the
    # noun next to it (the parser hangs it on the post)
    before = hit.word.doc[hit.word.i - 1] if hit.word.i > 0 else None
    if noun is not None and before is not None and before.dep_ == "pobj" and \
            before.head.lower_ == "of" and before.head.head.i == noun.i and \
            context.index.at(before):
        owner = context.index.at(before)
    placed = hit.roles.get("placed", [])
    # "China-based front company X": the participle is on the class noun before the name
    named = titled(hit.word.head, context) if hit.word.dep_ == "amod" else ""
    if named and not placed:
        hit.roles["placed"] = placed = [named]
        hit.paths.setdefault("placed", 0)
    # a noun that is one of the entities already placed ("A and B Limited, based in Y", a
    # participle after a whole list) leaves the list as the list reading gave it
    if owner and owner in context.entities and placed and owner not in placed and \
            context.entities[owner].type in PLACED:
        hit.roles["placed"] = [owner]
    _nearest_item_when_the_first_is_placed(hit, context)
    places_named(hit, context)


def _nearest_item_when_the_first_is_placed(hit: Hit, context: DocContext) -> None:
    """"The Russia-based A and B Co., Ltd., based in China": the parser hangs the participle
    after the list on its first item, but that item is already placed by a modifier of its
    own, so the participle is the nearest item's alone (A is not in China, nor B in Russia:
    the modifier before A is A's alone, extract/list_reach.py)."""
    word = hit.word
    head = word.head
    if word.dep_ != "acl" or word.i < head.i or not any(
            c.dep_ == "amod" and c.i < head.i and c.lemma_ == word.lemma_
            for c in head.subtree):
        return
    between = [c for c in head.conjuncts if head.i < c.i < word.i and context.index.at(c)]
    if between:
        hit.roles["placed"] = [context.index.at(between[-1])]


# "based in Shenyang, China": the state written in apposition to the town after "in" (the
# parser hangs it as an apposition or, as often, as a bare noun modifier of the town)
_IN = (*prep("in|inside|within"), ">prep[in|inside|within] >pobj >appos|npadvmod")
# "operates out of Shenyang", "based out of Vladivostok"
_OUT_OF = (">prep[out] >prep[of] >pobj",)
# "Belarus, where both of his companies are registered": the place a relative clause of
# place describes
_WHERE = ("+advmod[where] <relcl",)
FIRMS = frozenset({"company", "companies", "firm", "firms", "bank", "banks", "entity",
                    "entities", "business", "businesses", "corporation", "enterprise", "startup",
                    "organization", "subsidiary", "individual", "national", "man", "woman",
                    "citizen", "resident", "operative", "banker", "representative", "front"})

# people named by what they do for the scheme, who are where the noun's "in" says
_TRADES = frozenset({"facilitator", "developer", "programmer", "engineer", "official",
                     "broker", "intermediary", "trader"})

FRAMES = (
    Frame("location", 1, ("base", "locate", "headquarter", "register", "incorporate",
                          "situate", "station", "domicile", "present", "active", "resident"),
          {"placed": (*PREDICATIVE, *HOLDER),
           # "a China-based company": the place modifies the participle
           "place": (*_IN, *_OUT_OF, *_WHERE, ">npadvmod", ">compound", ">nmod")}, _YIELDS,
          pos=("VERB", "ADJ", "NOUN"), role_types=_TYPES, complete=_placed_by_its_noun,
          base_confidence=0.75),
    Frame("location-activity", 1, ("operate", "work", "live", "reside", "arrest", "detain",
                                   "stay", "hide", "sit"),
          # "Operating from China, the workers ...": a participle clause shares its
          # sentence's subject; "P, a DPRK national living in Y": the parser may hang the
          # participle on the name as its apposition
          {"placed": (*SUBJECT, ">nsubjpass", "@VBN <acl", "@VBG <advcl >nsubj",
                      "@VBG <appos"),
           "place": (*_IN, *prep("from"), *_OUT_OF, *_WHERE)},
          _YIELDS, role_types=_TYPES, complete=_acting_where, base_confidence=0.65),
    # "X employs (directs, houses) workers in Laos": the people a firm employs or directs are
    # where the clause puts them; not "hire", whose place may be the hirer's
    Frame("location-employed", 1, ("employ", "direct", "manage", "supervise", "house"),
          {"placed": OBJECT, "place": _IN}, _YIELDS, role_types=_TYPES,
          complete=_employed_where, base_confidence=0.6),
    Frame("location-dispatch", 1, ("dispatch", "send", "deploy", "post", "station"),
          {"placed": OBJECT, "place": (*prep("to|in"), ">advmod >prep[to] >pobj",
                                       # "sends workers to live (to work) in Y"
                                       f">advcl|xcomp[{_STAY}] >prep[in|from] >pobj")},
          _YIELDS, role_types=_TYPES, base_confidence=0.6),
    # "X, a company in Y", "P, Ryonggang's representative in Dalian" (a town the gazetteer
    # places in a state the document names), "P, a facilitator in Vladivostok, Russia"
    Frame("location-noun", 1, tuple(sorted(FIRMS | _TRADES)),
          {"placed": (*HOLDER, ">appos"), "place": _IN}, _YIELDS, pos=("NOUN",),
          role_types=_TYPES, complete=places_named, base_confidence=0.6),
    # "P is the Dandong representative of X", "P, the China representative of X": a post
    # named with its place before it (not "a U.S. citizen", a nationality: only a
    # representative's post is read so)
    Frame("location-post", 1, ("representative", "representatives"),
          {"placed": (*HOLDER, ">appos"), "place": (">compound",)}, _YIELDS, pos=("NOUN",),
          role_types=_TYPES, complete=places_named, base_confidence=0.55),
    # a firm's own premises: "X has (opened) offices in Y", "X maintains a branch in Y"
    Frame("location-office", 1, ("office", "branch", "headquarters", "premises", "factory"),
          {"placed": ("<dobj[has|have|had|maintains|maintain|maintained|opened|opens|open|"
                      "operates|operate|operated|runs|run|ran] >nsubj",),
           # the place on the noun, or on the verb that has it
           "place": (*_IN, "<dobj >prep[in|inside|within] >pobj")}, _YIELDS, pos=("NOUN",),
          role_types=_TYPES, complete=places_named, base_confidence=0.6),
    # a group of people named with where it is: "IT workers in Laos", "teams of IT workers
    # in Russia and Laos". Not its owner: "Osong's representative in China", "the firm's
    # delegations in Laos" place the people there, and the firm stays where it is
    # someone's own home: "hosted laptops at his home in <town>", "her residence in <state>"
    Frame("location-home", 1, ("home", "residence", "house", "apartment"),
          {"placed": (">poss",), "place": _IN}, _YIELDS, pos=("NOUN",),
          role_types={"placed": ("Person",), "place": PLACES}, complete=_at_their_home,
          base_confidence=0.6),
    Frame("location-group", 1, ("worker", "delegation", "team", "group", "office", "branch",
                                "representative", "operative", "unit", "cell", "workforce"),
          {"placed": (*SELF, ">prep[of] >pobj"), "place": _IN}, _YIELDS,
          pos=("NOUN", "PROPN"), role_types=_TYPES, complete=_one_is_no_group,
          base_confidence=0.6),
)
