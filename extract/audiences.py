"""The audience an advisory addresses, when the text names it only by what it is.

Advisories speak to kinds of actors, not to named ones: "urges employers to ...", "is
intended for freelance platforms and payment processors", "calls on companies that hire
remote developers to ...". Such a group is an unnamed actor of its document
(docs/annotation.md): an Organization whose name is the description as written, without
its article and without what follows the noun ("companies that hire ..." is "companies").
Only a plural noun of an organizational kind, or a trade named as one ("the shipping
industry", "the private sector"), is an audience here: "hiring managers" are
people, whom the model does not let an advisory address, and "the public" or "the
international community" is no actor at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.governing import DIRECTING
from graph.ids import slugify
from graph.model import ExtractedEntity, Mention

# head nouns of an organizational audience (plural); "agencies" only with a describing word
# before it ("staffing agencies"), since an agency alone is a public body
AUDIENCE_NOUNS = frozenset({
    "companies", "businesses", "firms", "employers", "platforms", "organizations",
    "organisations", "institutions", "banks", "exchanges", "providers", "processors",
    "vendors", "contractors", "enterprises", "agencies", "marketplaces", "startups"})
_NEEDS_MODIFIER = frozenset({"agencies", "providers", "institutions", "processors"})
_PLATFORM = frozenset({"platforms", "marketplaces", "exchanges"})
_DROPPED = frozenset({"det", "predet", "poss", "punct", "cc", "preconj"})
# the verb's own object words: "the advisory urges employers", "it encourages platforms",
# "calls on companies", "is intended for banks", "provides guidance to firms", "recommends
# that businesses ...", "alerts employers to ..."
_ON = frozenset({"on", "upon"})
# verbs of warning that are also adjectives or nouns, so the tagger may not call them verbs
_WARNING_VERBS = frozenset({"alert", "caution", "warn", "inform", "notify", "remind"})
_FOR = frozenset({"for", "at", "to"})


def audience_words(word: Token) -> list[Token]:
    """The plural organizational nouns that fill the audience of an advising word, with
    their conjuncts ("employers, staffing agencies and freelance platforms")."""
    heads: list[Token] = []
    for child in word.children:
        if child.dep_ in {"dobj", "dative"}:
            heads.append(child)
        elif child.dep_ == "xcomp" and _gerund_modifier(child):
            # "urges staffing agencies to ...": the parser reads "staffing" as a verb
            heads.extend(c for c in child.children if c.dep_ == "dobj")
        elif child.dep_ == "prep" and child.lower_ in _ON | _FOR:
            heads.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "ccomp" and word.lemma_.lower() not in _WARNING_VERBS:
            # "recommends that businesses ...": the clause's subject is whom it advises;
            # "cautions that companies face sanctions" says what the warning is, not to whom
            heads.extend(c for c in child.children if c.dep_ == "nsubj")
        elif child.dep_ in {"advcl", "xcomp"} and _preposition_read_as_to(word, child):
            # "addressed to freelance platforms and to companies": the parser reads "to
            # freelance" as an infinitive; its object and its coordinated "to X" are the
            # audience
            heads.extend(c for c in child.children if c.dep_ == "dobj")
            heads.extend(o for p in child.children if p.dep_ in {"conj", "prep"}
                         and p.lower_ in _FOR for o in p.children if o.dep_ == "pobj")
    # "provides guidance to companies": the advice noun carries the audience
    for obj in [h for h in heads if h.dep_ == "dobj"]:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in {"to", "for"}:
                heads.extend(c for c in prep.children if c.dep_ == "pobj")
    found: list[Token] = []
    for head in heads:
        for token in (head, *head.conjuncts):
            if is_audience(token) and token not in found:
                found.append(token)
    return found


# a whole trade spoken of as one ("the blockchain technology industry", "the private
# sector"): singular, and only with the words that say which trade it is
_TRADES = frozenset({"industry", "sector"})


def is_audience(token: Token) -> bool:
    word = token.lower_
    if word in _TRADES:
        return token.tag_ == "NN" and _modifiers(token) != []
    if word not in AUDIENCE_NOUNS or token.tag_ not in {"NNS", "NNPS"}:
        return False
    return word not in _NEEDS_MODIFIER or _modifiers(token) != []


# words whose "to" is a preposition: "addressed to", "directed to"
_TO_WHOM = frozenset({"address", "direct"})


def _preposition_read_as_to(word: Token, verb: Token) -> bool:
    """After "addressed" or "directed", "to" + a word the parser took for a verb, right
    before its object, is the preposition and a modifier of the object noun ("to
    freelance platforms")."""
    return word.lemma_ in _TO_WHOM and verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children) \
        and any(c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 for c in verb.children)


def _gerund_modifier(verb: Token) -> bool:
    """A gerund right before its object is a noun's modifier ("staffing agencies"), unless
    it is a verb of asking or ordering, which takes the audience as its object ("a
    statement urging companies worldwide to guard against ...": the companies are urged),
    or of warning ("a statement warning companies about ...": the companies are warned)."""
    return verb.tag_ == "VBG" and verb.lemma_ not in DIRECTING \
        and verb.lemma_ not in _WARNING_VERBS and any(
        c.dep_ == "dobj" and c.i == verb.i + 1 for c in verb.children)


def _modifiers(token: Token) -> list[Token]:
    words = [t for t in token.doc[token.left_edge.i:token.i]
             if t.dep_ not in _DROPPED and t.head.i >= token.left_edge.i]
    # "released it to alert freelance platforms": with "to" read as a preposition the
    # infinitive's verb is left inside the noun's phrase, tagged a verb or, for a word
    # that is also an adjective ("alert"), an adjective
    if words and words[0].i > 0 and token.doc[words[0].i - 1].lower_ == "to" and (
            words[0].tag_ == "VB" or words[0].lower_ in _WARNING_VERBS):
        words = words[1:]
    if not words and token.dep_ == "dobj" and token.head.i == token.i - 1 and \
            _gerund_modifier(token.head):
        words = [token.head]
    return words


def audience_entity(token: Token, doc_id: str) -> ExtractedEntity:
    """An unnamed Organization for the audience the token heads: its words up to the noun,
    without the article ("the freelance platforms" -> "freelance platforms")."""
    words = [*_modifiers(token), token]
    verb = token.head
    if token.dep_ == "dobj" and verb.i == words[0].i - 1 and _preposition_read_as_to(
            verb.head, verb):
        words.insert(0, verb)  # "to freelance platforms", misread as an infinitive
    start, end = words[0].idx, token.idx + len(token.text)
    text = token.doc.text[start:end]
    kind = "platform" if token.lower_ in _PLATFORM else \
        "other" if token.lower_ in _TRADES else "company"
    return ExtractedEntity(id=f"organization:{doc_id}#{slugify(text)}", type="Organization",
                           name=text, properties={"kind": kind}, confidence=0.7,
                           mentions=[Mention(start, end, text)], unnamed=True)
