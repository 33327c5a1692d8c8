"""LOCATED_IN read over the whole document rather than from one predicate's frame (the
frames are in location.py): "X, a Chinese company" and "Chinese front company X" (a firm's
nationality), "P, 50, of <town>, <state>" (a person's residence, the place read by the
gazetteer), a court case of a US court.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.frames._cases import case_sentences, us_context
from extract.frames._named_title import titled
from extract.frames._respectively import respective_places
from extract.frames.location import FIRMS
from extract.relation_context import Found
from extract.token_lookup import with_lower

if TYPE_CHECKING:
    from extract.relation_context import DocContext


def _demonym_codes(context: DocContext) -> dict[int, str]:
    """Token position -> country code of demonyms ("Chinese", "Russian")."""
    codes: dict[int, str] = {}
    for m in context.mentions.mentions:
        if m.label == "DEMONYM" and m.hint.startswith("country:"):
            for t in range(m.tok_start, m.tok_end):
                codes[t] = m.hint
    return codes


def national_firms(context: DocContext) -> Iterable[Found]:
    """'X, a Chinese company' / 'X is a DPRK firm' / 'Chinese front company X': where the
    firm is. Not for a person:
    "Y, a North Korean banker" gives his nationality, and North Koreans in these documents
    are mostly abroad."""
    codes = _demonym_codes(context)
    found = []
    for token in with_lower(context.doc, FIRMS):
        # a title right before the name: "Chinese front company X", "the Chinese firm X"
        entity = titled(token, context)
        if not entity:
            if token.dep_ not in {"appos", "attr"}:
                continue
            holder = token.head if token.dep_ == "appos" else next(
                (c for c in token.head.children if c.dep_ == "nsubj"), None)
            entity = context.index.at(holder) if holder is not None else ""
        holder_entity = context.entities.get(entity) if entity else None
        if holder_entity is None or holder_entity.type == "Person":
            continue
        for child in token.children:
            country = codes.get(child.i, "") or context.index.at(child)
            if country and context.entities.get(country) is not None and \
                    context.entities[country].type != "Country":
                continue
            if child.dep_ in {"amod", "compound", "nmod"} and country in context.entities:
                found.append(Found("LOCATED_IN", entity, country,
                                   context.sentence_of_token[token.i], {},
                                   "location-demonym.v1", token.dep_))
    return found


# "a resident of Y" lives there; "a native of Y" was born there (no place of residence)
_RESIDENT = frozenset({"resident", "residents"})


_RESIDENCE_PREPS = frozenset({"of", "from"})


def _resident_of(token: Token, context: DocContext) -> str:
    """The person a place after "of"/"from" locates: "P, 50, of <town>" (the comma is the
    construction, not "Judge P of the District"), "P of <Town>, <State>" (a town and its
    state), "P of <State>", "P, a resident of <town>", "P, a U.S. national from <state>"."""
    if token.dep_ != "prep" or token.lower_ not in _RESIDENCE_PREPS or token.i == 0:
        return ""
    head = token.head
    person = context.index.at(head)
    if person and context.entities[person].type == "Person" and head.pos_ == "PROPN":
        comma = context.doc[token.i - 1].text == ","
        # the name itself, not a noun that stands for it ("two nationals of Taiwan, A
        # and B" is a nationality)
        town_and_state = head.pos_ == "PROPN" and context.doc[token.i + 1].lower_ != "the" \
            and any(t.text == "," for t in token.subtree)
        # "P of Arizona": a bare proper name after "of" (the caller keeps it only if the
        # gazetteer places it)
        bare = context.doc[token.i + 1].pos_ == "PROPN" and all(
            t.pos_ == "PROPN" for t in list(token.subtree)[1:])
        return person if comma or town_and_state or bare else ""
    # "a resident of <town>", "a national from <state>" in apposition to the person; "a
    # national (citizen) from <Country>" names a nationality, not a home
    if head.lower_ in _RESIDENT or (token.lower_ == "from" and head.lower_ in {
            "national", "citizen", "man", "woman"} and not _a_country(token, context)):
        holder = person or (context.index.at(head.head) if head.dep_ == "appos" else "")
        if holder and context.entities[holder].type == "Person":
            return holder
    return ""


def _a_country(prep: Token, context: DocContext) -> bool:
    """The name after the preposition is a state itself, not a town or region of one."""
    place = _named_place_after(prep)
    return bool(place) and context.gazetteer is not None and \
        bool(context.gazetteer.lookup(place, "Country"))


def _place_after(prep: Token) -> str:
    """The words a preposition governs, as a place name: "of Tulsa, Oklahoma" -> "Tulsa,
    Oklahoma"."""
    return " ".join(t.text for t in prep.subtree)[len(prep.text):].strip(" ,")


