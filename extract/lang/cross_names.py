"""Whether a Korean or Japanese name is the name of an English entity read before.

The tests of the cross-language step (extract/lang/crosslink.py), one per kind of name:
Hangul and Hanja persons by transliteration, katakana Western names word by word, the proper
part of a company name by its sound or reading, and a company the English side names the
same way once folded. Each answers from the names alone; crosslink.py decides from the
answers and the neighbours whether to join, link or leave.
"""

from __future__ import annotations

import re

from extract.lang.english_registry import EnglishEntity, EnglishRegistry
from extract.lang.hangul_guess import hangul_candidates
from extract.lang.ja_readings import KANJI, korean_readings
from extract.lang.kana_names import same_katakana_name
from extract.lang.org_words import Fit, fit
from extract.lang.org_words import kana_reads_as as _kana_reads_as
from extract.lang.orgnames import JA_ORG_HEADS, english_org_name, org_key, proper_part
from extract.lang.read_names import korean_latin
from extract.lang.romanize import (
    SURNAMES,
    is_hangul,
    same_person_name,
    same_word,
    split_name,
)
from extract.lang.western_names import same_western_name, transliterated
from graph.model import ExtractedEntity
from graph.search_keys import script_of

# a name written by sound in katakana, its words joined by ・ or ＝; an initial kept in
# Latin letters after its first word: a middle one (ジョン・K・ハーリー) or the family name's,
# the rest withheld (アンドリュー・M, "Andrew M.": western_names.same_western_name)
_KATAKANA = re.compile(r"^(?:[ァ-ヺー・＝]+|[ァ-ヺー]+(?:[・＝](?:[A-ZＡ-Ｚ][.．]?|[ァ-ヺー]+))+)$")


def _folded(name: str) -> str:
    """org_key without spaces: "Volasys Silver Star" and "Volasys Silverstar" are one."""
    return org_key(name).replace(" ", "")


def _latin_prefix(name: str, other: str) -> bool:
    """Is one Latin company name the other's first two or more words ("Yanbian Silverstar"
    of "Yanbian Silverstar Network Technology")? A name match only: it needs a neighbour."""
    a, b = org_key(name).split(), org_key(other).split()
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 2 and short != long_ and long_[:len(short)] == short


def name_matches(entity: ExtractedEntity, english: EnglishEntity) -> str:
    """The reason a native name matches an English entity's names, or ''."""
    if entity.type == "Organization":
        word_fit = _org_fit(entity, english)
        if word_fit is Fit.CONTRADICTS:
            return ""  # another company sharing a word: 白楊海運 is no "Paekyang Trading"
        if word_fit is Fit.WHOLE:
            return f"{entity.name} is {english.names[0]} word for word"
        if word_fit is Fit.PARTIAL:
            return f"the proper part of {entity.name} reads as a word of {english.names[0]}"
    if entity.type == "Organization" and script_of(entity.name) == "latin":
        for name in english.names:
            if _latin_prefix(entity.name, name):
                return f"{entity.name} begins as {name}"
    for alias in dict.fromkeys((entity.name, *entity.aliases)):
        if entity.type == "Person" and western(alias):
            if any(same_western_name(alias, name) for name in english.names):
                return f"{alias} sounds as {english.names[0]}"
        elif is_hangul(alias.replace(" ", "")) and entity.type == "Person":
            if any(same_person_name(alias, name) for name in english.names):
                return f"{alias} romanizes as {english.names[0]}"
        elif entity.type == "Person" and _KATAKANA.match(alias):
            for name in english.names:
                if any(same_katakana_name(h, alias) for h in hangul_candidates(name, 16)):
                    return f"{alias} reads as {name}"
                if not korean_latin(name) and (same_western_name(alias, name) or
                                               same_western_name(alias, _joined_particles(name))):
                    return f"{alias} sounds as {name}"  # a Western name in katakana
        elif entity.type == "Organization" and _KATAKANA.match(alias) and \
                _sounds_whole(alias, english.names):
            # a foreign body's name written by sound, every word (コリア・エキスポ・
            # ジョイント・ベンチャー: "Korea Expo Joint Venture"; ナイキ: "Nike")
            return f"{alias} sounds as {english.names[0]}"
        elif entity.type == "Person" and KANJI.match(alias) and 2 <= len(alias) <= 4:
            # a Korean name in kanji alone (金英哲): its Korean reading, every reading of the
            # family name tried, against a Korean name in Latin letters
            readings = korean_readings(alias, surname=True)
            for name in english.names:
                if korean_latin(name) and any(same_person_name(h, name) for h in readings):
                    return f"{alias} reads in Korean as {name}"
        elif entity.type == "Organization" and _kana_proper(alias):
            proper = _kana_proper(alias)
            word = next((w for name in english.names for w in name.split()
                         if _kana_reads_as(proper, w)), "")
            if word:
                return f"{proper} in {alias} reads as {word} of {english.names[0]}"
        elif entity.type == "Organization" and _hangul_of(alias):
            proper = proper_part(_hangul_of(alias))
            if proper and any(same_word(proper, word) for name in english.names
                              for word in name.split()):
                return f"{proper} in {alias} romanizes as a word of {english.names[0]}"
    return ""


