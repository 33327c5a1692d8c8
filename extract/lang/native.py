"""The native-script gazetteer: Japanese and Korean names of stable actors.

Each entry points at an English gazetteer entry, so a name read in Hangul or kanji gets the
English entry's id, canonical name and properties; the native surface becomes an alias.
Matching is longest-first over the raw text: Japanese and Korean glue particles to nouns
(북한의, 外務省は), so names are found as substrings, not as whole tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from extract.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from graph.ids import entity_id

NATIVE_PATH = Path(__file__).with_name("native_actors.yaml")
PLACES_PATH = Path(__file__).with_name("native_places.yaml")
LANGUAGES = ("ja", "ko")
# what a "self" surface ("the government", 我が国) means when the document names no issuer
DEFAULT_SELF = {"ja": "JP", "ko": "KR"}


@dataclass(frozen=True)
class NativeMatch:
    start: int
    end: int
    text: str
    entry: GazetteerEntry | None  # None: a "self" surface, the issuing state


@dataclass
class NativeGazetteer:
    surfaces: dict[str, dict[str, GazetteerEntry | None]]  # lang -> surface -> entry
    english: Gazetteer
    places: dict[str, dict[str, str]]  # lang -> place name -> ISO code of its state
    # lang -> "self" surface -> the ISO code of the one state it names (우리 정부: KR)
    fixed_self: dict[str, dict[str, str]] = field(default_factory=dict)
    # lang -> fixed "self" surfaces that name their state only in its own voice (我が国: a
    # Japanese body speaking, or a Japanese release); another writer's 我が国 is no state
    spoken_self: dict[str, set[str]] = field(default_factory=dict)

    def pattern(self, lang: str) -> re.Pattern[str] | None:
        return _pattern(tuple(sorted(self.surfaces.get(lang, {}), key=len, reverse=True)))

    def find(self, text: str, lang: str) -> list[NativeMatch]:
        """Every gazetteer name in `text`, longest first, never overlapping."""
        pattern = self.pattern(lang)
        if pattern is None:
            return []
        table = self.surfaces[lang]
        out = []
        for match in pattern.finditer(text):
            surface = match.group(0)
            if lang == "ko" and _inside_hangul_word(text, match.start(), match.end(), surface):
                continue
            if lang == "ja" and _inside_katakana_word(text, match.start(), match.end(), surface):
                continue
            # the pattern lets a listed space be absent or doubled (합동 주의보 / 합동주의보)
            entry = table[surface] if surface in table else _compact(table)[_squeeze(surface)]
            out.append(NativeMatch(match.start(), match.end(), surface, entry))
        return out

    def native_names(self, entry_id: str, lang: str) -> list[str]:
        return [s for s, e in self.surfaces.get(lang, {}).items()
                if e is not None and e.id == entry_id]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _compact(table: dict[str, GazetteerEntry | None]) -> dict[str, GazetteerEntry | None]:
    return {_squeeze(surface): entry for surface, entry in table.items()}


@lru_cache(maxsize=8)
def _pattern(surfaces: tuple[str, ...]) -> re.Pattern[str] | None:
    if not surfaces:
        return None
    # a space inside a name may be absent or doubled in the text (북한 IT 인력 / 북한IT인력)
    alts = [r"\s*".join(re.escape(part) for part in s.split(" ")) for s in surfaces]
    return re.compile("|".join(alts))


# Korean nouns before which a short name is part of a longer word: 한국 in 한국은행 (the
# Bank of Korea), 정부 in 정부청사. Particles and endings that may follow a name are fine.
_KO_CONTINUATIONS = ("은행", "청사", "인", "계", "산")


def _inside_hangul_word(text: str, start: int, end: int, surface: str) -> bool:
    before = text[start - 1] if start > 0 else " "
    if len(surface) <= 2 and "\uac00" <= before <= "\ud7a3":
        return True  # 북한 inside 남북한, 정부 inside 중앙정부: not a name of its own
    return any(text.startswith(c, end) for c in _KO_CONTINUATIONS) and len(surface) <= 2


_KATAKANA = re.compile(r"[ァ-ヺー]")


def _inside_katakana_word(text: str, start: int, end: int, surface: str) -> bool:
    """インド inside インドア, ロシア inside ロシアン: a katakana name glued to more katakana
    is part of another word (the middle dot of a name, ・, is no katakana letter)."""
    if not _KATAKANA.fullmatch(surface[-1]) or not _KATAKANA.fullmatch(surface[0]):
        return False
    return bool(start and _KATAKANA.fullmatch(text[start - 1])) or \
        bool(end < len(text) and _KATAKANA.fullmatch(text[end]))


def _check(raw: Any, english: Gazetteer) -> tuple[GazetteerEntry | None, dict[str, list[str]]]:
    if not isinstance(raw, dict) or "type" not in raw:
        raise ValueError(f"native gazetteer entry {raw!r}: needs a type")
    names = {lang: [str(s) for s in raw.get(lang) or ()] for lang in LANGUAGES}
    if raw.get("self"):
        return None, names
    name = str(raw.get("en") or "")
    if not name:
        raise ValueError(f"native gazetteer entry {raw!r}: needs `en`, its English name")
    matches = [e for e in english.entries if e.type == raw["type"] and e.name == name]
    if matches:
        return matches[0], names
    # not (or no longer) in the English lists: the entry stands on its own English name
    props = {k: raw[k] for k in ("country", "kind", "code") if raw.get(k)}
    return GazetteerEntry(type=str(raw["type"]), name=name, id=entity_id(str(raw["type"]), name),
                          properties=props), names


@lru_cache(maxsize=2)
def load_native(path: Path = NATIVE_PATH) -> NativeGazetteer:
    english = load_gazetteer()
    surfaces: dict[str, dict[str, GazetteerEntry | None]] = {lang: {} for lang in LANGUAGES}
    fixed_self: dict[str, dict[str, str]] = {}
    spoken_self: dict[str, set[str]] = {}
    for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        entry, names = _check(raw, english)
        for lang, forms in names.items():
            for form in forms:
                if form in surfaces[lang]:
                    raise ValueError(f"native gazetteer: {form!r} ({lang}) is listed twice")
                surfaces[lang][form] = entry
                if entry is None and raw.get("country"):
                    fixed_self.setdefault(lang, {})[form] = str(raw["country"])
                    if raw.get("spoken"):
                        spoken_self.setdefault(lang, set()).add(form)
    places: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for code, names in (yaml.safe_load(PLACES_PATH.read_text(encoding="utf-8")) or {}).items():
        for lang in LANGUAGES:
            for name in names.get(lang) or ():
                places[lang][str(name)] = str(code)
    return NativeGazetteer(surfaces, english, places, fixed_self, spoken_self)
