"""Statements and advisories named in a native-script text: titles the gazetteer knows,
quoted titles, a title before the verb that issues it or the noun it is about, and the short
forms ("the joint statement") that stand for the one such entity a text names."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from extract.gazetteer import GazetteerEntry
from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.native import NativeGazetteer
from extract.lang.romanize import romanize_text
from graph.ids import slugify
from graph.search_keys import script_of

# Short forms a release uses for a statement or advisory it has named in full ("the joint
# statement"): a definite description of the one such document the text names.
SHORT_FORMS = {"ko": ("공동성명", "주의보", "주의 환기", "권고문", "성명"),
               "ja": ("共同声明", "注意喚起", "注意報", "ガイダンス", "声明")}


def add_short_references(builder: DocBuilder) -> None:
    advisories = [e for e in builder.entities.values() if e.type == "Advisory"]
    for form in SHORT_FORMS[builder.lang]:
        # a title no list knows is the entity's name, not one of its aliases
        named = [e for e in advisories if any(a.replace(" ", "").endswith(form.replace(" ", ""))
                                              for a in (e.name, *e.aliases))]
        if len(named) != 1:
            continue  # none, or two statements the short form could mean
        entity = named[0]
        start = builder.text.find(form)
        while start >= 0:
            builder.add(Found(start, start + len(form), form, "Advisory", entity.id,
                              entity.name, confidence=0.8, alias=False))
            start = builder.text.find(form, start + len(form))


# A statement or advisory named before the verb that issues it: the phrase that ends in
# the head noun, back to the clause boundary (a comma, a date, the actor's particle).
_ISSUED_HEADS = {
    "ko": re.compile(r"(?P<head>공동성명|성명|주의보|권고문|지침|가이드라인|보고서|안내문|"
                     r"주의\s*환기|경보)['’\"”」』]?\s*(?:을|를)\s*(?:공동으로\s*|함께\s*)?"
                     r"(?:발표|발간|발령|배포|공표|게재|게시|발행|공개|채택|발신|내놓|냈|내고|"
                     r"내며|갱신|"
                     r"개정)"),
    "ja": re.compile(r"(?P<head>共同声明|声明|注意喚起|注意報|ガイダンス|勧告|アドバイザリー|"
                     r"報告書|指針|告知|手引き|公共広告)[」』]?\s*(?:を|が)\s*(?:共同で\s*|連名で\s*)?"
                     r"(?:公表|発表|発出|公開|発信|掲載|発行|取りまとめ|採択|出し|改訂|更新)"),
}
_CLAUSE_START = {
    "ko": re.compile(r"(?:^|[,.。\n]|\d+일|\d+日|(?<=[은는이가도])\s)\s*"),
    # (Xを受けて注意喚起を改訂した: a clause's verb and its particle end what came before)
    # (A省などと連名で注意喚起を: the co-issuers' phrase ends before the statement)
    "ja": re.compile(r"(?:^|[、，,。\n「『]|\d+日|(?<=[はが])|"
                     r"(?:を受け|を踏まえ|に伴い|に応じ)て?|(?:連名|共同|合同)で)"),
}


# words Korean titles use interchangeably (가상자산/암호화폐 "crypto assets", 관한/대한
# "on", 및/와 "and"), folded before titles are compared
_KO_SAME_WORDS = (("암호화폐", "가상자산"), ("에 대한", "에 관한"), ("관련", "에 관한"),
                  ("와 ", " 및 "), ("과 ", " 및 "), ("북한의 ", "북한 "), ("노동자", "인력"))
_GENERIC_TITLE_WORD = re.compile(r"(?:한미일|한·미·일|日米韓|3국|정부|합동|공동|공동성명|성명|"
                                 r"주의보|共同声明|声明|注意喚起)")


def _same_words(title: str, lang: str) -> str:
    if lang == "ko":
        for word, same in _KO_SAME_WORDS:
            title = title.replace(word, same)
    return re.sub(r"\s+", " ", title).strip()


def known_advisory(phrase: str, lang: str, native: NativeGazetteer) -> GazetteerEntry | None:
    """The published statement or advisory a title names, if it is close to a listed one
    (titles are quoted loosely: 관한/관련, with or without 한미일, 企業等/企業)."""
    from rapidfuzz import fuzz

    phrase = _same_words(phrase, lang)
    key = phrase.replace(" ", "")
    # a title of only generic words (한미일 공동성명 "the trilateral joint statement") names
    # no topic: it is any of the listed statements, so it is none of them
    topical = [w for w in phrase.split() if not _GENERIC_TITLE_WORD.fullmatch(w)]
    best: tuple[float, GazetteerEntry | None] = (0.0, None)
    for surface, entry in native.surfaces[lang].items():
        if entry is None or entry.type != "Advisory":
            continue
        surface = _same_words(surface, lang)
        other = surface.replace(" ", "")
        if key[-2:] != other[-2:]:
            continue  # a statement is not an advisory
        subset = fuzz.token_set_ratio(phrase, surface) if topical else 0.0
        score = max(fuzz.ratio(key, other), subset)
        if score > best[0]:
            best = (score, entry)
    # 85: a particle or a "Japan-US-ROK" more or less; a title with other words (北朝鮮IT
    # 労働者に関する注意喚起 beside …企業等に対する注意喚起) may be another document
    return best[1] if best[0] >= 85 else None


def add_advisory(builder: DocBuilder, native: NativeGazetteer, start: int, end: int) -> None:
    phrase = builder.text[start:end]
    entry = known_advisory(phrase, builder.lang, native)
    if entry is None and builder.lang == "ja":
        from extract.lang.ja_topic_titles import topic_advisory  # 企業等に対する注意喚起

        entry = topic_advisory(phrase, builder.text, native)
    if entry is not None:
        builder.add(Found(start, end, phrase, "Advisory", entry.id, entry.name,
                          confidence=0.85))
    else:
        builder.add(Found(start, end, phrase, "Advisory", _advisory_id(phrase), phrase,
                          confidence=0.75))


def _advisory_id(phrase: str) -> str:
    """An id for a title no list knows. Its Latin letters alone ("IT") would give two
    different Japanese titles one id, so a native title's id is its romanization (Hangul)
    or a digest of its text (kanji and kana have no reading here)."""
    script = script_of(phrase)
    if script == "latin":
        return make_id("Advisory", phrase)
    if script == "hangul":
        return f"advisory:{slugify(romanize_text(phrase))}"
    return f"advisory:ja-{hashlib.sha1(phrase.replace(' ', '').encode()).hexdigest()[:12]}"


# a quoted title that ends in a statement or advisory noun
_QUOTED_TITLE = re.compile(r"[「『‘“\"']([^」』’”\"']{4,80}?(?:공동성명|성명|주의보|권고문|지침|"
                           r"가이드라인|보고서|안내문|주의\s*환기|注意喚起|声明|ガイダンス|勧告|"
                           r"アドバイザリー|報告書|指針|注意報|告知|手引き))[」』’”\"']")


def add_quoted_titles(builder: DocBuilder, native: NativeGazetteer) -> None:
    for match in _QUOTED_TITLE.finditer(builder.text):
        add_advisory(builder, native, match.start(1), match.end(1))


# a statement named by what it is about: "북한 IT 인력에 관한 (한미일) 공동성명",
# "北朝鮮IT労働者に関する(日米韓)共同声明", wherever it stands in the sentence
_ABOUT_TITLE = {
    "ko": re.compile(r"(?:[가-힣A-Za-z0-9·]+\s){0,4}[가-힣A-Za-z0-9·]*"
                     r"(?:에\s*관한|에\s*대한|관련)\s+(?:한\s*[·ㆍ]?\s*미\s*[·ㆍ]?\s*일\s*|3국\s*|정부\s*|합동\s*)*"
                     r"(?:공동성명|성명|주의보|권고문|지침|가이드라인|보고서|주의\s*환기)"),
    "ja": re.compile(r"(?<=[、，。\n「『はがもでを])[^、，。\n「」『』はがもでを]{2,40}?"
                     r"(?:に関する|に対する|についての)[^、。\n]{0,20}?"
                     r"(?:共同声明|声明|注意喚起|注意報|ガイダンス|勧告|アドバイザリー|報告書|指針|"
                     r"告知|手引き|公共広告)"),
}


def _about_phrases(text: str, lang: str) -> Iterator[tuple[int, int]]:
    for match in _ABOUT_TITLE[lang].finditer(text):
        yield match.start(), match.end()


def _issued_phrases(text: str, lang: str) -> Iterator[tuple[int, int]]:
    for match in _ISSUED_HEADS[lang].finditer(text):
        end = match.end("head")
        window_start = max(0, end - 60)
        window = text[window_start:end]
        starts = [m.end() for m in _CLAUSE_START[lang].finditer(window)]
        start = window_start + (starts[-1] if starts else 0)
        while start < end and text[start] in " 　「『'‘\"“":
            start += 1
        if end - start < len(match.group("head")) + 2:
            continue  # a bare "the statement": a short reference, not a title
        yield start, end


# What may open the phrase before a title without being part of it: a date or a word of
# time (2025년 3월 4일, 오늘, 本日), a word closed by a topic particle (외교부는, 관계부처는)
# or "등", and an agency with the particle that ties it to the title (外務省の, 외교부가).
_TITLE_LEAD = {
    # (날: the rest of 같은 날 "the same day", cut after its 은 by the clause start)
    "ko": re.compile(r"(?:\d+\s*(?:년|월|일)|오늘|이날|날|당일|전날|최근|지난해|작년|지난|올해|"
                     r"앞서|함께|공동으로|새로|등|"
                     r"[가-힣A-Za-z0-9·]+(?:은|는))\s+"),
    "ja": re.compile(r"(?:\d+年|\d+月|\d+日|本日|今般|今回|連名で|共同で|合同で|併せて|あわせて|"
                     r"新たに|改めて)+、?"),
}
_ACTOR_TIE = {"ko": re.compile(r"(?:\s*\([^)]{1,20}\))?(?:이|가|도|의|와|과|및)?\s+"),
              "ja": re.compile(r"(?:の|による|が|と|及び|、)")}


def _title_start(text: str, start: int, end: int, lang: str, native: NativeGazetteer) -> int:
    """Where the title itself starts in a phrase that may open with a date or its actor."""
    while start < end:
        lead = _TITLE_LEAD[lang].match(text, start, end)
        if lead is None:
            actor = native.pattern(lang)
            named = actor.match(text, start, end) if actor is not None else None
            entry = native.surfaces[lang].get(named.group(0)) if named is not None else None
            # an agency or "the government" (a state's name may open a title: 北朝鮮の…)
            if named is None or (entry is not None and entry.type != "Agency"):
                break
            lead = _ACTOR_TIE[lang].match(text, named.end(), end)
            if lead is None:
                break
        start = lead.end()
    return start


def _add_title(builder: DocBuilder, native: NativeGazetteer, start: int, end: int) -> None:
    start = _title_start(builder.text, start, end, builder.lang, native)
    phrase = builder.text[start:end]
    if phrase.count("」") > phrase.count("「") or phrase.count("』") > phrase.count("『"):
        return  # 「ラザルス」について注意喚起: a quoted name, then the kind of statement
    if builder.lang == "ja":
        from extract.lang.ja_topic_titles import described  # 同趣旨のガイダンス: no title

        if described(phrase):
            return
    if builder.lang == "ko":
        from extract.lang.ko_titles import described as ko_described  # 그간 발표한 주의보

        if ko_described(phrase):
            return
    if end - start >= 4:
        add_advisory(builder, native, start, end)


def add_new_titles(builder: DocBuilder, native: NativeGazetteer) -> None:
    """Titles the gazetteer does not know, found before it: a known name inside a title
    (北朝鮮IT労働者 in 北朝鮮IT労働者に関する注意喚起) is part of the title, not a mention
    that would hide the title. Titles holding a known statement are left to the gazetteer."""
    known = [s for s, e in native.surfaces[builder.lang].items()
             if e is not None and e.type == "Advisory"]
    for phrases in (_about_phrases, _issued_phrases):
        for start, end in phrases(builder.text, builder.lang):
            phrase = builder.text[start:end].replace(" ", "")
            if not any(k.replace(" ", "") in phrase for k in known):
                _add_title(builder, native, start, end)


def add_about_titles(builder: DocBuilder, native: NativeGazetteer) -> None:
    for start, end in _about_phrases(builder.text, builder.lang):
        _add_title(builder, native, start, end)


def add_issued_titles(builder: DocBuilder, native: NativeGazetteer) -> None:
    for start, end in _issued_phrases(builder.text, builder.lang):
        _add_title(builder, native, start, end)