def _sounds_whole(kana: str, names: tuple[str, ...]) -> bool:
    """Does every katakana word of a name sound as the word in its place of one English
    name that is no Korean name, as many words on each side?"""
    count = len([w for w in re.split(r"[・＝]", kana) if w])
    return any(not korean_latin(name) and same_western_name(kana, name) == count ==
               len(name.split()) for name in names)


# the katakana proper part of a Korean company name in Japanese: 朝鮮オソン海運会社,
# チョンスリム貿易会社 (three kana at least: a shorter run fits too many words)
_KANA_PROPER = re.compile(r"^(?:朝鮮)?([ァ-ヺー]{3,})(?=[一-龥])")


def _org_fit(entity: ExtractedEntity, english: EnglishEntity) -> Fit:
    """How the native names of an organization fit an English entity's names, word by word
    (org_words.py): WHOLE if one native name is one English name; else CONTRADICTS if one
    says a word no English name has; else PARTIAL if one reads as part of one."""
    fits = {fit(alias, name) for alias in dict.fromkeys((entity.name, *entity.aliases))
            if script_of(alias) != "latin" for name in english.names}
    for verdict in (Fit.WHOLE, Fit.CONTRADICTS, Fit.PARTIAL):
        if verdict in fits:
            return verdict
    return Fit.NONE


def whole_company(entity: ExtractedEntity, english: EnglishEntity) -> bool:
    """A Korean company named in Japanese by a katakana proper part and kanji generic words
    (朝鮮ピョルビッ情報技術協力会社) whose English name is, word for word, the proper word
    read from the katakana and the generic words translated from their Korean reading
    ("Pyolbit Information Technology Cooperation Company"): as sure as one name twice.
    More generally, a name whose every word org_words.py accounts for in the English one."""
    if entity.type == "Organization" and _org_fit(entity, english) is Fit.WHOLE:
        return True
    for alias in (entity.name, *entity.aliases):
        proper = _kana_proper(alias)
        rest = alias[alias.index(proper) + len(proper):] if proper else ""
        readings = korean_readings(rest) if rest and KANJI.match(rest) else []
        if not readings or proper_part(readings[0]):
            continue  # a word of the rest is no generic word of a company name
        generic = english_org_name(readings[0])
        for name in english.names:
            word = next((w for w in name.split() if _kana_reads_as(proper, w)), "")
            if word and org_key(name) == org_key(f"{word} {generic}"):
                return True
    return False


def _kana_proper(name: str) -> str:
    match = _KANA_PROPER.match(name)
    return match.group(1) if match and name.endswith(JA_ORG_HEADS) else ""


