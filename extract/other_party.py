"""Means handled for a party the text describes, not names, are no help to the workers.

The facilitation frames let the worker collective stand in for the one helped when the
sentence leaves it implicit ("X laundered money", "X opened accounts"). When the sentence
does say whom the act served, but with a common noun that is no entity ("laundered money for
a drug ring", "opened accounts on behalf of a client"), that party is someone else: the
workers do not stand in for it. Only nouns of parties count; "for a fee", "for two years",
"for profit" say why or how long, not for whom.
"""

from __future__ import annotations

from spacy.tokens import Token

# nouns that name a party an act can serve (a beneficiary), not a purpose, price or time
_PARTIES = frozenset({
    "ring", "rings", "gang", "gangs", "cartel", "cartels", "syndicate", "syndicates",
    "client", "clients", "customer", "customers", "buyer", "buyers", "friend", "friends",
    "relative", "relatives", "associate", "associates", "acquaintance", "acquaintances",
    "fraudster", "fraudsters", "criminal", "criminals", "trafficker", "traffickers",
    "dealer", "dealers", "smuggler", "smugglers", "business", "businesses", "enterprise",
    "enterprises", "operation", "operations", "organization", "organizations",
    "family", "neighbor", "neighbors", "employer", "employers", "investor", "investors",
})
# "for a drug ring" names a party the text introduces; "for the ring" may be the workers'
_NEW = frozenset({"a", "an", "another", "other", "some", "several", "various", "local",
                  "unrelated", "separate", "different"})


def _served(word: Token) -> list[Token]:
    """The objects of 'for/to/on behalf of' on the predicate or on its object."""
    served = []
    for means in [word, *(c for c in word.children if c.dep_ in {"dobj", "nsubjpass"})]:
        for prep in means.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "to", "on"}:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lower_ == "behalf":
                    pobj = next((o for p in pobj.children if p.lower_ == "of"
                                 for o in p.children if o.dep_ == "pobj"), pobj)
                if pobj.dep_ == "pobj":
                    served.append(pobj)
    return served


def serves_another_party(word: Token) -> bool:
    """The predicate's act served a party a common noun introduces ("for a local gang")."""
    return any(p.pos_ == "NOUN" and p.lower_ in _PARTIES and (
        any(c.dep_ in {"det", "amod"} and c.lower_ in _NEW for c in p.children)
        or (p.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in p.children)))
        for p in _served(word))
