"""Korean designation lists through the real Kiwi pipeline: names with their particulars in
brackets, inline lists (△ ▲), "A 등 N명", positions after a body, descriptive company
words, and how sure a designation read across lines may be. Every sentence is made up for
the test, with invented names; each test pairs a construction with a look-alike."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from extract.lang.orgnames import org_key
from graph.model import DocumentMeta, Extraction


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-02-03",
                                         issuers=[{"country": "KR"}]))


def _names(result: Extraction, label: str) -> set[str]:
    return {m.text for e in result.entities if e.type == label for m in e.mentions}


def _relations(result: Extraction, rel_type: str) -> set[tuple[str, str]]:
    # an actor the text does not name (the issuing state by default) is known by its id
    first = {e.id: min(e.mentions, key=lambda m: m.start).text if e.mentions else e.id
             for e in result.entities}
    return {(first.get(r.source, r.source), first[r.target]) for r in result.relations
            if r.type == rel_type}


def test_hanja_and_birth_date_in_the_bracket(ko: KoreanPipeline) -> None:
    """김철웅(金鐵雄, Kim Chol Ung, 1985.3.2생): the romanization after the Hanja is the
    person's English name, not a company of its own."""
    result = _read(ko, "외교부는 김철웅(金鐵雄, Kim Chol Ung, 1985.3.2생)을 독자제재 대상으로 "
                       "지정했다.")
    person = next(e for e in result.entities if e.type == "Person")
    assert person.name == "Kim Chol Ung"
    assert {m.text for m in person.mentions} == {"김철웅", "Kim Chol Ung"}
    assert not _names(result, "Organization")


def test_bracket_that_is_not_the_name_is_not_joined(ko: KoreanPipeline) -> None:
    """Look-alike: a romanization of someone else in the bracket joins nothing."""
    result = _read(ko, "외교부는 박성혁(Kim Chol Ung)을 독자제재 대상으로 지정했다.")
    assert not any({"박성혁", "Kim Chol Ung"} <= {m.text for m in e.mentions}
                   for e in result.entities)
    assert "박성혁" in _names(result, "Person")


def test_romanized_korean_name_alone_is_a_person(ko: KoreanPipeline) -> None:
    """A romanized Korean name in Korean text is a person; a Latin brand stays a company."""
    result = _read(ko, "명단에는 Ri Song Chol이 있고, 그는 Upbit 계정을 썼다.")
    assert "Ri Song Chol" in _names(result, "Person")
    assert "Upbit" in _names(result, "Organization")
    assert "Ri Song Chol" not in _names(result, "Organization")


def test_inline_triangle_list_names_each_item(ko: KoreanPipeline) -> None:
    """제재 대상은 △A △B △C: each item is designated."""
    result = _read(ko, "외교부가 밝힌 제재 대상은 △윤성혁 △배경철 △조선금강무역회사이다.")
    assert {t for _, t in _relations(result, "DESIGNATED")} == {"윤성혁", "배경철",
                                                                 "조선금강무역회사"}


def test_inline_list_of_common_nouns_names_nobody(ko: KoreanPipeline) -> None:
    """Look-alike: an advisory's list of signs (△이력서 위조 △신분 위장) has no persons."""
    result = _read(ko, "주의보는 △이력서 위조 △신분 위장 △계정 대여 등을 소개했다.")
    assert not _names(result, "Person")


def test_name_before_a_head_count(ko: KoreanPipeline) -> None:
    """A 등 북한인 N명에게 독자 제재를 가했다: A is a person and designated."""
    result = _read(ko, "정부는 리철웅 등 북한인 3명에게 독자 제재를 가했다.")
    assert {t for _, t in _relations(result, "DESIGNATED")} == {"리철웅"}


def test_common_noun_before_a_head_count(ko: KoreanPipeline) -> None:
    """Look-alike: 인사 등 3명 ("officials and others, three") names nobody."""
    assert not _names(_read(ko, "정부는 인사 등 3명을 불러 설명했다."), "Person")


