"""The document an issuing verb acts on where the parse hangs the verb elsewhere.

Two misparses of a noun's own clause about who issued it:

- a participle after a comma made an adverbial clause of the main verb: in "We draw
  attention to the Guidance on ... Workers, released on May 16, 2022 by State and
  Treasury", "released" describes the title right before its comma, not the act of
  drawing attention;
- a relative clause read as a complement: in "It follows the guidance that the United
  States and the ROK published in October 2023", "that ... published" restricts
  "guidance", the object of "follows", and "published" has no object of its own;
- a noun read as an adjective: in "The FBI issued an advisory warning companies ...",
  "advisory" (which is also an adjective) and the participle after it modify "companies",
  which the parse makes the object (see advisory_read_as_adjective).

Only an advisory (or document) entity fills the role, as in the frame itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_DOCUMENTS = frozenset({"Advisory", "Document"})


def _document_at(token: Token, context: DocContext) -> str:
    entity = context.index.at(token)
    found = context.entities.get(entity) if entity else None
    return entity if found is not None and found.type in _DOCUMENTS else ""


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children)


def participle_after_comma(word: Token, context: DocContext) -> str:
    """", released on <date> by X": the document that ends right before the comma."""
    if word.tag_ != "VBN" or word.dep_ != "advcl" or _has_object(word) or word.i < 2:
        return ""
    comma = word.doc[word.i - 1]
    if comma.text != ",":
        return ""
    return _document_at(word.doc[word.i - 2], context)


def relative_read_as_complement(word: Token, context: DocContext) -> str:
    """"follows the guidance that X published": the head verb's object, when the clause
    opens with "that", has a subject of its own, no object, and comes right after it."""
    if word.dep_ != "ccomp" or _has_object(word):
        return ""
    marks = [c for c in word.children if c.dep_ == "mark" and c.lower_ == "that"]
    if not marks or not any(c.dep_ == "nsubj" for c in word.children):
        return ""
    objects = [c for c in word.head.children if c.dep_ == "dobj" and c.i < marks[0].i]
    if not objects or marks[0].i == 0:
        return ""
    # the words right before "that" end the object's own name (the parse may hang the
    # title's last words on the verb)
    found = _document_at(objects[-1], context)
    return found if found and _document_at(word.doc[marks[0].i - 1], context) == found else ""


# participles that say what a document asks or warns of: "an advisory urging companies"
ADVISING_PARTICIPLES = frozenset({"warning", "urging", "cautioning", "calling", "advising",
                                  "alerting", "telling", "encouraging", "asking"})


def advisory_read_as_adjective(noun: Token) -> Token | None:
    """"an advisory warning companies ...": the word "advisory" the parse made an adjective
    of the noun after the participle; it is that noun's article's own noun."""
    words = list(noun.lefts)
    for i, word in enumerate(words[:-1]):
        if word.lower_ == "advisory" and word.dep_ == "amod" and i > 0 and \
                words[i - 1].dep_ == "det" and words[i - 1].lower_ in {"a", "an"} and \
                words[i + 1].lower_ in ADVISING_PARTICIPLES and words[i + 1].i == word.i + 1:
            return word
    return None


def adjective_read_document(word: Token, context: DocContext) -> str:
    """The advisory a misparse made an adjective of the issuing verb's object."""
    for child in word.children:
        if child.dep_ == "dobj":
            advisory = advisory_read_as_adjective(child)
            if advisory is not None:
                return _document_at(advisory, context)
    return ""


def misparsed_document(hit: Hit, context: DocContext) -> None:
    if hit.roles.get("issued"):
        return
    found = participle_after_comma(hit.word, context) or relative_read_as_complement(
        hit.word, context) or adjective_read_document(hit.word, context)
    if found:
        hit.roles["issued"] = [found]
        hit.paths.setdefault("issued", 98)