def western(name: str) -> bool:
    """A foreign name written in Hangul by sound (크리스티나 마리 채프먼), or any name of
    two or more words in the order of an English document, the given name first (존 헐리,
    케지아 왕, 메이링 타오); a Korean name opens with its family name (김 철웅, 남궁 철),
    never read so."""
    words = name.split()
    first = words[0] if words else ""
    family = split_name(first + "가나")[0]  # 남궁, 황보: two-syllable family names
    return is_hangul(name.replace(" ", "")) and (transliterated(name) or (
        len(words) >= 2 and first not in SURNAMES and not (
            len(family) == 2 and first.startswith(family))))


def whole_western_name(entity: ExtractedEntity, english: EnglishEntity) -> bool:
    """Two or more Hangul or katakana words that each sound as a word of one English name,
    the family name last: as sure as the same full name written twice in English."""
    return any((western(a) or _KATAKANA.match(a)) and len(_by_sound(a)) >= 2 and
               any(same_western_name(a, n) >= 2 for n in _western_names(english, a))
               for a in (entity.name, *entity.aliases))


def sound_words(entity: ExtractedEntity, english: EnglishEntity) -> int:
    """How many words of a name written by sound match one of the English names."""
    return max((same_western_name(a, n) for a in (entity.name, *entity.aliases)
                if western(a) or _KATAKANA.match(a) for n in _western_names(english, a)),
               default=0)


def _western_names(english: EnglishEntity, alias: str) -> list[str]:
    """English names that are no Korean name: a Korean name written in katakana is read
    syllable by syllable (same_katakana_name), never by consonants alone, which would take
    キム・ソンイル for "Kim Sun Il" as well as for "Kim Song Il". A Chinese name in Hangul,
    family name last (케지아 왕), is read by sound against every name: its English
    spelling ("Kejia Wang") looks Korean to korean_latin."""
    if is_hangul(alias.replace(" ", "")) and not transliterated(alias):
        return list(english.names)
    names = [n for n in english.names if not korean_latin(n)]
    return names + [joined for n in names for joined in [_joined_particles(n)] if joined != n]


# the particles of a family name that Japanese writes as one word with it (De Los Reyes:
# デロスレジェス, Van der Berg: ファンデルベルフ)
_PARTICLES = re.compile(r"(?:\s+(?:de|del|della|der|den|da|di|do|dos|du|la|las|le|los|van|von|"
                        r"ten|ter)(?=\s))+\s+\S+$", re.IGNORECASE)


def _joined_particles(name: str) -> str:
    """The name with a family name's particles joined to it ("Pedro Alonso DeLosReyes")."""
    match = _PARTICLES.search(name)
    return name if match is None else name[:match.start()] + " " + \
        "".join(match.group(0).split())


def _by_sound(name: str) -> list[str]:
    return [w for w in re.split(r"[\s・＝=]+", name) if w]


def _hangul_of(name: str) -> str:
    """A company name in Hangul, or the Korean reading of one in kanji (朝鮮松鉱貿易総会社)."""
    if is_hangul(name.replace(" ", "")):
        return name
    readings = korean_readings(name) if KANJI.match(name) and name.startswith("朝鮮") else []
    return readings[0] if readings else ""


def same_company(entity: ExtractedEntity, registry: EnglishRegistry, mine: set[str],
                  countries: set[str]) -> str:
    """The English company whose name is this one's but for its legal form, spacing, the
    "Korea" of 조선 and romanization (orgnames.org_key), or ''. Of two such English nodes (an
    English document wrote the name another way and nothing joined the two), the one the
    document shares a neighbour with; if both share one (the designating state or agency,
    say), the one it shares a named person or body with; none when the two are placed in different
    countries."""
    key = _folded(entity.name)
    same = [e for e in registry.entities.values() if e.type == entity.type
            and any(_folded(n) == key for n in e.names)
            and not (countries and e.countries and not countries & e.countries)]
    if len(same) > 1:
        same = [e for e in same if mine & e.neighbours]
    if len(same) > 1:
        # a state or an agency (OFAC designates hundreds) is no sign of which node
        same = [e for e in same if any(not n.startswith(("country:", "agency:"))
                                       for n in mine & e.neighbours)]
    return same[0].id if len(same) == 1 else ""