def test_position_after_a_body_is_no_target(ko: KoreanPipeline) -> None:
    """리철웅 정찰총국장: the bureau is where he works, not a second target."""
    result = _read(ko, "정부는 리철웅 정찰총국장 등 북한인 3명에게 독자 제재를 가했다.")
    assert {t for _, t in _relations(result, "DESIGNATED")} == {"리철웅"}
    assert _relations(result, "EMPLOYED_AT") == {("리철웅", "정찰총국")}


def test_body_as_object_is_a_target(ko: KoreanPipeline) -> None:
    """Look-alike: the bureau as the object of the designation is designated."""
    result = _read(ko, "정부는 정찰총국을 독자제재 대상으로 지정했다.")
    assert {t for _, t in _relations(result, "DESIGNATED")} == {"정찰총국"}


def test_inline_item_body_belongs_to_its_own_person(ko: KoreanPipeline) -> None:
    """▲A(X 대표) ▲B(Y 소속): A works at X, B at Y; "(이상 Z 소속)" sums all items."""
    result = _read(ko, "지정 대상이 된 개인은 ▲강철웅(조선금강무역회사 대표) ▲양대혁"
                       "(조선은하무역회사 소속) 등이다.")
    assert _relations(result, "EMPLOYED_AT") == {("강철웅", "조선금강무역회사"),
                                                 ("양대혁", "조선은하무역회사")}
    summed = _read(ko, "제재 대상은 △윤성혁 △배경철(이상 조선금강무역회사 소속)이다.")
    assert _relations(summed, "EMPLOYED_AT") == {("윤성혁", "조선금강무역회사"),
                                                 ("배경철", "조선금강무역회사")}


def test_designation_target_became(ko: KoreanPipeline) -> None:
    """지정 대상이 된 개인은 …: the persons listed are designated (by the issuer)."""
    result = _read(ko, "정부가 추가 지정 대상이 된 개인은 ▲강철웅 ▲양대혁 등이라고 밝혔다.")
    assert {t for _, t in _relations(result, "DESIGNATED")} == {"강철웅", "양대혁"}


def test_descriptive_company_word_is_no_name(ko: KoreanPipeline) -> None:
    """무기수출회사 "an arms exporter", 해커그룹: descriptions; 조선백호무역회사 is a name."""
    result = _read(ko, "박영혁은 무기수출회사인 조선백호무역회사를 대리했고 해커그룹과 거래했다.")
    assert _names(result, "Organization") == {"조선백호무역회사"}


def test_dprk_trading_house_in_plain_muyeok(ko: KoreanPipeline) -> None:
    """조선X무역 is a company; 대외무역 ("foreign trade") is not."""
    result = _read(ko, "조선솔봉무역은 대외무역을 맡아 왔다.")
    assert _names(result, "Organization") == {"조선솔봉무역"}


def test_list_items_are_whole_words(ko: KoreanPipeline) -> None:
    """등 4명이고, 기관…: a count and a noun are no names; a comma list of names is."""
    result = _read(ko, "개인 제재 대상은 △박진철 △조명혁 등 2명이고, 기관 제재 대상은 없다.")
    assert _names(result, "Person") == {"박진철", "조명혁"}
    plain = _read(ko, "개인 제재 대상은 박진철, 조명혁, 송림철, 오충혁이다.")
    assert _names(plain, "Person") == {"박진철", "조명혁", "송림철", "오충혁"}


def test_quoted_name_with_latin_form(ko: KoreanPipeline) -> None:
    """‘베이징 하이텍(Beijing Hitech)’ 대표: the quoted name and its Latin form, one
    company; without the Latin form no English name is made up."""
    result = _read(ko, "제재 대상은 △박영혁 ‘베이징 하이텍(Beijing Hitech)’ 대표이다.")
    company = next(e for e in result.entities if e.type == "Organization")
    assert company.name == "Beijing Hitech"
    assert {m.text for m in company.mentions} == {"베이징 하이텍", "Beijing Hitech"}
    bare = _read(ko, "제재 대상은 △박영혁 ‘베이징 하이텍’ 대표이다.")
    assert all(e.name != "Beijing Hitech" for e in bare.entities)


