"""Korean news constructions for location, posts, control, fronts, help and funding, and the
company names written by sound or with a space, through the real Kiwi pipeline. Invented
names and our own sentences; each rule has a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.crosslink import EnglishRegistry, link
from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, ExtractedEntity, Extraction, Mention

KR = [{"country": "KR", "agency": "Ministry of Foreign Affairs"}]


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-04-01", language="ko",
                                         doc_type="news", issuers=KR))


def _names(result: Extraction) -> dict[str, str]:
    return {e.id: e.name for e in result.entities}


def _facts(result: Extraction, rel_type: str) -> set[tuple[str, str]]:
    names = _names(result)
    return {(names[r.source], names[r.target]) for r in result.relations if r.type == rel_type}


def test_a_company_with_its_latin_name_in_brackets_and_its_sister(ko: KoreanPipeline) -> None:
    text = ("이 회사들은 중국에 본사를 둔 크라벤트 스카이웨어 네트워크(Kravent Skyware Network)와 "
            "러시아의 도르미스 스카이웨어(Dormis Skyware)다.\n도르미스 스카이웨어는 작은 회사다.")
    result = _read(ko, text)
    orgs = {e.name for e in result.entities if e.type == "Organization"}
    assert {"Kravent Skyware Network", "Dormis Skyware"} <= orgs
    assert not [e for e in result.entities if e.type == "Person"]
    located = _facts(result, "LOCATED_IN")
    assert ("Kravent Skyware Network", "China") in located
    assert ("Dormis Skyware", "Russia") in located
    # a person written by sound with a Latin name is no company
    other = _read(ko, "미국인 그렌다 폴리머스(Grenda Polymers)가 체포됐다.")
    assert not [e for e in other.entities if e.type == "Organization"
                and e.name == "Grenda Polymers"]


def test_a_post_at_a_bank_gives_employment_and_the_city(ko: KoreanPipeline) -> None:
    text = "정부는 두만강상업은행의 중국 선양 주재 대표인 탁용범을 제재 대상으로 지정했다."
    result = _read(ko, text)
    assert [b.endswith("Bank") for a, b in _facts(result, "EMPLOYED_AT")] == [True]
    assert ("Thak Yong Bom", "China") in _facts(result, "LOCATED_IN")
    # a bank named without a post beside a person: no employment
    other = _read(ko, "탁용범은 두만강상업은행에 계좌를 열었다.")
    assert not _facts(other, "EMPLOYED_AT")


def test_stationed_in_a_city_is_no_person(ko: KoreanPipeline) -> None:
    text = "탁용범 주선양 두만강상업은행 대표도 제재 대상에 올랐다."
    result = _read(ko, text)
    persons = {e.name for e in result.entities if e.type == "Person"}
    assert persons == {"Thak Yong Bom"}
    assert any(a == "Thak Yong Bom" for a, _ in _facts(result, "EMPLOYED_AT"))


def test_the_topic_is_under_a_body_or_its_front(ko: KoreanPipeline) -> None:
    text = ("금솔무역회사는 북한 국방성 산하 외화벌이 기관이다.\n"
            "은하수해운회사 및 청봉무역회사는 금솔무역회사의 위장 기업이다.")
    result = _read(ko, text)
    assert any(a.startswith("Kumsol") for a, _ in _facts(result, "CONTROLLED_BY"))
    fronts = _facts(result, "FRONT_FOR")
    assert len(fronts) == 2 and all(b.startswith("Kumsol") for _, b in fronts)
    # under a body, then named: 산하 기관인 X is X's own description, handled elsewhere
    other = _read(ko, "금솔무역회사는 북한 국방성 산하 기관인지 확인되지 않았다.")
    assert not _facts(other, "CONTROLLED_BY")


def test_the_two_companies_take_orders(ko: KoreanPipeline) -> None:
    text = ("제재 대상은 은하수해운회사와 청봉무역회사이다.\n"
            "두 회사는 금솔무역회사의 지시를 받아 움직였다.")
    controlled = _facts(_read(ko, text), "CONTROLLED_BY")
    assert len(controlled) == 2
    # "three companies" when the sentence before named two: no guess
    other = ("제재 대상은 은하수해운회사와 청봉무역회사이다.\n"
             "세 회사는 금솔무역회사의 지시를 받아 움직였다.")
    assert not _facts(_read(ko, other), "CONTROLLED_BY")


def test_a_helper_of_the_workers_and_an_alleged_one(ko: KoreanPipeline) -> None:
    text = "청봉무역회사는 북한 IT 노동자들이 해외 기업에 취업하도록 도왔다."
    assert _facts(_read(ko, text), "FACILITATED")
    alleged = "청봉무역회사는 북한 IT 노동자들이 해외 기업에 취업하도록 도운 혐의를 받는다."
    assert not _facts(_read(ko, alleged), "FACILITATED")


def test_the_workers_money_goes_to_the_regime(ko: KoreanPipeline) -> None:
    text = "북한 IT 노동자들이 번 돈은 대부분 북한 정권으로 흘러갔다."
    assert ("DPRK IT workers", "North Korea") in _facts(_read(ko, text), "FUNDED")
    # materials "used for" the programs are no money of the workers
    other = ("탁용범은 북한 IT 노동자들이 번 수익금을 세탁하고 핵·미사일 개발에 쓰이는 물자를 "
             "사들였다.")
    assert not _facts(_read(ko, other), "FUNDED")


def test_a_spaced_company_name_is_the_company_not_a_person(ko: KoreanPipeline) -> None:
    text = "탁용범은 청봉무역회사의 대표이며, 청봉 무역회사는 평양에 있다."
    result = _read(ko, text)
    orgs = [e for e in result.entities if e.type == "Organization"]
    assert len(orgs) == 1 and len(orgs[0].mentions) == 2
    assert {e.name for e in result.entities if e.type == "Person"} == {"Thak Yong Bom"}
    assert any(a == "Thak Yong Bom" for a, _ in _facts(result, "EMPLOYED_AT"))


def test_a_latin_company_name_that_begins_an_english_one_is_a_name_match() -> None:
    english = Extraction(document=DocumentMeta(id="en"), text="", content_hash="", entities=[
        ExtractedEntity(id="organization:kravent-skyware", type="Organization",
                        name="Kravent Skyware", mentions=[Mention(0, 15, "Kravent Skyware")])])
    registry = EnglishRegistry()
    registry.add(english)
    native = Extraction(document=DocumentMeta(id="ko", language="ko"), text="",
                        content_hash="", entities=[
        ExtractedEntity(id="organization:kravent-skyware-network", type="Organization",
                        name="Kravent Skyware Network")])
    link(native, registry)
    assert [(p.entity, p.other) for p in native.links] == [
        ("organization:kravent-skyware-network", "organization:kravent-skyware")]
    # one shared word is not a name match
    lone = Extraction(document=DocumentMeta(id="ko2", language="ko"), text="",
                      content_hash="", entities=[
        ExtractedEntity(id="organization:skyware-holdings", type="Organization",
                        name="Skyware Holdings")])
    link(lone, registry)
    assert not lone.links


def test_a_term_written_before_the_word_sentence(ko: KoreanPipeline) -> None:
    meta = DocumentMeta(id="s", date="2026-05-04", language="ko", doc_type="news",
                        issuers=[{"country": "US", "agency": "Department of Justice"}])
    text = "오리건주에 사는 메이블 하퍼스 씨는 연방지방법원에서 54개월의 징역형을 선고받았다."
    result = ko.extract(text, meta)
    sentenced = [r for r in result.relations if r.type == "SENTENCED"]
    assert [r.properties["months"] for r in sentenced] == [54]
    # a year is no term: 2025년 징역형 names no length
    other = ko.extract("메이블 하퍼스 씨는 2025년 징역형을 선고받았다.", meta)
    assert not [r for r in other.relations if r.type == "SENTENCED"]
