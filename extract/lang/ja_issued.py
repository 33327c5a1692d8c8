"""Who issued a statement, by GiNZA's dependency parse of a Japanese sentence.

The issue frame (extract/lang/frames.py) reads a statement right before its verb
(「…」を公表した). Releases and news put more between them, or put the verb first:
- words between the object and its verb: 「…注意喚起」を26日に発出した, 「…」をウェブサイトで
  公表した: the statement is the object (を) of the issuing verb, by the parse;
- the verb in a relative clause on the statement: 日米韓3か国は27日発表した共同声明で…,
  警察庁が昨年公表した注意喚起文書は…: the issuing verb modifies the statement (acl).
The issuers are the actors marked as the verb's topic or subject before it (with those
coordinated: 警察庁と外務、財務、経済産業の3省は), as for the frames; the trilateral 日米韓
are the three states. A plan (発表する予定の声明), a negation or a quote issues nothing
(ja_modality.py).

A joint statement named after the states that made it (日米韓共同声明, 日米共同声明) says
who issued it wherever it is named, also as the title of the statement's own translation
(…に関する日米韓共同声明（仮訳）), where no sentence issues it.
"""

from __future__ import annotations

import re
from typing import Any

from extract.lang.common import DocBuilder, Span
from extract.lang.cues import JA
from extract.lang.frames import FRAMES
from extract.lang.ja_modality import stated
from extract.lang.roles import act_date, actors_of, trilateral_actors
from graph.model import ExtractedEntity, Mention

_ISSUING = frozenset(("公表", "発表", "発出", "公開", "発信", "発行", "出す", "採択",
                      "取りまとめる", "取り纏める", "掲載", "配布"))
_ISSUE = next(f.predicate for f in FRAMES["ja"] if f.name == "issue.ja.v1")
_CONFIDENCE = 0.8  # as the compiled frame: the parse names the object, the particles the actor
# the states a joint statement is named after: 日米韓共同声明, 日米韓3か国共同声明, 日米首脳共同声明
_NAMED_JOINT = re.compile(r"(?<![一-龥])([日米韓]{2,3})\s*(?:[2-3２-３二三]\s*(?:か国|カ国))?\s*"
                          r"(?:外相|首脳|政府)?\s*(?:の)?\s*共同声明")
_STATES = {"日": "JP", "米": "US", "韓": "KR"}
_COUNTED = r"(?:\s*の)?\s*(?:[0-9０-９一二三四]+\s*(?:か国|カ国|ヶ国|ヵ国|省庁|省|庁))?"
# the "by" of a passive: 警察庁によって, 日本、米国及び韓国の3か国により
_BY = re.compile(_COUNTED + r"\s*(?:によって|により|から)")
# the ministers or envoys of the states before: 日米韓3か国の外相は, 日韓の首席代表が
_OFFICIALS = re.compile(_COUNTED + r"\s*の?\s*(?:外相|外務大臣|首脳|首席代表|高官)(?:ら)?"
                        r"\s*(?:は|が)")
# no dev document needs it (each names the issuers in a sentence too): below the sure 0.8
_TITLE_CONFIDENCE = 0.75


def apply_issued(builder: DocBuilder, spans: list[Span], doc: Any) -> None:
    text = builder.text
    for span in spans:
        for advisory in builder.in_span(span, ("Advisory",)):
            verb = _issuing_verb(doc, advisory.start, advisory.end)
            if verb is None or not span.start <= verb.idx < span.end:
                continue
            if stated(text, span, _ending(doc, verb)) is None:
                continue
            dated = act_date(builder, span, JA, bool(JA.recall.search(text, span.start,
                                                                    span.end)))
            if dated is None:
                continue
            actors = [a.id for a in actors_of(builder, span, JA, verb.idx, _ISSUE)
                      if a.end <= verb.idx]
            actors = [i for i in trilateral_actors(builder, span, JA, verb.idx)
                      if i in builder.entities] or actors or _officials_of(builder, span,
                                                                            verb.idx)
            if _passive(verb):
                actors = _agents(builder, span, verb.idx)
            elif actors:
                actors += [a for a in _co_issuers(builder, span, verb.idx) if a not in actors]
            for actor in actors:
                builder.relate("ISSUED", actor, advisory.id, Span(span.start, span.end),
                               frame="issue-parse.ja.v1", confidence=_CONFIDENCE,
                               properties=dated[0], date_basis=dated[1])


def _issuing_verb(doc: Any, start: int, end: int) -> Any | None:
    """The issuing verb the statement is the object of, or the one that modifies it."""
    tokens = doc.char_span(start, end, alignment_mode="expand")
    if tokens is None:
        return None
    root = tokens.root
    if root.dep_ == "obj" and root.head.pos_ == "VERB" and root.head.lemma_ in _ISSUING:
        return root.head
    # 「…」は…によって発表された: the statement is the subject of the passive verb
    if root.dep_.startswith("nsubj") and root.head.pos_ == "VERB" and \
            root.head.lemma_ in _ISSUING and _passive(root.head):
        return root.head
    for child in root.children:
        if child.dep_ == "acl" and child.pos_ == "VERB" and child.lemma_ in _ISSUING and \
                child.i < root.i and _past(child):
            return child
    return None


