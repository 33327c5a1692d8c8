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
from extract.lang.ko_persons import strip_particle
from extract.lang.native import NativeGazetteer
from extract.lang.romanize import romanize_text
from extract.lang.western_names import PARTICLE, transliterated, western_runs

_AFTER = re.compile(r"^\s*(?:\(\s*\d{1,3}\s*(?:세)?\s*\)|씨|판사|검사|연방\s*검사|변호사|대변인|"
                    r"장관|차관보?|국장|청장|대표|요원|특파원|피고인?)"
                    r"(?:은|는|이|가|을|를|의|도|에게)?(?![가-힣])")
_ROLE_WORDS = frozenset({"피고", "피고인", "판사", "검사", "변호사", "대변인", "장관", "차관",
                         "차관보", "국장", "청장", "대표", "요원", "특파원"})
_BEFORE = re.compile(r"(?:출신(?:의|인)?|사는|거주하는|주민인?|"
                     r"남성|여성|판사|검사|피고인?|미국인|외국인|시민|공범|조력자|"
                     r"브로커|운영자|거주자)\s*$")
# a citizenship right before the run (캐나다 국적의 X, 미국 국적자 X, 미국 시민권자인 X), or
# the defendant's role (피고 X), says what the run is as plainly as a demonym does: a person,
# whatever the words sound like
_CITIZEN = re.compile(r"(?:국적의|(?<!다)국적인|국적자인?|시민권자인?|(?<![가-힣])피고인?)\s*$")
# the words a person cue introduces, read again alone: in a long sentence the analyzer
# sometimes reads a foreign name into the words around it (국적자 리사 -> 국적자/이/리/사)
# or over a space (멜리사 하워드/NNP); alone, the words after the cue come out as nouns
_CUE = re.compile(r"(?:국적의|국적자인?|시민권자인?|출신(?:의|인)?|사는|거주하는|(?<![가-힣])"
                  r"[가-힣]{1,6}인|판사|검사|피고인?)\s+")
_GLUED = frozenset("과와은는을를의")
_PHRASE = re.compile(r"[가-힣]+(?: [가-힣]+){0,3}")
# what marks a run as a person whether or not a word of it is written by sound (젠싱 왕(38),
# a Chinese name): an age, 씨, or the run as the subject of being sentenced, charged,
# arrested or pleading guilty in the same sentence
# (a citizenship in brackets after the run, 안드레예프(러시아 국적), (52·러시아 국적), (중국인),
# says it is a person as the citizenship before it does: a list item's label)
_STRONG_AFTER = re.compile(r"^\s*(?:\(\s*\d{1,3}\s*(?:세)?\s*\)|씨|"
                           r"\(\s*(?:\d{1,3}\s*(?:세)?\s*[·,ㆍ]\s*)?[가-힣]{1,6}\s*"
                           r"(?:국적(?:자)?|시민(?:권자)?|인)\s*\))")
_ACCUSED = re.compile(r"^\s*(?:은|는|이|가)\s[^.。\n]{0,100}?"
                      r"(?:선고(?:를\s*)?받|기소(?:됐|되었|돼)|체포(?:됐|되었|돼)|유죄(?:를)?\s*인정)")
# the same roles held by a list the run opens (A과 B, C를 기소했다; A와 B가 재판에 넘겨졌다):
# the items (one to four words each, none closed by a particle) and separators before the
# particle, then the object of the indictment (a few words between, none a clause's verb:
# "B와 함께 회사를 속인 혐의로 C를 기소했다" makes B no defendant) or the passive of
# a case's steps; the names after the role word of a cleft (피고인은 A와 B였다)
_ITEM = r"(?:[가-힣]+\s+){0,3}[가-힣]+(?<![을를은는에로의])"
_LIST = (rf"^(?:\s*(?:\([^)]{{1,40}}\))?\s*(?:과|와|,|·|및)\s*{_ITEM})*"
         r"\s*(?:\([^)]{1,40}\))?\s*(?:씨\s*)?(?:등\s*(?:\d+\s*명\s*)?)?")
_INDICTED_LIST = re.compile(
    _LIST + r"(?:(?:을|를)(?:\s+[^\s.]+(?<![한된던운준낸린할될는인은을를다고며서])){0,4}?"
    r"\s*(?:함께\s*|동시에\s*|추가로\s*)?기소(?:했|하였|한다|하고|하며|해\s)|"
    r"(?:은|는|이|가)\s[^.。\n]{0,60}?(?:기소(?:됐|되었|돼)|재판에\s*넘겨(?:졌|져)|"
    r"유죄(?:를)?\s*인정(?:했|하였)))")