def _named_place_after(prep: Token) -> str:
    """The proper name right after "of"/"from", with its state or country after commas:
    "of Tacoma, Washington, and P, 44, ..." -> "Tacoma , Washington". The parse may hang
    the rest of a list of defendants under the first one's town, so the preposition's
    whole subtree can hold other people's places."""
    doc = prep.doc
    end = prep.i + 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" or (
            doc[end].text in {",", ".", "-"} and end + 1 < len(doc)
            and doc[end + 1].pos_ == "PROPN")):
        end += 1
    return " ".join(t.text for t in doc[prep.i + 1:end]).strip(" ,")


def residences(context: DocContext) -> Iterable[Found]:
    """Where a person lives, from a place the gazetteer knows (see `_resident_of`)."""
    if context.gazetteer is None:
        return []
    found = []
    for token in with_lower(context.doc, _RESIDENCE_PREPS):
        listed = _listed_residents(token, context)
        person = _resident_of(token, context)
        if not person and not listed:
            continue
        pairs = respective_places(token, context) if person else None
        if pairs is None:
            pairs = [(p, _named_place_after(token)) for p in listed or [person]]
        found += [f for person, place in pairs
                  if (f := _in_town(context, person, place, token, "location-residence.v1"))]
    return found


def _in_town(context: DocContext, who: str, place: str, token: Token,
             frame: str) -> Found | None:
    """LOCATED_IN the state of a town the gazetteer places, with the town as written, when
    the document names that state."""
    code = context.gazetteer.place_code(place) if place and context.gazetteer else None
    if not code or f"country:{code}" not in context.entities:
        return None
    return Found("LOCATED_IN", who, f"country:{code}", context.sentence_of_token[token.i],
                 {"place": place}, frame, "of-place")


def _listed_residents(token: Token, context: DocContext) -> list[str]:
    """"A, B and C, all of <place>", "A and B, both of <place>": the appositive says where
    every person of the list before it lives. Only the names before "all": a list cut by
    semicolons goes on after it with people of other places ("...; D, of Ohio")."""
    quantifier = token.head
    if token.dep_ != "prep" or token.lower_ != "of" or quantifier.lower_ not in {
            "all", "both"} or quantifier.dep_ != "appos":
        return []
    from extract.arguments import entities_of

    holder = quantifier.head
    sent = context.sentence_of_token[token.i]
    before = {m.entity for m in context.mentions.mentions
              if m.sent == sent and m.tok_start < quantifier.i}
    people = [e for e in entities_of(holder, context.index) if e in before and
              e in context.entities and context.entities[e].type == "Person"]
    return people if len(people) >= 2 else []


def court_cases(context: DocContext) -> Iterable[Found]:
    """A case of a US court is in the United States when the text names its court or where
    it sits (docs/annotation.md): a court word or a US place after "in" in a sentence that
    tells the case's acts or names it ("indicted in St. Louis", "pleaded guilty in federal
    court"), or a court named anywhere in the document (a caption, "the U.S. District Court
    ..."). A report that only says the Justice Department charged someone gives no place."""
    if "country:US" not in context.entities or not us_context(context):
        return []
    anywhere = any(_COURT_WORDS.search(s.text) for s in context.doc.sents)
    acts = case_sentences(context)
    found = []
    for case in context.of_type("Case"):
        sentences = acts.get(case.id, set()) | {
            m.sent for m in context.mentions.mentions if m.entity == case.id}
        if anywhere or any(_names_a_us_place(context, s, case.id) for s in sentences):
            found.append(Found("LOCATED_IN", case.id, "country:US", -1, {},
                               "location-court.v1", "court", inferred=True))
    return found


