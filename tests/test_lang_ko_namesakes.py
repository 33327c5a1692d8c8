"""Two people of one family name in a Korean report: the family name alone never joins one
to the other (ko_western.py). Invented names; each construction has a look-alike."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko",
                                         title="북한 IT 조력자 기소", doc_type="news",
                                         issuers=[{"country": "US",
                                                   "agency": "Department of Justice"}]))


def _people(result: Extraction) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in result.entities
            if e.type == "Person"}


def test_a_nicknamed_name_with_its_romanization_is_one_person(ko: KoreanPipeline) -> None:
    # the given name of an unfamiliar name may read as a common noun; the romanized full
    # name in brackets after the run confirms it is a name
    result = _read(ko, "연방 검찰은 텍사스주에 사는 미국 국적자 하오란 '해리' 왕(Haoran Wang)을 "
                       "체포하고, 그와 함께 움직인 미국인 메이린 왕(Meilin Wang)을 기소했다.")
    people = _people(result)
    assert "Haoran Wang" in people
    assert "Meilin Wang" in people


def test_the_family_name_of_an_unread_full_name_is_not_the_namesake(
        ko: KoreanPipeline) -> None:
    # a family name whose bracket names someone else, or right after a quoted nickname, is
    # the end of another person's name: never a mention of the one namesake read
    result = _read(ko, "미국 국적자 메이린 왕(Meilin Wang)이 기소됐다. 또 다른 조력자인 "
                       "왕(Minwei Wang)도 체포됐다.")
    people = _people(result)
    assert "Meilin Wang" in people
    assert "왕" not in people["Meilin Wang"]


def test_the_family_name_alone_still_names_the_one_person_of_that_name(
        ko: KoreanPipeline) -> None:
    # the look-alike: one person of that family name, named again by it alone
    result = _read(ko, "미국 국적자 메이린 왕(Meilin Wang)이 기소됐다. 왕은 노트북 20여 대를 "
                       "관리했다.")
    assert "왕" in _people(result).get("Meilin Wang", [])
