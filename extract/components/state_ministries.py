"""A state's ministry named by the state before it; run by `tkg_span_cleanup_v1`.

"Australia's foreign ministry", "the Dutch foreign ministry", "the Belgian Finance
Ministry": a possessive or an adjective of a state, then the field and "ministry". The
ministry is a body of that state: the gazetteer's entry where it lists one ("Japan's
foreign ministry" is the Ministry of Foreign Affairs of Japan), else "Ministry of <field> of
<state>" with the state's short name. A ministry with no state before it ("the foreign
ministry said") is left to the references (it names no state, so no body).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extract.components.agency_shapes import SHARED
from extract.components.gazetteer_ruler import AMBIGUOUS_LABEL, CAPITAL_LABEL, DEMONYM_LABEL
from extract.gazetteer import Gazetteer
from extract.token_lookup import with_lower

_FIELDS = {"foreign": "Foreign Affairs", "defense": "Defense", "defence": "Defence",
           "finance": "Finance", "justice": "Justice", "interior": "Interior"}
_STATE_LABELS = {"Country", "GPE", "NORP", DEMONYM_LABEL, CAPITAL_LABEL}


def _state(doc: Doc, ents: list[Span], end: int, gazetteer: Gazetteer) -> str | None:
    """The ISO code of a state span ending at token `end` (before an optional "'s")."""
    for ent in ents:
        if ent.end == end and ent.label_ in _STATE_LABELS:
            if ent.id_.startswith("country:"):
                return ent.id_.split(":", 1)[1]
            return gazetteer.country_code(ent.text)
    return _half_of_korea(doc, ents, end)


# "the North's defense ministry", "the South's foreign ministry": in a text about the two
# Koreas, "the North" and "the South" are their states (a bare "defense ministry" would
# otherwise be read as the issuer's own)
_HALVES = {"north": "KP", "south": "KR"}


def _half_of_korea(doc: Doc, ents: list[Span], end: int) -> str | None:
    if end < 2 or doc[end - 1].lower_ not in _HALVES or doc[end - 2].lower_ != "the" or \
            doc[end - 1].text[0].islower():
        return None
    korea = any(e.id_ in {"country:KP", "country:KR"} for e in ents)
    return _HALVES[doc[end - 1].lower_] if korea else None


def _named(code: str, field: str, form: str, gazetteer: Gazetteer) -> str:
    """The gazetteer's id for this state's ministry (among the bodies the ambiguous form
    names, then by the state's own forms), or the composed name."""
    state = gazetteer.country(code)
    if state is None:
        return ""
    for entry in gazetteer.ambiguous.get(form, []):
        if entry.country == code:
            return entry.id
    for form in (f"{state.name}'s Ministry of {field}", f"Ministry of {field} of {state.name}",
                 *(f"{alias}'s Ministry of {field}" for alias in state.aliases)):
        known = gazetteer.lookup(form, "Agency")
        if known:
            return known[0].id
    the = f"the {state.name}" if f"the {state.name}" in state.aliases else state.name
    return f"{SHARED}Ministry of {field} of {the}"


def state_ministries(doc: Doc, ents: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """Agency spans over "<field> ministry" after a state's possessive or adjective."""
    new: list[Span] = []
    for tok in with_lower(doc, ("ministry",)):
        i = tok.i
        if i == 0 or doc[i - 1].lower_ not in _FIELDS:
            continue
        held = [e for e in ents if e.start <= i < e.end or e.start <= i - 1 < e.end]
        if any(e.label_ != AMBIGUOUS_LABEL or (e.start, e.end) != (i - 1, i + 1) for e in held):
            continue  # a listed or longer name already holds the words; an ambiguous form
            # ("foreign ministry" names several) is settled by the state before it
        end = i - 1
        if end > 0 and doc[end - 1].text in {"'s", "’s"}:
            end -= 1
        code = _state(doc, ents, end, gazetteer)
        if code is None:
            continue
        form = held[0].id_ if held else ""
        span_id = _named(code, _FIELDS[doc[i - 1].lower_], form, gazetteer)
        if span_id:
            new.append(Span(doc, i - 1, i + 1, label="Agency", span_id=span_id))
    if not new:
        return ents
    rest = [e for e in ents if not any(n.start < e.end and e.start < n.end for n in new)]
    return sorted([*rest, *new], key=lambda s: s.start)
