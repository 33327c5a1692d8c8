"""Who belongs to what in a Japanese or Korean document, from the particles of affiliation
(소속, 산하, 所属, 傘下): membership (EMPLOYED_AT) and a unit under its parent (CONTROLLED_BY)."""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Span
from extract.lang.cues import CUES


def apply_affiliations(builder: DocBuilder, spans: list[Span]) -> None:
    """Who belongs to what, from the particles of affiliation: 313총국 소속 X / X는 313총국에
    소속되어 (EMPLOYED_AT), 군수공업부 산하 313총국 / 偵察総局傘下のアンダリエル
    (CONTROLLED_BY, the unit under its parent)."""
    cues = CUES[builder.lang]
    text = builder.text
    for span in spans:
        items = builder.in_span(span, ("Person", "Organization", "Agency"))
        for index, item in enumerate(items):
            if item.type == "Person" or not cues.affiliation.match(text[item.end:item.end + 8]):
                continue
            word = cues.affiliation.match(text[item.end:item.end + 8])
            assert word is not None
            after = items[index + 1:]
            nxt = after[0] if after and after[0].start - (item.end + word.end()) <= 10 else None
            if nxt is not None and builder.lang == "ja" and \
                    _JA_COORDINATED.search(text, item.end + word.end(), nxt.start):
                nxt = None  # A傘下のIT企業と、B傘下の…: B is the next one's parent, no member
            if nxt is not None and builder.lang == "ko" and \
                    _KO_PREDICATE.match(text, item.end + word.end()):
                nxt = None  # A는 X회사의 대표이며 B는 …: the post is A's predicate, B opens
            if _PARENT.match(text[item.end:item.end + 8]):
                if nxt is not None and builder.lang == "ko" and \
                        _KO_GAP_BREAK.search(text, item.end + word.end(), nxt.start):
                    nxt = None  # X 산하 조직으로서 해외 IT 인력 …: the unit is the topic's
                if nxt is not None and nxt.type == "Organization":
                    builder.relate("CONTROLLED_BY", nxt.id, item.id, span,
                                   frame=f"subordinate.{builder.lang}.v1", confidence=0.85)
                continue
            if item.type != "Organization":
                continue
            if nxt is not None and nxt.type == "Person" and \
                    not _ITEM_BREAK.search(text, item.end, nxt.start):
                members = [nxt]  # 313총국 소속 X, X社代表のA
            elif builder.lang == "ja" and not _JA_PREDICATE.match(
                    text[item.end + word.end():item.end + word.end() + 12]):
                continue  # …に所属する技術者, …の代表を務める男: someone else, unnamed
            else:  # the persons the sentence is about, named before the organization
                opens = max(_item_start(text, span, item.start),
                            clause_start(builder.lang, text, span, item.start))
                members = [f for f in items[:index] if f.type == "Person" and f.start >= opens]
            for member in members:
                builder.relate("EMPLOYED_AT", member.id, item.id, span,
                               frame=f"membership.{builder.lang}.v1", confidence=0.8)


_PARENT = re.compile(r"^\s*(?:의|の)?\s*(?:산하|傘下|配下)")
# a coordination between an affiliation word and the next name: the name opens another item
_JA_COORDINATED = re.compile(r"[、，,]|及び|および|並びに")
# a Japanese affiliation that is the clause's predicate (Xは…社に所属し、/ …社の代表で、):
# kana to the clause's end, not a relative clause before a noun (…に所属する技術者)
_JA_PREDICATE = re.compile(r"^(?:を務め)?[ぁ-ん]{0,8}?(?:[。、，\s]|$)")
# what ends the phrase of a body and its member: a new list item, a bracket, a comma
# (△A 정찰총국 부국장 △B: B is the next item, not the deputy director)
_ITEM_BREAK = re.compile(r"[△▲▵▴▪◇◆,，、()（）]")
# an inline list's item marks (△A(X 소속) △B): an item's body belongs to its own person
# only, unless 이상 ("all the above") sums the items up
_ITEM_MARK = re.compile(r"[△▲▵▴▪◇◆]")


# a post that is its clause's predicate (X회사의 대표이며, 대표라고): no apposition to the
# name after it
_KO_PREDICATE = re.compile(r"(?:이며|이고|이다|입니다|이자|이었|였|라고|라며)")
# what closes the unit's noun after 산하 before the next name (X 산하 조직으로서 해외 IT
# 인력을 송출: the next name is no unit of X; X 산하 IT 회사인 Y still is)
_KO_GAP_BREAK = re.compile(r"으로서|로서|으로|이며|이고|[,，]")
# a Korean clause joined to the next by a connective ending (A는 X의 대표이며 B는 Y의 대표):
# the persons of the first clause are not the second's members
_KO_CLAUSE_JOIN = re.compile(r"(?<=[가-힣])(?:이며|이고|으며|였으며|였고|했으며|했고|하며|"
                             r"하고|되며|되고)\s")


def clause_start(lang: str, text: str, span: Span, at: int) -> int:
    """Where the clause holding `at` opens: after the last connective ending before it in a
    Korean sentence, else the sentence's start."""
    if lang != "ko":
        return span.start
    joins = [m.end() for m in _KO_CLAUSE_JOIN.finditer(text, span.start, at)]
    return joins[-1] if joins else span.start


def _item_start(text: str, span: Span, at: int) -> int:
    marks = [m.start() for m in _ITEM_MARK.finditer(text, span.start, at)]
    if not marks or re.search(r"[(（]\s*이상", text[marks[-1]:at]):
        return span.start
    return marks[-1]
