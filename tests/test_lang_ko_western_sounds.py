"""The sounds Korean writes a Western name with: ts and tz, one sound in Slavic and German
names, written 츠/ㅊ; the name still compares consonant by consonant, so a different
consonant (ㅅ for ts) is another name. Invented names."""

from __future__ import annotations

from extract.lang.crosslink import EnglishRegistry, link
from extract.lang.western_names import same_western_name, same_western_word
from graph.model import DocumentMeta, ExtractedEntity, Extraction, Mention


def test_ts_and_tz_are_written_as_one_consonant() -> None:
    assert same_western_name("미키타 루첸코", "Mykyta Lutsenko") == 2
    assert same_western_word("슈미츠", "Schmitz")
    assert same_western_name("미키타 루센코", "Mykyta Lutsenko") == 0  # another consonant


def _person(entity_id: str, name: str, text: str, surface: str) -> ExtractedEntity:
    start = text.index(surface)
    return ExtractedEntity(id=entity_id, type="Person", name=name, aliases=[surface],
                           mentions=[Mention(start, start + len(surface), surface)])


def test_the_whole_name_joins_its_english_node() -> None:
    en = "Mykyta Lutsenko of Lviv was sentenced."
    registry = EnglishRegistry()
    registry.add(Extraction(DocumentMeta(id="en"), en, "h", [
        _person("person:mykyta-lutsenko", "Mykyta Lutsenko", en, "Mykyta Lutsenko")], []))
    ko_text = "미키타 루첸코는 형을 받았다."
    native = Extraction(DocumentMeta(id="ko", language="ko"), ko_text, "h", [
        _person("person:mikitha-ruchenkho", "Mikitha Ruchenkho", ko_text, "미키타 루첸코")],
        [])
    link(native, registry)
    assert [e.id for e in native.entities] == ["person:mykyta-lutsenko"]
