"""Two ways Japanese text names a known actor again, after the gazetteer has found it.

- An abbreviation in brackets right after the name (外国資産管理局（OFAC）) is another name of
  the same actor, not a company of its own.
- A short form of a foreign agency's name (財務省 after 米財務省 "the US Treasury"): once a
  text has named the foreign agency, the bare word means it, as Japanese news shortens a
  name already given in full. Not when the bare word stands among Japanese agencies
  (外務省、財務省及び経済産業省), where it is Japan's own.
- The 米 ("US") of the first name in a list of agencies carries over to the bare names
  coordinated after it (米国務省、財務省及び連邦捜査局: the US Treasury), when 米 and the bare
  name form the name of a US agency.
- Ministries counted after their bare stems (外務、財務、経済産業の3省; 警察、外務、財務、経済
  産業の関係4省庁): each stem with 省 or 庁 is the name of a known agency, when every stem
  before the count is one and there are as many as counted.
"""

from __future__ import annotations

import re

from extract.gazetteer import GazetteerEntry
from extract.lang.common import DocBuilder, Found
from extract.lang.cues import CUES
from extract.lang.names import entry_properties
from extract.lang.native import NativeGazetteer
from graph.model import Mention

# the count after the stems: の3省, の関係4省庁
_COUNTED_MINISTRIES = re.compile(r"の\s*(?:関係\s*)?([0-9０-９一二三四五六七八九十]+)\s*"
                                 r"(?:省庁|府省|省)")
_STEM = re.compile(r"([一-龥]{2,4})\s*(?:、|・|及び|および|並びに|と|,|，)?\s*$")
_NUMBERS = str.maketrans("０１２３４５６７８９一二三四五六七八九", "0123456789123456789")
_ABBREVIATION = re.compile(r"\s*[（(]\s*([A-Z][A-Za-z&]{1,9})\s*[)）]")
_ACTORS = ("Agency", "Country", "Organization")


def add_bracket_abbreviations(builder: DocBuilder) -> None:
    for found in [f for f in builder.found if f.type in _ACTORS and not f.unnamed]:
        match = _ABBREVIATION.match(builder.text, found.end)
        if match is None:
            continue
        builder.add(Found(match.start(1), match.end(1), match.group(1), found.type, found.id,
                          found.name, properties=dict(found.properties),
                          confidence=found.confidence))


def _among_own_agencies(builder: DocBuilder, item: Found) -> bool:
    coordinator = CUES["ja"].coordinator
    for other in builder.found:
        if other is item or other.type != "Agency" or \
                other.properties.get("country") != item.properties.get("country"):
            continue
        gap = builder.text[other.end:item.start] if other.end <= item.start else \
            builder.text[item.end:other.start]
        if len(gap) <= 4 and coordinator.match(gap):
            return True
    return False


def repoint_short_forms(builder: DocBuilder) -> None:
    agencies = sorted((f for f in builder.found if f.type == "Agency"), key=lambda f: f.start)
    for item in agencies:
        fuller = {f.id: f for f in agencies if f.start < item.start and f.id != item.id
                  and len(f.text) > len(item.text) and f.text.endswith(item.text)}
        if len(fuller) != 1 or _among_own_agencies(builder, item):
            continue
        target = next(iter(fuller.values()))
        if _own_state_between(builder, target, item):
            continue
        _move(builder, item, target)


# Japan named as the one actor of its clause (日本政府も, 我が国は, 日本は), not as one of
# several states (日本と米国、韓国の3カ国は)
_JAPAN_ACTOR = re.compile(r"(?:日本(?:国)?政府|我が国|わが国|日本)(?:は|も|が)")


def _own_state_between(builder: DocBuilder, target: Found, item: Found) -> bool:
    """韓国外務省は…。日本政府も…。外務省によると: Japan named as an actor after the foreign
    ministry and before the bare word, the report has come back to Japan, and the bare
    word is Japan's own ministry again."""
    if item.properties.get("country") != "JP":
        return False
    last = max((m.start for m in builder.entities[target.id].mentions if m.start < item.start),
               default=-1)
    return any(f.type == "Country" and f.properties.get("code") == "JP" and
               last < f.start < item.start and _japan_alone(builder.text, f)
               for f in builder.found)


def _japan_alone(text: str, state: Found) -> bool:
    actor = _JAPAN_ACTOR.match(text, state.start)
    return actor is not None and actor.end() == state.end + 1


def _move(builder: DocBuilder, item: Found, target: Found) -> None:
    old = builder.entities.get(item.id)
    if old is not None:
        old.mentions = [m for m in old.mentions if m.start != item.start]
        if not old.mentions:
            del builder.entities[item.id]
    item.id, item.name, item.properties = target.id, target.name, dict(target.properties)
    item.alias = False  # 財務省 is not a name of the US Treasury everywhere
    entity = builder.entities[target.id]
    entity.mentions.append(Mention(item.start, item.end, item.text))
    entity.mentions.sort(key=lambda m: m.start)


def distribute_us_prefix(builder: DocBuilder, native: NativeGazetteer) -> None:
    coordinator = CUES["ja"].coordinator
    agencies = sorted((f for f in builder.found if f.type == "Agency"), key=lambda f: f.start)
    for index in range(1, len(agencies)):  # by index: a repointed name leads the next
        previous, item = agencies[index - 1], agencies[index]
        # 大韓民国外交部、警察庁: the ROK's police, as 米国務省、財務省 is the US Treasury
        code = str(previous.properties.get("country", ""))
        prefix = {"US": "米", "KR": "韓国"}.get(code, "")
        entry = native.surfaces["ja"].get(prefix + item.text) if prefix else None
        if entry is None or entry.type != "Agency" or entry.id == item.id or \
                entry.properties.get("country", "US") != code or \
                not coordinator.match(builder.text[previous.end:item.start]):
            continue
        builder.withdraw(item)
        moved = Found(item.start, item.end, item.text, entry.type, entry.id, entry.name,
                      properties=entry_properties(entry), confidence=0.9, alias=False)
        builder.add(moved)
        agencies[index] = moved


