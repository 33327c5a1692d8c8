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
