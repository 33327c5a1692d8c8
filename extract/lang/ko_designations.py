"""Who a Korean news report says was designated when the sentence names no designator.

A report names the designator once ("재무부는 … 기관 4곳과 개인 2명을 제재 대상으로
지정했다") and then introduces the targets one sentence at a time, with the target as the
subject of an agentless passive:

- "X도 명단에 올랐다" (X was also put on the list), "X는 … 제재를 받았다" (X was
  sanctioned), "Y도 함께 제재됐다" (Y was sanctioned with it), "A와 B는 … 이번에
  지정됐다" (were designated this time);
- "이 회사는 …" (this company): the company the sentence before was about;
- a second designator takes over the same targets: "OFAC도 이들 기관 2곳과 개인 4명을 제재
  대상으로 지정했다" (designated "these" two bodies and four persons): the targets of the
  designations the document reported before.

- "among them" right after a designation: "이 중 X는 …", "개인 가운데에서는 X가 …": the
  topic of the sentence is one of those the sentence before designated.

Only the subject of the passive is its target: a company named as the target's employer
(X의 대표인 A도 명단에 올랐다) is not. The designator comes from outside the sentence
(relations.py lowers the confidence); a list of defendants or of the wanted (피고인 명단,
수배 명단) is no sanctions list.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span, coordinated_before, joined_by
from extract.lang.romanize import decompose, is_hangul

# the construction: the target is the subject, no designator in the clause
PASSIVE = re.compile(
    r"(?<!제재\s)(?<!제재)(?<![가-힣])(?:명단|목록|리스트)에\s*(?:새로\s*|추가로\s*|함께\s*)?"
    r"(?:올랐|올라\s*있|오른\s*바)|"
    r"제재(?:를)?\s*(?:함께\s*)?받(?:았|은\s*바)|"
    r"(?<![가-힣])제재(?:됐|되었|된다|돼)|"
    # "A와 B는 … 이번에 지정됐다": the topic is the target, the verb bare
    r"(?:이번에|새로|추가로|함께)\s*지정(?:됐|되었|돼)")
# lists that are not sanctions lists: defendants, the wanted, rewards
_OTHER_LIST = re.compile(r"피고인|기소|수배|현상금|포상금|체포")
# what follows a name that only owns, founded or runs the target named after it (X의 위장
# 회사인 Y, X가 세운 Y): X is context, not a target of the designation
# (also through the person's post: "A 선양 대표의 회사가", "A가 대표인 Y", "A가 이끄는 Y")
_POSTS = r"(?:총책임자|책임자|부대표|대표|단장|지사장|부장|사장|은행장|행장)"
OWNER = re.compile(r"^\s*(?:\([^)]{1,80}\))?\s*(?:(?:(?:주)?[가-힣]{2,8}\s+){0,2}"
                   r"(?:주재\s*)?" + _POSTS + r"\s*)?(?:의\s*(?:위장|전위|유령|페이퍼)?\s*"
                   r"(?:회사|기업|업체|자회사|계열사|법인)(?:인|이자|로|으로|가|는|도)?\s|"
                   r"(?:이|가)\s*(?:세운|설립한|만든|소유한|운영하는|통제하는|이끄는|"
                   + _POSTS + r"(?:인|로\s*있는|를\s*맡은|를\s*맡고\s*있는))\s)")
# a name as the subject of a relative clause over the noun after it (X가 다닌 Y, X가 세운
# Y, X가 근무하던 Y): the verb's adnominal form (a final ㄴ: 다닌, 일한; 는, 던), one word,
# then the head noun; X only describes the head. Never the passive or a listing (X가 포함된
# 명단, X가 오른 명단, X가 지정된: X is what the list holds). Also a body in quotes with its
# members after it (‘X’에 소속된 14명): the members are the targets
_RELATIVE_SUBJECT = re.compile(r"^\s*(?:\([^)]{1,80}\))?\s*(?:이|가)\s+([가-힣]{1,6})\s+[가-힣]")
_LISTED = re.compile(r"(?:된|되는|되던|돼\s*있는|오른|올라\s*있는|들어간|든|포함한)$")
_QUOTED_AFFILIATION = re.compile(r"^\s*[’'\"”」』]\s*(?:에|의)?\s*(?:소속된|소속|산하)")


# a name that only says what the noun after it is tied to (X와 관련된 인물을 제재했다: the
# person is the target, X is not) or whose unit it is (X의 해킹 단체인 Y: Y's parent)
_TIED_TO = re.compile(r"^\s*(?:\([^)]{1,80}\))?\s*(?:과|와|에)\s*(?:관련된|연계된|연관된|연루된|"
                      r"관계된|관련이\s*있는|연계돼\s*있는)\s+[가-힣]|"
                      r"^\s*의\s*(?:[가-힣]+\s+){0,2}?(?:단체|조직|그룹|기관|부대)인\s")


def describes_head(after: str) -> bool:
    """Does the text after a name make the name the subject of a relative clause over the
    next noun, a quoted body its members belong to, or what the next noun is tied to (see
    above)?"""
    if _QUOTED_AFFILIATION.match(after) or _TIED_TO.match(after):
        return True
    clause = _RELATIVE_SUBJECT.match(after)
    if clause is None or _LISTED.search(clause.group(1)):
        return False
    return _adnominal(clause.group(1))


_CLAUSE_SUBJECT = re.compile(r"^\s*(?:이|가)\s+([가-힣]{1,6})\s+[가-힣A-Za-z]")


def relative_subject(after: str) -> bool:
    """Is the name before `after` the subject of a relative clause over the next noun
    (북한 정권이 주도하는 사기, X가 세운 회사), not of the sentence? A relative clause whose
    verb designates (재무부가 지정한 대상) still names the designator."""
    clause = _CLAUSE_SUBJECT.match(after)
    if clause is None or _LISTED.search(clause.group(1)) or \
            re.search(r"지정|제재|추가|올린|포함", clause.group(1)):
        return False
    return _adnominal(clause.group(1))


# nouns ending in ㄴ that often follow a subject (X가 북한 노동자의 임금을 세탁했다, X가
# 최근 …): the subject of the sentence's own clause, no adnominal verb over a noun
_N_NOUNS = frozenset({"북한", "남한", "일본", "대만", "최근", "그간", "수년간", "장기간", "한편"})


def _adnominal(word: str) -> bool:
    """Does a word read as a verb's adnominal form (세운, 다니던, 운영하는)?"""
    if word in _N_NOUNS:
        return False
    return word.endswith(("는", "던")) or (final_consonant(word[-1]) == "ㄴ" and len(word) >= 2)


