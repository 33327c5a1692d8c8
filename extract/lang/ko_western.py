"""Foreign persons named in Hangul in a Korean text (see western_names.py for the names).

A run of proper nouns written by sound is a person's name only where the sentence says it
is a person: a title or role beside it (랜돌프 모스 판사), a nationality or residence before
it (우크라이나 국적의 X, 애리조나주에 사는 X), or a strong cue. A strong cue (an age in
brackets, 채프먼(50); 씨; the run as the subject of 선고받다, 기소되다, 체포되다, 유죄를
인정하다) makes any run of proper nouns a person, written by sound or not (a Chinese name,
젠싱 왕). A newspaper or a firm written by sound (뉴욕 타임스) has none of these. The family name
alone later in the text (채프먼은) is the same person. A citizenship right before the run
(미국 국적자 X) is a strong cue too, and the words after a person cue are read again alone:
in a long sentence Kiwi sometimes reads a foreign name into its neighbours. A name in Latin
letters in brackets right after the run is the person's own spelling, the English name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ko_evidence import bracketed_english
from extract.lang.ko_family_names import add_family_names
from extract.lang.ko_person_cues import (
    ACCUSED,
    AFTER,
    BEFORE,
    CITIZEN,
    CLEFT,
    COORDINATED,
    CUE,
    DEMONYM,
    GLUED,
    INDICTED_LIST,
    NAMED_AS,
    PHRASE,
    POST_AT,
    ROLE_TOPIC,
    ROLE_WORDS,
    SENTENCED_DATIVE,
    STRONG_AFTER,
)
from extract.lang.ko_persons import looks_like_name, strip_particle
from extract.lang.native import NativeGazetteer
from extract.lang.romanize import romanize_text
from extract.lang.western_names import PARTICLE, opened_by, transliterated, western_runs

NAMED = 0.8  # a person the sentence marks as one, by a name written by sound


Tokens = list[tuple[int, int, str, str]]
_WORD = re.compile(r"[가-힣]+")


def _nouns(tokens: Tokens, dictionary_noun: Callable[[str], bool], offset: int = 0,
           ) -> set[tuple[int, int]]:
    """(start, end) of the proper nouns, and of the words of one read over a space."""
    out: set[tuple[int, int]] = set()
    for start, end, form, tag in tokens:
        if tag == "NNP" and " " in form:
            out |= {(offset + start + m.start(), offset + start + m.end())
                    for m in _WORD.finditer(form)}
        elif tag == "NNP" or (tag == "NNG" and (transliterated(form) or
                                                not dictionary_noun(form))):
            out.add((offset + start, offset + end))
    return out


def _reread(text: str, tokens_of: Callable[[str], Tokens],
            dictionary_noun: Callable[[str], bool]) -> set[tuple[int, int]]:
    """The proper nouns of the words right after a person cue, read alone."""
    out: set[tuple[int, int]] = set()
    for cue in CUE.finditer(text):
        phrase = PHRASE.match(text, cue.end())
        if phrase is not None:
            tokens = [_unglued(t) for t in tokens_of(phrase.group(0))]
            out |= _nouns(tokens, dictionary_noun, phrase.start())
            out |= _split_nouns(phrase.group(0), tokens, dictionary_noun, phrase.start())
    return out


def _unglued(token: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """A proper noun read with its particle glued on (로웰과/NNP): the noun without it."""
    start, end, form, tag = token
    if tag == "NNP" and len(form) >= 3 and form[-1] in GLUED and " " not in form:
        return start, end - 1, form[:-1], tag
    return token


def _split_nouns(phrase: str, tokens: Tokens, dictionary_noun: Callable[[str], bool],
                 offset: int) -> set[tuple[int, int]]:
    """A name the analyzer cut into nouns inside one word (웰런 -> 웰/NNG 런/NNG): the nouns
    that open the word, joined, when the joined word is no word of its dictionary. Words
    of its dictionary of two syllables or more, joined, are a compound that describes
    (재미교포 "a Korean living in the US": 재미 + 교포), no name cut up."""
    out: set[tuple[int, int]] = set()
    for word in _WORD.finditer(phrase):
        nouns = [t for t in tokens if word.start() <= t[0] < word.end()]
        run: list[tuple[int, int, str, str]] = []
        for token in nouns:
            if token[3] not in ("NNP", "NNG") or (run and token[0] != run[-1][1]):
                break
            run.append(token)
        if len(run) >= 2 and not dictionary_noun(phrase[run[0][0]:run[-1][1]]) and \
                not all(len(t[2]) >= 2 and not transliterated(t[2]) and dictionary_noun(t[2])
                        for t in run):
            out.add((offset + run[0][0], offset + run[-1][1]))
    return out


def add_western_persons(builder: DocBuilder, tokens: Tokens, native: NativeGazetteer,
                        dictionary_noun: Callable[[str], bool],
                        tokens_of: Callable[[str], Tokens] | None = None) -> None:
    """`dictionary_noun`: does the analyzer know the word as a common noun (여성 "woman")?
    In a long sentence it tags an unknown name a common noun too (올렉산드르/NNG).
    `tokens_of` analyzes a phrase alone (the words after a person cue)."""
    text = builder.text
    proper = _nouns(tokens, dictionary_noun)
    if tokens_of is not None:
        again = _reread(text, tokens_of, dictionary_noun)
        # the phrase read alone outranks the sentence's reading of the same word
        # (only where the sentence's reading glued a particle on: 로웰과; not where the
        # phrase alone cut a name short, 폴섬 -> 폴 + 섬 "island")
        proper = {(s, e) for s, e in proper
                  if (s, e - 1) not in again or text[e - 1] not in GLUED} | again
    # a role word is the cue beside a name (피고 X, X 피고는), never a word of it
    # and so is a demonym the analyzer reads as one proper noun with the name after it
    # (브라질인/NNP 타데우/NNP ...): a state's name and 인 opens no name
    proper = {(s, e) for s, e in proper if text[s:e] not in ROLE_WORDS and
              not (text[s:e].endswith("인") and _is_state(native, text[s:e - 1]))}
    known = set(native.surfaces["ko"]) | set(native.places["ko"])
    proper |= _before_posts(text, native, known, dictionary_noun)
    people: list[tuple[str, str, str]] = []  # (family name in Hangul, id, English name)
    # a short family name the analyzer also knows as a word (왕 "king", 탕 "soup") may end a
    # run that a strong cue marks
    short = proper | {(s, e) for s, e, form, tag in tokens if tag == "NNG" and e - s <= 2
                      and form not in ROLE_WORDS}
    nicknames = _nicknamed(text, proper, short)
    runs = [((start, end, words), False) for start, (end, words, _) in nicknames.items()]
    longer = {run[0]: run for run in western_runs(text, short, known)
              if opened_by(text, run, proper)}
    runs += [(_closed_by_cue(text, run, longer), False)
             for run in western_runs(text, proper, known)]
    runs += [(run, True) for run in longer.values()]
    taken: list[tuple[int, int]] = []
    for (start, end, words), extended in runs:
        if any(s < end and start < e for s, e in taken):
            continue
        if _dotted_korean_names(text[start:end], words):
            continue  # 최민수·김철호를: a list of Korean names (ko_persons.py reads them)
        if tokens_of is not None:
            end, words = _unglued_run(text, start, end, words, tokens_of)
        before = text[max(0, start - 24):start]
        demonym = DEMONYM.search(before)
        strong = STRONG_AFTER.match(text[end:end + 12]) or \
            ACCUSED.match(text[end:end + 130]) or \
            INDICTED_LIST.match(text[end:end + 160]) or ROLE_TOPIC.search(before) or \
            SENTENCED_DATIVE.match(text[end:end + 100]) or CLEFT.search(before) or \
            (demonym is not None and _is_state(native, demonym.group(1))) or \
            CITIZEN.search(text[max(0, start - 12):start]) or \
            _next_to(text, start, end, taken) or _post_at_agency(native, text[end:end + 60])
        weak = AFTER.match(text[end:end + 12]) or NAMED_AS.match(text[end:end + 24]) or \
            BEFORE.search(text[max(0, start - 12):start])
        if not (strong or (weak and not extended and any(transliterated(w) for w in words))):
            continue  # a name by sound needs a person cue; any other run a strong one
        taken.append((start, end))
        taken.sort()
        name = " ".join(words)
        # the name in its own script in brackets (안드레예프(Andreyev)) is its English name
        latin = bracketed_english(text, end)
        english = latin or " ".join(romanize_text(w) for w in words)
        entity_id = make_id("Person", english)
        nickname = nicknames[start][2] if start in nicknames else ""
        # a mention's text is the text it spans (with the nickname inside it: 젠싱 ‘대니’ 왕);
        # the name without the nickname is an alias
        builder.add(Found(start, end, text[start:end], "Person", entity_id, english,
                          aliases=(name, nickname) if nickname else (name,), confidence=NAMED))
        if latin:
            at = text.find(latin, end)
            builder.add(Found(at, at + len(latin), latin, "Person", entity_id, english,
                              confidence=NAMED))
        people.append((words[-1], entity_id, english))
    add_family_names(builder, people, NAMED)


Run = tuple[int, int, list[str]]


def _closed_by_cue(text: str, run: Run, extended: dict[int, Run]) -> Run:
    """A run of proper nouns whose name goes on with a word the analyzer knows as a common
    noun (민 프엉 응옥 봉(41)씨: 봉/NNG "stick"), when an age or 씨 right after that word says
    the name ends there: the longer run. Without the cue (… 응옥 봉투를) the run stays."""
    longer = extended.get(run[0])
    if longer is None or longer[1] <= run[1] or not STRONG_AFTER.match(text[longer[1]:
                                                                             longer[1] + 12]):
        return run
    return longer


def _dotted_korean_names(run: str, words: list[str]) -> bool:
    """A middle dot joins the words of a foreign name some papers write (니콜라이·바실렌코),
    but between Korean names of three syllables it lists them."""
    return ("·" in run or "ㆍ" in run) and all(len(w) == 3 and looks_like_name(w)
                                              for w in words)


# a nickname in quotes between the given name and the family name (그레고리 ‘그렉’ 멀린스,
# 젠싱 ‘대니’ 왕): one run of the two words around it, the nickname an alias
_NICKNAMED = re.compile(r"(?<![가-힣])([가-힣]+)\s*[‘'\"“]([가-힣]{1,6})[’'\"”]\s*([가-힣]+)")


def _nicknamed(text: str, proper: set[tuple[int, int]], short: set[tuple[int, int]],
               ) -> dict[int, tuple[int, list[str], str]]:
    """start -> (end, words, nickname) of the runs split by a quoted nickname: both words
    proper nouns (the family name may be a short word the analyzer knows, 왕)."""
    out: dict[int, tuple[int, list[str], str]] = {}
    for match in _NICKNAMED.finditer(text):
        family = match.start(3)
        cut = next((c for c in range(match.end(3), family, -1) if (family, c) in short and
                    PARTICLE.fullmatch(text, c, match.end(3))), None)
        if cut is None:
            continue
        # the given name must be a proper noun, or a romanized full name in brackets right
        # after the run must confirm the run is a name (the analyzer reads an unknown given
        # name as a common noun: 젠싱/NNG)
        if (match.start(1), match.end(1)) not in proper and \
                len(bracketed_english(text, cut).split()) < 2:
            continue
        out[match.start(1)] = (cut, [match.group(1), text[family:cut]], match.group(2))
    return out


_PARTICLE_TAGS = ("JKS", "JKO", "JX", "JC", "JKB")
_NEXT_WORDS = re.compile(r"(?:\s+[^\s.,]+){0,2}")


def _unglued_run(text: str, start: int, end: int, words: list[str],
                 tokens_of: Callable[[str], Tokens]) -> tuple[int, list[str]]:
    """A run whose last word the sentence's reading took with its particle (휴스가/NNG in a
    long sentence): the run and the next two words read alone split it (휴스/NNP 가/JKS)."""
    if words[-1][-1] not in "이가은는을를과와도":
        return end, words
    following = _NEXT_WORDS.match(text, end)
    phrase = text[start:following.end() if following else end]
    last = end - start - 1
    tokens = tokens_of(phrase)
    if any(s == last and e == last + 1 and tag.startswith(_PARTICLE_TAGS)
           for s, e, _, tag in tokens) and any(e == last and tag == "NNP"
                                               for _, e, _, tag in tokens):
        return end - 1, [*words[:-1], words[-1][:-1]]
    return end, words


def _before_posts(text: str, native: NativeGazetteer, known: set[str],
                  dictionary_noun: Callable[[str], bool]) -> set[tuple[int, int]]:
    """The words right before an agency's post (X 재무부 … 차관은) that are no common noun
    and no known name: the analyzer may read a foreign name as anything (헐리 as an
    interjection), but the post says the words before it name its holder."""
    out: set[tuple[int, int]] = set()
    words = list(_WORD.finditer(text))
    for index, word in enumerate(words):
        if index == 0 or not _post_at_agency(native, text[word.start() - 1:word.start() + 60]):
            continue
        end = word.start() - 1
        for prev in reversed(words[max(0, index - 3):index]):
            bare = strip_particle(prev.group())  # 재단은: a body's word and its particle
            if text[prev.end():end + 1] != " " or dictionary_noun(bare) or bare in known:
                break
            out.add((prev.start(), prev.end()))
            end = prev.start() - 1
    return out


def _post_at_agency(native: NativeGazetteer, after: str) -> bool:
    post = POST_AT.match(after)
    entry = native.surfaces["ko"].get(post.group(1)) if post else None
    return entry is not None and entry.type == "Agency"


def _is_state(native: NativeGazetteer, word: str) -> bool:
    entry = native.surfaces["ko"].get(word)
    return entry is not None and entry.type == "Country"


def _next_to(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Is the run coordinated with a person's run found before it (A과 B, A, B)?"""
    return any(COORDINATED.match(text[e:start]) for _, e in taken if e <= start)
