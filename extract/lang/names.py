"""Finding the stable actors of a native-script text and turning them into `Found` items."""

from __future__ import annotations

import re

from extract.gazetteer import GazetteerEntry
from extract.lang.common import DocBuilder, Found
from extract.lang.cues import CUES
from extract.lang.native import DEFAULT_SELF, NativeGazetteer

TRILATERAL = ("US", "JP", "KR")
# one character per state, as both languages abbreviate a pair or trio of governments
# (한미 "ROK-US", 日米韓 "Japan-US-ROK"); 북/北 alone is North Korea only in such words
_STATE_CHARS = {"ko": {"한": "KR", "미": "US", "일": "JP", "중": "CN", "러": "RU", "북": "KP"},
                "ja": {"日": "JP", "米": "US", "韓": "KR", "中": "CN", "露": "RU", "朝": "KP"}}
_PAIRS = {"ko": re.compile(r"(?<![가-힣])(?:한미|한일|미일|한중|북미|북중|북러|한·미|한·일|미·일)"
                           r"(?=\s*(?:양국|\d|두|정상|간|공조|정부|동시|당국|외교))"),
          "ja": re.compile(r"(?<![一-龥])(?:日米|日韓|米韓|日中|米中|米朝|中朝|朝露)"
                           r"(?=\s*(?:両国|\d|二|首脳|間|政府|当局|外相))")}


def entry_properties(entry: GazetteerEntry) -> dict[str, object]:
    props: dict[str, object] = {}
    if entry.type == "Country":
        props["code"] = entry.country
    elif entry.type in ("Agency", "Organization") and entry.country:
        props["country"] = entry.country
    if entry.type == "Organization" and entry.properties.get("kind"):
        props["kind"] = entry.properties["kind"]
    return props


# a count of states right before 정부 (3국 정부, 양국 정부, 각국 정부): the governments of
# the states named before the count, not the issuing state
_KO_STATES_BEFORE = re.compile(r"(?:[2-9]\s*(?:개\s*)?국|양국|각국|[두세]\s*나라)\s*$")


# the character right before 政府 that makes it some other state's government: a katakana
# state name the gazetteer lacks, or a word of states (各国, 同国, 関係国, 外国) or levels
# (地方, 中央, 州, 市)
# what continues a katakana word past a state's name: more katakana, or 洋 (インド洋)
_JA_WORD_GOES_ON = re.compile(r"[ァ-ヺー]|太平洋|洋")
_JA_OTHER_GOVERNMENT = re.compile(r"[ァ-ヺー国方央州市]$")


# words before 정부 that make it some other government: of other states, of a level
_KO_OTHER_WORDS = frozenset({"외국", "타국", "각국", "제3국", "상대국", "지방", "주"})


def _ko_other_government(text: str, at: int, native: NativeGazetteer) -> bool:
    """Is the word right before 정부 a state (one the gazetteer knows, 캐나다 정부: that
    state is the actor; a place, a name written by sound, 뉴질랜드, a word ending in 국,
    태국) or a word of other states?"""
    from extract.lang.western_names import transliterated

    before = re.search(r"([가-힣0-9]+)\s*$", text[max(0, at - 16):at])
    if before is None:
        return False
    word = before.group(1)
    entry = native.surfaces["ko"].get(word)
    return word in _KO_OTHER_WORDS or word in native.places["ko"] or word.endswith("국") or \
        transliterated(word) or (entry is not None and entry.type == "Country")


# the end of a sentence or line before a mention: the speaker is named after it
_SENTENCE_END = re.compile(r"[。\n]")
# a topic or subject marker right after the speaker (日本の外務省は, 日本政府も)
_SPEAKER_MARK = re.compile(r"\s*(?:は|が|も)")


