"""Korean reports that list those designated as "▲<label>: <description>" items, and the
statements they report. Every sentence is made up for the test, with invented names; each
construction is paired with a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction
from tests.lang_facts import designated, first_mention, relations_as_written


def _read(ko: KoreanPipeline, text: str, **meta: object) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-02-03", language="ko",
                                         doc_type="news", **meta))  # type: ignore[arg-type]


_LIST = ("미 재무부 해외자산통제실(OFAC)이 이날 발표한 제재 대상은 다음과 같다.\n"
         "▲드미트리 파블로비치 코르사코프(벨라루스 국적): 북한 군수공업부 산하 "
         "해룡정보기술협조회사를 위해 가상자산을 달러로 바꿔 송금\n"
         "▲리명철: 벨라루스에 머무는 북한 무역 관리로, 코르사코프와 함께 송금에 관여\n"
         "▲다롄 청운 소프트웨어 개발회사: 해룡정보기술협조회사의 중국 내 위장회사\n")


def test_item_label_is_the_target_not_the_description(ko: KoreanPipeline) -> None:
    """The label before the colon is what the item lists: a Western name with its
    citizenship in brackets, a short Korean name, a company written in several words. The
    company the description names (whom the target worked for) is no target."""
    result = _read(ko, _LIST)
    targets = {name for _, name in designated(result)}
    assert targets == {"드미트리 파블로비치 코르사코프", "리명철", "다롄 청운 소프트웨어 개발회사"}


def test_item_label_that_is_a_field_name_still_gives_the_name_after_it(
        ko: KoreanPipeline) -> None:
    """Look-alike: "□ 대상 기관: X" names its target after the colon."""
    result = _read(ko, "정부는 다음의 기관을 독자제재 대상으로 지정했다.\n"
                       "□ 대상 기관: 조선백두무역회사\n")
    assert {name for _, name in designated(result)} == {"조선백두무역회사"}


def test_description_company_outside_a_list_is_no_label(ko: KoreanPipeline) -> None:
    """Look-alike: several words ending in 회사 in prose (no item mark) are no company."""
    result = _read(ko, "미국은 중국 내 여러 정보기술 개발회사와 거래를 끊었다.")
    assert not [e for e in result.entities if e.type == "Organization"
                and "개발회사" in first_mention(e)]


def test_joint_statement_dated_before_its_verb_has_its_issuers(ko: KoreanPipeline) -> None:
    """"A·B·C 3국이 … 공동성명을 27일 발표했다": the date between the statement and the verb
    keeps the statement the verb's object; the bare 공동성명 is the statement the report
    names in full."""
    result = _read(ko, "한국·미국·일본 3국이 북한의 불법 외화벌이에 우려를 표명하는 공동성명을 "
                       "27일 발표했다. 3국은 '북한 해커에 관한 한미일 공동성명'에서 이를 "
                       "지적했다.")
    issuers = {source for source, _ in relations_as_written(result, "ISSUED")}
    assert issuers == {"country:KR", "country:US", "country:JP"}


def test_statement_not_issued_is_no_title(ko: KoreanPipeline) -> None:
    """Look-alike: "이번에 새로운 제재나 주의보를 내놓지 않았다" (no new sanction or
    advisory) and "그간 발표한 … 주의보" (those published so far) name no advisory."""
    result = _read(ko, "한국은 이번에 새로운 제재나 주의보를 내놓지 않았다. 정부는 그간 발표한 "
                       "북한 해커 관련 주의보를 다시 언급했다.")
    assert not [e for e in result.entities if e.type == "Advisory"]
    assert not relations_as_written(result, "ISSUED")


def test_item_opened_by_a_state_and_a_colon_names_the_actor(ko: KoreanPipeline) -> None:
    """"▲일본: '…'를 이날 개정해": the state that opens the item revised (issued anew) the
    statement; a revision that is only planned is none."""
    result = _read(ko, "성명은 각국의 조치를 소개했다.\n"
                       "▲일본: '북한 해커에 관한 기업 대상 주의 환기'를 이날 개정해 새 수법을 "
                       "추가\n")
    assert {s for s, _ in relations_as_written(result, "ISSUED")} == {"country:JP"}
    planned = _read(ko, "성명은 각국의 조치를 소개했다.\n"
                        "▲일본: '북한 해커에 관한 기업 대상 주의 환기'를 개정할 예정\n")
    assert not relations_as_written(planned, "ISSUED")


def test_update_of_a_named_statement_issues_it(ko: KoreanPipeline) -> None:
    """"일본은 '…주의 환기'를 업데이트했다": the update issues the statement anew; "기존의
    … 주의보" (the existing one, unnamed) is no title of its own."""
    result = _read(ko, "일본은 이날 '북한 해커에 관한 기업 대상 주의 환기'를 업데이트했다.")
    assert {s for s, _ in relations_as_written(result, "ISSUED")} == {"country:JP"}
    existing = _read(ko, "일본은 이날 기존의 북한 해커에 대한 주의보를 업데이트했다.")
    assert not [e for e in existing.entities if e.type == "Advisory"]
