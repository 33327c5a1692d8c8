"""Foreign persons written in Hangul by sound: found in Korean text where the sentence marks
a person, and joined to the English node of the same full name. Invented names and
sentences throughout; each construction has a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.crosslink import EnglishRegistry, link
from extract.lang.ko import KoreanPipeline
from extract.lang.western_names import same_western_name, transliterated
from graph.model import DocumentMeta, ExtractedEntity, Extraction, Mention


def _persons(ko: KoreanPipeline, text: str) -> dict[str, list[str]]:
    result = ko.extract(text, DocumentMeta(id="t", date="2026-01-05", language="ko"))
    return {e.id: [m.text for m in e.mentions] for e in result.entities if e.type == "Person"}


def test_sound_written_words_are_never_korean_given_names() -> None:
    assert transliterated("브랜트") and transliterated("하퍼스")
    assert not transliterated("김철민") and not transliterated("박승리")


def test_a_resident_with_an_age_is_a_person_and_so_is_her_family_name(
        ko: KoreanPipeline) -> None:
    """"오리건주에 사는 메이블 하퍼스(44)는": the run is her name; 하퍼스 alone later is her
    (and never a Korean name read from its first syllable, 하)."""
    found = _persons(ko, "오리건주에 사는 메이블 하퍼스(44)는 노트북 수십 대를 집에 두고 "
                         "관리했다. 하퍼스는 지난해 유죄를 인정했다.")
    assert list(found.values()) == [["메이블 하퍼스", "하퍼스"]]


def test_a_judge_by_title_is_a_person(ko: KoreanPipeline) -> None:
    found = _persons(ko, "재판을 맡은 더글러스 브랜트 판사는 형량을 정했다.")
    assert list(found.values()) == [["더글러스 브랜트"]]


def test_a_name_with_no_sound_mark_needs_a_strong_cue(ko: KoreanPipeline) -> None:
    """A Chinese name (쉬엔위 탕) has no syllable written by sound: an age after it, or the
    run as the subject of being charged, makes it a person; a role word alone does not."""
    assert list(_persons(ko, "뉴저지주의 쉬엔위 탕(41)은 노트북을 관리했다.").values()) == [
        ["쉬엔위 탕"]]
    assert list(_persons(ko, "쉬엔위 탕은 지난달 뉴저지에서 기소됐다.").values()) == [["쉬엔위 탕"]]
    assert not _persons(ko, "쉬엔위 탕 대표는 노트북을 관리했다.")


def test_a_nationality_or_part_in_the_scheme_before_the_name(ko: KoreanPipeline) -> None:
    """미국인 X, 공범 X: a person; Look-alike: 법인 X ("the corporation X") is not."""
    assert list(_persons(ko, "미국인 메이블 하퍼스는 노트북을 관리했다.").values()) == [
        ["메이블 하퍼스"]]
    assert list(_persons(ko, "공범 더글러스 브랜트는 노트북을 보냈다.").values()) == [
        ["더글러스 브랜트"]]
    assert not _persons(ko, "법인 클라우드 스트림은 노트북을 보냈다.")


def test_a_newspaper_written_by_sound_is_no_person(ko: KoreanPipeline) -> None:
    """Look-alike: a run written by sound with no person marked (a paper, a firm)."""
    assert not _persons(ko, "보스턴 트리뷴스는 이 소식을 처음 전했다.")
    assert not _persons(ko, "피고는 클라우드 스트림 회사에 노트북을 보냈다.")


def test_full_names_compare_by_their_consonants() -> None:
    assert same_western_name("메이블 하퍼스", "Mabel Harpers") == 2
    assert same_western_name("메이블 하퍼스", "Mabel J. Harpers") == 2
    assert same_western_name("하퍼스", "Mabel Harpers") == 1
    assert same_western_name("메이블 하퍼스", "Mabel Hooper") == 0  # another family name


def _one(entity_id: str, name: str, text: str, surface: str,
         aliases: list[str] | None = None) -> ExtractedEntity:
    start = text.index(surface)
    return ExtractedEntity(id=entity_id, type="Person", name=name, aliases=aliases or [],
                           mentions=[Mention(start, start + len(surface), surface)])


def _registry() -> EnglishRegistry:
    en = "Mabel Harpers of Oregon was sentenced."
    registry = EnglishRegistry()
    registry.add(Extraction(DocumentMeta(id="en"), en, "h",
                            [_one("person:mabel-harpers", "Mabel Harpers", en,
                                  "Mabel Harpers")], []))
    return registry


def test_a_whole_name_lands_on_the_english_node() -> None:
    ko_text = "메이블 하퍼스는 형을 받았다."
    native = Extraction(DocumentMeta(id="ko", language="ko"), ko_text, "h", [
        _one("person:meibul-haphosu", "Meibul Haphosu", ko_text, "메이블 하퍼스",
             ["메이블 하퍼스"])], [])
    link(native, _registry())
    assert [e.id for e in native.entities] == ["person:mabel-harpers"]
    assert not native.links


def test_a_family_name_alone_is_only_a_possible_link() -> None:
    """Look-alike: 하퍼스 alone could be any Harpers: scored PossibleSame, no merge."""
    ko_text = "하퍼스는 형을 받았다."
    native = Extraction(DocumentMeta(id="ko", language="ko"), ko_text, "h", [
        _one("person:haphosu", "Haphosu", ko_text, "하퍼스", ["하퍼스"])], [])
    link(native, _registry())
    assert [e.id for e in native.entities] == ["person:haphosu"]
    assert [(x.entity, x.other) for x in native.links] == [
        ("person:haphosu", "person:mabel-harpers")]
