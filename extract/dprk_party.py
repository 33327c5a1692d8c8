"""Whether an extracted entity is on the DPRK side: the country, a DPRK unit or group, or
an organization or person whose code, country or nationality the text gives as North Korea.

Frames that need the one helped or paid to be a DPRK party (facilitation by a verb of
letting, money spent for someone) ask this; which kinds count depends on the frame: a
worker group is the one helped, a group of any kind is one money can serve.
"""

from __future__ import annotations

from graph.model import ExtractedEntity

_COUNTRY_KEYS = ("code", "country", "nationality")


def is_dprk_party(entity: ExtractedEntity, kinds: frozenset[str]) -> bool:
    props = entity.properties
    return str(props.get("kind", "")) in kinds or "KP" in {
        str(props.get(key, "")).upper() for key in _COUNTRY_KEYS}
