"""A clause's verb the tagger called a noun.

The small English model sometimes tags the verb of a complement clause as a noun when the
word is also a common noun ("helped the workers land jobs at X": "land" NOUN), while the
parser still gives it the clause's subject and object. The frames anchor on verbs, so the
clause was lost. A word that heads a clausal complement and has both a subject and a direct
object, or an infinitive "to" and a direct object, is that clause's verb: its part of speech
is set to VERB (its lemma is the same word either way).

The same slip has two more shapes after a verb with an object ("ordered the defendant to
forfeit $N"): the infinitive's verb tagged a proper noun though written in lower case (a
lower-case word is never a name), heading the clause all the same; or the tagger's slip
carried into the parse, "to" read as a preposition and the verb as its object, with the
amount hung beside it. A lower-case word tagged as a proper noun, or a base-form verb, as
the object of a "to" right before it that hangs on a verb is that verb's infinitive
complement: it is given back its clause ("to" its marker, the amount after it its object).
A real prepositional object is a common noun ("ordered him to prison") and stays.

A past-tense verb read as an adjective of the name after it ("<Office> designated <Name>,
which ...") gets its clause back too (attributive_verbs.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.components.attributive_verbs import repair_attributive_verbs
from extract.token_lookup import with_pos_and_dep

_CLAUSES = frozenset({"ccomp", "xcomp"})
# the dependents the parser gives the misread verb's object when "to" is a preposition:
# a second object of "to" ("to forfeit $N": both under "to") or the verb's own object
_MISHUNG = frozenset({"pobj", "dobj"})


def _a_clause_verb(token: Token) -> bool:
    if token.pos_ == "PROPN" and not token.is_lower:
        return False
    if token.dep_ not in _CLAUSES:
        return False
    deps = {c.dep_ for c in token.children}
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.pos_ == "PROPN":
        return "dobj" in deps and infinitive
    return "dobj" in deps and ("nsubj" in deps or infinitive)


def _misread_infinitive(token: Token) -> bool:
    """'ordered X to forfeit $N' read as 'to' + object: a verb-shaped object right after a
    'to' that hangs on a verb (the tagger's base form, or a lower-case 'proper noun')."""
    marker = token.head
    verb = marker.head
    shaped = token.tag_ == "VB" or (token.pos_ == "PROPN" and token.is_lower)
    return shaped and marker.lower_ == "to" and marker.i == token.i - 1 and \
        marker.dep_ in {"prep", "dative"} and verb.pos_ == "VERB" and verb.i != marker.i


def _give_back_clause(token: Token) -> None:
    marker = token.head
    verb = marker.head
    # the amount the parser hung on "to" or on the governing verb, after the misread word
    objects = [c for c in (*marker.children, *verb.children)
               if c.i > token.i and c.dep_ in _MISHUNG and c.i != token.i]
    token.head = verb
    token.dep_ = "xcomp"
    token.pos_ = "VERB"
    token.tag_ = "VB"
    marker.head = token
    marker.dep_ = "aux"
    marker.pos_ = "PART"
    marker.tag_ = "TO"
    if objects:
        first = min(objects, key=lambda c: c.i)
        first.head = token
        first.dep_ = "dobj"


def mark_clause_verbs(doc: Doc) -> Doc:
    # the few nouns heading a clause, found in arrays: the component runs on every document
    for token in with_pos_and_dep(doc, ("NOUN", "PROPN"), _CLAUSES):
        if _a_clause_verb(token):
            token.pos_ = "VERB"
    for token in with_pos_and_dep(doc, ("PROPN", "VERB"), ("pobj",)):
        if _misread_infinitive(token):
            _give_back_clause(token)
    repair_attributive_verbs(doc)
    return doc


@Language.factory("tkg_clause_verbs_v2", requires=["token.dep", "token.pos"],
                  assigns=["token.pos", "token.tag", "token.dep", "token.head"],
                  default_config={})
def make_clause_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_clause_verbs
