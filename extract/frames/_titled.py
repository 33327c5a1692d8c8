"""A document noun that stands for the advisory whose title follows it: "a PSA titled X",
"an advisory called X", "the advisory \"X\"" (the quoted title right after the noun)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.frames._self_advisory import DOCUMENT_NOUNS

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_TITLING = frozenset({"title", "entitle", "call", "name"})
_TITLE_ARGS = frozenset({"oprd", "dobj", "attr", "xcomp"})


def titled(noun: Token, context: DocContext) -> list[str]:
    """The advisory a document noun names by the title that follows it."""
    if noun.lower_ not in DOCUMENT_NOUNS and noun.lower_ != "announcement":
        return []
    found: list[str] = []
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_ in _TITLING:
            for arg in child.children:
                if arg.dep_ in _TITLE_ARGS:
                    found.extend(e for e in _advisories_in(arg, context) if e not in found)
    if found:
        return found
    after = noun.i + 1
    while after < len(context.doc) and context.doc[after].is_quote:
        after += 1
    if after < len(context.doc) and after > noun.i + 1:  # the quoted title right after
        entity = context.index.at(context.doc[after])
        if entity and context.entities.get(entity) is not None and \
                context.entities[entity].type == "Advisory":
            return [entity]
    return []


def _advisories_in(word: Token, context: DocContext) -> list[str]:
    found: list[str] = []
    for token in word.subtree:
        entity = context.index.at(token)
        if entity and entity not in found and entity in context.entities and \
                context.entities[entity].type == "Advisory":
            found.append(entity)
    return found


def issued_by_title(hit: Hit, context: DocContext) -> None:
    """'X released a PSA titled Y', 'the advisory "Y", issued by X': the document noun in
    the issued role stands for the titled advisory."""
    if hit.roles.get("issued"):
        return
    nouns = [c for c in hit.word.children if c.dep_ in {"dobj", "nsubjpass"}]
    if hit.word.dep_ == "acl" and hit.word.tag_ == "VBN":
        nouns.append(hit.word.head)
    for noun in nouns:
        found = titled(noun, context)
        if found:
            hit.roles["issued"] = found
            return


def titled_noun(hit: Hit, context: DocContext) -> None:
    """'In the advisory "X", the FBI warned': the noun stands for the title after it."""
    if not hit.roles.get("issued"):
        found = titled(hit.word, context)
        if found:
            hit.roles["issued"] = found
