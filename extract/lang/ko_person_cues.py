"""The words around a run of Hangul proper nouns that say it names a person (ko_western.py).

A run written by sound may be a person, a newspaper or a firm; what stands right before or after
it, or what the sentence says of it, decides. The patterns are kept here, apart from the walk
over the runs that applies them.
"""

from __future__ import annotations

import re

AFTER = re.compile(r"^\s*(?:\(\s*\d{1,3}\s*(?:세)?\s*\)|씨|판사|검사|연방\s*검사|변호사|대변인|"
                    r"장관|차관보?|국장|청장|대표|요원|특파원|피고인?)"
                    r"(?:은|는|이|가|을|를|의|도|에게)?(?![가-힣])")
ROLE_WORDS = frozenset({"피고", "피고인", "판사", "검사", "변호사", "대변인", "장관", "차관",
                         "차관보", "국장", "청장", "대표", "요원", "특파원"})
BEFORE = re.compile(r"(?:출신(?:의|인)?|사는|거주하는|주민인?|"
                     r"남성|여성|판사|검사|피고인?|미국인|외국인|시민|공범|조력자|"
                     r"브로커|운영자|거주자)\s*$")
# a citizenship right before the run (캐나다 국적의 X, 미국 국적자 X, 미국 시민권자인 X), or
# the defendant's role (피고 X), says what the run is as plainly as a demonym does: a person,
# whatever the words sound like
CITIZEN = re.compile(r"(?:국적의|(?<!다)국적인|국적자인?|시민권자인?|(?<![가-힣])피고인?)\s*$")
# the words a person cue introduces, read again alone: in a long sentence the analyzer
# sometimes reads a foreign name into the words around it (국적자 리사 -> 국적자/이/리/사)
# or over a space (멜리사 하워드/NNP); alone, the words after the cue come out as nouns
# (an age or a man, a woman: 31세 남성 X, where the analyzer cut X into a noun and a
# determiner, 올레 + 그)
CUE = re.compile(r"(?:국적의|국적자인?|시민권자인?|출신(?:의|인)?|사는|거주하는|(?<![가-힣])"
                  r"[가-힣]{1,6}인|판사|검사|피고인?|(?<![가-힣])(?:남성|여성)|\d세)\s+")
GLUED = frozenset("과와은는을를의")
PHRASE = re.compile(r"[가-힣]+(?: [가-힣]+){0,3}")
# what marks a run as a person whether or not a word of it is written by sound (젠싱 왕(38),
# a Chinese name): an age, 씨, or the run as the subject of being sentenced, charged,
# arrested or pleading guilty in the same sentence
# (a citizenship in brackets after the run, 안드레예프(러시아 국적), (52·러시아 국적), (중국인),
# says it is a person as the citizenship before it does: a list item's label)
STRONG_AFTER = re.compile(r"^\s*(?:\(\s*\d{1,3}\s*(?:세)?\s*\)|씨|"
                           r"\(\s*(?:\d{1,3}\s*(?:세)?\s*[·,ㆍ]\s*)?[가-힣]{1,6}\s*"
                           r"(?:국적(?:자)?|시민(?:권자)?|인)\s*\))")
ACCUSED = re.compile(r"^\s*(?:은|는|이|가)\s[^.。\n]{0,100}?"
                      r"(?:선고(?:를\s*)?받|기소(?:됐|되었|돼)|체포(?:됐|되었|돼)|유죄(?:를)?\s*인정)")
# the same roles held by a list the run opens (A과 B, C를 기소했다; A와 B가 재판에 넘겨졌다):
# the items (one to four words each, none closed by a particle) and separators before the
# particle, then the object of the indictment (a few words between, none a clause's verb:
# "B와 함께 회사를 속인 혐의로 C를 기소했다" makes B no defendant) or the passive of
# a case's steps; the names after the role word of a cleft (피고인은 A와 B였다)
_ITEM = r"(?:[가-힣]+\s+){0,3}[가-힣]+(?<![을를은는에로의])"
_LIST = (rf"^(?:\s*(?:\([^)]{{1,40}}\))?\s*(?:과|와|,|·|및)\s*{_ITEM})*"
         r"\s*(?:\([^)]{1,40}\))?\s*(?:씨\s*)?(?:등\s*(?:\d+\s*명\s*)?)?")
INDICTED_LIST = re.compile(
    _LIST + r"(?:(?:을|를)(?:\s+[^\s.]+(?<![한된던운준낸린할될는인은을를다고며서])){0,4}?"
    r"\s*(?:함께\s*|동시에\s*|추가로\s*)?기소(?:했|하였|한다|하고|하며|해\s)|"
    r"(?:은|는|이|가)\s[^.。\n]{0,60}?(?:기소(?:됐|되었|돼)|재판에\s*넘겨(?:졌|져)|"
    r"유죄(?:를)?\s*인정(?:했|하였)))")
ROLE_TOPIC = re.compile(r"(?<![가-힣])피고(?:인)?(?:들)?(?:은|는)\s*$")
# the family name alone, then its particle: a dative may carry a topic or "also" on it
# (X에게는 … 혐의가 적용됐다, X에게도)
AFTER_SURNAME = re.compile(r"(?:씨)?(?:은|는|이|가|을|를|의|에게(?:서)?(?:는|도)?|와|과|도|"
                            r"측은)?(?![가-힣])")
# more strong cues: a demonym right before the run (미국인 에릭 톰슨: a state's name and 인;
# 멕시코 국적인 X under CITIZEN),
# the one sentenced in the dative (X에게 징역 …을 선고), the subject of a cleft over the
# accused (기소된 미국인은 X와 Y이다), and a run coordinated with a person's run
# (미국인인 X: the demonym with the copula, "X, who is an American")
DEMONYM = re.compile(r"(?<![가-힣])([가-힣]{1,6}?)인인?\s*$")
SENTENCED_DATIVE = re.compile(r"^\s*에게\s[^.。\n]{0,60}?(?:징역|금고)[^.。\n]{0,30}?선고")
CLEFT = re.compile(r"(?:기소된|선고받은|체포된|유죄를\s*인정한)\s*(?:[가-힣]+\s*){0,2}?"
                    r"(?:은|는)\s*$")
# a post at a named agency after the run (존 헐리 재무부 테러·금융정보 담당 차관은): the
# agency's name, at most three words of the post, then the title; the run is its holder
POST_AT = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*([가-힣]+)(?:\s+[가-힣·]+){0,3}?\s+"
                      r"(?:부?차관보|차관|부?장관|국장|청장|차장|처장|실장|대변인|대사)"
                      r"(?:은|는|이|가|을|를|의|도|에게)?(?![가-힣])")
# a name given in quotes to a person (‘X’라는 이름의 외국인, "X"로 불린 남성): what the noun
# after it says it names; a firm or a program so named (‘X’라는 이름의 회사) is no person
NAMED_AS = re.compile(r"^\s*[’'\"”]\s*(?:이)?(?:라는|란|라고\s*불린|로\s*불린)\s*"
                       r"(?:이름의\s*|이름을\s*쓴\s*|가명의\s*)?"
                       r"(?:외국인|남성|여성|남자|여자|인물|사람|공범|공모자|개발자|노동자|직원)"
                       r"(?:이|가|은|는|을|를|의|에게|과|와|도|들)?(?![가-힣])")
COORDINATED = re.compile(r"^\s*(?:과|와)?\s*(?:,|및|그리고)?\s*$")
