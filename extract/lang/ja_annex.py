"""Targets a Japanese release lists in its annex: 別紙に掲げる者を…対象として指定した.

A government notice designates "the persons in the annex" (or counts them, 4団体及び5個人を
…指定した, and says later that the targets are the annex: 対象者　別紙のとおり) and lists them
at its end, under
（別紙） or 別添, each item after a mark (①, （１）, ・), often all on one line with wide
spaces between items and their descriptions, a group heading between them ((１)団体,
(２)個人) and a label before a person's name (氏名　キム・スイル). Each item's name is a
target of the designation that points to the annex; its actor is the sentence's own, else
the designator or actor the release named before (我が国は…追加した; its header's
ministries).
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span, make_id
from extract.lang.cues import JA
from extract.lang.frames import FRAMES
from extract.lang.ja_counted import counts_targets
from extract.lang.ja_modality import stated
from extract.lang.roles import act_date, actors_of, designator_of, state_of

_POINTS = re.compile(r"(?:別紙|別添|別表)(?:[0-9０-９]{1,2})?\s*(?:に掲げる|に記載の|に記載する|の|"
                     r"のとおりの?)\s*(?:者|団体|個人|対象者)")
_ANNEX = re.compile(r"(?m)^[\s　]*[（(【\[]?\s*(?:別紙|別添|別表)(?:[0-9０-９]{1,2})?\s*[）)】\]]?")
# the annex's own heading: a line that is only 別紙 (with its number or brackets)
_HEADING = re.compile(r"(?m)^[ \t　]*[（(【\[]?\s*(?:別紙|別添|別表)(?:[0-9０-９]{1,2})?\s*"
                      r"[）)】\]]?[ \t　]*$")
# a sentence that says a list follows (以下の団体及び個人を…指定する), and later a line that
# says the list is the annex (（２）対象者　別紙のとおり)
_ANNOUNCES = re.compile(r"(?:以下|次|下記)の\s*(?:[0-9０-９一二三四五六七八九十]+\s*)?"
                        r"(?:者|団体|個人|対象者)")
_REFERS = re.compile(r"(?:別紙|別添|別表)(?:[0-9０-９]{1,2})?\s*(?:のとおり|の通り|に記載|に掲げる|"
                     r"を参照|参照)")
# the line that sends the targets to the annex (４　対象者\n別紙のとおり): its words before
# 別紙 name the targets, not the measures (措置の内容は別紙のとおり is no list of targets)
_TARGETS_REFER = re.compile(r"(?:対象者|対象団体|対象個人|指定(?:される|された|する)者|対象)"
                            r"(?:[ \t　]*[:：は]?)?\s*(?:については|は)?\s*(?:別紙|別添|別表)"
                            r"(?:[0-9０-９]{1,2})?\s*(?:のとおり|の通り|に記載|に掲げる|を参照|参照)")
# a group heading of the annex: the items under it are bodies (団体) or persons (個人)
_GROUP = re.compile(r"(?m)^[^\n]{0,8}?(団体|機関|組織|個人)[^\n。]{0,10}$")
_ITEM = re.compile(r"[①-⑳]|[（(][0-9０-９]{1,2}[）)]|^[\s　]*・", re.MULTILINE)
# between an item's mark and its name: spaces and a label (氏名, 名称)
_LABEL = re.compile(r"^[\s　]*(?:(?:氏名|名称|名前|団体名)\s*[:：]?[\s　]*)?$")
# the designation frame's verb, or the notice's plain one: …の対象として指定した
_VERB = re.compile(r"(?:対象(?:者)?(?:として|に)\s*(?:新たに\s*)?(?:追加\s*)?(?:指定|追加|加え)|"
                   r"を\s*(?:追加\s*)?指定)(?:した|する|し、|しました|します)")
_PREDICATES = [_VERB] + [f.predicate for f in FRAMES["ja"] if f.name == "designation.ja.v1"]
_CONFIDENCE = 0.75  # named outside the designating sentence, by the annex it points to


def apply_annex(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for span in spans:
        sentence = span.text(text)
        # 別紙に掲げる者を…; 以下の者を… and later 別紙のとおり; 4団体及び5個人を…
        # and later 対象者：別紙のとおり (the count says who, the annex names them)
        points = _POINTS.search(sentence) or (
            _ANNOUNCES.search(sentence) and _REFERS.search(text, span.end)) or (
            counts_targets(sentence) and _TARGETS_REFER.search(text, span.end))
        match = next((m for p in _PREDICATES if (m := p.search(sentence))), None)
        annex = _HEADING.search(text, span.end) or _ANNEX.search(text, span.end)
        if not points or match is None or annex is None:
            continue
        at = span.start + match.end()
        dated = act_date(builder, span, JA, bool(JA.recall.search(sentence)))
        if stated(text, span, at) is None or dated is None:
            continue
        own = actors_of(builder, span, JA, span.start + match.start())
        # the sentence's actor, else the last designator; an actor that only issued or
        # spoke before (the release's ministries) designates for its state
        actors = [a.id for a in own] or builder.last_designators or \
            [state_of(builder, a, span) for a in builder.last_actors]
        states = list(dict.fromkeys(designator_of(builder, a, span) for a in actors))
        for item, evidence in _items(builder, annex.end()):
            for state in states:
                builder.relate("DESIGNATED", state, item, evidence, frame="annex.ja.v1",
                               confidence=_CONFIDENCE, properties=dated[0],
                               date_basis=dated[1])


def _items(builder: DocBuilder, start: int) -> list[tuple[str, Span]]:
    """Each item's name in the annex: the first person or body right after its mark."""
    text = builder.text
    marks = list(_ITEM.finditer(text, start))
    out: list[tuple[str, Span]] = []
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        names = [f for f in builder.in_span(Span(mark.end(), end), ("Person", "Organization"))
                 if not f.unnamed and _LABEL.match(text[mark.end():f.start])]
        if names:
            out.append((_as_grouped(builder, names[0], start), Span(mark.start(), end)))
    return out


def _as_grouped(builder: DocBuilder, found: Found, start: int) -> str:
    """A name the recognizer read as a person's under the annex's heading of bodies
    (１．団体 … （１）ソンバンイ（Songbangi）) is the body's: it is made an organization."""
    groups = [g for g in _GROUP.finditer(builder.text, start, found.start)]
    if found.type != "Person" or not groups or groups[-1].group(1) == "個人":
        return found.id
    builder.withdraw(found)
    body = Found(found.start, found.end, found.text, "Organization",
                 make_id("Organization", found.name), found.name, aliases=found.aliases,
                 properties={"kind": "group"}, confidence=found.confidence)
    builder.add(body)
    for other in [f for f in builder.found if f.id == found.id]:
        builder.withdraw(other)  # its romanization in brackets, or a later mention
        builder.add(Found(other.start, other.end, other.text, "Organization", body.id,
                          body.name, properties={"kind": "group"},
                          confidence=other.confidence))
    return body.id
