"""A Chinese name in a Korean report, written by sound in the order of the English
documents, family name last (메이링 타오 for "Meiling Tao"): the same node as the English
person when both words sound alike (crosslink.py). Invented names."""

from __future__ import annotations

from extract.lang.cross_names import western
from extract.lang.crosslink import EnglishRegistry, link
from graph.model import DocumentMeta, ExtractedEntity, Extraction, Mention


def _registry(*names: str) -> EnglishRegistry:
    registry = EnglishRegistry()
    text = " and ".join(names) + " were named."
    entities, start = [], 0
    for name in names:
        entities.append(ExtractedEntity(id="person:" + name.lower().replace(" ", "-"),
                                        type="Person", name=name,
                                        mentions=[Mention(start, start + len(name), name)]))
        start += len(name) + 5
    registry.add(Extraction(DocumentMeta(id="en"), text, "h", entities, []))
    return registry


def _node(registry: EnglishRegistry, hangul: str, latin: str) -> str:
    text = f"{hangul}가 형을 받았다."
    native = Extraction(DocumentMeta(id="ko", language="ko"), text, "h", [
        ExtractedEntity(id="person:" + latin.lower().replace(" ", "-"), type="Person",
                        name=latin, aliases=[hangul],
                        mentions=[Mention(0, len(hangul), hangul)])], [])
    link(native, registry)
    return native.entities[0].id


def test_a_chinese_name_family_name_last_joins_the_english_person() -> None:
    registry = _registry("Meiling Tao", "Jun Tao")
    assert _node(registry, "메이링 타오", "Meiring Thao") == "person:meiling-tao"


def test_a_chinese_name_of_another_sound_stays_apart() -> None:
    """Look-alike: the family name sounds alike, the given name does not."""
    assert _node(_registry("Meiling Tao"), "수안 타오", "Suan Thao") == "person:suan-thao"


def test_a_korean_name_is_never_read_in_the_western_order() -> None:
    """A Korean name puts the family name first, spaced or not: no sound reading."""
    assert not western("김 철웅") and not western("김철웅") and not western("황보 철")
    assert western("메이링 타오") and western("크리스티나 채프먼") and western("존 헐벗")
