"""The US state whose federal court a court act happened in, when the sentence says so.

Releases that round up several prosecutions tell each act with its court: "A, B and C
pleaded guilty in federal court in Georgia", "In Washington, D pleaded guilty", "E was
sentenced in the Southern District of Florida". Acts in courts of two different states are
acts of two different cases, so a defendant told in one state never joins the case another
state's act opened (a false DEFENDANT_IN joins strangers). The place is read from the
prepositional phrases ("in ...") of the predicate and the verbs above it: a court noun is
followed to its own place ("in federal court in Georgia"), a district to its state ("the
Middle District of Florida"). A sentence naming courts in several states, or a place that
is no US court's, gives no state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from extract.gazetteer import gazetteer_file

_COURT_NOUNS = frozenset({"court", "courts", "courthouse"})
_DISTRICT = re.compile(r"\bDistrict\s+of\s+(?P<state>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")
_LEADING = re.compile(r"^(?:the|a|an|federal|district|u\.s\.|us)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """Lower-cased place -> the state it names."""
    data = gazetteer_file("us_courts.yaml")
    table = {str(s).lower(): str(s) for s in data["states"]}
    for state, forms in data["same_as"].items():
        table[str(state).lower()] = str(state)
        table.update({str(f).lower(): str(state) for f in forms})
    return table


def state_of(place: str) -> str:
    """'the Southern District of Florida' -> 'Florida'; 'Atlanta, Georgia' -> 'Georgia';
    'Washington' -> 'District of Columbia'; '' when the place names no US court's state."""
    district = _DISTRICT.search(place)
    if district:
        state = district.group("state").strip()
        if state.lower() == "columbia":
            return "District of Columbia"
        if state.lower() == "washington":
            return "Washington State"  # the state's districts; the capital's is "of Columbia"
        return _states().get(state.lower(), "")
    text = place.strip()
    while _LEADING.match(text):
        text = _LEADING.sub("", text, count=1)
    table = _states()
    if text.lower() in table:
        return table[text.lower()]
    for part in reversed([p.strip() for p in text.split(",")]):
        if part.lower() in table:
            return table[part.lower()]
    return ""


def _places_of(prep: Token, depth: int = 0) -> list[str]:
    """The states an "in" phrase names, following a court noun to its own place."""
    found: list[str] = []
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        for item in (pobj, *[c for c in pobj.conjuncts if c.i != pobj.i]):
            if item.lower_ in _COURT_NOUNS or item.lower_ == "district":
                span = item.doc[item.left_edge.i:item.right_edge.i + 1].text
                state = state_of(span) if item.lower_ == "district" else ""
                if state:
                    found.append(state)
                elif depth < 2:
                    for inner in item.children:
                        if inner.dep_ == "prep" and inner.lower_ in {"in", "for"}:
                            found.extend(_places_of(inner, depth + 1))
                continue
            left = min((c.i for c in item.children if c.dep_ == "compound"), default=item.i)
            right = item.i
            # "Atlanta, Georgia": the state written after the city is the item's appositive
            tail = [c for c in item.children if c.dep_ in {"appos", "npadvmod"} and
                    c.i > item.i and c.pos_ == "PROPN"]
            if tail:
                right = tail[-1].i
            state = state_of(item.doc[left:right + 1].text)
            if state:
                found.append(state)
    return found


def court_state(word: Token) -> str:
    """The one state the predicate's court act is placed in, or ''."""
    states: list[str] = []
    for verb in (word, *word.ancestors):
        if verb is not word and verb.pos_ not in {"VERB", "AUX"}:
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                states.extend(_places_of(prep))
        if verb.dep_ == "ROOT" or states:
            break
    distinct = set(states)
    return states[0] if len(distinct) == 1 else ""
