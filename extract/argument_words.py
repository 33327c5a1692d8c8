"""Words around an argument that open a phrase adding entities to it: the participle that
gives a noun its name ("known as X", "called X"), an indefinite singular description ("a
company based in Y"), and the words that may open a comitative phrase ("together with Y").
Pure readings of the parse, used by extract/arguments.py."""

from __future__ import annotations

from spacy.tokens import Token

KNOWN_AS = frozenset({"known", "called", "named", "dubbed"})


def name_given(participle: Token) -> list[Token]:
    """The name "known as X" / "called X" gives its noun."""
    if participle.lower_ == "known":
        return [o for p in participle.children if p.dep_ == "prep" and p.lower_ == "as"
                for o in p.children if o.dep_ == "pobj"]
    return [c for c in participle.children if c.dep_ in {"oprd", "dobj", "attr", "xcomp"}]


def indefinite_singular(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.dep_ in {"appos", "attr"} \
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)


def comitative_words(token: Token) -> list[Token]:
    """The words that may open a comitative phrase of the token: its children, and for a
    subject the words the parser hung on its verb between the two ("X, along with Y,
    issued ...": the phrase set off after the subject still joins the subject); under
    "along" or "together" read as a preposition, its "with"."""
    words = list(token.children)
    if token.dep_ in {"nsubj", "nsubjpass"} and token.i < token.head.i:
        words += [c for c in token.head.children if token.i < c.i < token.head.i]
    return words + [c for w in words if w.lower_ in {"along", "together"}
                    for c in w.children if c.lower_ == "with"]
