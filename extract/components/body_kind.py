"""Is a name with a government head word a government body? Read by `tkg_span_cleanup_v1`.

An Agency is a government body (docs/annotation.md). Many names that are no such body end
in the same head words as agencies do:
  a DPRK unit            "the Pyongyang Informatics Center", "North Korea's Kwangbok
                         Software Bureau", "the Cyber Bureau of the Korean People's Army"
                         (an owner the gazetteer lists as a DPRK body or the state, after
                         "of"): DPRK centers, bureaus and departments are
                         organizations (kind dprk_unit), as the guide says
  a think tank           "the Center for Strategic Studies", "the Miller Center for Cyber
                         Policy": a center FOR a field of study is a research body
  a firm                 "Velmora Staffing Agency", "a recruiting firm": a trade word in
                         the name, or a company's place in the sentence (`context:` spans
                         of org_context.py), says it is a business
A head word that only government bodies use ("Ministry", "Police", "Prosecutors") and a
name the gazetteer lists never come here. A name that carries a state of its own
("National", "Federal", "U.S.", "Japan", "of Japan", "Japan's ...") stays a government body
whatever else it holds: "National Cyber Security Center".
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract.gazetteer import Gazetteer

# head words that government bodies share with firms, research bodies and DPRK units
_SHARED_HEAD = re.compile(r"\b(?:Center|Centre|Bureau|Department|Office|Agency|Service|"
                          r"Division|Command|Team|Council)\b")
_CENTER = re.compile(r"\b(?:Center|Centre)\b")
# a center for a field of study or of a cause ("Center for Strategic Studies")
_FOR_FIELD = re.compile(r"\b(?:Center|Centre)\s+(?:for|on)\s+[A-Z]")
# words a state puts in the names of its own bodies
_STATE_WORDS = re.compile(r"\b(?:National|Federal|U\.S\.|US|United\s+States|Prefectural|"
                          r"Metropolitan|Municipal|Cabinet|Presidential|Royal|Imperial|"
                          r"Government)\b")
# trades and crafts in a name say a business: "Velmora Staffing Agency", "Korea Informatics
# Center", "Hanbit Travel Service"
_TRADE = re.compile(r"\b(?:Staffing|Recruiting|Recruitment|Talent|Travel|Tour|Tourism|"
                    r"Marketing|Advertising|Insurance|Realty|Real\s+Estate|Design|Logistics|"
                    r"Computer|Computing|Informatics|Programming|Electronics|Consultancy|"
                    r"Outsourcing|Freight|Courier|Translation|Printing)\b")
_POSSESSIVE = {"'s", "’s"}
_DPRK = "KP"


def _state_of(text: str, gazetteer: Gazetteer) -> str | None:
    """The state a word or two names (a country, its demonym, capital or a place in it)."""
    folded = text.strip().lower()
    if folded in {"korea", "korean"}:
        return None  # either Korea
    return gazetteer.country_code(text) or gazetteer.places.get(folded)


def _states_in(span: Span, gazetteer: Gazetteer) -> set[str]:
    words = [t.text for t in span]
    found: set[str] = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            code = _state_of(" ".join(words[i:i + size]), gazetteer)
            if code:
                found.add(code)
    return found


def _owner_before(span: Span, gazetteer: Gazetteer) -> str | None:
    """The state named right before the name: "North Korea's X", "the DPRK's X", "a
    Japanese X" (up to three words and a possessive)."""
    doc = span.doc
    end = span.start
    if end > 0 and doc[end - 1].text in _POSSESSIVE:
        end -= 1
    for size in (3, 2, 1):
        start = end - size
        if start < 0:
            continue
        words = doc[start:end]
        if any(t.is_punct or t.is_lower for t in words):
            continue
        code = _state_of(words.text, gazetteer)
        if code:
            return code
    return None


def _owner_after(span: Span, gazetteer: Gazetteer) -> str | None:
    """The state of a listed owner right after the name: "<Name> of the Korean People's
    Army", "<Name> of the DPRK" (the owner's list entry or the state itself)."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i >= len(doc) or not doc[i].ent_id_:
        return None
    entry = gazetteer.by_id.get(doc[i].ent_id_)
    if entry is None:
        return None
    code = entry.properties.get("country") or entry.properties.get("code")
    return str(code) if code else None


def body_kind(span: Span, gazetteer: Gazetteer) -> str | None:
    """For an unlisted name with a shared government head word: None when it is a
    government body, else the kind of organization it is (dprk_unit, company, other)."""
    text = span.text
    if not _SHARED_HEAD.search(text):
        return None
    states = _states_in(span, gazetteer)
    for owner in (_owner_before(span, gazetteer), _owner_after(span, gazetteer)):
        if owner is not None:
            states.add(owner)
    foreign = states - {_DPRK}
    if _STATE_WORDS.search(text) or foreign:
        return None  # a state names its own body
    if _DPRK in states:
        return "dprk_unit"
    if _TRADE.search(text) or span.id_.startswith("context:"):
        return "company"
    if _FOR_FIELD.search(text) or _CENTER.search(text):
        return "other"
    return None
