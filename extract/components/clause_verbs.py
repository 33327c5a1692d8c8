"""A clause's verb the tagger called a noun.

The small English model sometimes tags the verb of a complement clause as a noun when the
word is also a common noun ("helped the workers land jobs at X": "land" NOUN), while the
parser still gives it the clause's subject and object. The frames anchor on verbs, so the
clause was lost. A word that heads a clausal complement and has both a subject and a direct
object, or an infinitive "to" and a direct object, is that clause's verb: its part of speech
is set to VERB (its lemma is the same word either way).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import DEP, POS
from spacy.language import Language
from spacy.parts_of_speech import NOUN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

_CLAUSES = frozenset({"ccomp", "xcomp"})
_CLAUSE_IDS = numpy.array(sorted(get_string_id(d) for d in _CLAUSES), dtype=numpy.uint64)


def _a_clause_verb(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.dep_ not in _CLAUSES:
        return False
    deps = {c.dep_ for c in token.children}
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return "dobj" in deps and ("nsubj" in deps or infinitive)


def mark_clause_verbs(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    # the few nouns heading a clause, found in arrays: the component runs on every token
    rows = doc.to_array([POS, DEP]).astype(numpy.uint64)
    nouns = (rows[:, 0] == NOUN) & numpy.isin(rows[:, 1], _CLAUSE_IDS)
    for i in numpy.flatnonzero(nouns):
        token = doc[int(i)]
        if _a_clause_verb(token):
            token.pos_ = "VERB"
    return doc


@Language.factory("tkg_clause_verbs_v1", requires=["token.dep", "token.pos"],
                  assigns=["token.pos"], default_config={})
def make_clause_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_clause_verbs
