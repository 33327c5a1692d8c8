"""LOCATED_IN from a presence the text states in other ways than "based in" (location.py).

Constructions:
- "X keeps (maintains, runs, houses, directs, heads) teams (a delegation, a restaurant) of
  IT workers in Y", "X, which runs IT worker teams in Y", "X, whose delegations operate in
  Y": an organization or person with an operation of its own in a country is there. Not a
  possessive alone ("X's delegation in Y" places the delegation, location.py), and not a
  verb of sending or hiring ("sent a team to Y", "hired a team in Y").
- "X in Y" where X is a firm's name and Y a country ("designated Orion LLC in Minsk,
  Belarus, and Vesta LLC in Nepal"): the preposition hangs on the name itself.
- A sanctions list entry: "NAME (a.k.a. ...), <district>, <city>, <Country>; ..." and
  "...; Address <city>, <Country>": the address of the one the entry names, never its
  nationality, place of birth or any other field.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from extract.frames import Frame
from extract.frames._paths import HOLDER, SELF
from extract.frames.location import _SEEMING, _TYPES, _YIELDS, places_named
from extract.relation_context import Found
from extract.token_lookup import with_lower

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from extract.relation_context import DocContext, Found, Hit

# the verbs of having an operation of one's own somewhere, as written (the path notation
# compares the head word's lower-cased form)
_KEEPS = ("keep|keeps|kept|keeping|maintain|maintains|maintained|maintaining|run|runs|ran|"
          "running|house|houses|housed|housing|direct|directs|directed|directing|head|heads|"
          "headed|heading|lead|leads|led|leading|manage|manages|managed|managing")
_RELATIVE = "who|which|that"
# what a firm keeps abroad: its people and premises
_OPERATIONS = ("team", "delegation", "group", "unit", "cell", "restaurant", "workforce",
               "branch", "office", "operation", "company", "firm", "business")
_LEADERS = "president|head|leader|chief|director|manager|chairman|commander"
_ACTS = "operate|operates|operated|work|works|worked|live|lives|lived|reside|resides|based"

# "X, the head of the firm's delegation in Y": its leader is there; "X, whose delegations
# operate in Y"
_ALONE = (f"+poss[whose] <nsubj[{_ACTS}] <relcl", f"<pobj <prep[{_LEADERS}] <appos",
          f"<pobj <prep[{_LEADERS}] <attr >nsubj")
_PLACED = (f"<dobj[{_KEEPS}] >nsubj", f"<dobj[{_KEEPS}] +nsubj[{_RELATIVE}] <relcl",
           f"<dobj[{_KEEPS}] <conj >nsubj", *_ALONE)


def _leader_alone(hit: Hit, context: DocContext) -> None:
    """A singular post or a clause describes its own holder: in "A, the head of the team in
    Laos, and B, the head of the office in Nepal", B is not in Laos; in "A, whose teams
    operate in Laos, together with B", B is not either. Then `places_named`."""
    if hit.paths.get("placed", -1) >= len(_PLACED) - len(_ALONE):
        hit.roles["placed"] = hit.roles.get("placed", [])[:1]
    places_named(hit, context)


def _town_described(hit: Hit, context: DocContext) -> None:
    word = hit.word
    if word.dep_ == "pobj" and word.head.lower_ == "as" and (
            word.head.head.lemma_ in _SEEMING | {"masquerade"}):
        hit.roles.clear()
        return
    hit.roles.pop("place", None)
    places_named(hit, context)


FRAMES = (
    Frame("location-keeps", 1, _OPERATIONS,
          {"placed": _PLACED,
           # the place on the noun, on the workers it is made of, or on the verb
           "place": (">prep[in|inside|within] >pobj",
                     ">prep[of] >pobj >prep[in|inside|within] >pobj",
                     ">compound",
                     f"<dobj[{_KEEPS}] >prep[in|inside|within] >pobj",
                     f"+poss[whose] <nsubj[{_ACTS}] >prep[in|inside|within|from] >pobj")},
          _YIELDS, pos=("NOUN",), role_types=_TYPES, complete=_leader_alone,
          base_confidence=0.6),
    # "A Nashville man was arrested", "X, an Arizona resident", "a Texas company": a town
    # or a state of a country before the noun. A country there is a nationality ("a DPRK
    # national") and is not read; a firm one only poses as places no one
    Frame("location-town-noun", 1, ("man", "woman", "resident", "company", "firm",
                                    "business", "businessman", "businesswoman"),
          {"placed": (*SELF, *HOLDER, ">appos"), "place": (">compound",)}, _YIELDS,
          pos=("NOUN",), role_types=_TYPES, complete=_town_described, base_confidence=0.6),
)


