"""Whether the worker collective stands in for the one a facilitation act helped.

The facilitation frames let the workers fill the helped role when the sentence leaves it
implicit ("X ran a laptop farm", "X laundered money"). They do not when the sentence says
whom the act served: an entity ("facilitated payments to Chinyong", "managed funds on
behalf of a bank"), someone a clause names as the one helped ("helped the FBI identify
the workers"), the verb's object ("enabled Pyongyang to process transactions"), or a party
a common noun introduces, which is no entity but is someone else ("laundered money for a
drug ring", "opened accounts on behalf of a client"). Only nouns of parties count there;
"for a fee", "for two years", "for profit" say why or how long, not for whom. Nor do they
stand in when the act is told of a separate case, or moved the helper's own money, or
when a sending verb names a destination that is not the DPRK side ("shipped a laptop to
the home of Y": extract/recipients.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.arguments import entities_of
from extract.dprk_party import is_dprk_party
from extract.goods import goods_without_buyer
from extract.own_money import moves_own_money
from extract.recipients import sent_elsewhere
from extract.relation_context import DocContext, Hit
from graph.model import ExtractedEntity

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
_HELPED_KINDS = frozenset({"worker_group", "dprk_unit"})


def workers_stand_in(hit: Hit, context: DocContext) -> bool:
    """Whether the workers may fill the helped role this hit left empty."""
    movers = [context.entities[e] for e in hit.roles.get("helper", [])
              if e in context.entities]
    word = hit.word
    return not (
        any(context.index.at(p) for p in _served(word, frozenset({"prep", "dative"})))
        or _helps_someone_named(hit, context)
        or goods_without_buyer(word)
        or _serves_another_party(word)
        or sent_elsewhere(word, context)
        or hit.reading.separate_case
        or moves_own_money(word, movers, _dprk_side)
        or _object_named_without_workers(hit, context))


def _dprk_side(entity: ExtractedEntity) -> bool:
    return is_dprk_party(entity, _HELPED_KINDS)


def _served(word: Token, deps: frozenset[str] = frozenset({"prep"})) -> list[Token]:
    """The objects of 'to/for X' or 'on behalf of X' on the predicate or on its object."""
    served = []
    for means in [word, *(c for c in word.children if c.dep_ in {"dobj", "nsubjpass"})]:
        for prep in means.children:
            if prep.dep_ not in deps or prep.lower_ not in {"for", "to", "on"}:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lower_ == "behalf":
                    pobj = next((o for p in pobj.children if p.lower_ == "of"
                                 for o in p.children if o.dep_ == "pobj"), pobj)
                if pobj.dep_ == "pobj":
                    served.append(pobj)
    return served


def _serves_another_party(word: Token) -> bool:
    """The predicate's act served a party a common noun introduces ("for a local gang")."""
    return any(p.pos_ == "NOUN" and p.lower_ in _PARTIES and (
        any(c.dep_ in {"det", "amod"} and c.lower_ in _NEW for c in p.children)
        or (p.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in p.children)))
        for p in _served(word))


def _helps_someone_named(hit: Hit, context: DocContext) -> bool:
    """"X helped the FBI identify the workers": the one helped is the subject of the clause
    that says what they were helped to do (or let do, by the means the act set up); when
    that subject names someone outside the DPRK side, the workers do not stand in for it
    ("helped Pyongyang make money from its IT workers" still helps the workers' scheme)."""
    for clause in [*hit.word.children, *_let_by_the_means(hit.word)]:
        if clause.dep_ not in {"ccomp", "xcomp"}:
            continue
        for subject in clause.children:
            if subject.dep_ in {"nsubj", "nsubjpass"}:
                named = [context.entities[e] for e in entities_of(subject, context.index)
                         if e in context.entities]
                if named and not any(_dprk_side(e) for e in named):
                    return True
    return False


# "software on the laptop, which allowed X to log in": what the means let someone do
_LETTING = frozenset({"allow", "let", "permit", "enable"})


def _let_by_the_means(word: Token) -> list[Token]:
    """The clauses of a letting verb in a relative clause on the means the predicate handled
    (its object, or the object of its preposition): "installed software on the laptop,
    which allowed X to log in" says whom the act served, as "helped X log in" does."""
    means = [c for c in word.children if c.dep_ == "dobj"]
    means += [o for p in word.children if p.dep_ == "prep" for o in p.children
              if o.dep_ == "pobj"]
    return [clause for m in means for r in m.children
            if r.dep_ == "relcl" and r.lemma_ in _LETTING for clause in r.children]


def _object_named_without_workers(hit: Hit, context: DocContext) -> bool:
    """"enabled Pyongyang to process financial transactions": the verb's object names the
    one helped, so no one is left implicit for the workers to stand for; the role refused
    it only for its type. Where the sentence speaks of the workers ("helped Pyongyang make
    money from its IT workers"), they may still be the ones the help reached."""
    objects = [c for c in hit.word.children if c.dep_ in {"dobj", "dative"}]
    if not any(entities_of(o, context.index) for o in objects):
        return False
    workers = set(context.workers())
    return not any(e in workers for e in context.sentence_entities(hit.sent))
