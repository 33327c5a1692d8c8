"""A Korean name's other name, given in brackets right after it: one person or body.

Reports add what a person or company is also called in brackets after the name, opened by
일명, 별칭, 별명, 가명, 이명 or 예명 ("also known as"), quoted or not: 문철호(일명 '문대성'),
X무역회사(별칭 Y). The bracket's name is an alias of the name before it, never an entity of
its own: whatever the readers found inside the bracket becomes a mention of that entity
(so a designation of the bracket's name is the designation of the person), and the
bracket's name written again later is the same entity too. A bracket without such a word
(a romanization, an age, a post) is left to the other readers.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder

_AKA = re.compile(r"\s*[(（]\s*(?:일명|별칭|별명|가명|이명|예명|약칭)\s*[:：]?\s*"
                  r"[‘'\"“]?(?P<alias>[가-힣A-Za-z][가-힣A-Za-z0-9 .\-]{0,30}?)[’'\"”]?"
                  r"\s*(?:[,，]\s*[^)）]{0,40})?[)）]")


def join_aliases(builder: DocBuilder) -> None:
    """Make each name in a 일명/별칭 bracket a mention of the name before the bracket."""
    text = builder.text
    for named in sorted(builder.found, key=lambda f: f.start):
        if named.type not in ("Person", "Organization") or named.unnamed:
            continue
        match = _AKA.match(text, named.end)
        if match is None:
            continue
        entity = builder.entities.get(named.id)
        if entity is None:
            continue
        alias = match.group("alias").strip()
        inside = {f.id for f in builder.found if match.start() <= f.start
                  and f.end <= match.end() and f.id != named.id}
        for found in builder.found:
            if found.id in inside:  # the bracket's name, here and wherever else it stands
                found.id, found.name, found.type = named.id, named.name, named.type
        for old in inside:
            gone = builder.entities.pop(old, None)
            if gone is None:
                continue
            entity.mentions.extend(gone.mentions)
            for other in (gone.name, *gone.aliases):
                if other not in entity.aliases and other != entity.name:
                    entity.aliases.append(other)
        entity.mentions.sort(key=lambda m: m.start)
        if alias and alias not in entity.aliases and alias != entity.name:
            entity.aliases.append(alias)
