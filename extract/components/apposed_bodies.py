"""A name with a description of a body in apposition; read by `tkg_org_context_v1`.

"<Name>, a Chinese software house, ...", "<Name>, a Seoul think tank,", "<Name>, a
Dallas-based recruiting agency," : the noun that heads the description says what the name
is, whatever the model labels it (it often reads an unfamiliar firm's name as a person's).
org_context.py reads the company nouns (company, firm, business, ...); this module reads
the other nouns said only of bodies: makers, sellers and providers, houses and studios,
institutes and think tanks, groups and units.

The description is one noun phrase: an article, up to four words that are no preposition
or article (so "a member of a hacking group" is a member, a person), the body noun, then
the phrase ends (a comma or other punctuation, a preposition, a participle or a relative
pronoun). A description said of people ("a Houston accountant") is read by
open_names.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_WORD = r"[A-Z][\w&'’.-]*[\w&]|[A-Z]"
_NAME = rf"(?:{_WORD})(?:[ \t]+(?:of[ \t]+|&[ \t]+)?(?:{_WORD})){{0,4}}"
_BODY_NOUNS = (r"house|maker|manufacturer|carmaker|automaker|retailer|provider|vendor|"
               r"supplier|distributor|exporter|importer|contractor|subcontractor|startup|"
               r"start-up|outfit|consultancy|agency|studio|lender|insurer|nonprofit|"
               r"non-profit|charity|university|institute|think[ \t]+tank|organi[sz]ation|"
               r"group|conglomerate|publisher|broadcaster|operator|developer[ \t]+studio")
_MODIFIER = r"(?!(?:of|a|an|the|for|in|at|with|by|from|to|and|or|who|which)\b)[\w.’'-]+"
# the phrase ends after the noun: punctuation, a preposition, a participle, a relative
_END = (r"(?=[ \t]*[,.;:)]|[ \t]+(?:in|of|on|at|for|from|with|based|that|which|owned|"
        r"controlled|run|registered|headquartered|linked|affiliated)\b)")
_APPOSED = re.compile(rf"(?P<name>{_NAME}),[ \t]+(?:a|an|the)[ \t]+(?:{_MODIFIER}[ \t]+)"
                      rf"{{0,4}}(?:{_BODY_NOUNS}){_END}")
_LEADING = re.compile(r"^(?:(?:The|A|An|And|Or|In|On|At|By|For|From|With)[ \t]+)+")
# the words before continue a longer name: "Center for | Strategic Studies, a think tank"
_CONTINUED = re.compile(r"[A-Z][\w.’'-]*[ \t]+(?:for|of|on|and|&|de)[ \t]+$")


def apposed_body_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the names a body's description follows in apposition."""
    for match in _APPOSED.finditer(text):
        name, start = match.group("name"), match.start("name")
        if _CONTINUED.search(text[max(0, start - 60):start]):
            continue  # the end of a longer name the match does not hold
        lead = _LEADING.match(name)
        if lead:
            name, start = name[lead.end():], start + lead.end()
        if name:
            yield start, start + len(name)