def _passive(verb: Any) -> bool:
    """発表された: the verb with the passive auxiliary (れる/られる)."""
    return any(t.lemma_ in ("れる", "られる") for t in verb.children if t.dep_ == "aux")


def _agents(builder: DocBuilder, span: Span, before: int) -> list[str]:
    """The actors a passive names as "by" (…によって, の3か国により), with those coordinated
    before them (日本、米国及び韓国の3か国によって)."""
    return _marked(builder, span, before, _BY)


def _officials_of(builder: DocBuilder, span: Span, before: int) -> list[str]:
    """The states whose ministers or envoys are the subject (日米韓3か国の外相は…採択した):
    a statement they adopt is their states'."""
    return _marked(builder, span, before, _OFFICIALS, ("Country",))


def _marked(builder: DocBuilder, span: Span, before: int, marker: re.Pattern[str],
            types: tuple[str, ...] = ("Country", "Agency")) -> list[str]:
    """The last actor before `before` that `marker` follows, with the actors coordinated
    before it and those sharing its word (日米韓: three states)."""
    actors = builder.in_span(Span(span.start, before), types)
    for index in range(len(actors) - 1, -1, -1):
        head = actors[index]
        if not marker.match(builder.text, head.end):
            continue
        group = [f for f in actors if f.start == head.start and f.end == head.end]
        for prev in reversed(actors[:index]):
            if prev.start == head.start:
                continue
            if not JA.coordinator.match(builder.text[prev.end:group[0].start]):
                break
            group.insert(0, prev)
        return list(dict.fromkeys(f.id for f in group))
    return []


def _past(verb: Any) -> bool:
    """発表した声明, not 発表する声明 (one to come)."""
    return any(t.lemma_ == "た" for t in verb.children if t.dep_ == "aux")


def _ending(doc: Any, verb: Any) -> int:
    """Where the verb's auxiliaries end (発出|した), so its modality is read after them."""
    last = max([verb] + [t for t in verb.children if t.dep_ == "aux" and t.i > verb.i],
               key=lambda t: t.i)
    return int(last.idx + len(last.text))


def apply_title_issuers(builder: DocBuilder) -> None:
    """ISSUED from each state a joint statement's name gives, once per statement."""
    done: set[str] = set()
    for advisory in sorted((f for f in builder.found if f.type == "Advisory"),
                           key=lambda f: f.start):
        match = _NAMED_JOINT.search(advisory.text)
        if advisory.id in done or match is None or match.end() != len(advisory.text) or \
                len(set(match.group(1))) != len(match.group(1)):
            continue
        done.add(advisory.id)
        sentence = _line_of(builder, advisory.start)
        props = {"date": builder.meta.date} if builder.meta.date else {}
        where = Mention(advisory.start + match.start(1), advisory.start + match.end(1),
                        match.group(1))
        for code in (_STATES[c] for c in match.group(1)):
            state = _state(builder, code, where)
            if state:
                builder.relate("ISSUED", state, advisory.id, sentence, frame="issue-title.ja.v1",
                               confidence=_TITLE_CONFIDENCE, properties=props,
                               date_basis="document" if props else "")


def _line_of(builder: DocBuilder, at: int) -> Span:
    text = builder.text
    start = max(text.rfind(c, 0, at) for c in "。\n") + 1
    ends = [i for i in (text.find(c, at) for c in "。\n") if i >= 0]
    return Span(start, min(ends) + 1 if ends else len(text))


def _state(builder: DocBuilder, code: str, where: Mention) -> str:
    """The state's entity, made for the document if the text never names it alone (its
    mention: the abbreviation inside the statement's name)."""
    state = f"country:{code}"
    english = builder.native_country(code)
    if state not in builder.entities and english is not None:
        builder.entities[state] = ExtractedEntity(id=state, type="Country", name=english,
                                                  properties={"code": code}, confidence=0.8,
                                                  mentions=[where])
    return state if state in builder.entities else ""


# the bodies the actor issues with: (A省や)B省などと連名で / と共同で / と合同で
_WITH = re.compile(r"(?:など|等)?\s*と\s*(?:連名|共同|合同)で")
_JOIN = re.compile(r"^\s*(?:や|、|，|と|及び|および|並びに|・)?\s*$")


def _co_issuers(builder: DocBuilder, span: Span, before: int) -> list[str]:
    """Agencies and states joined before と連名で in the issuing clause (警察庁は、経済産業省や
    外務省などと連名で注意喚起を公表した): they issue the statement with the actor."""
    text = builder.text
    match = _WITH.search(text, span.start, before)
    if match is None:
        return []
    found = [f for f in builder.in_span(Span(span.start, match.start()), ("Agency", "Country"))]
    run: list[str] = []
    end = match.start()
    for item in reversed(found):
        if not _JOIN.match(text[item.end:end]):
            break
        run.insert(0, item.id)
        end = item.start
    return run

