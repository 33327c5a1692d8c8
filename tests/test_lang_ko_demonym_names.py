"""A demonym before a foreign name in Hangul (ko_western.py): the analyzer reads a state's
name with 인 (스웨덴인, "a Swede") as one proper noun and runs it into the name after it;
the demonym is the person cue, never a word of the name. Korean names of states the English
lists lack (native_actors.yaml) make those demonyms known. Invented names; look-alikes: a
demonym with no name after it, a state's name before a common noun."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta


def _read(ko: KoreanPipeline, text: str) -> tuple[set[str], set[tuple[str, str]]]:
    result = ko.extract(text, DocumentMeta(id="t", date="2026-01-05", language="ko",
                                           issuers=[{"country": "US",
                                                     "agency": "Department of Justice"}]))
    names = {e.id: e.name for e in result.entities}
    persons = {m.text for e in result.entities if e.type == "Person" for m in e.mentions}
    return persons, {(r.type, names[r.source]) for r in result.relations}


def test_a_demonym_read_into_the_name_is_its_cue(ko: KoreanPipeline) -> None:
    persons, _ = _read(ko, "검찰 자료에 따르면 스웨덴인 칼레 브뢴스토름도 장비를 보관했다.")
    assert "칼레 브뢴스토름" in persons
    assert not any("스웨덴인" in p for p in persons)


def test_the_person_after_a_demonym_is_a_defendant(ko: KoreanPipeline) -> None:
    persons, relations = _read(ko, "미 법무부는 2일 북한 IT 인력의 취업을 도운 혐의로 "
                                   "쿠바인 오렐리오 반세가스를 기소했다.")
    assert "오렐리오 반세가스" in persons
    assert {t for t, _ in relations} >= {"DEFENDANT_IN"}


def test_a_demonym_with_no_name_after_it_is_no_person(ko: KoreanPipeline) -> None:
    persons, relations = _read(ko, "미 법무부는 2일 스페인인 두 명과 벨기에인 공범을 "
                                   "기소했다.")
    assert persons == set()
    assert relations == set()


def test_a_state_before_a_common_noun_is_no_person(ko: KoreanPipeline) -> None:
    persons, _ = _read(ko, "이스라엘 보안업체 관계자는 헝가리 정부의 조치를 설명했다.")
    assert persons == set()