def final_consonant(char: str) -> str:
    return decompose(char)[2] if is_hangul(char) else ""


# what follows a body named only in a person's post: "A X은행 (중국 단둥) 대표가", "X의
# 총책임자인 A": the person is the target, the body where the post is
# (the holder's name and a city and country between: "X은행의 A 중국 선양 대표가")
POST = re.compile(r"^\s*(?:\([^)]{1,80}\))?\s*(?:의\s*)?(?:(?:주)?[가-힣]{2,8}\s+){0,3}(?:주재\s*)?"
                  r"(?:총책임자|책임자|부대표|대표|단장|지사장|부장|사장|은행장|행장)"
                  r"(?:인|이자|이|가|은|는|도|을|를|와|과|,|\s)")
# what follows the subject: its particle, after a bracketed romanization or age
# (a bracket may hold a company's whole Latin name: X Network Technology Co., Ltd)
_SUBJECT = re.compile(r"^\s*(?:\([^)]{1,80}\))?\s*(?:씨\s*)?(?:은|는|이|가|도)(?![가-힣])")
# a person's post between the name and the particle, in apposition: "A 선양 대표가 새로 제재
# 대상에 올랐다" (A, the representative in Shenyang): A is the subject (a body before the
# post, "X은행 대표가", is only where the post is: POST)
_TITLED = re.compile(r"^\s*(?:\([^)]{1,80}\))?\s*(?:(?:주)?[가-힣]{2,8}\s+){0,2}(?:주재\s*)?"
                     + _POSTS + r"(?:은|는|이|가|도)(?![가-힣])")
