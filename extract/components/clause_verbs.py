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

from spacy.language import Language
from spacy.tokens import Doc, Token

from extract.token_lookup import with_pos_and_dep

_CLAUSES = frozenset({"ccomp", "xcomp"})


def _a_clause_verb(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.dep_ not in _CLAUSES:
        return False
    deps = {c.dep_ for c in token.children}
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return "dobj" in deps and ("nsubj" in deps or infinitive)


def mark_clause_verbs(doc: Doc) -> Doc:
    # the few nouns heading a clause, found in arrays: the component runs on every document
    for token in with_pos_and_dep(doc, ("NOUN",), _CLAUSES):
        if _a_clause_verb(token):
            token.pos_ = "VERB"
    return doc


@Language.factory("tkg_clause_verbs_v1", requires=["token.dep", "token.pos"],
                  assigns=["token.pos"], default_config={})
def make_clause_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_clause_verbs
