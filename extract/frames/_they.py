"""Who "they" / "them" are, for the money frames, when coreference left the pronoun open.

English takes a plural pronoun up from the nearest plural actor before it: "North Korea
sends IT workers to Laos, where they take remote jobs and send their pay home" (they: the
workers), "the workers obtained jobs at 70 companies, which paid them $N" (them: not the
companies, the subject of its own clause, but the workers before them). Walking back from
the pronoun through its sentence and the one before:

- a state, an agency, a document, a case or an amount is never "they" here: passed over;
- a singular name (a person, a company) is "he", "she" or "it": passed over;
- the first plural actor decides: a named group or the worker collective is the referent;
  a plural noun for people or firms that names no entity ("the recruiters") means the
  referent is unknown, and nothing is read (a missing fact is better than a false one);
- the subject of the pronoun's own clause is never its referent ("companies paid them");
- nor is the place a "where" clause describes ("into 40 companies, where they earn").

Plural nouns for things ("jobs", "identities", "laptops") cannot be paid or earn money and
are passed over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

PRONOUNS = frozenset({"they", "them"})
_NEVER = frozenset({"Country", "Agency", "Advisory", "Case", "Payment"})
_ACTORS = frozenset({"Person", "Organization"})
# plural nouns for people or firms: an unnamed one of these before the pronoun could be
# its referent, so the pronoun is left unread
_ANIMATE = frozenset({
    "worker", "people", "person", "individual", "employee", "developer", "engineer",
    "facilitator", "conspirator", "co-conspirator", "defendant", "national", "citizen",
    "resident", "operative", "agent", "official", "officer", "recruiter", "broker", "trader",
    "banker", "launderer", "company", "firm", "business", "employer", "bank", "entity",
    "organization", "client", "customer", "victim", "hacker", "actor", "man", "woman",
    "member", "partner", "contractor", "freelancer", "programmer", "specialist", "team",
    "delegation", "group", "network", "family", "friend", "associate", "manager", "leader",
    "exchange", "platform", "staff"})


def _own_subject(pronoun: Token) -> set[int]:
    """Tokens of the subject of the clause the pronoun is an object of, and of earlier
    mentions of the same set ("worked for 30 companies, and eight of those companies paid
    them": "companies" before is the set the subject is part of)."""
    if pronoun.dep_ not in {"dobj", "dative", "iobj", "pobj"}:
        return set()
    verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            out |= {t.i for t in child.subtree}
            if child.lower_ in {"which", "who", "that"} and verb.dep_ == "relcl":
                out |= {t.i for t in verb.head.subtree if t.i < verb.i}
    nouns = {pronoun.doc[i].lemma_.lower() for i in out
             if pronoun.doc[i].tag_ in {"NNS", "NNPS"}}
    out |= {t.i for t in pronoun.doc[:pronoun.i]
            if t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in nouns}
    return out


def _place_of_the_clause(pronoun: Token) -> set[int]:
    """'placed the workers into U.S. companies, where they earn money': the noun a
    "where" clause describes is the place its subject acts in, never that subject (the
    workers earn, not the companies)."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return set()
    return {t.i for t in verb.head.subtree if t.i < verb.i}


def referent(pronoun: Token, context: DocContext) -> list[str]:
    """The entities an open "they" / "them" stands for, or [] when unsure."""
    from extract.arguments import entities_of

    if pronoun.lower_ not in PRONOUNS or context.index.at(pronoun):
        return []
    doc = pronoun.doc
    here = context.sentence_of_token[pronoun.i]
    start = context.sentence_span(max(here - 1, 0)).start
    skip = _own_subject(pronoun) | _place_of_the_clause(pronoun)
    for i in range(pronoun.i - 1, start - 1, -1):
        if i in skip:
            continue
        token = doc[i]
        ident = context.index.at(token)
        entity = context.entities.get(ident) if ident else None
        if entity is not None:
            if entity.type in _NEVER or entity.type not in _ACTORS:
                continue
            if entity.properties.get("kind") == "worker_group":
                return [ident]
            if token.tag_ in {"NNS", "NNPS"}:
                found = [e for e in entities_of(token, context.index)
                         if e in context.entities and context.entities[e].type in _ACTORS]
                return found
            continue
        # a plural noun for people or firms, a plural proper noun ("the two North
        # Koreans") or a plural subject that names no entity: the referent is unknown
        if token.tag_ == "NNPS" or (token.tag_ == "NNS" and (
                token.lemma_.lower() in _ANIMATE or token.dep_ in {"nsubj", "nsubjpass"})):
            return []
    return []


def fill_from_pronoun(hit: Hit, context: DocContext, role: str,
                      deps: frozenset[str] = frozenset({"nsubj"}), chain: bool = True) -> None:
    """An empty `role` whose word is an open "they" / "them" (a child of the predicate by
    one of `deps`, or with `chain` the subject the predicate shares up its clauses)."""
    from extract.frames._money import shared_subject

    if hit.roles.get(role):
        return
    words = [c for c in hit.word.children if c.dep_ in deps]
    shared = shared_subject(hit.word) if chain else None
    if shared is not None:
        words.append(shared)
    for word in words:
        found = referent(word, context)
        if found:
            hit.roles[role] = found
            return