_COORD = re.compile(r"^\s*(?:\([^)]{1,80}\))?\s*(?:,|·|및|와|과|그리고)\s*$")
# the window after a name that holds its bracket and particle
_AFTER = 96
# "this company" as the subject: the company the sentence before was about
_THIS_BODY = re.compile(r"(?<![가-힣])(?:이|해당|동)\s*(?:회사|기업|업체|기관|단체)"
                        r"(?:은|는|이|가|도)(?![가-힣])")
# the targets named before: "이들", "이들 기관 2곳과 개인 4명", "이 기관들"
EARLIER = re.compile(r"(?<![가-힣])(?:이들|이\s*(?:기관|개인|단체|업체|회사)들)"
                     r"(?:\s*(?:기관|개인|단체|업체|회사|금융인|인물)?\s*\d+\s*(?:곳|명|개)"
                     r"(?:\s*(?:과|와|및)\s*)?)*\s*(?:을|를|에\s*대해|에\s*대한|과|와)")

# an act the sentence only recalls (frames.KO.recall without the date words: a report's
# current act may be dated 지난해 too)
_RECALL = re.compile(r"(?:ㄴ|한|된|했던)\s*바\s*(?:있|가)|이미|앞서")


def _targets(builder: DocBuilder, span: Span) -> list[Found]:
    return [f for f in builder.in_span(span, ("Person", "Organization")) if not f.unnamed
            and f.properties.get("kind") != "worker_group"]


def _named(builder: DocBuilder, items: list[Found]) -> list[Found]:
    """The names without their bracketed romanizations (X(Latin X)): the bracket is part of
    what follows the name, so the particle after it marks the name."""
    out: list[Found] = []
    for item in items:
        if out and out[-1].id == item.id and \
                builder.text[out[-1].end:item.start].strip() in ("(", "（"):
            continue
        out.append(item)
    return out


def passive_subjects(builder: DocBuilder, spans: list[Span], index: int,
                     at: int) -> list[Found]:
    """The subjects of an agentless passive designation before `at`, with the names
    coordinated before them; "this company" stands for the previous sentence's topic."""
    span = spans[index]
    text = builder.text
    if _OTHER_LIST.search(span.text(text)):
        return []
    items = _named(builder, [f for f in _targets(builder, span) if f.end <= at])
    subjects = [i for i, f in enumerate(items) if _SUBJECT.match(text[f.end:f.end + _AFTER])
                or (f.type == "Person" and _TITLED.match(text[f.end:f.end + _AFTER]))]
    if subjects:
        return coordinated_before(items, subjects[-1], joined_by(text, _COORD))
    if _THIS_BODY.search(text, span.start, at) and index > 0:
        earlier = [f for f in _named(builder, _targets(builder, spans[index - 1]))
                   if f.type == "Organization" and _SUBJECT.match(text[f.end:f.end + _AFTER])]
        if len({f.id for f in earlier}) == 1:
            return earlier[:1]
    return []


# "these N companies" (이 두 북한 회사도, 이 세 기관을): the bodies the sentence before names
_COUNTED = re.compile(r"(?<![가-힣])이\s*(?P<n>두|세|네|[2-4])\s*(?:[가-힣]+\s+)?"
                      r"(?:회사|기업|법인|기관|업체|단체)(?:도|를|을)(?![가-힣])")
_NUMBERS = {"두": 2, "세": 3, "네": 4}


def _named_before(builder: DocBuilder, span: Span, count: int) -> list[Found]:
    """The companies the sentence right before `span` names, if there are exactly
    `count` of them (never the workers as a group)."""
    end = span.start
    start = max(builder.text.rfind(".", 0, max(end - 2, 0)),
                builder.text.rfind("\n", 0, max(end - 1, 0))) + 1
    named: dict[str, Found] = {}
    for found in builder.found:
        if start <= found.start and found.end <= end and found.type == "Organization" \
                and not found.unnamed and found.properties.get("kind") != "worker_group":
            named.setdefault(found.id, found)
    return list(named.values()) if len(named) == count else []