def _countries(word: Token, context: DocContext) -> list[str]:
    """The countries a place word names: itself, or the state after a town ("Minsk,
    Belarus"), and the countries coordinated with it ("in Russia and Laos")."""
    found = []
    for w in (word, *(c for c in word.children if c.dep_ in {"appos", "conj"})):
        entity = context.index.at(w)
        if entity and context.entities[entity].type == "Country" and entity not in found:
            found.append(entity)
    return found


def firms_in(context: DocContext) -> Iterable[Found]:
    """'Orion LLC in Minsk, Belarus': a firm's name with the country it is in."""
    found = []
    doc = context.doc
    for token in with_lower(doc, ("in",)):
        if token.dep_ != "prep" or token.head.pos_ != "PROPN":
            continue
        # the firm is the name right before "in" (a comma between allowed): the parser
        # may hang "in <place>" on the first of two coordinated names ("A, which is in
        # China, and B, in Russia"), and the place is B's
        left = token.i - 1 if token.head.i < token.i else token.head.i
        while left > token.head.i and doc[left].is_punct:
            left -= 1
        firm = context.index.at(doc[left])
        entity = context.entities.get(firm) if firm else None
        if entity is None or entity.type != "Organization":
            continue
        for place in (c for c in token.children if c.dep_ == "pobj"):
            for country in _countries(place, context):
                if country != firm:
                    found.append(Found("LOCATED_IN", firm, country,
                                       context.sentence_of_token[token.i], {},
                                       "location-name-in.v1", "in"))
    return found


# fields of a list entry that name a place that is not where the one listed is
_OTHER_FIELDS = frozenset({"nationality", "citizen", "pob", "place", "dob", "passport",
                           "national", "gender", "organization", "secondary", "linked",
                           "website", "email", "phone", "registration", "tax", "identification",
                           "unified", "company", "vessel", "additional", "alt", "digital"})


def _segments(span: Span, start: int) -> list[list[Token]]:
    """The fields of an entry after its name: the text from token `start` split on
    semicolons, a parenthesis (the aliases) skipped whole."""
    segments: list[list[Token]] = [[]]
    depth = 0
    for token in span.doc[start:span.end]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and token.text == ";":
            segments.append([])
        elif depth == 0:
            segments[-1].append(token)
    return segments


def _entry_name(span: Span, context: DocContext) -> tuple[str, int]:
    """The organization or person an entry opens with, and the token after its name."""
    words = [t for t in span if not t.is_space and t.text not in {"-", "*", "•"}]
    if not words:
        return "", 0
    entity = context.index.at(words[0])
    if not entity or context.entities[entity].type not in {"Organization", "Person"}:
        return "", 0
    end = words[0].i
    while end < span.end and context.index.at(span.doc[end]) == entity:
        end += 1
    return entity, end


def listed_addresses(context: DocContext) -> Iterable[Found]:
    """The country of a list entry's address: the field right after the name (an
    organization's entry) or the field that says "Address" (a person's)."""
    found = []
    for sent in range(len(context.mentions.sentences)):
        span = context.sentence_span(sent)
        if ";" not in span.text and ", " not in span.text:
            continue
        entity, start = _entry_name(span, context)
        if not entity:
            continue
        segments = _segments(span, start)
        addresses = [s for i, s in enumerate(segments) if s and (
            s[0].lower_ == "address" or (i == 0 and s[0].text == ","))]
        for segment in addresses:
            words = [t for t in segment if not t.is_punct]
            if not words or words[0].lower_ in _OTHER_FIELDS - {"address"}:
                continue
            # an address is names and numbers only: "X, the head of Y, visited Laos" is
            # a sentence, not an entry
            if not all(t.pos_ in {"PROPN", "NUM"} or t.lower_ == "address" for t in words):
                continue
            # the address ends with its country: "Sosong District, Pyongyang, Korea, North"
            countries = [context.index.at(t) for t in segment
                         if context.index.at(t) and
                         context.entities[context.index.at(t)].type == "Country"]
            if countries and countries[-1] != entity:
                found.append(Found("LOCATED_IN", entity, countries[-1], sent, {},
                                   "location-list-address.v1", "address"))
                break
    return found


DOCUMENT_RULES = (firms_in, listed_addresses)
