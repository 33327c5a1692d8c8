"""Names that a list labels: "성명: X" is a person, "명칭: X" an organization.

ROK designation releases list the designated as numbered entries with labelled fields
(1. 성명: 리명훈(Ri Myong Hun) / 소속: X은행, 2. 명칭: Y무역(Y Trading)). The label says
what the value is, whatever its script: a foreigner's Latin name under 성명 is a person,
not a company, and a company under 명칭 keeps its whole name (New X Shipping Co. Ltd, Z
Trading (S) Pte. Ltd) even where the head nouns of the compound rule (ko.py) or the legal
forms of the Latin one would cut it or miss it. The value ends at the next field (" / ",
"; "), a line end, or, for a Hangul value, at its bracketed romanization.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ko_evidence import bracketed_english
from extract.lang.native import NativeGazetteer
from extract.lang.orgnames import KO_ORG_HEADS, english_org_name
from extract.lang.romanize import SURNAMES, canonical, is_hangul, same_person_name

_PERSON_LABEL = r"성명|이름|영문\s*성명"
_BODY_LABEL = r"명칭|기관명|단체명|법인명|회사명|상호"
_FIELD = re.compile(rf"(?:^|[\s./)])(?:(?P<person>{_PERSON_LABEL})|(?P<body>{_BODY_LABEL}))"
                    r"\s*[:：]\s*(?P<value>[^/;\n]+)", re.MULTILINE)
_HANGUL_VALUE = re.compile(r"[가-힣][가-힣0-9 ]*[가-힣0-9]|[가-힣]")
_LATIN_VALUE = re.compile(r"[A-Z][A-Za-z0-9&.,'’()\- ]*[A-Za-z0-9.)]")
LABELLED = 0.9


def add_labelled_names(builder: DocBuilder, native: NativeGazetteer,
                       dictionary_noun: Callable[[str], bool]) -> None:
    """`dictionary_noun`: a word the analyzer knows (미상 "unknown") is no name."""
    text = builder.text
    for field in _FIELD.finditer(text):
        at = field.start("value")
        value = field.group("value")
        person = field.group("person") is not None
        hangul = _HANGUL_VALUE.match(value)
        latin = _LATIN_VALUE.match(value)
        if hangul:
            name = hangul.group(0).strip()
            if not dictionary_noun(name):
                _add_hangul(builder, native, at, name, person)
        elif latin:
            _add_latin(builder, native, at, latin.group(0).strip(), person)


def _add_hangul(builder: DocBuilder, native: NativeGazetteer, at: int, name: str,
                person: bool) -> None:
    if name in native.surfaces["ko"] or name in native.places["ko"]:
        return  # a known actor or a place: its own rules name it
    end = at + len(name)
    english = bracketed_english(builder.text, end)
    if person:
        if not (is_hangul(name) and 2 <= len(name) <= 4 and name[0] in SURNAMES):
            return  # a description, not a Korean name
        bracket = bool(english) and same_person_name(name, english)
        name_en = english if bracket else canonical(name)
        entity_id = make_id("Person", name_en)
        builder.add(Found(at, end, name, "Person", entity_id, name_en, aliases=(name,),
                          confidence=LABELLED))
        if bracket:
            start = builder.text.find(english, end)
            builder.add(Found(start, start + len(english), english, "Person", entity_id,
                              name_en, confidence=LABELLED))
        return
    if not english and not name.endswith((*KO_ORG_HEADS, "무역")):
        return  # no English and no company head (확인 중 "being checked"): no name
    known = native.english.lookup(english) if english else []
    if known and known[0].type != "Organization":
        return
    # no bracket: the English name the compound rule of ko.py would give (one id)
    name_en = known[0].name if known else english or english_org_name(name)
    entity_id = known[0].id if known else make_id("Organization", name_en)
    builder.add(Found(at, end, name, "Organization", entity_id, name_en, aliases=(name,),
                      properties={"kind": "company"}, confidence=LABELLED))
    if not english:
        return
    start = builder.text.find(english, end)
    builder.add(Found(start, start + len(english), english, "Organization", entity_id,
                      name_en, properties={"kind": "company"}, confidence=LABELLED))


def _add_latin(builder: DocBuilder, native: NativeGazetteer, at: int, name: str,
               person: bool) -> None:
    label = "Person" if person else "Organization"
    known = native.english.lookup(name)
    if known and known[0].type != label:
        return
    entity_id = known[0].id if known else make_id(label, name)
    name_en = known[0].name if known else name
    builder.add(Found(at, at + len(name), name, label, entity_id, name_en,
                      properties={} if person else {"kind": "company"}, confidence=LABELLED))
