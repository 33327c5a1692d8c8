"""The designator a designation's subject stands for where it does not name one itself.

1. "it": the agency that acts.

"The United States on Thursday sanctioned a network. OFAC said the company employed North
Korean workers. It also designated A and B." Coreference passes over the subject of "said"
(a speaker is no antecedent) and takes "It" up as the state of the lede; but an agency
that speaks of the act in the sentence before is the one the pronoun continues: the office
acts, and docs/annotation.md names the office when the text names it.

The rule: where the subject of a stated designation is the pronoun "it", the nearest
subject before it, in its own or the two sentences before in the same paragraph, that is
an agency or a state (never the DPRK, never a person: an official who speaks is no
designator) is the designator, when it is not the one coreference chose. Look-alikes left
alone: a designation whose subject is a name ("The Treasury also designated"), an "it"
whose nearest such subject is the one coreference chose already ("OFAC designated X. It
also designated Y"), and a speaker person ("Secretary Roe said ... It also designated":
the person is passed over, the state or agency before stays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.designator import paragraph_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

_DESIGNATORS = frozenset({"Agency", "Country"})
_BACK = 2  # sentences before the pronoun's own


def _pronoun_subject(word: Token) -> Token | None:
    verb = word
    while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"}
                                          for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lower_ == "it" else None


def _designator_at(token: Token, context: DocContext) -> str | None:
    entity_id = context.index.at(token)
    entity = context.entities.get(entity_id) if entity_id else None
    if entity is None or entity.type not in _DESIGNATORS or \
            entity.properties.get("code") == "KP":
        return None
    return entity.id


def speaking_agency(hit: Hit, context: DocContext) -> None:
    """Frame hook helper: "It also designated" takes the agency or state last the subject
    of a clause before it, when coreference chose another or none."""
    agents = hit.roles.get("agent", [])
    if agents and "agent" not in hit.referred:
        return  # the subject is a name
    pronoun = _pronoun_subject(hit.word)
    if pronoun is None:
        return
    paragraph = paragraph_of(context, hit.sent)
    first = max(0, hit.sent - _BACK)
    chosen = None
    for sent in range(first, hit.sent + 1):
        if paragraph_of(context, sent) != paragraph:
            continue
        for token in context.sentence_span(sent):
            if token.i >= pronoun.i:
                break
            if token.dep_ != "nsubj" or token.lower_ == "it":
                continue
            found = _designator_at(token, context)
            if found is not None:
                chosen = found
    if chosen is not None and chosen not in agents:
        hit.roles["agent"] = [chosen]


def designator_body(hit: Hit, context: DocContext) -> None:
    """Frame hook helper: a designation whose subject is an unknown body of a designator
    ("the EU Foreign Affairs Council added ...") takes that designator."""
    if hit.roles.get("agent"):
        return
    subject = next((c for c in hit.word.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or context.index.at(subject):
        return
    owners = [found for c in subject.children if c.dep_ in {"compound", "amod"}
              and (found := _designator_at(c, context)) is not None]
    if len(set(owners)) == 1:
        hit.roles["agent"] = owners[:1]


# verbs that report an act: the reporting body is the one that acted when the act's own
# clause names no actor ("the State Department said X and Y were designated under ...")
_REPORTING = frozenset({"say", "state", "announce", "confirm", "add"})


def reporting_agency(hit: Hit, context: DocContext) -> None:
    """Frame hook helper: an agentless passive designation reported by an agency or a
    state, as the complement of its "said" or under "according to" it, takes that
    reporter ("According to the Treasury, X was designated"); a person who reports is no
    designator, nor the DPRK, and an act the sentence dates earlier is another's to tell."""
    from extract.dating import earlier_act

    word = hit.word
    if hit.roles.get("agent") or not any(c.dep_ == "auxpass" for c in word.children) or \
            any(c.dep_ == "agent" for c in word.children):
        return  # an active verb, or a passive with its own "by" phrase
    if earlier_act(context, word.i, hit.sent):
        return  # "the FBI said X was sanctioned in 2023" recalls another body's act
    reporters = []
    if word.dep_ == "ccomp" and word.head.lemma_ in _REPORTING:
        reporters = [c for c in word.head.children if c.dep_ == "nsubj"]
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "according"):
        reporters += [g for t in prep.children if t.lower_ == "to" for g in t.children
                      if g.dep_ == "pobj"]
    found = [f for r in reporters if (f := _designator_at(r, context)) is not None]
    if len(set(found)) == 1:
        hit.roles["agent"] = found[:1]
