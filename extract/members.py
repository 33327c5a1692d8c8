"""Which noun a set or a relative pronoun stands for, where English marks it by number,
determiner or animacy (used by extract/arguments.py).

- A member partitive ("one of the American facilitators", "two of the five defendants",
  "some of these workers") names some members of a set the text described, not the set:
  what they did is no fact about the whole.
- "which" is not said of people: "X, a front company housing IT workers, which generated
  $N" describes the company (or X), not the workers the parser hung the clause on.
"""

from __future__ import annotations

from spacy.tokens import Token

# a count or an indefinite part: "one of", "two of", "some of"
_SUBSET = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                     "ten", "some", "several", "few", "none", "any", "half"})
_DEFINITE = frozenset({"the", "these", "those", "its", "their", "his", "her", "our"})
# plural nouns for people, of whom "which" is not said
_PEOPLE = frozenset({"worker", "employee", "national", "individual", "person", "people",
                     "developer", "engineer", "operative", "official", "citizen",
                     "programmer", "specialist", "freelancer", "facilitator", "defendant"})
_PERSON = frozenset({"PERSON", "Person"})


def unnamed(entity: str) -> bool:
    """An unnamed actor of one document ("person:<doc>#american-facilitators")."""
    return "#" in entity


def member_partitive(quantifier: Token, whole: Token) -> bool:
    """"One of the American facilitators received $N", "two of the five defendants were
    paid": some members of a set the text described (the caller then drops the described
    set, an unnamed entity). A named class keeps its members' acts ("Nike paid one of the
    IT workers": the workers were employed there, as the annotation reads it). "Thousands
    of IT workers", "a team of IT workers" (no determiner: a quantity or a collective) and
    "many / most of the workers" (the set in general) still stand for the set."""
    if quantifier.lower_ not in _SUBSET and quantifier.tag_ != "CD":
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
               for c in whole.children)


def thing_described(relative: Token, noun: Token) -> Token | None:
    """For "which" hung on a plural noun for people, the thing the clause describes: the
    name the parser put under the workers ("X Co., a company housing IT workers" read as
    one phrase headed by "workers"), else the nearest noun above them that is no word for
    people (the subject, where the parser made the participle "housing" the verb). None
    when the clause may describe the noun it hangs on."""
    if relative.lower_ != "which" or noun.tag_ != "NNS" or noun.lemma_.lower() not in _PEOPLE:
        return None
    named = next((c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "PROPN"
                  and c.ent_type_ not in _PERSON), None)
    if named is not None:
        return named
    above = noun
    for _ in range(3):
        if above.dep_ not in {"dobj", "pobj", "prep", "acl", "appos"}:
            return None
        above = above.head
        thing = next((c for c in above.children if c.dep_ == "nsubj"), above) \
            if above.pos_ == "VERB" else above
        if thing.pos_ in {"NOUN", "PROPN"} and thing.lemma_.lower() not in _PEOPLE \
                and thing.ent_type_ not in _PERSON:
            return thing
        if above.head.i == above.i:
            return None
    return None
