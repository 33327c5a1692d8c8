"""Korean designation lists and names in shapes other writers use, through the real Kiwi
pipeline: a list line opened by any mark with the name as its label (① A:, (1) A:, - A:),
a company listed by its label after an item named it as a post's body (▲A: X회사 대표,
then ▲X회사: …), a name's other name in a 일명/별칭 bracket (one person, not two), a Latin
name the sentence calls a person's (러시아 국적의 Dmitri Volkov, 대표 Omar Haddad).
Invented names; each with a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction


def _read(ko: KoreanPipeline, text: str, country: str = "KR") -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko",
                                         doc_type="designation", issuers=[{"country": country}]))


def _designated(result: Extraction) -> set[str]:
    names = {e.id: e.name for e in result.entities}
    return {names[r.target] for r in result.relations if r.type == "DESIGNATED"}


def test_a_numbered_list_names_its_labels(ko: KoreanPipeline) -> None:
    result = _read(ko, "정부는 2일 북한 IT 인력과 관련된 개인 3명을 독자제재 대상으로 "
                       "지정했다.\n① 곽진명: 중국 선양 주재 IT 인력 대표\n② 탁영일: 라오스 "
                       "주재 IT 인력 팀장\n(3) 표철민(1980년생): 북한 국방성 소속")
    assert _designated(result) == {"Kwak Jin Myong", "Thak Yong Il", "Phyo Chol Min"}


def test_a_field_label_is_no_name(ko: KoreanPipeline) -> None:
    """Look-alike: a list line whose label is a field (- 국적: 북한) names nobody."""
    result = _read(ko, "정부는 2일 개인 1명을 독자제재 대상으로 지정했다.\n- 성명: 곽진명\n"
                       "- 국적: 북한\n- 소속: 조선광선무역회사")
    assert _designated(result) == {"Kwak Jin Myong"}


def test_a_company_labelled_after_a_post_names_it(ko: KoreanPipeline) -> None:
    result = _read(ko, "정부는 2일 개인 1명과 기관 1곳을 독자제재 대상으로 지정했다.\n"
                       "▲방철국: 조선룡성무역회사 대표\n▲조선룡성무역회사: 북한 IT 인력 파견 기관")
    assert _designated(result) == {"Pang Chol Guk", "Korea Ryongsong Trading Company"}


def test_a_company_named_only_as_a_post_is_no_item(ko: KoreanPipeline) -> None:
    """Look-alike: the company only in the item's description stays where the post is."""
    result = _read(ko, "정부는 2일 개인 1명을 독자제재 대상으로 지정했다.\n"
                       "▲방철국: 조선룡성무역회사 대표")
    assert _designated(result) == {"Pang Chol Guk"}


def test_an_alias_in_brackets_is_the_same_person(ko: KoreanPipeline) -> None:
    result = _read(ko, "외교부는 2일 IT 조직 간부 문철호(일명 '문대성')를 독자제재 대상으로 "
                       "지정한다고 밝혔다.\n문대성은 북한 IT 인력을 관리했다.")
    assert _designated(result) == {"Mun Chol Ho"}
    (person,) = [e for e in result.entities if e.type == "Person"]
    assert "문대성" in person.aliases and len(person.mentions) == 3


def test_a_second_person_in_brackets_stays_a_person(ko: KoreanPipeline) -> None:
    """Look-alike: a bracket without 일명/별칭 (a post holder, 대표 A) joins nobody."""
    result = _read(ko, "정부는 조선광선무역회사(대표 곽진명)와 문철호를 독자제재 대상으로 "
                       "지정했다.")
    assert "Mun Chol Ho" in _designated(result)
    assert {e.name for e in result.entities if e.type == "Person"} >= {"Kwak Jin Myong",
                                                                       "Mun Chol Ho"}


def test_a_latin_name_called_a_person(ko: KoreanPipeline) -> None:
    result = _read(ko, "미 재무부는 러시아 국적의 Dmitri Volkov와 아랍에미리트 소재 Blue Cedar "
                       "Solutions, 그 대표 Omar Haddad를 제재했다.", "US")
    persons = {e.name for e in result.entities if e.type == "Person"}
    assert persons == {"Dmitri Volkov", "Omar Haddad"}
    assert _designated(result) == {"Dmitri Volkov", "Omar Haddad", "Blue Cedar Solutions"}


def test_a_latin_firm_stays_a_firm(ko: KoreanPipeline) -> None:
    """Look-alike: a Latin name with no person cue, or after 업체, is an organization."""
    result = _read(ko, "미 재무부는 업체 Silver Line과 Amber Quay를 제재했다.", "US")
    assert not [e for e in result.entities if e.type == "Person"]
