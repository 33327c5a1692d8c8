"""Counted designation targets: the sets a designation names by number ("four individuals
and two entities"), noted so that a later sentence listing their members can be read.

A release or a news report often designates by count and names the members after it:
"The Government ... has decided to designate four individuals and two entities as targets
of its sanctions." The counted nouns are the act's targets (its object, passive subject, the
object of "sanctions on/against", "the designation of", or of "(announced) sanctions
targeting"), each
with its count and the kind of member it counts (people or organizations, by its noun).
extract/frames/designation_members.py reads the members later sentences list for them.

Only an act the document states as done counts: a planned, denied or quoted one never
reaches here (extract/modality.py), and neither does an earlier act the sentence only
recalls ("Seoul had designated four entities"). An act its sentence dates keeps its date,
which its members take (extract/frames/designation_members.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.normalize.numbers import parse_number

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

_NOTE = "designation_sets"
# the nouns that count people and organizations; other counted nouns ("two vessels",
# "three programs") are sets of nothing the graph designates
PERSON_NOUNS = frozenset({"individual", "person", "people", "national", "official",
                          "operative", "citizen", "man", "woman", "banker", "representative",
                          "executive", "officer", "diplomat", "member", "agent"})
ORG_NOUNS = frozenset({"entity", "organization", "organisation", "company", "firm",
                       "institution", "group", "bank", "business", "corporation",
                       "enterprise", "body", "front"})
# participles and adjectives of the act itself that may restrict the subject
_ACT_WORDS = frozenset({"designate", "sanction", "blacklist", "name", "list", "add", "include",
                        "target", "face", "new", "newly", "other", "remaining", "last",
                        "first", "second", "sole", "only"})
_HIT = frozenset({"hit", "slap"})
_SANCTIONS = frozenset({"sanction", "sanctions", "measure", "measures"})
_TARGET_DEPS = frozenset({"dobj", "nsubjpass"})
_ON = frozenset({"on", "against", "of"})


@dataclass(eq=False)
class CountedSet:
    """One counted target of a stated designation."""

    hit: Hit
    sent: int
    noun: int  # the counted noun's token
    kind: str  # "Person" or "Organization"
    count: int


def kind_of(noun: Token) -> str:
    """The type a plural noun counts, or ""."""
    lemma = noun.lemma_.lower()
    if lemma in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS:
        return "Person"
    if lemma in ORG_NOUNS or noun.lower_ in ORG_NOUNS:
        return "Organization"
    return ""


def count_of(noun: Token) -> int | None:
    """The number a "nummod" child gives the noun ("four individuals", "15 entities")."""
    for child in noun.children:
        if child.dep_ == "nummod":
            value = parse_number(child.text.lower())
            if value is not None and value == int(value) and 1 <= value <= 200:
                return int(value)
    return None


def hit_with_sanctions(clause: Token) -> bool:
    """"(the entities) to be hit with sanctions", "slapped with sanctions": news wording of
    the act as a clause on the set ("hit by a car" is no act: the sanctions must be named)."""
    return clause.lemma_.lower() in _HIT and any(
        p.dep_ == "prep" and p.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _SANCTIONS for g in p.children)
        for p in clause.children)


def restricted_by_act(noun: Token) -> bool:
    """Whether everything that restricts the subject noun is the act's own words."""
    for child in noun.children:
        if child.dep_ in {"det", "nummod", "punct", "appos", "cc", "conj"}:
            continue
        if child.dep_ in {"relcl", "acl"} and hit_with_sanctions(child):
            continue
        if child.dep_ in {"amod", "acl", "advmod", "compound"}:
            if child.lemma_.lower() in _ACT_WORDS or child.lower_ in _ACT_WORDS:
                continue
            if child.dep_ == "amod" and child.pos_ == "ADJ" and child.tag_ == "JJ":
                continue  # "North Korean", "high-ranking"
            return False
        else:
            return False  # a prepositional phrase, a relative clause: someone else
    return True


def _candidates(word: Token) -> list[Token]:
    """The nouns the designating word acts on, with their conjuncts."""
    found = [c for c in word.children if c.dep_ in _TARGET_DEPS]
    holders = [word, *(c for c in word.children if c.dep_ in {"dobj", "nsubjpass"})]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in _ON:
                found += [g for g in prep.children if g.dep_ == "pobj"]
            if prep.dep_ == "acl" and prep.lemma_ == "target" and holder is not word:
                # "announced sanctions targeting four individuals"
                found += [g for g in prep.children if g.dep_ == "dobj"]
    out: list[Token] = []
    for noun in found:
        out.append(noun)
        out += [c for c in noun.conjuncts if c.i > noun.i]
        out += _after_including(noun)
    return out


def _after_including(noun: Token) -> list[Token]:
    """"four individuals, including its top officer, and three entities": the parser joins
    the second counted noun to the example under "including"; a counted noun of another
    kind there is the act's second target, not an example of the first."""
    found = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "including":
            for example in (g for g in prep.children if g.dep_ == "pobj"):
                found += [c for c in example.conjuncts if c.i > example.i and count_of(c)
                          and kind_of(c) and kind_of(c) != kind_of(noun)]
    return found


def note_sets(hits: list[Hit], context: DocContext) -> None:
    """Record the counted targets of every stated designation of the document's own news."""
    from extract.dating import recalled

    sets: list[CountedSet] = []
    for hit in hits:
        if not any(y.type == "DESIGNATED" for y in hit.frame.yields):
            continue
        if hit.reading.modality != "asserted" or recalled(context, hit.word.i):
            continue
        for noun in _candidates(hit.word):
            count = count_of(noun)
            kind = kind_of(noun)
            # "one entity" is a set of one, which a later "The entity is X" takes up
            if (noun.tag_ in {"NNS", "NNPS"} or (noun.tag_ == "NN" and count == 1)) \
                    and count and kind and not any(s.noun == noun.i for s in sets):
                sets.append(CountedSet(hit, hit.sent, noun.i, kind, count))
    context.notes[_NOTE] = sets


def counted_sets(context: DocContext) -> list[CountedSet]:
    sets = context.notes.get(_NOTE)
    return sets if isinstance(sets, list) else []
