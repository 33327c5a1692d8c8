"""Designations as Korean news reports them: the designator in one sentence, the targets
in the sentences after it (ko_designations.py), through the real Kiwi pipeline. Every
sentence is made up for the test, with invented names."""

from __future__ import annotations

from extract.lang.dates import find_dates
from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta
from tests.lang_facts import designated


def _meta() -> DocumentMeta:
    return DocumentMeta(id="t", date="2026-02-03", issuers=[{"country": "US"}],
                        doc_type="news")


OPENING = "미국 재무부는 2일 북한 IT 조직과 관련된 기관 3곳과 개인 2명을 제재 대상으로 지정했다. "


def test_the_subject_of_a_later_passive_is_designated(ko: KoreanPipeline) -> None:
    """X도 명단에 올랐다 after the designation: X is a target; the company X represents
    (X의 대표인 A) is not."""
    result = ko.extract(OPENING + "조선푸른별무역회사의 러시아 주재 대표인 남궁철도 명단에 올랐다.",
                        _meta())
    assert designated(result) == {("country:US", "남궁철")}


def test_sanctioned_passive_and_this_company(ko: KoreanPipeline) -> None:
    """X도 함께 제재됐다; "이 회사는 … 제재를 받았다": the company the sentence before was
    about."""
    result = ko.extract(OPENING + "조선푸른별무역회사는 캄보디아에 인력 팀을 두고 있다. "
                        "이 회사는 노동자를 해외로 보냈다는 이유로 제재를 받았다. "
                        "이 팀을 이끄는 도명준도 함께 제재됐다.", _meta())
    assert designated(result) == {("country:US", "조선푸른별무역회사"),
                                  ("country:US", "도명준")}


def test_a_second_designator_takes_the_same_targets(ko: KoreanPipeline) -> None:
    """OFAC도 이들 기관 1곳과 개인 1명을 지정했다: "these" are the targets reported before."""
    result = ko.extract("외교부는 3일 조선푸른별무역회사와 남궁철을 독자제재 대상으로 지정했다. "
                        "미국 재무부도 같은 날 이들 기관 1곳과 개인 1명을 제재 대상으로 지정했다.",
                        _meta())
    assert designated(result) == {("country:KR", "조선푸른별무역회사"), ("country:KR", "남궁철"),
                                  ("country:US", "조선푸른별무역회사"), ("country:US", "남궁철")}


def test_lists_that_are_no_sanctions_lists(ko: KoreanPipeline) -> None:
    """A defendant's list, and a list with no designation reported before, designate
    nobody; neither does a plan."""
    assert designated(ko.extract(OPENING + "수석 관리자 남궁철도 피고인 명단에 올랐다.",
                                 _meta())) == set()
    assert designated(ko.extract("조선푸른별무역회사의 대표 남궁철도 명단에 올랐다.",
                                 _meta())) == set()
    assert designated(ko.extract(OPENING + "남궁철도 제재될 예정이다.", _meta())) == set()


def test_a_recalled_designation_dated_by_last_year(ko: KoreanPipeline) -> None:
    """지난해 5월 … 지정한 바 있다: an earlier act the sentence dates by the document's year."""
    assert [d.iso for d in find_dates("지난해 5월 지정한 바 있다", "2026-02-03")] == ["2025-05"]
    assert find_dates("지난해 실적이 늘었다", "2026-02-03") == []  # no month: no date
    result = ko.extract("조선푸른별무역회사는 한국과 미국이 지난해 5월 나란히 제재 대상으로 "
                        "지정한 바 있다.", _meta())
    dates = {r.properties.get("date") for r in result.relations if r.type == "DESIGNATED"}
    assert dates == {"2025-05"}


def test_bodies_named_in_korean_reports_land_on_their_english_names(ko: KoreanPipeline) -> None:
    """The UN Panel of Experts and the United Front Department by their Korean names; a
    panel of experts in general (전문가 패널, spaced) is no body."""
    result = ko.extract("안보리 대북제재위원회 전문가패널이 활동을 마쳤다. 그는 통일전선부 "
                        "고문으로 복귀했다. 국내 전문가 패널이 토론했다.", _meta())
    named = {(e.type, e.name) for e in result.entities if e.type in ("Agency", "Organization")}
    assert named == {("Agency", "UN Panel of Experts"),
                     ("Organization", "United Front Department")}


def test_designated_this_time_and_newly_designated(ko: KoreanPipeline) -> None:
    """A와 B는 … 이번에 지정됐다 (the topic is the target); 재무부는 X를 기관으로 새로
    지정했다 (newly designated X); look-alike: an area designated without 새로/추가로 and no
    designation before."""
    result = ko.extract(OPENING + "남궁철과 도명준(To Myong Jun)은 자금을 관리한 것으로 드러나 "
                        "이번에 지정됐다. 재무부는 자금 세탁에 관여한 하늘빛신용은행을 기관으로 "
                        "새로 지정했다.", _meta())
    assert designated(result) == {("country:US", "남궁철"), ("country:US", "도명준"),
                                  ("country:US", "하늘빛신용은행")}
    assert designated(ko.extract("정부는 하늘빛신용은행 주변을 관리 구역으로 지정했다.",
                                 _meta())) == set()
