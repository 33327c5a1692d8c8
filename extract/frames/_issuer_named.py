"""The issuers a sentence names with a document's own noun ("the FBI PSA", "the ROK's
joint advisory", "FBI public service announcement of May 2024"): such a document was issued
by them, not by the agencies of a neighbouring clause or of another document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.frames._self_advisory import DOCUMENT_NOUNS, ISSUERS

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

# an issuer named as a modifier of the document's noun, before it: "the FBI PSA", "the
# ROK's joint advisory", "the U.S. guidance" (not "guidance on the DPRK's IT workers")
_NAMES_ITS_ISSUER = frozenset({"poss", "compound", "nmod", "amod"})


def _roots(entity: str, sent: int, context: DocContext) -> list[Token]:
    """The head word of each mention of `entity` in the sentence."""
    found = []
    for m in context.mentions.in_sentence(sent):
        if m.entity == entity:
            span = context.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                found.append(span.root)
    return found


def _modifies(word: Token) -> bool:
    """`word` names whose document its head noun is ("the FBI PSA", "Japan's advisory")."""
    return word.dep_ in _NAMES_ITS_ISSUER and word.i < word.head.i


def issuers_named_with(document: str, sent: int, context: DocContext) -> set[str]:
    """The states or agencies the sentence names as modifiers of `document`'s own noun."""
    heads = {w.i for w in _roots(document, sent, context)}
    named = _issuers_inside(heads, context)
    for m in context.mentions.in_sentence(sent):
        entity = context.entities.get(m.entity)
        if entity is None or entity.type not in ISSUERS or \
                entity.properties.get("code") == "KP":  # "the North Korean IT workers advisory"
            continue
        if any(_modifies(w) and w.head.i in heads for w in _roots(entity.id, sent, context)):
            named.add(entity.id)
    return named


def _names_another_document(issuer: str, issued: str, sent: int, context: DocContext) -> bool:
    """"A, released by State, and the FBI PSA": an agency the sentence names only as the
    issuer of another document's noun is not an issuer of `issued`."""
    heads = {w.i for w in _roots(issued, sent, context)}
    words = _roots(issuer, sent, context)
    return bool(words) and all(
        _modifies(w) and w.head.i not in heads and w.head.lower_ in DOCUMENT_NOUNS
        for w in words)


def _issuers_inside(heads: set[int], context: DocContext) -> set[str]:
    """Issuers a document's own name carries before its noun ("FBI public service
    announcement of May 2024"), found by their listed names (a title is one mention)."""
    named: set[str] = set()
    if context.gazetteer is None:
        return named
    for head in heads:
        for word in context.doc[head].children:
            if word.dep_ not in _NAMES_ITS_ISSUER or word.i > head:
                continue
            surface = "".join(t.text_with_ws for t in word.subtree if t.dep_ != "case").strip()
            for type_ in ISSUERS:
                named.update(e.id for e in context.gazetteer.lookup(surface, type_)
                             if e.properties.get("code") != "KP")
    return named


def by_its_named_issuer(hit: Hit, context: DocContext, issuer: str, issued: str) -> bool:
    """A document the sentence names with its issuer ("the FBI PSA of May 2024", "the ROK's
    joint advisory") was issued by that issuer: the agencies a neighbouring clause or a
    coordinated document has ("A, released by State and Treasury, and the FBI PSA") are not
    its issuers."""
    if _names_another_document(issuer, issued, hit.sent, context):
        return False
    named = issuers_named_with(issued, hit.sent, context)
    return not named or issuer in named
