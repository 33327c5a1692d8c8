"""A foreign state's ministry named by the state and a Japanese ministry word: 中国外務省,
ロシアの国防省 — that state's ministry, never Japan's.

The gazetteer gives the bare ministry words (外務省, 財務省, 防衛省) to Japan, whose releases
write them alone, and spells out the states whose ministries our documents name often (米財務省,
韓国外務省). Any other state right before the word (with or without の) says whose ministry
it is: the report quotes another government (中国外務省の報道官). The ministry keeps the
English title of the word and takes the state's name ("Ministry of Foreign Affairs of
China"); one word naming several states (日米の外務省) names no one state's ministry.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, make_id

_JOIN = re.compile(r"(?:\s*の\s*)?")
_OF_JAPAN = " of Japan"


def repoint_foreign_ministries(builder: DocBuilder) -> None:
    text = builder.text
    for state in [f for f in builder.found if f.type == "Country"]:
        code = str(state.properties.get("code", ""))
        if not code or code == "JP" or any(
                f is not state and f.start == state.start and f.end == state.end
                for f in builder.found):
            continue
        joined = _JOIN.match(text, state.end)
        at = joined.end() if joined else state.end
        ministry = next((f for f in builder.found if f.start == at and f.type == "Agency"
                         and f.properties.get("country") == "JP"
                         and f.name.endswith(_OF_JAPAN) and f.text.endswith(("省", "庁"))),
                        None)
        if ministry is None:
            continue
        name = f"{ministry.name[:-len(_OF_JAPAN)]} of {state.name}"
        surface = text[state.start:ministry.end]
        builder.withdraw(ministry)
        builder.withdraw(state)
        builder.add(Found(state.start, ministry.end, surface, "Agency",
                          make_id("Agency", name), name, properties={"country": code},
                          confidence=0.85))
