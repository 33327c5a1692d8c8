"""A Western name in katakana with a middle initial in Latin letters and no period
(ジョン・K・ハーリー), read against the English names (extract/lang/western_names.py,
extract/lang/cross_names.py, extract/lang/crosslink.py). Invented names."""

from __future__ import annotations

from extract.lang.crosslink import EnglishRegistry, link
from extract.lang.western_names import same_western_name
from graph.model import DocumentMeta, ExtractedEntity, Extraction, Mention


def test_a_bare_initial_is_read_as_an_initial() -> None:
    assert same_western_name("ジョージ・T・マーロウ", "George T. Marlowe") == 2
    assert same_western_name("ジョージ・Ｔ・マーロウ", "George T Marlowe") == 2


def test_two_different_initials_are_two_persons() -> None:
    assert same_western_name("ジョージ・T・マーロウ", "George R. Marlowe") == 0
    assert same_western_name("조지 T. 말로", "George R. Marlowe") == 0


def _registry(english_id: str, name: str) -> EnglishRegistry:
    en = f"{name} said the action was taken today."
    registry = EnglishRegistry()
    start = en.index(name)
    registry.add(Extraction(DocumentMeta(id="en"), en, "h", [ExtractedEntity(
        id=english_id, type="Person", name=name,
        mentions=[Mention(start, start + len(name), name)])]))
    return registry


def _native(name: str) -> Extraction:
    ja = f"{name}氏は声明を出した。"
    return Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [ExtractedEntity(
        id="person:jooji-maarou", type="Person", name=name,
        mentions=[Mention(0, len(name), name)])])


def test_the_katakana_name_with_its_initial_joins_the_english_person() -> None:
    native = _native("ジョージ・T・マーロウ")
    link(native, _registry("person:george-t-marlowe", "George T. Marlowe"))
    assert [e.id for e in native.entities] == ["person:george-t-marlowe"]


def test_another_initial_neither_joins_nor_links() -> None:
    native = _native("ジョージ・T・マーロウ")
    link(native, _registry("person:george-r-marlowe", "George R. Marlowe"))
    assert [e.id for e in native.entities] == ["person:jooji-maarou"]
    assert not native.links


def test_a_family_name_withheld_fits_only_the_same_initial() -> None:
    """ジョージ・M: the family name withheld but its initial, as the English "George M."
    writes it: a name match of one word, a possible link with no neighbour to confirm it;
    a family name spelled out ("George Marlowe") or another initial fits nothing."""
    assert same_western_name("ジョージ・M", "George M.") == 1
    native = _native("ジョージ・M")
    link(native, _registry("person:george-m", "George M."))
    assert [e.id for e in native.entities] == ["person:jooji-maarou"]
    assert [link_.other for link_ in native.links] == ["person:george-m"]
    for other in ("George Marlowe", "George K."):
        assert same_western_name("ジョージ・M", other) == 0
        native = _native("ジョージ・M")
        link(native, _registry("person:other", other))
        assert [e.id for e in native.entities] == ["person:jooji-maarou"]
        assert not native.links
