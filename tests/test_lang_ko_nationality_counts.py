"""Defendants a Korean report counts by nationality first and names later (ko_counted.py).
Every sentence is made up for the test, with invented names; each construction has a
look-alike that must give no defendant."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-03-04", language="ko",
                                         title="미 검찰, 원격 취업 사기 일당 기소",
                                         doc_type="news", issuers=[{"country": "US"}]))


def _defendants(result: Extraction) -> set[str]:
    first = {e.id: min(e.mentions, key=lambda m: m.start).text for e in result.entities
             if e.mentions}
    return {first[r.source] for r in result.relations if r.type == "DEFENDANT_IN"}


_COUNT = ("미 연방검찰은 2일 가짜 신원으로 원격 개발 일을 따낸 혐의로 캐나다인 2명과 "
          "멕시코 국적자 1명을 재판에 넘겼다. ")


def test_counted_then_named_by_nationality(ko: KoreanPipeline) -> None:
    """"캐나다인 2명 … 기소" then "캐나다인인 A와 B는 …": the two named are the counted
    defendants, of one case with the one named by the other count."""
    result = _read(ko, _COUNT + "캐나다인인 엘도라 큄비와 브렌드 오슬래크는 급여를 대신 받아 "
                                "해외로 보냈다. 멕시코 국적의 토마 리벨트는 계좌를 "
                                "빌려준 것으로 조사됐다.")
    assert _defendants(result) == {"엘도라 큄비", "브렌드 오슬래크", "토마 리벨트"}
    assert len([e for e in result.entities if e.type == "Case"]) == 1


def test_a_list_longer_than_the_count_is_not_the_counted(ko: KoreanPipeline) -> None:
    """Look-alike: three Canadians named where two were charged: none is told apart."""
    result = _read(ko, _COUNT + "캐나다인인 엘도라 큄비, 브렌드 오슬래크와 마그델 휴잇은 같은 "
                                "동네에 살았다.")
    assert not _defendants(result)


def test_a_planned_charge_counts_nobody(ko: KoreanPipeline) -> None:
    """Look-alike: a count in a plan (기소할 방침) is no charge."""
    result = _read(ko, "미 연방검찰은 캐나다인 2명을 기소할 방침이다. 캐나다인인 엘도라 큄비와 "
                       "브렌드 오슬래크는 급여를 대신 받아 해외로 보냈다.")
    assert not _defendants(result)


def test_persons_set_apart_are_not_the_counted(ko: KoreanPipeline) -> None:
    """Look-alike: the nationality named in a sentence that sets its persons apart (별건)."""
    result = _read(ko, _COUNT + "별건으로 조사받는 캐나다인 엘도라 큄비와 브렌드 오슬래크는 "
                                "혐의를 부인했다.")
    assert not _defendants(result)
