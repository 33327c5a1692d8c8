"""Person cues before a foreign name in Hangul with the copula (ko_western.py): a demonym
with it (미국인인 X, "X, who is an American") and a nationality with it (멕시코 국적인 X).
Invented names; each cue has a look-alike."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta


def _persons(ko: KoreanPipeline, text: str) -> set[str]:
    result = ko.extract(text, DocumentMeta(id="t", date="2026-01-05", language="ko"))
    return {m.text for e in result.entities if e.type == "Person" for m in e.mentions}


def test_a_demonym_with_the_copula_marks_the_persons(ko: KoreanPipeline) -> None:
    assert _persons(ko, "미국인인 데릭 폴섬과 브라이언 코흐는 노트북을 수령한 혐의를 받는다.") >= {
        "데릭 폴섬", "브라이언 코흐"}


def test_a_nationality_with_the_copula_marks_the_person(ko: KoreanPipeline) -> None:
    assert "라울 에스테반 오르티스" in _persons(
        ko, "멕시코 국적인 라울 에스테반 오르티스는 신분을 빌려준 혐의를 받는다.")


def test_multinational_is_no_nationality(ko: KoreanPipeline) -> None:
    """Look-alike: 다국적인 (multinational) before a firm's name."""
    assert _persons(ko, "다국적인 마이크로소프트는 북한 IT 인력을 경계했다.") == set()


def test_a_post_at_a_named_agency_after_the_name_marks_its_holder(ko: KoreanPipeline) -> None:
    """"X 재무부 … 담당 차관은": the name before an agency's post is a person even when no
    word of it carries the mark of a sound-written name."""
    assert _persons(ko, "존 갤러웨이 재무부 테러·금융정보 담당 차관은 조치를 계속하겠다고 "
                        "밝혔다.") == {"존 갤러웨이"}


def test_a_foundation_inviting_an_official_is_no_person(ko: KoreanPipeline) -> None:
    """Look-alike: the post belongs to someone else, the run heads a body (재단)."""
    assert _persons(ko, "스티븐 갤러웨이 재단은 재무부 차관을 초청했다.") == set()


def test_a_name_the_analyzer_misreads_before_an_agency_post(ko: KoreanPipeline) -> None:
    """Kiwi may read a word of a foreign name as an interjection or a suffix; the post
    after it still names its holder. Look-alike: a body's word with its particle (재단은)
    ends the words taken."""
    assert _persons(ko, "앞서 설명했다. 존 헐벗 재무부 담당 차관은 조치를 밝혔다.") >= {"존 헐벗"}
    assert _persons(ko, "존 갤러웨이 재단은 재무부 차관을 초청했다.") == set()


def test_a_name_the_phrase_alone_cuts_short_keeps_its_whole_word(ko: KoreanPipeline) -> None:
    """Read alone after a demonym, a last word may split into a name and a common noun
    (폴섬 -> 폴 + 섬, "island"); the sentence's reading of the whole word stands, since no
    particle was glued onto it."""
    assert _persons(ko, "미국인 데릭 폴섬(50)이 징역 8년을 선고받았다.") == {"데릭 폴섬"}