_ROLE_TOPIC = re.compile(r"(?<![가-힣])피고(?:인)?(?:들)?(?:은|는)\s*$")
# the family name alone, then its particle: a dative may carry a topic or "also" on it
# (X에게는 … 혐의가 적용됐다, X에게도)
_AFTER_SURNAME = re.compile(r"(?:씨)?(?:은|는|이|가|을|를|의|에게(?:서)?(?:는|도)?|와|과|도|"
                            r"측은)?(?![가-힣])")
# more strong cues: a demonym right before the run (미국인 에릭 톰슨: a state's name and 인;
# 멕시코 국적인 X under _CITIZEN),
# the one sentenced in the dative (X에게 징역 …을 선고), the subject of a cleft over the
# accused (기소된 미국인은 X와 Y이다), and a run coordinated with a person's run
# (미국인인 X: the demonym with the copula, "X, who is an American")
_DEMONYM = re.compile(r"(?<![가-힣])([가-힣]{1,6}?)인인?\s*$")
_SENTENCED_DATIVE = re.compile(r"^\s*에게\s[^.。\n]{0,60}?(?:징역|금고)[^.。\n]{0,30}?선고")
_CLEFT = re.compile(r"(?:기소된|선고받은|체포된|유죄를\s*인정한)\s*(?:[가-힣]+\s*){0,2}?"
                    r"(?:은|는)\s*$")
# a post at a named agency after the run (존 헐리 재무부 테러·금융정보 담당 차관은): the
# agency's name, at most three words of the post, then the title; the run is its holder
_POST_AT = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*([가-힣]+)(?:\s+[가-힣·]+){0,3}?\s+"
                      r"(?:부?차관보|차관|부?장관|국장|청장|차장|처장|실장|대변인|대사)"
                      r"(?:은|는|이|가|을|를|의|도|에게)?(?![가-힣])")
# a name given in quotes to a person (‘X’라는 이름의 외국인, "X"로 불린 남성): what the noun
# after it says it names; a firm or a program so named (‘X’라는 이름의 회사) is no person
_NAMED_AS = re.compile(r"^\s*[’'\"”]\s*(?:이)?(?:라는|란|라고\s*불린|로\s*불린)\s*"
                       r"(?:이름의\s*|이름을\s*쓴\s*|가명의\s*)?"
                       r"(?:외국인|남성|여성|남자|여자|인물|사람|공범|공모자|개발자|노동자|직원)"
                       r"(?:이|가|은|는|을|를|의|에게|과|와|도|들)?(?![가-힣])")
_COORDINATED = re.compile(r"^\s*(?:과|와)?\s*(?:,|및|그리고)?\s*$")
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
    for cue in _CUE.finditer(text):
        phrase = _PHRASE.match(text, cue.end())
        if phrase is not None:
            tokens = [_unglued(t) for t in tokens_of(phrase.group(0))]
            out |= _nouns(tokens, dictionary_noun, phrase.start())
            out |= _split_nouns(phrase.group(0), tokens, dictionary_noun, phrase.start())
    return out


