"""Words that never stand for an argument of a fact.

What someone poses as is nobody in the facts ("posed as U.S. citizens"), and a name under
"except (for)", "excluding", "other than" is the one the fact leaves out ("all the firms
except X").
"""

from __future__ import annotations

from spacy.tokens import Token

_EXCEPT = frozenset({"except", "excluding", "but", "besides"})


def previous_word(token: Token) -> str:
    return token.doc[token.i - 1].lower_ if token.i > 0 else ""


_PRETEND = frozenset({"pose", "pretend", "masquerade", "impersonate", "pass", "present"})


def _pretended(token: Token) -> bool:
    """What someone poses as is nobody in the facts: "posed as U.S. citizens", also where
    the parser reads "posed as U.S. citizens to get hired" as a clause marked by "as"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in _PRETEND:
        return True
    return token.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_ in _PRETEND and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in head.children)


def excluded(token: Token) -> bool:
    """Under 'except (for)' / 'other than' within two steps; what someone poses as."""
    if _pretended(token):
        return True
    for ancestor in list(token.ancestors)[:3]:
        if ancestor.dep_ == "prep" and ancestor.lower_ in _EXCEPT:
            return True
        if ancestor.lower_ == "than" and previous_word(ancestor) == "other":
            return True
    return False