def test_designation_read_across_lines_is_not_sure(ko: KoreanPipeline) -> None:
    """A heading with the list below: the designation is less sure than the same designation
    said in one sentence with its actor. How sure either is comes from the dev record
    (calibration.json), so no fixed band is asserted here."""
    listed = _read(ko, "외교부는 오늘 개인 2명을 독자제재 대상으로 지정했다.\n"
                       "< 대북 독자제재 대상 >\n1. 윤성혁\n2. 배경철")
    assert {t for _, t in _relations(listed, "DESIGNATED")} == {"윤성혁", "배경철"}
    said = _read(ko, "외교부는 윤성혁과 배경철을 독자제재 대상으로 지정했다.")
    surer = [r.confidence for r in said.relations if r.type == "DESIGNATED"]
    assert surer and min(surer) > max(r.confidence for r in listed.relations
                                      if r.type == "DESIGNATED")


def test_company_names_across_translations() -> None:
    """회사 is "Company" in one release and "Corporation" in the next; 광 is Kwang or
    Gwang; 조선 may be left out: one key. Two different companies keep two keys."""
    assert org_key("Korea Mangyongdae Computer Technology Company") == \
        org_key("Korea Mangyongdae Computer Technology Corporation")
    assert org_key("Korea Songgwang Trading General Corporation") == \
        org_key("Korea Songkwang Trading General Corp.")
    assert org_key("Korea Chonsurim Trading Company") == org_key("Chonsurim Trading Corp.")
    assert org_key("Korea Osong Shipping Co.") != org_key("Korea Sobaeksu Trading Company")
    assert org_key("Korea Kwangson Bank") != org_key("Korea Kwangson Trading Company")


def test_object_of_a_designation_is_a_name(ko: KoreanPipeline) -> None:
    """X을 제재 대상으로 지정: a three-syllable word Kiwi splits (송금혁 = 송금 + 혁) is the
    person designated; a dictionary noun there (기술자 "engineer") is not."""
    result = _read(ko, "미국 재무부는 북한 IT 인력을 관리한 송금혁을 제재 대상으로 지정했다.")
    assert _relations(result, "DESIGNATED") == {("미국 재무부", "송금혁")}
    assert not _names(_read(ko, "정부는 기술자를 제재 대상으로 지정했다."), "Person")
    assert not _names(_read(ko, "외교부는 관계자와 함께 제재 방안을 논의했다."), "Person")


def test_latin_acronym_of_a_listed_agency(ko: KoreanPipeline) -> None:
    """OFAC은 …을 제재 대상에 추가했다: the office designates (for the United States); an
    acronym no list knows (IT, AI) is no name."""
    result = _read(ko, "OFAC은 조선솔봉무역을 제재 대상에 추가했다.")
    assert {(r.source, r.target) for r in result.relations if r.type == "DESIGNATED"} == {
        ("country:US", next(e.id for e in result.entities if e.type == "Organization"))}
    plain = _read(ko, "IT 기업은 AI 도구를 쓴다.")
    assert not [e for e in plain.entities if e.type in ("Organization", "Agency")]


def test_sanctioned_together(ko: KoreanPipeline) -> None:
    """A와 B를 함께 제재했다: both are designated; 함께 제재 방안을 ("measures") is none."""
    result = _read(ko, "해외자산통제실은 리경식과 조선솔봉무역을 함께 제재했다.")
    assert {t for _, t in _relations(result, "DESIGNATED")} == {"리경식", "조선솔봉무역"}
    talk = _read(ko, "해외자산통제실은 조선솔봉무역과 함께 제재 방안을 논의했다.")
    assert not _relations(talk, "DESIGNATED")
