"""Which extracted entity is which gold one, for the Japanese and Korean scores
(extract/lang/evaluation.py).

Names compare across scripts: an extracted entity matches a gold one when the types agree
and its name or any alias equals the gold name or any gold alias, compared after width
folding, without case, spaces or punctuation (so 북한 matches 북한 and "Pak Hung Ryong"
matches "PAK Hung-ryong").

A generic reference ("이 사건" "this case", 공소장, 起訴状, 本件, "the indictment") names no
entity: it is a mention of whichever case the document tells, so it never makes a gold case
and an extracted one the same (two reports' "이 사건" are two cases). A US case, which
Korean and Japanese reports never name, matches by its first defendant: "United States v.
<gold person>" is the extracted "United States v. <the entity matched to that person>".
"""

from __future__ import annotations

import re
import unicodedata

from graph.model import ExtractedEntity


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).lower()
    text = re.sub(r"^\s*(?:the|a|an)\s+", "", text)
    return re.sub(r"[\W_]+", "", text)


# "this case", "the indictment", "the said case": a reference, not a name
_GENERIC = re.compile(r"^(?:(?:이|이번|해당|동|본|같은)\s*사건|(?:이|해당|본)?\s*(?:공소장|기소장)|"
                      r"本件|同事件|(?:この|本|同)?(?:事件|起訴状)|"
                      r"(?:the|this)\s+(?:case|indictment|complaint))$", re.IGNORECASE)
_US_CASE = re.compile(r"^United States v\.?\s+(.+)$")


def _keys(entity: ExtractedEntity) -> set[str]:
    """Name, aliases and the surfaces of its mentions (a Hangul mention is the name as the
    document writes it, whatever romanization either side chose); no generic reference."""
    names = (entity.name, *entity.aliases, *(m.text for m in entity.mentions))
    return {k for k in (name_key(n) for n in names if not _GENERIC.match(n.strip())) if k}


def match_entities(extracted: list[ExtractedEntity], gold: list[ExtractedEntity]) -> dict[str, str]:
    """gold id -> extracted id, each gold entity matched at most once."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for g in gold:
        keys = _keys(g)
        for e in extracted:
            if e.type == g.type and e.id not in used and _keys(e) & keys:
                out[g.id] = e.id
                used.add(e.id)
                break
    _match_cases_by_defendant(extracted, gold, out, used)
    return out


def _match_cases_by_defendant(extracted: list[ExtractedEntity], gold: list[ExtractedEntity],
                              out: dict[str, str], used: set[str]) -> None:
    """Gold "United States v. N" left unmatched: the extracted "United States v. M" where M
    is the name of the entity matched to the gold person named N."""
    persons = {name_key(g.name): g.id for g in gold if g.type == "Person"}
    names = {e.id: e.name for e in extracted}
    for g in gold:
        defendant = _US_CASE.match(g.name) if g.type == "Case" and g.id not in out else None
        mine = out.get(persons.get(name_key(defendant.group(1)), "")) if defendant else None
        if mine is None:
            continue
        wanted = name_key(f"United States v. {names[mine]}")
        case = next((e for e in extracted if e.type == "Case" and e.id not in used and
                     name_key(e.name) == wanted), None)
        if case is not None:
            out[g.id] = case.id
            used.add(case.id)