_COURT_WORDS = re.compile(r"\b(?:courts?|courthouse|judge|grand jury|jury|district of)\b|"
                          # a district cited by its abbreviation: "D.D.C.", "S.D.N.Y.", "D. Md."
                          r"(?<![\w.])(?:[NSEWMC]\.)?D\.\s?(?:[A-Z][a-z]{0,3}\.\s?){1,2}",
                          re.IGNORECASE)
# nouns a US place may modify to say where a case is: "a Maryland case", "the Florida jury"
_CASE_NOUNS = frozenset({"case", "court", "courts", "indictment", "prosecution", "jury",
                         "prosecutor", "prosecutors", "trial"})
# the acts of a case whose "in <place>" is where the court sits: "charged (indicted,
# sentenced) in St. Louis", "an indictment returned in Maryland"; not an act of the scheme
# ("helped workers get jobs in the United States" says where the jobs were)
_CASE_ACTS = frozenset({"charge", "indict", "plead", "sentence", "convict", "file", "return",
                        "unseal", "try", "prosecute", "arraign", "enter", "bring"})


def _nearest_case(context: DocContext, sent: int, token: Token) -> str:
    """The case mentioned last before `token` in its sentence, when the sentence mentions
    two or more cases ("In A's case, ..., and in B's case, a Maryland case, ...": the place
    is B's alone); "" when it mentions fewer (any case the sentence tells is meant)."""
    cases = sorted((m.tok_start, m.entity) for m in context.mentions.mentions
                   if m.sent == sent and m.entity and m.entity in context.entities
                   and context.entities[m.entity].type == "Case")
    if len({entity for _, entity in cases}) < 2:
        return ""
    before = [entity for start, entity in cases if start < token.i]
    return before[-1] if before else "-"


def _names_a_us_place(context: DocContext, sent: int, case: str = "") -> bool:
    """The sentence makes a US state or a US city the gazetteer knows the place of a case
    ("a Maryland case") or of a case's act ("indicted in St. Louis", "pleaded guilty in
    federal court in Maryland"). In a sentence that tells several cases, the place belongs
    to the case mentioned last before it (`_nearest_case`)."""
    gazetteer = context.gazetteer
    if gazetteer is None or not 0 <= sent < len(context.mentions.sentences):
        return False
    for token in context.sentence_span(sent):
        if token.dep_ in {"compound", "amod", "nmod"} and token.head.lower_ in _CASE_NOUNS \
                and gazetteer.place_code(token.text) == "US" and \
                _nearest_case(context, sent, token) in {"", case}:
            return True
        if token.dep_ == "prep" and token.lower_ == "in" and (
                token.head.lemma_ in _CASE_ACTS or token.head.lower_ in _CASE_NOUNS):
            place = _place_after(token)
            if place and gazetteer.place_code(place) == "US" and \
                    _nearest_case(context, sent, token) in {"", case}:
                return True
    return False


def firms_of_towns(context: DocContext) -> Iterable[Found]:
    """"X Trading Co. of Shenyang": a firm's name followed straight by "of" and a town the
    gazetteer places (not a state: "Bank of China" may be a name cut short) says where the
    firm is, as "P, 50, of <town>" says where a person lives."""
    if context.gazetteer is None:
        return []
    found = []
    for token in with_lower(context.doc, {"of"}):
        head = token.head
        firm = context.index.at(head) if token.dep_ == "prep" and head.i == token.i - 1 \
            else ""
        entity = context.entities.get(firm) if firm else None
        if entity is None or entity.type != "Organization" or head.pos_ != "PROPN" or \
                context.index.at(token) or token.i + 1 >= len(context.doc) or \
                context.doc[token.i + 1].pos_ != "PROPN" or _a_country(token, context):
            continue
        placed = _in_town(context, firm, _named_place_after(token), token,
                          "location-firm-town.v1")
        found += [placed] if placed else []
    return found


DOCUMENT_RULES = (national_firms, residences, firms_of_towns, court_cases)
