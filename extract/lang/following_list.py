"""The list a Japanese or Korean designation sentence announces: one name a line after it.

A designation sentence without patients takes the items of the list that follows it (marked
or numbered lines, label: value lines, a sub-heading per item), stopping at prose.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.cues import CUES, LanguageCues
from extract.lang.roles import TARGETS
from extract.lang.tables import row_item, table_row_at

# a list item's mark: bullets (ㅇ is the Korean government's, 〇 and ▽ Japanese ones), 1. 1)
# (1) ① 가. and "1 name"
_LIST_ITEM = re.compile(r"^\s*(?:[-・△▲▽▼○〇●◎◇◆•*▪■□◦·ㆍ※ㅇ]|\d{1,2}\s*[.)．、]|\d{1,2}[\s　]|"
                        r"[(（]\d{1,2}[)）]|[①-⑳]|[가-하]\s*[.)])")
# a line of a table-like list that gives one attribute (生年月日：…, 국적: …): the list goes
# on; only a name attribute (名称：X, 성명: X) or a group's label (個人：A、B) names the
# listed ones
# (a heavier mark opens an item, never an attribute: "▲김갑동: …" is an item whose label
# is its name)
_ATTRIBUTE = re.compile(r"^\s*(?:[-・○◦·ㆍㅇ]\s*)?([^\s:：△▲▽▼●◆■□◇]{1,8})\s*[:：]")
# a Korean marked item "▲<label>: <description>": the label is what the item lists (a name,
# with its nationality or romanization in brackets); the names of the description (whom it
# worked for, the unit above it) describe it and are no items
# (a label that is a field's name, "□ 대상 기관: X", "1. 성명: X", announces the name after it)
_LABEL_WORD = re.compile(r"(?:^|\s)(?:\d+\.\s*)?(?:대상|대상자|기관|기관명|개인|단체|명칭|"
                         r"성명|이름|법인명)(?:\s*\d+)?\s*$")
_LABELLED = re.compile(r"^\s*[△▲▽▼●◆■□◇○◦·ㆍㅇ\-]\s*([^:：\n]{1,48}?)\s*[:：]")
_NUMBERING = re.compile(r"^[（(]?[0-9０-９]{1,2}[)）.．]?")


_NAME_LABELS = ("名称", "氏名", "名前", "이름", "성명", "명칭", "기관명", "団体名", "법인명",
                "対象者", "대상자", "個人", "団体", "개인", "기관")
# a sentence between the designation and its list that only says the list follows
# (主な対象は次のとおりである, 대상은 다음과 같다): it names nobody and the list goes on
_LIST_FOLLOWS = re.compile(r"(?:次|以下|下記)の?(?:とおり|通り)|(?:다음|아래)(?:과|와)\s*같")
# a short line between list items that heads a group (개인 (2명), 【団体】): no sentence
_SUBHEADING = re.compile(r"^[^。.!?]{1,16}$")


def following_list(builder: DocBuilder, spans: list[Span], index: int) -> list[Found]:
    """The targets a designation sentence announces and the text then lists, one list item
    per line (a mark, or a name at the start of the line), with the names coordinated with
    the item's first (・A、B). Group headings and attribute lines of a table-like list
    (생년월일: …) go by. A following sentence that merely names several organizations is
    not a list: it may describe them (X 산하 Y)."""
    cues = CUES[builder.lang]
    out: list[Found] = []
    parents = _named_as_parent(builder, cues)
    in_item = False  # the last line read was a list item
    for span in spans[index + 1:index + 60]:
        line = span.text(builder.text)
        if line.startswith("|"):  # a table: each data row lists one (header rows name none)
            row = table_row_at(builder, span)
            item = row_item(builder, row) if row is not None else None
            out += [item] if item is not None else []
            continue
        if in_item and builder.text[builder.text.rfind("\n", 0, span.start) + 1:
                                    span.start].strip():
            continue  # ・A社：平壌所在。B部傘下の企業。: the item's description goes on its line
        # (a body named elsewhere as a parent, B社の代表, is still an item where a list mark
        # heads it: ・B社（…）：所在地; in Korean where it is the marked item's label,
        # ▲B회사: …, after an item that named it as the post's body, ▲A: B회사 대표)
        labelled = _LABELLED.match(line) if builder.lang == "ko" else None
        label_at = span.start + labelled.start(1) if labelled else -1
        items = [f for f in builder.in_span(span, TARGETS) if not f.unnamed
                 and f.properties.get("kind") != "worker_group" and (
                     not _context(builder, parents, f, span)
                     or (builder.lang == "ja" and _LIST_ITEM.match(line)
                         and f.start - span.start <= 2) or f.start == label_at)]
        if labelled and not _LABEL_WORD.search(labelled.group(1)):
            items = [f for f in items if f.start < span.start + labelled.end(1)]
        attribute = _ATTRIBUTE.match(line)
        if attribute and not _LIST_ITEM.match(line[:attribute.start(1)] or " "):
            if _NUMBERING.sub("", attribute.group(1)) in _NAME_LABELS:  # （1）氏名：
                out += _coordinated(builder, items, cues)
            continue
        if builder.lang == "ja" and items and items[0].type == "Person" and \
                _OFFICIAL.match(builder.text, items[0].end, span.end):
            break  # 松野官房長官は…, or a caption 松野博一官房長官 over a quote: a speaker
        starts_with_name = bool(items) and items[0].start - span.start <= 2 and \
            builder.text[span.start - 1:span.start] in ("\n", "") and \
            not _prose(builder, span, items[0], cues)
        if builder.lang == "ko" and items and _marked_paragraph(builder, span, items[0]):
            break  # □ 이번 지정은 … 한 조치이다.: a paragraph of prose, not an item
        if _LIST_ITEM.match(line) or starts_with_name:
            out += _coordinated(builder, items, cues)
            in_item = True
            continue
        if not items and _SUBHEADING.match(line):
            continue
        if not items and not out and _LIST_FOLLOWS.search(line):
            continue
        break
    return out


# a person's post right after the name (松野官房長官, 上川外務大臣, ミラー報道官): an
# official who speaks or acts, never a listed target
_OFFICIAL = re.compile(r"\s*[一-龥]{0,6}?(?:官房長官|大臣|長官|次官補|次官|報道官|首相|総理|"
                       r"大統領|外相|局長|大使|特使|知事)")


def _prose(builder: DocBuilder, span: Span, first: Found, cues: LanguageCues) -> bool:
    """A sentence about its first name (313総局は…にある。), closed by its sentence mark,
    is prose after the list, not an item of it."""
    line = span.text(builder.text).rstrip()
    closed = line.endswith(("。", ".", "다"))
    return closed and bool(cues.subject.match(builder.text[first.end:first.end + 12]))


def _marked_paragraph(builder: DocBuilder, span: Span, first: Found) -> bool:
    """Korean government releases mark paragraphs as well as items (□, ㅇ): a marked line
    that is a closed sentence (…다.) naming nobody right after its mark (and its label,
    1. 성명:) is a paragraph; an item names its target first."""
    line = span.text(builder.text).rstrip()
    return line.endswith("다.") and first.start - span.start > _ITEM_HEAD


_ITEM_HEAD = 12  # a mark, a number and a label (1. 성명: , □ 대상 기관:) before the name


def _named_as_parent(builder: DocBuilder, cues: LanguageCues) -> dict[str, int]:
    """Bodies the document names as what others belong to (313총국 소속 X, 군수공업부 산하
    Y), each with where it is first so named: a line that then describes such a body
    ("ㅇ 313총국은 …") is context for the designation, not an item of its list. (Korean:
    an item listed before a later item names it as a post's body, "▲A: X 대표단장", is
    still an item.)"""
    out: dict[str, int] = {}
    for f in builder.found:
        if f.type == "Organization" and cues.affiliation.match(builder.text[f.end:f.end + 8]):
            out[f.id] = min(out.get(f.id, f.start), f.start)
    return out


def _context(builder: DocBuilder, parents: dict[str, int], item: Found, span: Span) -> bool:
    """Is the body on a list line one the document names as a parent (context, not an
    item)? Korean: only if so named before the line."""
    if item.id not in parents:
        return False
    return builder.lang != "ko" or parents[item.id] < span.start


def _coordinated(builder: DocBuilder, items: list[Found], cues: LanguageCues) -> list[Found]:
    """A list line's first name and the names joined to it (・A、B及びC), not the names
    that describe it (A (X社 代表))."""
    out = items[:1]
    for prev, item in pairwise(items):
        if not cues.coordinator.match(builder.text[prev.end:item.start]):
            break
        out.append(item)
    return out