def add_ministry_stems(builder: DocBuilder, native: NativeGazetteer) -> None:
    text = builder.text
    for count in _COUNTED_MINISTRIES.finditer(text):
        stems: list[tuple[int, int, GazetteerEntry]] = []
        end = count.start()
        while True:
            stem = _STEM.search(text, max(0, end - 12), end)
            if stem is None or stem.end() != end:
                break
            word = stem.group(1)
            entry = native.surfaces["ja"].get(word + "省") or native.surfaces["ja"].get(word + "庁")
            if entry is None or entry.type != "Agency" or word in native.surfaces["ja"]:
                break
            stems.insert(0, (stem.start(1), stem.end(1), entry))
            end = stem.start()
        number = count.group(1).translate(_NUMBERS)
        if not stems or not number.isdigit() or int(number) != len(stems) or \
                any(f.start < e and s < f.end for f in builder.found for s, e, _ in stems):
            continue
        for start, stop, entry in stems:
            builder.add(Found(start, stop, text[start:stop], entry.type, entry.id, entry.name,
                              properties=entry_properties(entry), confidence=0.85, alias=False))


# the words a state's agencies are prefixed with in the gazetteer (米財務省, 韓国外交部)
# (not the DPRK's: its ministries were renamed, and 北朝鮮の国防省 may be either name)
_STATE_PREFIXES = {"US": ("米", "米国", "アメリカ"), "KR": ("韓国", "大韓民国"),
                   "JP": ("日本",)}
_GENITIVE = re.compile(r"\s*の\s*")


def add_state_genitive_agencies(builder: DocBuilder, native: NativeGazetteer) -> None:
    """A state, の, then an agency's short name (米国の財務省, 韓国の外交部, アメリカの司法省):
    the agency of that state, as the prefixed name is (米国財務省), never the same-named
    agency of the state the bare word means alone (財務省: Japan's)."""
    text = builder.text
    table = native.surfaces["ja"]
    for state in [f for f in builder.found if f.type == "Country"]:
        code = state.properties.get("code", "")
        genitive = _GENITIVE.match(text, state.end)
        if code not in _STATE_PREFIXES or genitive is None or any(
                f is not state and f.start == state.start and f.end == state.end
                for f in builder.found):
            continue  # 日米韓の外務省: one word of several states names no one state's
        at = genitive.end()
        best: tuple[int, GazetteerEntry] | None = None
        for length in range(2, 16):
            word = text[at:at + length]
            for prefix in _STATE_PREFIXES[code]:
                entry = table.get(prefix + word)
                if entry is not None and entry.type == "Agency" and \
                        entry.properties.get("country", code) == code:
                    best = (length, entry)
        if best is None:
            continue
        length, entry = best
        inside = [f for f in builder.found if f.start < at + length and at < f.end]
        if any(f.id == entry.id or f.start < at or f.end > at + length for f in inside):
            continue  # already this agency, or part of a longer name
        for found in inside:
            builder.withdraw(found)
        builder.add(Found(at, at + length, text[at:at + length], entry.type, entry.id,
                          entry.name, properties=entry_properties(entry), confidence=0.9,
                          alias=False))


def agency_tail(builder: DocBuilder, start: int, surface: str) -> Found | None:
    """外交部 after 韓国外交部, 警察局 after …サイバー警察局: a recognizer's body that is the
    end of one agency named before it is that agency again, not a company."""
    fuller = {f.id: f for f in builder.found if f.type == "Agency" and f.start < start
              and len(f.text) > len(surface) and f.text.endswith(surface)}
    return next(iter(fuller.values())) if len(fuller) == 1 else None


def owner_of_agency(builder: DocBuilder, end: int) -> bool:
    """国連安全保障理事会の専門家パネル: a body named only as whose listed body follows (…の
    + an agency) belongs to that agency's name, no participant of its own."""
    return builder.text[end:end + 1] == "の" and any(
        f.start == end + 1 and f.type == "Agency" for f in builder.found)


def repoint_us_context(builder: DocBuilder, native: NativeGazetteer) -> None:
    """A bare ministry name (財務省) in a report about the United States is the US one: where
    the first state or agency the text names is American (【ワシントン共同】米政府は…, 米国は…)
    and no Japanese actor is named before the bare name, 財務省 is the Treasury (米財務省),
    not Japan's Ministry of Finance. A Japanese release names its own ministry or 政府 first."""
    actors = sorted((f for f in builder.found if f.type in ("Country", "Agency")),
                    key=lambda f: f.start)
    if not actors or _code(actors[0]) != "US":
        return
    for item in [f for f in actors if f.type == "Agency" and _code(f) == "JP"]:
        if any(_code(f) == "JP" and f.start < item.start and f is not item for f in actors):
            return  # a Japanese actor named first: the bare names from here may be Japan's
        entry = native.surfaces["ja"].get("米" + item.text)
        if entry is None or entry.type != "Agency" or \
                entry.properties.get("country", "") != "US":
            continue
        builder.withdraw(item)
        builder.add(Found(item.start, item.end, item.text, entry.type, entry.id, entry.name,
                          properties=entry_properties(entry), confidence=0.85, alias=False))


def _code(found: Found) -> str:
    return str(found.properties.get("country" if found.type == "Agency" else "code", ""))
