"""The grounds a sanctions release gives for a designation, written as a legal formula.

A designation names its ground with prepositions left open and one object shared at the
end: "X is designated for being owned or controlled by, or having acted or purported to act
for or on behalf of, directly or indirectly, Y". The parser leaves "by" and "of" without an
object and hangs Y somewhere else, so no dependency path reaches it. This rule reads the
formula from the stranded preposition to the first name after it, over nothing but the
formula's own words. "Acted or purported to act for or on behalf of Y" with Y in place
is read the same way when it is a designation's reason (the one acting is the subject of
"designated for ..."); a quoted, negated or planned designation ties nobody:

- "owned or controlled by ... Y": X is CONTROLLED_BY Y;
- "acted for or on behalf of ... Y" alone: a person acting for a firm or a bank works
  there (EMPLOYED_AT); for a state or a DPRK unit the person answers to it
  (CONTROLLED_BY); an organization that only acted for another is left alone, since
  acting for someone does not say who owns it;
- "materially assisted, sponsored, or provided financial, material, or technological
  support for, or goods or services to or in support of, Y": X helped Y (FACILITATED);
  the parser reads "having materially assisted" as an adjective, so the formula is read
  from "materially assisted" over its own words to the first name.

X is the subject of the verb the formula hangs on ("X is designated for ...", "Both are
designated for ..."). Any other word between the preposition and the name ends the reading:
"controlled by, among others, ..." or a name of the wrong kind states nothing here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extract import modality
from extract.frames.control import for_a_state
from extract.frames.employment import is_job
from extract.relation_context import Found
from extract.token_lookup import with_lower

if TYPE_CHECKING:
    from extract.relation_context import DocContext

# the words a formula may hold between its stranded preposition and the shared object
_FORMULA = frozenset({",", "or", "and", "having", "acted", "act", "acting", "purported",
                      "purporting", "to", "for", "on", "behalf", "of", "directly",
                      "indirectly", "been", "being", "owned", "controlled", "by", "the",
                      "has", "have"})
_OWN = frozenset({"own", "control"})
# the words of the assistance formula after "materially assisted"
_ASSIST_FORMULA = frozenset({",", "or", "and", "sponsored", "sponsoring", "provided",
                             "providing", "financial", "material", "technological", "support",
                             "for", "goods", "services", "to", "in", "of", "the", "directly",
                             "indirectly"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RULERS = frozenset({"Organization", "Agency", "Country", "Person"})


def _stranded(token: Token) -> str:
    """'control' for "owned or controlled by," and 'act' for "on behalf of," with no
    object of their own; '' otherwise. "Acted for or on behalf of Y" with its object is
    the same ground when it gives the reason of a designation (`_acting_ground`)."""
    if any(c.dep_ in {"pobj", "pcomp"} for c in token.children):
        return "act" if _acting_ground(token) else ""
    if token.lower_ == "by" and token.head.lemma_ in _OWN:
        return "control"
    if token.lower_ == "of" and token.head.lower_ == "behalf":
        return "act"
    return ""


# the verbs a designation ground hangs on ("X is designated (sanctioned) for having acted")
_DESIGNATING = frozenset({"designate", "sanction", "redesignate", "blacklist"})


def _acting_ground(token: Token) -> bool:
    """"X is designated for (having) acted or purported to act for or on behalf of Y": the
    "of" of "on behalf of" under a verb "act" that gives a designation's reason. Work done
    for someone that is no ground ("X moved funds on behalf of Y", "X was designated
    and acted on behalf of Y" as a separate clause) is left to the frames that read it."""
    if token.lower_ != "of" or token.head.lower_ != "behalf":
        return False
    chain = list(token.ancestors)
    acts = [i for i, w in enumerate(chain) if w.lemma_ == "act"]
    if not acts:
        return False
    # the act is the object of the designation's "for": nothing but prepositions,
    # coordination and the act's own verbs between them
    for word in chain[acts[0]:]:
        if word.lemma_ in _DESIGNATING and word.pos_ == "VERB":
            return True
        if word.dep_ not in {"pcomp", "xcomp", "conj", "prep", "pobj"} and \
                word.lemma_ not in {"act", "purport"}:
            return False
    return False


def _shared_object(token: Token, context: DocContext) -> tuple[list[str], str]:
    """The names right after the formula, and whether it said "owned or controlled"."""
    doc = context.doc
    sent_end = context.mentions.sentences[context.sentence_of_token[token.i]].tok_end
    owned = False
    for i in range(token.i + 1, min(sent_end, len(doc))):
        word = doc[i]
        entity = context.index.at(word)
        if entity:
            return [entity, *context.index.listed_with(word)], "control" if owned else "act"
        if word.lower_ not in _FORMULA:
            return [], ""
        owned = owned or word.lemma_ in _OWN
    return [], ""


def _stated(token: Token, sentence: Span) -> bool:
    """Whether the sentence states the designation the ground belongs to: a quoted, negated
    or planned one ("was not designated for acting on behalf of Y", "may designate X for
    ...") states no tie. Read on the verb the formula hangs on, not on the formula, whose
    "purported to act" is the law's wording and no pretence."""
    verb = next((v for v in token.ancestors if any(c.dep_ in _SUBJECTS for c in v.children)),
                None)
    if verb is None:
        return not modality.inside_quote(sentence, token)
    return modality.read(verb, "asserted", sentence).modality != modality.NOT_STATED


def _holders(token: Token, context: DocContext) -> list[str]:
    """The subject of the verb the formula hangs on."""
    for verb in token.ancestors:
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                return context.index.every(child) or [
                    e for e in [context.index.at(c) for c in child.children
                                if c.dep_ == "appos"] if e]
        if verb.dep_ == "ROOT":
            break
    return []


_ASSISTED = frozenset({"assisted", "assisting"})


def _assisted(token: Token, context: DocContext) -> list[str]:
    """The names the assistance formula opening at `token` ("materially assisted") ends on."""
    if token.lower_ not in _ASSISTED or token.i == 0 or \
            context.doc[token.i - 1].lower_ != "materially":
        return []
    doc = context.doc
    sent_end = context.mentions.sentences[context.sentence_of_token[token.i]].tok_end
    for i in range(token.i + 1, min(sent_end, len(doc))):
        word = doc[i]
        entity = context.index.at(word)
        if entity:
            return [entity, *context.index.listed_with(word)]
        if word.lower_ not in _ASSIST_FORMULA:
            return []
    return []


def _denied(token: Token) -> bool:
    return any(c.dep_ == "neg" for verb in token.ancestors for c in verb.children)


def assistance_grounds(context: DocContext) -> Iterable[Found]:
    found: list[Found] = []
    for token in with_lower(context.doc, _ASSISTED):
        helped = _assisted(token, context)
        if not helped or _denied(token):
            continue
        sent = context.sentence_of_token[token.i]
        for holder in _holders(token, context):
            helper = context.entities.get(holder)
            for target in helped:
                other = context.entities.get(target)
                if helper is None or other is None or holder == target or \
                        helper.type not in {"Person", "Organization"} or \
                        other.type not in {"Person", "Organization"}:
                    continue
                found.append(Found("FACILITATED", holder, target, sent, {},
                                   "grounds-assist.v1", "assist"))
    return found


def designation_grounds(context: DocContext) -> Iterable[Found]:
    found: list[Found] = []
    for token in context.doc:
        kind = _stranded(token)
        if not kind:
            continue
        targets, said = _shared_object(token, context)
        kind = "control" if kind == "control" or said == "control" else "act"
        sent = context.sentence_of_token[token.i]
        if not _stated(token, context.sentence_span(sent)):
            continue
        for holder in _holders(token, context):
            ruled = context.entities.get(holder)
            for target in targets:
                ruler = context.entities.get(target)
                if ruled is None or ruler is None or holder == target or \
                        ruler.type not in _RULERS or ruled.type not in {"Person",
                                                                         "Organization"}:
                    continue
                if kind == "control" or for_a_state(ruled, ruler):
                    if ruled.type == "Person" and ruler.type == "Person":
                        continue
                    found.append(Found("CONTROLLED_BY", holder, target, sent, {},
                                       "grounds-control.v1", kind))
                elif ruled.type == "Person" and is_job(ruled, ruler):
                    found.append(Found("EMPLOYED_AT", holder, target, sent, {},
                                       "grounds-agent.v1", kind))
    return found


FRAMES = ()
DOCUMENT_RULES = (designation_grounds, assistance_grounds)
