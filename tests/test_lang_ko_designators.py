"""Who designates in a Korean sentence: the state whose body the sentence names (미국
재무부 해외자산통제국(OFAC)은 …, 재무부는 …, 외교부는 …, 일본 정부는 …), the convention of
the Korean gold (docs/languages.md); and which earlier targets "these" are. Every sentence
is made up for the test, with invented names."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta
from tests.lang_facts import designated

US = "country:US"


def _meta() -> DocumentMeta:
    return DocumentMeta(id="t", date="2026-03-10", issuers=[{"country": "KR"}],
                        doc_type="news")


def test_a_named_office_designates_for_its_state(ko: KoreanPipeline) -> None:
    result = ko.extract("미국 재무부 해외자산통제국(OFAC)은 9일(현지시간) 북한 IT 조직원 "
                        "표명석(Pyo Myong Sok)을 제재 대상으로 지정했다고 밝혔다.", _meta())
    assert designated(result) == {(US, "표명석")}
    assert "country:US" in {e.id for e in result.entities}


def test_a_department_named_alone_designates_for_its_state(ko: KoreanPipeline) -> None:
    result = ko.extract("재무부는 자금 세탁에 관여한 은하수신용은행을 제재 명단에 올렸다.", _meta())
    assert designated(result) == {(US, "은하수신용은행")}


def test_an_rok_ministry_and_a_government_designate_for_the_state(ko: KoreanPipeline) -> None:
    result = ko.extract("외교부는 10일 북한 IT 조직원 표명석을 독자제재 대상으로 지정했다.",
                        _meta())
    assert designated(result) == {("country:KR", "표명석")}
    result = ko.extract("일본 정부도 같은 날 은하수신용은행을 자산동결 대상으로 지정했다.",
                        _meta())
    assert designated(result) == {("country:JP", "은하수신용은행")}


def test_these_are_not_the_targets_of_a_recalled_act(ko: KoreanPipeline) -> None:
    """OFAC도 이들 기관 1곳을 지정했다 after a sentence that only recalls an earlier
    designation (지정한 바 있다): "these" are the targets the report reports; the recalled
    act stands apart, dated by its own sentence."""
    result = ko.extract("외교부는 10일 조선은하수무역회사를 독자제재 대상으로 지정했다. "
                        "조선한빛정보기술회사는 정부가 지난해 5월 제재 대상으로 지정한 바 "
                        "있다. 미국 재무부 해외자산통제국도 같은 날 이들 기관 1곳을 제재 "
                        "대상으로 지정했다.", _meta())
    assert designated(result) == {
        ("country:KR", "조선은하수무역회사"), ("country:KR", "조선한빛정보기술회사"),
        (US, "조선은하수무역회사")}


def test_these_two_companies_are_the_two_the_sentence_before_names(ko: KoreanPipeline) -> None:
    """해외자산통제국은 이 두 북한 회사도 제재 명단에 올렸다: the two companies the sentence
    before names (a company written again without 조선 is the one named in full); look-alikes:
    three companies before "these two", and "these two" in a sentence that designates
    nothing."""
    opening = ("미국 재무부 해외자산통제국(OFAC)은 8일 북한 해커 표명석(Pyo Myong Sok)을 제재 "
               "대상으로 지정했다. 표명석은 지난해 조선은하수무역총회사(Korea Unhasu Trading "
               "General Corporation), 조선한빛기술회사(Korea Hanbit Technology Co.)와 각각 "
               "계약을 맺었다. ")
    result = ko.extract(opening + "계약에 따라 은하수무역총회사는 20명, 한빛기술회사는 40명의 "
                        "IT 인력을 보내게 돼 있다. 해외자산통제국은 이 두 북한 회사도 제재 "
                        "명단에 함께 올렸다.", _meta())
    assert designated(result) == {(US, "표명석"), (US, "조선은하수무역총회사"),
                                  (US, "조선한빛기술회사")}
    names = {e.name for e in result.entities if e.type == "Organization"}
    assert {"Korea Unhasu Trading General Corporation", "Korea Hanbit Technology Co."} <= names
    assert not [n for n in names if not n.startswith("Korea")]
    result = ko.extract(opening + "은하수무역총회사와 한빛기술회사, 조선별무역회사는 인력을 "
                        "보내 왔다. 해외자산통제국은 이 두 회사도 제재 명단에 올렸다.", _meta())
    assert designated(result) == {(US, "표명석")}
    result = ko.extract(opening + "계약에 따라 은하수무역총회사는 20명, 한빛기술회사는 40명을 "
                        "보낸다. 이 두 회사는 러시아에 지사를 두고 있다.", _meta())
    assert designated(result) == {(US, "표명석")}


def test_a_listed_company_a_later_item_names_as_a_post_s_body(ko: KoreanPipeline) -> None:
    """▲X(… Co.): an item, its English name from the bracket (an abbreviation's period
    included), even though a later item names it as where a post is (▲A: X 대표단장); a
    body named as a parent before the list (군수공업부 산하) is no item."""
    result = ko.extract("정부는 2024.3.10. 북한 기관 2개와 개인 1명을 독자제재 대상으로 "
                        "지정하였습니다.\n\n가. 기관(2개)\n▲은하수기술무역회사(Unhasu Technology "
                        "Trade Co.): 군수공업부 산하 IT 회사\n▲한빛정보기술회사(Hanbit "
                        "Information Technology Co.): IT 인력을 파견하고 있음\n\n나. 개인(1명)\n"
                        "▲표명석(Pyo Myong Sok): 은하수기술무역회사 대표단장\n", _meta())
    assert designated(result) == {("country:KR", "은하수기술무역회사"),
                                  ("country:KR", "한빛정보기술회사"), ("country:KR", "표명석")}
    names = {e.name for e in result.entities if e.type == "Organization"}
    assert {"Unhasu Technology Trade Co.", "Hanbit Information Technology Co."} <= names
    assert len([n for n in names if "Unhasu" in n]) == 1
