"""Katakana Korean names and their English nodes (session 28): 화 written ファ, and two
names that each fit one English person, named together on both sides, joining both.
Invented names; the look-alikes keep a name-only link."""

from __future__ import annotations

from extract.lang.crosslink import EnglishRegistry, link
from extract.lang.kana_names import same_katakana_name
from graph.model import DocumentMeta, ExtractedEntity, Extraction, Mention


def test_hwa_is_written_fa() -> None:
    assert same_katakana_name("백성화", "ペク・ソンファ")
    assert same_katakana_name("한휘", "ハン・フィ")
    assert not same_katakana_name("백성호", "ペク・ソンファ")


def _person(entity_id: str, name: str, start: int) -> ExtractedEntity:
    return ExtractedEntity(id=entity_id, type="Person", name=name,
                           mentions=[Mention(start, start + len(name), name)])


def _registry() -> EnglishRegistry:
    text = "Treasury named Paek Song Hwa and Ryom Chol Jin."
    english = Extraction(document=DocumentMeta(id="en"), text=text, content_hash="",
                         entities=[_person("person:paek-song-hwa", "Paek Song Hwa", 15),
                                   _person("person:ryom-chol-jin", "Ryom Chol Jin", 33)])
    registry = EnglishRegistry()
    registry.add(english)
    return registry


def test_two_names_named_together_on_both_sides_join_both() -> None:
    text = "対象はペク・ソンファ氏とリョム・チョルジン氏だ。"
    native = Extraction(document=DocumentMeta(id="ja", language="ja"), text=text,
                        content_hash="", entities=[
        _person("person:peku-sonfa", "ペク・ソンファ", 3),
        _person("person:ryomu-chorujin", "リョム・チョルジン", 13)])
    link(native, _registry())
    assert {e.id for e in native.entities} == {"person:paek-song-hwa", "person:ryom-chol-jin"}


def test_names_in_different_sentences_stay_name_only_links() -> None:
    text = "ペク・ソンファ氏が来日した。\nリョム・チョルジン氏は別の件で逮捕された。"
    native = Extraction(document=DocumentMeta(id="ja", language="ja"), text=text,
                        content_hash="", entities=[
        _person("person:peku-sonfa", "ペク・ソンファ", 0),
        _person("person:ryomu-chorujin", "リョム・チョルジン", 15)])
    link(native, _registry())
    assert {e.id for e in native.entities} == {"person:peku-sonfa", "person:ryomu-chorujin"}
    assert len(native.links) == 2