def earlier_targets(builder: DocBuilder, span: Span, at: int) -> list[Found]:
    """The targets of the designations reported before, when the designation refers to them
    as "these" (이들 …을); "these N companies" (이 두 회사도) are the N companies the
    sentence before names; none if it names no such anaphor."""
    counted = _COUNTED.search(builder.text, span.start, at)
    if counted:
        number = counted.group("n")
        return _named_before(builder, span, _NUMBERS.get(number) or int(number))
    if not EARLIER.search(builder.text, span.start, at):
        return []
    # "these" are the targets of the acts the report reports, not of one it only recalls
    # (X는 한미가 지난해 지정한 바 있다): a designation read from a recalled sentence only
    wanted = {r.target for r in builder.relations.values() if r.type == "DESIGNATED"
              and all(e.start < span.start for e in r.evidence)
              and not all(_RECALL.search(builder.text, e.start, e.end) for e in r.evidence)}
    out: dict[str, Found] = {}
    for found in builder.found:
        if found.id in wanted and found.start < span.start and found.type in (
                "Person", "Organization"):
            out.setdefault(found.id, found)
    return list(out.values())


# "among them": a sentence that opens on the set the sentence before named (이 중, 이
# 가운데, 개인 가운데에서는); or "they are" (이들은 A와 B이다, 개인은 A이며, 기관은 X다)
# naming the persons and bodies the sentence before designated only by their count
PARTITIVE = re.compile(r"^\s*(?:(?:이|그)\s*|(?:개인|기관|단체|인물|금융인)\s*)"
                       r"(?:가운데|중)(?:에서)?(?:는)?\s|"
                       r"^\s*(?:이들|개인|기관|단체|인물|대상자)(?:은|는)\s")
# the topic of such a complement: at the sentence's start or after the comma of a first
# complement (개인은 A이며, 기관은 X다)
_KIND_TOPIC = re.compile(r"(?:^|,)\s*(?:이들|개인|기관|단체|인물|대상자)(?:은|는)\s+")
# between two names of the complement, and after its last: the copula closing the clause
_JOINER = re.compile(r"^\s*(?:\([^)]{1,80}\))?\s*(?:,|·|와|과|및)\s*$")
_CLOSES = re.compile(r"^\s*(?:\([^)]{1,80}\))?\s*(?:이며|이고|이다|입니다|이었다|였다|다)"
                     r"\s*(?:[,.]|$)")


def complement_items(builder: DocBuilder, span: Span) -> list[Found]:
    """The names of "이들은 A와 B이다" / "개인은 A이며, 기관은 X다": each clause's
    complement when it is only names joined and closed by the copula (이들은 X 소속이다,
    기관은 X의 자회사다 name no one)."""
    text = builder.text
    items = _named(builder, _targets(builder, span))
    out: list[Found] = []
    for topic in _KIND_TOPIC.finditer(span.text(text)):
        at = span.start + topic.end()
        chain: list[Found] = []
        for item in (f for f in items if f.start >= at):
            gap = text[at:item.start]
            if (not chain and gap.strip()) or (chain and not _JOINER.match(gap)):
                break
            chain.append(item)
            if _CLOSES.match(text[item.end:span.end]):
                out += chain
                break
            at = item.end
    return out


def partitive_subjects(builder: DocBuilder, spans: list[Span], index: int,
                       designated_before: bool) -> list[Found]:
    """The first topic or subject of a sentence that opens "among them" right after a
    sentence that designated (`designated_before`: the set it names is the one
    designated), with the names coordinated before it; none after any other sentence."""
    if index == 0 or not designated_before:
        return []
    if _KIND_TOPIC.match(spans[index].text(builder.text)):
        return complement_items(builder, spans[index])
    text = builder.text
    items = _named(builder, _targets(builder, spans[index]))
    for index_, item in enumerate(items):
        after = text[item.end:item.end + _AFTER]
        if OWNER.match(after) or (item.type == "Organization" and POST.match(after)):
            continue  # whose post or company it is
        if _SUBJECT.match(after):
            return coordinated_before(items, index_, joined_by(text, _COORD))
    return []
