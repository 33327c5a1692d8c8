"""Companies named by a marked list item's label, written in several words.

A Korean report lists those designated one item a line, "▲<label>: <description>", the
label being the name (with its romanization or nationality in brackets). A foreign or front
company's name is often written by sound in several words before its head (▲선양 X 네트워크
기술회사: …), which the one-word company rule misses: a label of two to five Hangul words
whose last word ends in a company head, with no name already read inside it, is that
company. A label that is a field's name (□ 대상 기관: X) or a description (▲무기수출회사:)
names no company; prose never gives one (the item must open its line with its mark).
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ko_evidence import bracketed_english, is_description
from extract.lang.orgnames import KO_ORG_HEADS, english_org_name, proper_part

_ITEM_LABEL = re.compile(r"^[ \t]*[△▲▽▼●◆■◇]\s*((?:[가-힣]+\s+){1,4}[가-힣]+)"
                         r"\s*(?:\([^)\n]{1,80}\))?\s*[:：]", re.MULTILINE)
# generic words that open a field's label, not a name (대상 기관, 관련 회사)
_GENERIC_FIRST = frozenset({"대상", "관련", "해당", "기타", "신규", "추가", "위장", "유령"})


def add_item_label_companies(builder: DocBuilder) -> None:
    text = builder.text
    for match in _ITEM_LABEL.finditer(text):
        label = match.group(1)
        start, end = match.start(1), match.end(1)
        words = label.split()
        last = words[-1]
        head = next((h for h in KO_ORG_HEADS if last.endswith(h)), None)
        if head is None or words[0] in _GENERIC_FIRST:
            continue
        if any(f.start < end and start < f.end for f in builder.found):
            continue  # a name read inside the label: the label is that name (and more)
        proper = "".join(words)[:-len(head)]
        if is_description(proper_part(proper) or proper):
            continue
        english = bracketed_english(text, end) or english_org_name(label)
        builder.add(Found(start, end, label, "Organization", make_id("Organization", english),
                          english, aliases=(label,), properties={"kind": "company"},
                          confidence=0.8))
