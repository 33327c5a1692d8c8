"""EMPLOYED_AT where the parser reads a parenthetical participle as the sentence's verb.

"P, calling himself "A", was hired by Y": a participle of naming or pretending set off by
commas between the subject and a passive hiring verb ("calling himself", "going by",
"posing as") is read as the root, with P as its subject, and the passive "was hired" as
its clausal complement (ccomp) without a subject of its own; or the participle, with P as
its subject, becomes the passive's clausal subject (csubjpass) or an adverbial clause
(advcl) before it. The passive's subject is then the participle's: P is the one hired, and
the agent ("by Y") the employer. (That "calling" here names, and asks nothing, is
extract/governing.py's `_misread_main_verb`.)

Only a passive hiring verb that has no nominal subject of its own, tied so to a present
participle whose subject comes before it, set off by a comma: "P, claiming the firm was
hired by Y" gives the complement its own subject ("the firm") and is not read.
Negation, modality and the look-alikes of a job not held are judged as for
employment.py's passive ("was not hired by Y" states no job).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames.employment import (
    EMPLOYERS,
    HIRING,
    POSTS,
    WORKERS,
    distributes,
    is_employer,
    lent_out,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

def _participle(verb: Token) -> Token | None:
    """The participle the parser made the verb's governor ("ccomp"), its clausal subject
    or its adverbial clause."""
    if verb.dep_ == "ccomp":
        return verb.head
    return next((c for c in verb.children if c.dep_ in {"csubjpass", "advcl"}
                 and c.i < verb.i), None)


def _set_off_subject(hit: Hit, context: DocContext) -> None:
    """The roles stand only when the passive is the misread verb: it has its own passive
    auxiliary and no nominal subject, and the participle follows its own subject across a
    comma ("P, calling ...")."""
    verb = hit.word
    participle = _participle(verb)
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    set_off = participle is not None and participle.tag_ == "VBG" and participle.i > 0 \
        and verb.doc[participle.i - 1].text == "," and any(
            c.dep_ == "nsubj" and c.i < participle.i for c in participle.children)
    if own_subject or not passive or not set_off or lent_out(verb):
        hit.roles.clear()


# the prior of employment.py's "employment" frame, whose reading this is
FRAMES = (
    Frame("employment-passive-misparsed", 1, HIRING,
          {"worker": ("<ccomp @VBG >nsubj", ">csubjpass|advcl @VBG >nsubj"),
           # "hired as a developer by Y": the parser hangs the agent on the job noun
           "employer": (">agent >pobj", f">prep[as] >pobj[{POSTS}] >prep[by] >pobj")},
          (Yields("EMPLOYED_AT", ("worker",), ("employer",), when=is_employer,
                  holds=distributes),),
          anchor={"TAG": "VBN"},
          role_types={"worker": WORKERS, "employer": EMPLOYERS}, unnamed_ok=True,
          complete=_set_off_subject, base_confidence=0.75),
)
