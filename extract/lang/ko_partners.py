"""A name coordinated with a person's name is a person's name too.

Kiwi splits a name it has never seen into a noun and a particle (림은철 → 림 + 은 + 철), and
"A 및 B" alone joins common nouns as often as names, so a word after "A과/와" is not a
name on its own. When A is already a person and the word after the conjunction has the
shape of a Korean name (a family name and two syllables, no noun of Kiwi's dictionary)
and ends the coordination (등, a particle, a bracket or a comma follows), it names a
second person: "김무림과 림은철 등이", "박상진과 현영호를". The same holds backwards: a
word of that shape before "과/와" and a person's name, opening the coordination (no other
word glued before it), names the first person: "한광철과 리명수" where Kiwi reads 한 as "one".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.romanize import canonical

_NEXT = re.compile(r"(?:과|와)\s+([가-힣]{3})(?=\s*(?:등|은|는|이|가|을|를|도|의|에게|\(|,|\s*$))")
_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{3})(?:과|와)\s+$")
PARTNER = 0.8


def add_coordinated_names(builder: DocBuilder, looks_like_name: Callable[[str], bool],
                          dictionary_noun: Callable[[str], bool],
                          not_names: set[str]) -> None:
    persons = [f for f in builder.found if f.type == "Person" and not f.unnamed
               and not f.text.isascii()]
    for person in persons:
        after = _NEXT.match(builder.text, person.end)
        before = _BEFORE.search(builder.text, max(0, person.start - 6), person.start)
        for match in (after, before):
            if match is None:
                continue
            name = match.group(1)
            if not looks_like_name(name) or dictionary_noun(name) or name in not_names or (
                    name.endswith("들") and dictionary_noun(name[:-1])):
                continue  # a common noun, or its plural (공범들 "accomplices")
            english = canonical(name)
            builder.add(Found(match.start(1), match.end(1), name, "Person",
                              make_id("Person", english), english, aliases=(name,),
                              confidence=PARTNER))
