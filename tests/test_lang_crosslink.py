"""Cross-language links (extract/lang/crosslink.py) on hand-built extractions: pure logic,
invented names. A katakana or kanji name joins an English node only with corroboration."""

from __future__ import annotations

from extract.lang.crosslink import EnglishRegistry, link
from graph.model import (
    DocumentMeta,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    Mention,
)


def _entity(entity_id: str, kind: str, name: str, text: str, surface: str,
            **properties: str) -> ExtractedEntity:
    start = text.index(surface)
    return ExtractedEntity(id=entity_id, type=kind, name=name, properties=dict(properties),
                           mentions=[Mention(start, start + len(surface), surface)])


def _english(text: str, entities: list[ExtractedEntity],
             relations: list[ExtractedRelation]) -> EnglishRegistry:
    registry = EnglishRegistry()
    registry.add(Extraction(DocumentMeta(id="en"), text, "h", entities, relations))
    return registry


def test_agency_designator_corroborates_the_state_that_designated() -> None:
    """OFAC designated Han Sol Bit (English); 米国 designated ハン・ソルビッ (Japanese): the
    office acts for the United States, so the shared neighbour joins the two."""
    en = "OFAC designated Han Sol Bit."
    registry = _english(en, [
        _entity("agency:office-of-foreign-assets-control", "Agency",
                "Office of Foreign Assets Control", en, "OFAC", country="US"),
        _entity("person:han-sol-bit", "Person", "Han Sol Bit", en, "Han Sol Bit")],
        [ExtractedRelation("DESIGNATED", "agency:office-of-foreign-assets-control",
                           "person:han-sol-bit")])
    ja = "米国はハン・ソルビッを指定した。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _entity("country:US", "Country", "United States", ja, "米国", code="US"),
        _entity("person:han-sorubitsu", "Person", "ハン・ソルビッ", ja, "ハン・ソルビッ")],
        [ExtractedRelation("DESIGNATED", "country:US", "person:han-sorubitsu")])
    link(native, registry)
    assert "person:han-sol-bit" in {e.id for e in native.entities}
    assert not native.links


def test_a_name_alone_is_only_a_possible_link() -> None:
    """The same names with no relation and nothing named beside them: PossibleSame."""
    en = "Han Sol Bit was named."
    registry = _english(en, [_entity("person:han-sol-bit", "Person", "Han Sol Bit", en,
                                     "Han Sol Bit")], [])
    ja = "ハン・ソルビッが知られる。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _entity("person:han-sorubitsu", "Person", "ハン・ソルビッ", ja, "ハン・ソルビッ")], [])
    link(native, registry)
    assert {e.id for e in native.entities} == {"person:han-sorubitsu"}
    assert [(x.entity, x.other) for x in native.links] == [
        ("person:han-sorubitsu", "person:han-sol-bit")]


def test_a_body_named_in_the_same_sentence_corroborates() -> None:
    """"Han Sol Bit of the 313 General Bureau" and "313総局所属のハン・ソルビッ": the unit named
    beside the person in both languages is a shared neighbour, without a relation."""
    en = "Han Sol Bit of the 313 General Bureau."
    unit = ("organization:313-general-bureau", "Organization", "313 General Bureau")
    registry = _english(en, [_entity(*unit, en, "313 General Bureau"),
                             _entity("person:han-sol-bit", "Person", "Han Sol Bit", en,
                                     "Han Sol Bit")], [])
    ja = "313総局所属のハン・ソルビッ。別の文でキム・ハヌルが知られる。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _entity(*unit, ja, "313総局"),
        _entity("person:han-sorubitsu", "Person", "ハン・ソルビッ", ja, "ハン・ソルビッ")], [])
    link(native, registry)
    assert "person:han-sol-bit" in {e.id for e in native.entities}


def test_katakana_proper_part_of_a_korean_company_name() -> None:
    """朝鮮ハヌル海運会社 (Japanese) and Korea Hanul Shipping Co. (English), both designated
    for the United States: the katakana part reads as the English proper word and the
    shared designator joins them; チョンマル貿易会社 reads as no English company's word,
    so it stays apart with no link."""
    en = "OFAC designated Korea Hanul Shipping Co. and Pyolbit Trading Corp."
    registry = _english(en, [
        _entity("agency:office-of-foreign-assets-control", "Agency",
                "Office of Foreign Assets Control", en, "OFAC", country="US"),
        _entity("organization:korea-hanul-shipping-co", "Organization",
                "Korea Hanul Shipping Co.", en, "Korea Hanul Shipping Co."),
        _entity("organization:pyolbit-trading-corp", "Organization", "Pyolbit Trading Corp.",
                en, "Pyolbit Trading Corp.")],
        [ExtractedRelation("DESIGNATED", "agency:office-of-foreign-assets-control",
                           "organization:korea-hanul-shipping-co")])
    ja = "米国は朝鮮ハヌル海運会社及びチョンマル貿易会社を指定した。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _entity("country:US", "Country", "United States", ja, "米国", code="US"),
        _entity("organization:chousen-hanuru", "Organization", "朝鮮ハヌル海運会社", ja,
                "朝鮮ハヌル海運会社"),
        _entity("organization:chonmaru", "Organization", "チョンマル貿易会社", ja,
                "チョンマル貿易会社")],
        [ExtractedRelation("DESIGNATED", "country:US", "organization:chousen-hanuru"),
         ExtractedRelation("DESIGNATED", "country:US", "organization:chonmaru")])
    link(native, registry)
    ids = {e.id for e in native.entities}
    assert "organization:korea-hanul-shipping-co" in ids
    assert "organization:chonmaru" in ids and not native.links


def test_katakana_reading_across_a_nasal_and_fu() -> None:
    """ソン・ギョンシク is 손경식 (the ン before ギ is not folded into "ng"), フン is 흥;
    a different vowel is a different name."""
    from extract.lang.kana_names import same_katakana_name

    assert same_katakana_name("손경식", "ソン・ギョンシク")
    assert same_katakana_name("박흥룡", "パク・フンリョン")
    assert not same_katakana_name("박흥룡", "パク・ホンリョン")
    assert not same_katakana_name("손경식", "ソン・ギョンス")
