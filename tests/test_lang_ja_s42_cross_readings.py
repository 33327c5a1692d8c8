"""Japanese names of DPRK and foreign bodies read against their English names
(extract/lang/org_words.py, extract/lang/ja_readings.py), and what the cross-language step
does with the verdict (extract/lang/crosslink.py). Invented names."""

from __future__ import annotations

import pytest

from extract.lang.crosslink import EnglishRegistry, link
from extract.lang.ja_readings import spoken_readings
from extract.lang.org_words import Fit, fit
from graph.model import DocumentMeta, ExtractedEntity, ExtractedRelation, Extraction, Mention

OFAC = ("agency:office-of-foreign-assets-control", "Agency", "Office of Foreign Assets Control")


def test_a_place_word_is_read_as_it_is_said_across_syllables() -> None:
    """합류강 is said 함뉴강 (Seoul's spelling "Hamnyugang"); the North keeps the ㄹ and
    writes "Hamryugang"; 신라 is said 실라; a word whose letters are said as written has
    no other form."""
    assert spoken_readings("합류강") == ["함뉴강", "함류강"]
    assert spoken_readings("신라") == ["실라"]
    assert spoken_readings("금성") == []


@pytest.mark.parametrize(("native", "english"), [
    # 商業 "Commercial" and 学院 "School" translated, the proper part read the Korean way
    ("金陽商業銀行", "Kumyang Commercial Bank"),
    ("白峰学院", "Paekbong School"),
    # a place word whose English spelling follows the sound (ㅂ+ㄹ said ㅁ+ㄴ), both styles
    ("合流江開発銀行", "Hamnyugang Development Bank"),
    ("合流江開発銀行", "Hamryugang Development Bank"),
    # a body's name in katakana loanwords: コリア dropped as 朝鮮 is, バンク, クレジット,
    # ジョイント・ベンチャー translated
    ("コリア・ソヌル・バンク", "Korea Sonul Bank"),
    ("テルナ・クレジット・バンク", "Terna Credit Bank"),
    ("コリア・ミラ・ジョイント・ベンチャー", "Korea Mira Joint Venture"),
])
def test_the_whole_name_is_accounted_for(native: str, english: str) -> None:
    assert fit(native, english) is Fit.WHOLE


@pytest.mark.parametrize(("native", "english"), [
    # the same proper word, another business: a generic word the English name lacks
    ("金陽商業銀行", "Kumyang Trading Bank"),
    ("金陽信用銀行", "Kumyang Commercial Bank"),
    ("合流江開発銀行", "Hamnyugang Trading Bank"),
    ("白峰学院", "Paekbong University"),
    ("コリア・ソヌル・バンク", "Korea Sonul Trading Company"),
    ("テルナ・クレジット・バンク", "Terna Commercial Bank"),
])
def test_a_generic_word_of_another_business_contradicts(native: str, english: str) -> None:
    assert fit(native, english) is Fit.CONTRADICTS


def test_a_sound_change_the_word_does_not_have_fits_nothing() -> None:
    """Only the assimilations the letters call for: 합류강 is never "Hamnungang"."""
    assert fit("合流江開発銀行", "Hamnungang Development Bank") is Fit.NONE


def _entity(entity_id: str, kind: str, name: str, text: str, surface: str,
            **properties: str) -> ExtractedEntity:
    start = text.index(surface)
    return ExtractedEntity(id=entity_id, type=kind, name=name, properties=dict(properties),
                           mentions=[Mention(start, start + len(surface), surface)])


def _registry(*names: tuple[str, str]) -> EnglishRegistry:
    """OFAC designating each English body, one English document each."""
    registry = EnglishRegistry()
    for index, (english_id, english_name) in enumerate(names):
        en = f"OFAC designated {english_name}."
        registry.add(Extraction(DocumentMeta(id=f"en{index}"), en, "h", [
            _entity(*OFAC, en, "OFAC", country="US"),
            _entity(english_id, "Organization", english_name, en, english_name)],
            [ExtractedRelation("DESIGNATED", OFAC[0], english_id)]))
    return registry


def _native(native_id: str, name: str, designated: bool = True) -> Extraction:
    ja = f"米国は{name}を指定した。" if designated else f"{name}は送金していた。"
    entities = [_entity(native_id, "Organization", name, ja, name)]
    relations = []
    if designated:
        entities.append(_entity("country:US", "Country", "United States", ja, "米国",
                                code="US"))
        relations.append(ExtractedRelation("DESIGNATED", "country:US", native_id))
    return Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", entities, relations)


def test_a_bank_in_kanji_joins_its_english_node_and_its_look_alike_stays_apart() -> None:
    registry = _registry(("organization:kumyang-commercial-bank", "Kumyang Commercial Bank"),
                         ("organization:hamryugang-development-bank",
                          "Hamryugang Development Bank"))
    native = _native("organization:kinyou-shougyou-ginkou", "金陽商業銀行")
    link(native, registry)
    assert "organization:kumyang-commercial-bank" in {e.id for e in native.entities}
    place = _native("organization:gouryuukou-kaihatsu-ginkou", "合流江開発銀行",
                    designated=False)
    link(place, registry)
    assert "organization:hamryugang-development-bank" in {e.id for e in place.entities}
    # 信用 "Credit" is not the English node's "Commercial": another bank, no link either
    other = _native("organization:kinyou-shinyou-ginkou", "金陽信用銀行")
    link(other, registry)
    assert "organization:kinyou-shinyou-ginkou" in {e.id for e in other.entities}
    assert not other.links