def _unglued(token: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """A proper noun read with its particle glued on (로웰과/NNP): the noun without it."""
    start, end, form, tag = token
    if tag == "NNP" and len(form) >= 3 and form[-1] in _GLUED and " " not in form:
        return start, end - 1, form[:-1], tag
    return token


def _split_nouns(phrase: str, tokens: Tokens, dictionary_noun: Callable[[str], bool],
                 offset: int) -> set[tuple[int, int]]:
    """A name the analyzer cut into nouns inside one word (웰런 -> 웰/NNG 런/NNG): the nouns
    that open the word, joined, when the joined word is no word of its dictionary."""
    out: set[tuple[int, int]] = set()
    for word in _WORD.finditer(phrase):
        nouns = [t for t in tokens if word.start() <= t[0] < word.end()]
        run: list[tuple[int, int, str, str]] = []
        for token in nouns:
            if token[3] not in ("NNP", "NNG") or (run and token[0] != run[-1][1]):
                break
            run.append(token)
        if len(run) >= 2 and not dictionary_noun(phrase[run[0][0]:run[-1][1]]):
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
                  if (s, e - 1) not in again or text[e - 1] not in _GLUED} | again
    # a role word is the cue beside a name (피고 X, X 피고는), never a word of it
    # and so is a demonym the analyzer reads as one proper noun with the name after it
    # (브라질인/NNP 타데우/NNP ...): a state's name and 인 opens no name
    proper = {(s, e) for s, e in proper if text[s:e] not in _ROLE_WORDS and
              not (text[s:e].endswith("인") and _is_state(native, text[s:e - 1]))}
    known = set(native.surfaces["ko"]) | set(native.places["ko"])
    proper |= _before_posts(text, native, known, dictionary_noun)
    people: list[tuple[str, str, str]] = []  # (family name in Hangul, id, English name)
    # a short family name the analyzer also knows as a word (왕 "king", 탕 "soup") may end a
    # run that a strong cue marks
    short = proper | {(s, e) for s, e, form, tag in tokens if tag == "NNG" and e - s <= 2
                      and form not in _ROLE_WORDS}
    nicknames = _nicknamed(text, proper, short)
    runs = [((start, end, words), False) for start, (end, words, _) in nicknames.items()]
    longer = {run[0]: run for run in western_runs(text, short, known)
              if (run[0], run[0] + len(run[2][0])) in proper}
    runs += [(_closed_by_cue(text, run, longer), False)
             for run in western_runs(text, proper, known)]
    runs += [(run, True) for run in longer.values()]
    taken: list[tuple[int, int]] = []
    for (start, end, words), extended in runs:
        if any(s < end and start < e for s, e in taken):
            continue
        if tokens_of is not None:
            end, words = _unglued_run(text, start, end, words, tokens_of)
        before = text[max(0, start - 24):start]
        demonym = _DEMONYM.search(before)
        strong = _STRONG_AFTER.match(text[end:end + 12]) or \
            _ACCUSED.match(text[end:end + 130]) or \
            _INDICTED_LIST.match(text[end:end + 160]) or _ROLE_TOPIC.search(before) or \
            _SENTENCED_DATIVE.match(text[end:end + 100]) or _CLEFT.search(before) or \
            (demonym is not None and _is_state(native, demonym.group(1))) or \
            _CITIZEN.search(text[max(0, start - 12):start]) or \
            _next_to(text, start, end, taken) or _post_at_agency(native, text[end:end + 60])
        weak = _AFTER.match(text[end:end + 12]) or _NAMED_AS.match(text[end:end + 24]) or \
            _BEFORE.search(text[max(0, start - 12):start])
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
    families = [family for family, _, _ in people]
    for family, entity_id, english in people:
        if families.count(family) > 1:
            continue  # two persons of one family name: the name alone is either
        for match in re.finditer(rf"(?<![가-힣]){re.escape(family)}", text):
            if _someone_else(text, match.start(), match.end(), english):
                continue
            if _AFTER_SURNAME.match(text, match.end()):
                builder.add(Found(match.start(), match.end(), family, "Person", entity_id,
                                  english, confidence=NAMED))


Run = tuple[int, int, list[str]]


def _closed_by_cue(text: str, run: Run, extended: dict[int, Run]) -> Run:
    """A run of proper nouns whose name goes on with a word the analyzer knows as a common
    noun (민 프엉 응옥 봉(41)씨: 봉/NNG "stick"), when an age or 씨 right after that word says
    the name ends there: the longer run. Without the cue (… 응옥 봉투를) the run stays."""
    longer = extended.get(run[0])
    if longer is None or longer[1] <= run[1] or not _STRONG_AFTER.match(text[longer[1]:
                                                                             longer[1] + 12]):
        return run
    return longer


def _someone_else(text: str, start: int, end: int, english: str) -> bool:
    """Is this family name the last word of another person's full name? It is when a quoted
    nickname stands right before it (X ‘Y’ 왕: a given name and nickname this reading did not
    take), or when the romanized name in brackets after it is not this person's."""
    if re.search(r"[’'\"”]\s*$", text[max(0, start - 3):start]):
        return True
    latin = bracketed_english(text, end)
    return bool(latin) and latin.lower() != english.lower()


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
    post = _POST_AT.match(after)
    entry = native.surfaces["ko"].get(post.group(1)) if post else None
    return entry is not None and entry.type == "Agency"


def _is_state(native: NativeGazetteer, word: str) -> bool:
    entry = native.surfaces["ko"].get(word)
    return entry is not None and entry.type == "Country"


def _next_to(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Is the run coordinated with a person's run found before it (A과 B, A, B)?"""
    return any(_COORDINATED.match(text[e:start]) for _, e in taken if e <= start)
