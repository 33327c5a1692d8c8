"""DESIGNATED: the release's own act named as a noun, with no actor of its own.

Constructions: "Today's designation of X disrupts ...", "Today's sanctions on X", "The
designations of X and Y follow ...", "This designation of X builds on ...". The noun
is the act the release announces: possessed by "today", or the definite subject
of a present-tense clause (the release speaking of what it does). Its actor is the
designator in force (extract/designator.py), as for "Today's designations include X".

Not an act: a noun that names its actor ("Treasury's designation of X", "the designation of
X by Y": extract/frames/designation.py reads those), a noun that is only proposed, possible
or planned ("a proposed designation of X"), a noun in another role than the subject ("calls
for the designation of X", "could lead to the designation of X"), a dated earlier act ("the
2019 designation of X", whose actor the release does not tell), and a subject whose clause
says the act is not done ("the designation of X remains under review", "awaits approval").
Negation, modals and quotations are refused by extract/modality.py as for every frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._paths import OF, prep
from extract.frames.designation import DESIGNATORS, TARGETS, legal_basis

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

# the release's day as the noun's possessor: "Today's designation". A weekday ("Monday's
# designation") may be another actor's act of that week, which the release need not name.
_DAYS = frozenset({"today"})
# a designation that is not (yet) made
_NOT_MADE = frozenset({"proposed", "possible", "potential", "planned", "pending", "future",
                       "expected", "prospective", "further", "recommended", "requested",
                       "hypothetical", "contemplated", "draft", "eventual", "likely"})
# the release's own act, pointed at
_DEFINITE = frozenset({"the", "this", "these"})
# a clause that says the act waits or hangs on something: not made
_WAITING = frozenset({"remain", "await", "require", "need", "depend", "hinge", "stall",
                      "face", "lack"})


def _dated_before(word: Token) -> bool:
    """A date on the noun other than its day ("the 2019 designation of X", "the designation
    of X in March 2020"): an earlier act, not the release's."""
    of_words = {t.i for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
                for t in c.subtree}
    return any(t.ent_type_ == "DATE" and t.lower_ not in _DAYS and t.lower_ != "'s"
               for t in word.subtree if t.i not in of_words and t.i != word.i)


def _own_act(word: Token) -> bool:
    """Whether the noun names the release's act without naming its actor."""
    children = list(word.children)
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in children):
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in _NOT_MADE for c in children):
        return False
    if _dated_before(word):
        return False
    owners = [c for c in children if c.dep_ == "poss"]
    if owners:
        return all(o.lower_ in _DAYS for o in owners)
    if word.dep_ not in {"nsubj", "nsubjpass"} or word.lemma_ != "designation":
        return False
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children):
        return False
    verb = word.head
    if verb.lemma_ in _WAITING:
        return False
    # present tense; the tagger also reads a plural's present verb as a base form ("the
    # designations build on"), which is present when no auxiliary ("would", "will") rules it
    return verb.tag_ in {"VBZ", "VBP"} or (verb.tag_ == "VB" and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children))


def _properties(hit: Hit, context: DocContext, spec: Yields) -> dict[str, object] | None:
    if not _own_act(hit.word):
        return None
    basis = legal_basis(context.sentence_text(hit.sent))
    return {"legal_basis": basis} if basis else {}


FRAMES = (
    Frame("designation-own-noun", 1, ("designation", "sanction"),
          {"agent": (), "target": (*OF, *prep("on|against"), ">prep[of] >conj[of] >pobj")},
          (Yields("DESIGNATED", ("agent",), ("target",)),), pos=("NOUN",),
          role_types={"agent": DESIGNATORS, "target": TARGETS},
          defaults={"agent": "designator"}, dated="act", properties=_properties,
          base_confidence=0.7),
)