def _speaker_of(builder: DocBuilder, at: int, code: str) -> bool:
    """Is the subject of the sentence before `at` a body or the government of the state
    `code` (日本の外務省は12日、「我が国は…」)? Another state's body or a person is not."""
    text = builder.text
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 200), at)),
                default=max(0, at - 200))
    return any(start <= f.start and f.end <= at and _SPEAKER_MARK.match(text, f.end) and
               ((f.type == "Country" and f.properties.get("code") == code) or
                (f.type == "Agency" and f.properties.get("country") == code))
               for f in builder.found)


def add_gazetteer(builder: DocBuilder, native: NativeGazetteer) -> None:
    issuer = next((i.get("country", "") for i in builder.meta.issuers if i.get("country")),
                  "") or DEFAULT_SELF[builder.lang]
    for match in native.find(builder.text, builder.lang):
        entry = match.entry
        if entry is None:  # "the government": the state that issued the document
            if builder.lang == "ja" and any(
                    f.type == "Country" and f.end == match.start for f in builder.found):
                continue  # 北朝鮮政府: the government of the state just named
            if builder.lang == "ja" and _JA_OTHER_GOVERNMENT.search(
                    builder.text, max(0, match.start - 1), match.start):
                continue  # エストニア政府, 各国政府, 同国政府, 地方政府: some other government
            if builder.lang == "ko" and _KO_STATES_BEFORE.search(
                    builder.text, max(0, match.start - 12), match.start):
                continue  # 한국·미국·일본 3국 정부: the governments of the states named
            if builder.lang == "ko" and _ko_other_government(builder.text, match.start, native):
                continue  # 뉴질랜드 정부, 외국 정부: some other state's government
            code = native.fixed_self.get(builder.lang, {}).get(match.text, issuer)
            if code != issuer and match.text in native.spoken_self.get(builder.lang, ()) \
                    and not _speaker_of(builder, match.start, code):
                continue  # 我が国 in a US report, said by no Japanese body: no state
            entry = native.english.country(code)
            if entry is None:
                continue
            builder.add(Found(match.start, match.end, match.text, entry.type, entry.id,
                              entry.name, properties={**entry_properties(entry),
                                                      **({"self": True} if code == issuer
                                                         else {})},
                              confidence=0.9, alias=False))
            continue
        if builder.lang == "ja" and _JA_WORD_GOES_ON.match(builder.text, match.end) and \
                re.fullmatch(r"[ァ-ヺー]+", match.text):
            continue  # インド太平洋 (the Indo-Pacific), a katakana word going on: no state
        # a stable actor's names in both scripts are its aliases, so a Korean search finds
        # an agency a Japanese document named (경제산업성 / 経済産業省)
        natives = tuple(n for lang in native.surfaces for n in native.native_names(entry.id,
                                                                                    lang))
        builder.add(Found(match.start, match.end, match.text, entry.type, entry.id,
                          entry.name, aliases=natives, properties=entry_properties(entry),
                          confidence=0.95))


def add_state_pairs(builder: DocBuilder, native: NativeGazetteer) -> None:
    """"한미 양국" / "日米両国": one word naming two states, each gets the mention."""
    table = _STATE_CHARS[builder.lang]
    for match in _PAIRS[builder.lang].finditer(builder.text):
        if any(f.start < match.end() and match.start() < f.end for f in builder.found):
            continue
        for char in match.group(0):
            entry = native.english.country(table[char]) if char in table else None
            if entry is not None:
                builder.add(Found(match.start(), match.end(), match.group(0), "Country",
                                  entry.id, entry.name, properties=entry_properties(entry),
                                  confidence=0.85, alias=False), shared=True)


def add_trilateral(builder: DocBuilder, native: NativeGazetteer) -> None:
    """"한미일" / "日米韓" names three states in one word: each gets the mention."""
    for match in CUES[builder.lang].trilateral.finditer(builder.text):
        if any(f.start < match.end() and match.start() < f.end for f in builder.found):
            continue
        for code in TRILATERAL:
            entry = native.english.country(code)
            if entry is not None:
                builder.add(Found(match.start(), match.end(), match.group(0), "Country",
                                  entry.id, entry.name, properties=entry_properties(entry),
                                  confidence=0.9, alias=False), shared=True)
