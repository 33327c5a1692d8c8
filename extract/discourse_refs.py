"""What a singular reference can stand for, read from the parse and from the discourse.

Two questions the nearest-antecedent search of extract/coref.py cannot answer from the words:
- whether an "it" refers at all. It refers only as the subject of its clause ("It hired
  three developers", "It was addressed to banks"); never as an expletive: a cleft ("It was
  Jane Roe who recommended ..."), an extraposed clause ("It is illegal to hire ...", "It
  was reported that ..."), or a dummy subject the parser marks `expl`. An object "it"
  ("threatened to leak it") is most often a thing (data, code, money), not an actor.
- which state "the regime" is. It is the state the document is about, not the nearest one
  ("workers in the PRC and Russia ... their wages go to the regime"): the state other than
  the document's issuers named most often before it, when it is named more often than any
  other; a tie leaves the reference unresolved.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from extract.mentions import DocMentions
from extract.resolve.base import DocEntities

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"ccomp", "xcomp", "csubj"})
_COPULAS = frozenset({"be", "seem", "appear", "become", "remain"})


def _token_at(doc: Doc, start: int) -> Token | None:
    span = doc.char_span(start, start + 2, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _expletive(it: Token) -> bool:
    head = it.head
    if head.lemma_ in _COPULAS:
        for child in head.children:
            # "It was Jane Roe who ...": a cleft focuses a name, the clause is the news
            if child.dep_ == "attr" and child.pos_ in {"PROPN", "PRON"} and any(
                    c.dep_ == "relcl" for c in child.children):
                return True
            # "It is illegal to hire ...", "it is clear that ...": the clause is the subject
            if child.dep_ in _CLAUSES and child.i > it.i:
                return True
            if child.dep_ in {"acomp", "attr"} and any(
                    c.dep_ in _CLAUSES for c in child.children):
                return True
    # "It was reported that ...", "it is estimated that ...": a passive before its clause
    return it.dep_ == "nsubjpass" and any(
        c.dep_ == "ccomp" and c.i > head.i for c in head.children)


def it_refers(doc: Doc | None, start: int) -> bool:
    """Whether the "it" at `start` is a referring subject (without a parse: assume so, the
    caller's word tests then decide alone)."""
    if doc is None:
        return True
    it = _token_at(doc, start)
    if it is None or it.lower_ != "it":
        return True
    if it.dep_ not in _SUBJECTS:
        return False
    return not _expletive(it)


def topic_state(mentions: DocMentions, result: DocEntities, start: int,
                issuers: set[str]) -> str:
    """The state the document is about before `start` ("the regime"), or ""."""
    counts: Counter[str] = Counter()
    for m in mentions.mentions:
        e = result.entities.get(m.entity) if m.entity else None
        if e is None or e.type != "Country" or e.id in issuers or m.start >= start or \
                "reference" in m.props:
            continue
        counts[e.id] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return ""
    return ranked[0][0]
