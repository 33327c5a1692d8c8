"""The designating government of a DESIGNATED relation, for tests about which names a
Japanese sentence designates.

A Japanese DESIGNATED relation starts from the actor its sentence names (OFAC, the US
Treasury, a ministry, a state); tests written about the targets compare it by the
government that actor acts for, so they read the same whichever body the sentence names.
Which body it is: tests/test_lang_ja_designator.py.
"""

from __future__ import annotations

from graph.model import ExtractedEntity, Extraction

STATES = {"US": "United States", "JP": "Japan", "KR": "South Korea", "KP": "North Korea"}


def government(entity: ExtractedEntity) -> str | None:
    """The English name of the state an Agency acts for; None for any other entity."""
    code = entity.properties.get("country") if entity.type == "Agency" else None
    return STATES.get(str(code)) if code else None


def government_id(entity: ExtractedEntity) -> str:
    """The id of the state an Agency acts for (country:US); any other entity's own id."""
    code = entity.properties.get("country") if entity.type == "Agency" else None
    return f"country:{code}" if code else entity.id


def designations(result: Extraction) -> set[tuple[str, str]]:
    """(designating government, target as first written) of every DESIGNATED relation; a
    source that is no agency of a state keeps its name."""
    first = {e.id: e.name if e.type == "Country" else
             min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    by = {e.id: government(e) or first[e.id] for e in result.entities}
    return {(by[r.source], first[r.target]) for r in result.relations
            if r.type == "DESIGNATED"}
