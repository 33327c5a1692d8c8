"""Where a sending verb says the thing went, and whether that recipient is the DPRK side.

An employer sends its equipment to the one it hired ("X shipped a laptop to the home of Y",
"laptops were mailed by X to Y's address", "X delivered a laptop to its new hire"): the
sender helped no one, and the recipient, who may host the machine for the workers, is no one
the sender helped either. Sending the machines on to the workers ("shipped the laptops to
the workers in China") is the help. So for a sending verb that names its destination, the
helped party is that destination only when it is the DPRK side (the worker collective, a
DPRK unit, a North Korean organization or national), and the workers never stand in for a
destination that is someone or somewhere else. A sending verb with no destination
("forwarded the laptops overseas") is left to the usual readings.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.arguments import entities_of
from extract.dprk_party import is_dprk_party
from extract.relation_context import DocContext, Hit

# verbs that move a thing to a recipient, not verbs that hold or run it for someone
SENDING = frozenset({"ship", "mail", "forward", "deliver", "send", "post", "reship",
                     "courier"})
# the ones a machine sent to may serve: the workers, a DPRK unit (or a North Korean party)
_HELPED_KINDS = frozenset({"worker_group", "dprk_unit"})


def destinations(word: Token) -> list[Token]:
    """The words a sending verb names as where the thing went: the object of 'to' on the
    verb or on what it sent, and an indirect object ("mailed her a laptop")."""
    if word.lemma_ not in SENDING:
        return []
    found = [c for c in word.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    for head in [word, *(c for c in word.children if c.dep_ in {"dobj", "nsubjpass"})]:
        found += [o for p in head.children if p.dep_ in {"prep", "dative"}
                  and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return found


def _parties(token: Token, context: DocContext) -> list[str]:
    """The entities a destination names: itself, or the owner of the place it names
    ("Y's address", "the home of Y", "the workers' addresses")."""
    owners = [token, *(c for c in token.children if c.dep_ == "poss"),
              *(o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj")]
    return [e for o in owners for e in entities_of(o, context.index)]


def _dprk_side(entity: str, context: DocContext) -> bool:
    return entity in context.entities and is_dprk_party(context.entities[entity],
                                                       _HELPED_KINDS)


def sent_elsewhere(word: Token, context: DocContext) -> bool:
    """A sending verb names a destination, and none of them is the DPRK side."""
    ends = destinations(word)
    return bool(ends) and not any(
        _dprk_side(e, context) for t in ends for e in _parties(t, context))


def keep_dprk_recipients(hit: Hit, context: DocContext) -> None:
    """A frame hook: the one a sending verb's destination names is helped only when it is
    the DPRK side ("shipped a laptop to Y" helps no Y the text does not put on that side)."""
    helped = hit.roles.get("helped")
    if not helped or hit.word.lemma_ not in SENDING:
        return
    others = {e for t in destinations(hit.word) for e in _parties(t, context)
              if not _dprk_side(e, context)}
    kept = [e for e in helped if e not in others]
    if kept:
        hit.roles["helped"] = kept
    else:
        hit.roles.pop("helped")
        hit.paths.pop("helped", None)
