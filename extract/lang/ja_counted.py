"""Targets a Japanese designation counts, then names in the sentences that follow it.

News and analyses count the targets in the designation (米財務省は…計8人・2団体を制裁対象
に加えた; 対象は…の計1人・4団体だ) and name them afterwards, in sentences of their own
that describe them (柱の一つは、A社と、その社長Bだ。…C銀行が…を担っていたほか、…D氏と
E氏は…。残る5人は…の各氏である。). The names of the counting sentence and of the sentences
after it in its paragraph are the targets when they fill the counts exactly: a sentence
whose names would overflow a count describes others (the body a target worked with) and is
passed over; a name the text calls sanctioned already (すでに制裁下にある) is no new
target; the counting stops at another designator's designation. No exact fill, no
relation: the count is what makes the names targets.

同じ2つの団体 ("the same two bodies") in a counting sentence are the last bodies designated
before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.cues import JA
from extract.lang.frames import FRAMES
from extract.lang.ja_modality import stated
from extract.lang.ja_roles import JA_NOT_TARGET
from extract.lang.roles import act_date, actors_of, designator_of, state_of

_DIGITS = str.maketrans("０１２３４５６７８９一二三四五六七八九", "0123456789123456789")
_N = r"([0-9０-９一二三四五六七八九]{1,2})"
_PERSONS = re.compile(r"(?:個人\s*)?" + _N + r"\s*(?:人|名|個人)(?![々a-zA-Z一-龥])")
# (機関2か所, 企業3社: the noun before its count, as releases translated from Korean write it)
_BODIES = re.compile(r"(?:同じ\s*)?" + _N + r"\s*(?:つの)?\s*(?:団体|機関|企業|社)(?![一-龥])|"
                     r"(?:団体|機関|企業)\s*" + _N + r"\s*(?:か所|カ所|ヵ所|ヶ所|箇所|社|つ)")
_SAME = re.compile(r"同じ\s*" + _N + r"\s*(?:つの)?\s*(?:団体|機関|企業|社)")
_PREDICATES = [f.predicate for f in FRAMES["ja"] if f.name in (
    "designation.ja.v1", "designation-followup.ja.v1", "designation-list.ja.v1")]
_ANNOUNCED = re.compile(r"(?:新たな|追加の?|独自の?)?\s*制裁(?:措置)?を\s*(?:発表|決定|発動|科|課)")
# sanctioned already, in the words before the name: すでに制裁下にある第一信用銀行
_ALREADY = re.compile(r"(?:既に|すでに)[^、。]{0,10}(?:制裁|資産凍結|指定)[^、。]{0,8}$")
# a sentence about the counted group itself: 3団体は…, キム氏以外の6人は…
_GROUP_TOPIC = re.compile(r"^(?:[^、。]{0,12}の)?" + _N + r"\s*(?:つの)?\s*(?:人|名|個人|団体|機関|"
                          r"企業|社)(?:は|には|も)")
# the inside of the brackets right after a name: its gloss, (KMCTC), (U Yong Su)
_GLOSS = re.compile(r"^[」』]?\s*[（(]([^（()）]{1,60})[)）]")
# a person the sentence quotes: the speaker of 「…」と述べた (ネルソン財務次官は声明で「…」と
# 強調した), named with the office that speaks, never one of the counted targets
_SPEAKER = re.compile(r"[^。「」]{0,30}?(?:は|が)[^。「」]{0,20}「[^」]*」\s*と\s*"
                      r"(?:述べ|強調|語|指摘|説明|批判|表明|話|訴え|明らかに|コメント|警告)")
# a body named as what a target is under (A傘下の企業B, Aの下部組織B): not a target itself
# (Aの代表B names A, which the count may include)
_ABOVE_IT = re.compile(r"[」』]?\s*(?:[（(][^）)]{1,40}[）)])?\s*の?\s*"
                       r"(?:傘下|配下|下部組織|指揮下)")
# a body named as the owner of a named group (偵察総局のハッキンググループ「X」): X's owner
_OWNER_OF_NAMED = re.compile(r"\s*の\s*[^、。「」]{1,12}?(?:グループ|集団|組織|部隊|企業|会社)"
                             r"\s*「")
_TOPIC_ONLY = replace(JA, subject=JA.topic)
_CONFIDENCE = 0.75  # named outside the designation's own clause, by the count alone


def apply_counted(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for index, span in enumerate(spans):
        sentence = span.text(text)
        match = next((m for p in _PREDICATES if (m := p.search(sentence))), None) or \
            _ANNOUNCED.search(sentence)
        persons = _count(_PERSONS, sentence)
        bodies = _count(_BODIES, sentence)
        if match is None or (persons is None and bodies is None):
            continue
        at = span.start + match.end()
        dated = act_date(builder, span, JA, bool(JA.recall.search(sentence)))
        if stated(text, span, at) is None or dated is None:
            continue
        actors = _actors(builder, spans, index, span.start + match.start())
        if not actors:
            continue
        named = _fill(builder, spans[index:], persons, bodies, actors) or \
            _among(builder, spans[index + 1:index + 2], persons, bodies)
        for actor in actors:
            for found, where in named:
                builder.relate("DESIGNATED", actor, found.id, where, frame="counted.ja.v1",
                               confidence=_CONFIDENCE, properties=dated[0],
                               date_basis=dated[1])


def counts_targets(sentence: str) -> bool:
    """The sentence counts persons or bodies (4団体及び5個人, 2人)."""
    return _count(_PERSONS, sentence) is not None or _count(_BODIES, sentence) is not None


def _count(pattern: re.Pattern[str], sentence: str) -> int | None:
    """The count of a kind: the total (計1人・4団体), else the sum of the counts given
    (2団体と個人6人; 3団体及び1個人)."""
    matches = [m for m in pattern.finditer(sentence) if _number(m).isdigit()]
    totals = [m for m in matches if re.search(r"計\s*(?:[0-9０-９一二三四五六七八九]{1,2}\s*"
                                              r"(?:人|名|個人|団体|機関|社)\s*[・、と及び]*\s*)?$",
                                              sentence[:m.start()])]
    numbers = [int(_number(m)) for m in (totals or matches)]
    return sum(numbers) if numbers else None


def _number(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g).translate(_DIGITS)


def _designators(builder: DocBuilder, span: Span, at: int) -> list[Found]:
    """The topic (は) before the predicate, else its subject: 米財務省は…北朝鮮が…支えてきた
    として、制裁を発表した is the Treasury's act, not North Korea's."""
    return actors_of(builder, span, _TOPIC_ONLY, at) or actors_of(builder, span, JA, at)


def _actors(builder: DocBuilder, spans: list[Span], index: int, at: int) -> list[str]:
    """The sentence's own designator, else the one of the sentence before it (…制裁を発表
    した。対象は…の計1人・4団体だ。)."""
    span = spans[index]
    own = _designators(builder, span, at)
    if own:
        return list(dict.fromkeys(designator_of(builder, a.id, span) for a in own))
    if index == 0:
        return []
    before = spans[index - 1]
    sentence = before.text(builder.text)
    match = next((m for p in _PREDICATES if (m := p.search(sentence))), None) or \
        _ANNOUNCED.search(sentence)
    earlier = _designators(builder, before, before.start + match.start()) if match else []
    if earlier:
        return list(dict.fromkeys(designator_of(builder, a.id, before) for a in earlier))
    return list(dict.fromkeys(r.source for r in builder.relations.values()
                              if r.type == "DESIGNATED" and
                              any(before.start <= e.start < before.end for e in r.evidence)))


def announced_designators(builder: DocBuilder, span: Span) -> list[str]:
    """The designators of a sentence that announces a sanction and names no target
    (米財務省は…として新たな制裁を発表した): its own actors, when it states the act."""
    sentence = span.text(builder.text)
    match = next((m for p in _PREDICATES if (m := p.search(sentence))), None) or \
        _ANNOUNCED.search(sentence)
    named = [f for f in builder.in_span(span, ("Person", "Organization")) if not f.unnamed
             and f.properties.get("kind") != "worker_group"]  # (北朝鮮のIT技術者: the class)
    if match is None or stated(builder.text, span, span.start + match.end()) is None or named:
        return []
    return list(dict.fromkeys(designator_of(builder, a.id, span) for a in
                              _designators(builder, span, span.start + match.start())))


def _fill(builder: DocBuilder, spans: list[Span], persons: int | None, bodies: int | None,
          actors: list[str]) -> list[tuple[Found, Span]]:
    text = builder.text
    first = spans[0]
    glosses = _glosses(builder)
    got: dict[str, tuple[Found, Span]] = {}
    same = _SAME.search(first.text(text))
    if same and bodies is not None:
        for body in _last_designated(builder, first.start,
                                     int(same.group(1).translate(_DIGITS))):
            got[body.id] = (body, first)
    for number, span in enumerate(spans):
        if number and ("\n\n" in text[spans[number - 1].end:span.start] or (
                _other_designator(builder, span, actors) and
                not _GROUP_TOPIC.match(span.text(text)))):
            break  # a new paragraph, or another state's designation (not of the counted)
        new = {f.id: f for f in builder.in_span(span, ("Person", "Organization"))
               if not f.unnamed and f.id not in got and
               f.properties.get("kind") not in ("worker_group", "group") and
               not any(s <= f.start and f.end <= e for s, e in glosses) and
               not _ALREADY.search(text, max(0, f.start - 30), f.start) and
               not _aside(builder, f, span)}
        wanted = [f for f in new.values() if _counted(f, persons, bodies)]
        total = [f for f, _ in got.values()] + wanted
        if _over(total, persons, bodies):
            continue  # names others than the targets: a description
        got.update({f.id: (f, span) for f in wanted})
        if _full(total, persons, bodies):
            return list(got.values())
    return []


# "of these": the next sentence picks out some of the counted targets as its topic
# (…2社と3人を指定した。このうち、X公司は瀋陽に拠点を置く)
_AMONG = re.compile(r"^\s*(?:このうち|うち|そのうち|その中で)\s*[、，]?\s*")
_TOPIC = re.compile(r"[」』]?\s*(?:[（(][^（()）]{1,60}[)）])?\s*(?:氏|社)?\s*(?:は|が|も)")


def _among(builder: DocBuilder, spans: list[Span], persons: int | None,
           bodies: int | None) -> list[tuple[Found, Span]]:
    """The names the sentence after a counted designation picks out of the count by このうち,
    as its topic and of a counted kind; a name later in the sentence is something else."""
    if not spans or not _AMONG.match(spans[0].text(builder.text)):
        return []
    span = spans[0]
    names = [f for f in builder.in_span(span, ("Person", "Organization")) if not f.unnamed
             and f.properties.get("kind") not in ("worker_group", "group")]
    topic = next((f for f in names if _TOPIC.match(builder.text, f.end, span.end)), None)
    if topic is None or not _counted(topic, persons, bodies) or \
            any(c in builder.text[span.start:topic.start] for c in "はが「"):
        return []
    return [(topic, span)]


def _aside(builder: DocBuilder, found: Found, span: Span) -> bool:
    """A name the sentence gives for another part than a target: the official it quotes,
    or the body a target belongs to (A傘下の企業B, Aの幹部C)."""
    text = builder.text
    if JA_NOT_TARGET.match(text, found.end, min(span.end, found.end + 40)) or \
            _OWNER_OF_NAMED.match(text, found.end, span.end):
        return True  # 「X」と関係のあるY, X偵察総局のハッキンググループ「Y」: whose Y is
    if found.type == "Person":
        return _SPEAKER.match(text, found.end, span.end) is not None
    return _ABOVE_IT.match(text, found.end, span.end) is not None


def _counted(found: Found, persons: int | None, bodies: int | None) -> bool:
    return (found.type == "Person" and persons is not None) or \
        (found.type == "Organization" and bodies is not None)


def _tally(found: list[Found]) -> tuple[int, int]:
    return (sum(f.type == "Person" for f in found),
            sum(f.type == "Organization" for f in found))


def _over(found: list[Found], persons: int | None, bodies: int | None) -> bool:
    p, b = _tally(found)
    return p > (persons or 0) or b > (bodies or 0)


def _full(found: list[Found], persons: int | None, bodies: int | None) -> bool:
    p, b = _tally(found)
    return p == (persons or 0) and b == (bodies or 0)


def _last_designated(builder: DocBuilder, before: int, count: int) -> list[Found]:
    """The last `count` bodies designated in sentences before `before`."""
    bodies: dict[str, int] = {}
    for relation in builder.relations.values():
        entity = builder.entities.get(relation.target)
        starts = [e.start for e in relation.evidence if e.start < before]
        if relation.type == "DESIGNATED" and entity is not None and \
                entity.type == "Organization" and starts:
            bodies[relation.target] = max(bodies.get(relation.target, -1), max(starts))
    ids = sorted(bodies, key=lambda i: bodies[i])[-count:] if count else []
    found = {f.id: f for f in builder.found if f.id in ids and f.start < before}
    return [found[i] for i in ids if i in found] if len(found) == count else []


def _other_designator(builder: DocBuilder, span: Span, actors: list[str]) -> bool:
    """A later sentence that designates for another state: the counting is over."""
    sentence = span.text(builder.text)
    match = next((m for p in _PREDICATES if (m := p.search(sentence))), None)
    if match is None:
        return False
    own = _designators(builder, span, span.start + match.start())
    return bool(own) and not {state_of(builder, a.id, span) for a in own} & \
        {state_of(builder, a, span) for a in actors}


def _glosses(builder: DocBuilder) -> list[tuple[int, int]]:
    """The bracket interiors right after a name: the same item again, not another."""
    out = []
    for found in builder.found:
        match = _GLOSS.match(builder.text[found.end:found.end + 64])
        if match:
            out.append((found.end + match.start(1), found.end + match.end(1)))
    return out
