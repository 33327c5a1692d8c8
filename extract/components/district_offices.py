"""A US Attorney's Office named by its district; read by `tkg_span_cleanup_v1`.

Every federal district has a US Attorney's Office, and releases name it by one shape:
"the U.S. Attorney's Office for the Western District of <State>", "the United States
Attorney's Office for the District of <State>", "US Attorney’s Office for the District of
Columbia". The gazetteer lists a few; the model splits the rest into a state ("US") and a
place. The whole run is one Agency, named "U.S. Attorney's Office for the <district>" (the
gazetteer's spelling where it lists the office). A district is "District of" and a state
of one word or of two words the gazetteer places ("New Jersey"); a bare "U.S. Attorney"
(a person's title) is no office.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extract.doc_text import doc_text
from extract.gazetteer import Gazetteer

SHARED = "shared:"
_OFFICE = re.compile(
    r"\b(?:U\.\s?S\.|US|United\s+States)\s+Attorney['’]?s['’]?\s+Office\s+for\s+the\s+"
    r"(?P<district>(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+)"
    r"(?P<state>[A-Z][a-z]+)(?P<second>\s+[A-Z][a-z]+)?")


def district_offices(doc: Doc, ents: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """The spans, with each US Attorney's Office named by its district as one Agency."""
    new: list[Span] = []
    for match in _OFFICE.finditer(doc_text(doc)):
        state, end = match.group("state"), match.end("state")
        second = match.group("second")
        if second and (f"{state}{second}".lower() in gazetteer.places or
                       gazetteer.country_code(f"{state}{second}")):
            state, end = f"{state}{second}", match.end("second")
        district = re.sub(r"\s+", " ", match.group("district"))
        name = f"U.S. Attorney's Office for the {district}{state}"
        span = doc.char_span(match.start(), end, alignment_mode="expand")
        if span is None:
            continue
        known = gazetteer.lookup(name, "Agency")
        new.append(Span(doc, span.start, span.end, label="Agency",
                        span_id=known[0].id if known else SHARED + name))
    if not new:
        return ents
    kept = [e for e in ents if not any(n.start < e.end and e.start < n.end for n in new)]
    return sorted([*kept, *new], key=lambda s: s.start)
