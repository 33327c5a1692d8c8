"""A name inside a comma list of names keeps its last syllable even when that syllable is
also a particle (도 "also", 이, 은): only the list's last item carries its clause's particle,
and a Korean name has three syllables far more often than two. A word the analyzer knows,
followed by a real particle before the comma, still loses it. Made-up sentences with
invented names, through the real Kiwi pipeline."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import Extraction
from tests.lang_facts import case_defendants, read_ko_court_news


def _persons(result: Extraction) -> set[str]:
    return {min(e.mentions, key=lambda m: m.start).text for e in result.entities
            if e.type == "Person"}


def test_a_listed_name_ending_in_a_particle_syllable_is_whole(ko: KoreanPipeline) -> None:
    result = read_ko_court_news(
        ko, "미국 연방 대배심은 북한 국적자 석기도, 한정구, 왕재이, 류명호 등 4명을 돈세탁 공모 "
        "혐의로 기소했다.", "북한 국적자 4명 기소")
    assert {"석기도", "한정구", "왕재이", "류명호"} <= _persons(result)
    assert set().union(*case_defendants(result).values()) == {"석기도", "한정구", "왕재이",
                                                             "류명호"}


def test_the_last_item_still_loses_its_particle(ko: KoreanPipeline) -> None:
    result = read_ko_court_news(
        ko, "미국 연방 대배심은 한정구, 류명호도 같은 혐의로 기소했다.", "북한 국적자 기소")
    persons = _persons(result)
    assert "류명호" in persons and "류명호도" not in persons


def test_a_known_word_keeps_losing_its_particle(ko: KoreanPipeline) -> None:
    # a common noun and its subject particle before the comma: no name of three syllables
    result = read_ko_court_news(
        ko, "검찰은 정부와 기업이, 개인과 함께 대응해야 한다고 밝혔다.", "북한 IT 노동자 대응")
    assert not {p for p in _persons(result) if p.startswith(("기업", "개인"))}
