"""Designations in the shapes Korean reports take, through the real Kiwi pipeline: the
names a designation cleft equates its topic with, the present-tense "puts on the list"
(올린다고 발표했다), and a designation that is only the condition of something else. Every
sentence is made up for the test, with invented names; each test pairs the construction
with a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction


def _designated(ko: KoreanPipeline, text: str, country: str = "KR") -> set[str]:
    result: Extraction = ko.extract(text, DocumentMeta(
        id="t", date="2026-03-05", language="ko", title="대북 독자제재", doc_type="news",
        issuers=[{"country": country}]))
    names = {e.id: e for e in result.entities}
    return {min(names[r.target].mentions, key=lambda m: m.start).text
            for r in result.relations if r.type == "DESIGNATED"}


def test_names_a_designation_cleft_equates_its_topic_with(ko: KoreanPipeline) -> None:
    """지정되는 개인은 A와 B이며, 기관은 C이다: A and B are persons designated (Kiwi reads
    them as common nouns in this sentence)."""
    assert _designated(ko, "이번에 독자제재 대상으로 지정되는 개인은 탁명호와 변철국이며, "
                           "기관은 조선은하수기술무역회사이다.") == {
        "탁명호", "변철국", "조선은하수기술무역회사"}


def test_a_cleft_over_common_nouns_names_nobody(ko: KoreanPipeline) -> None:
    """Look-alike: 지정된 대상은 개인과 기관이다 ("those designated are persons and
    bodies") names no one."""
    assert _designated(ko, "외교부는 5일 북한 IT 인력을 독자제재 대상으로 지정했다. 이번에 "
                           "지정된 대상은 개인과 단체다.") == set()


def test_puts_on_the_list_in_the_present(ko: KoreanPipeline) -> None:
    """X와 Y를 제재 명단에 올린다고 발표했다 (the act announced in the present); the plan
    (올릴 계획이다) is none."""
    text = ("OFAC은 블라디보스토크 주재 무역 담당자 옥재광과 러시아 국적자 드미트리 소콜로프를 "
            "개인 제재 명단에 {}.")
    assert _designated(ko, text.format("올린다고 발표했다"), "US") == {
        "옥재광", "드미트리 소콜로프"}
    assert _designated(ko, text.format("올릴 계획이라고 밝혔다"), "US") == set()


def test_a_designation_as_a_condition_is_none(ko: KoreanPipeline) -> None:
    """제재 대상으로 지정되면 X의 자산은 동결된다: what follows a designation, not one; the
    same words as the act (지정했다) are one."""
    assert _designated(ko, "제재 대상으로 지정되면 조선은하수기술무역회사의 미국 내 자산은 "
                           "동결된다.", "US") == set()
    assert _designated(ko, "재무부는 조선은하수기술무역회사를 제재 대상으로 지정했다.",
                       "US") == {"조선은하수기술무역회사"}


def test_among_them_right_after_a_designation(ko: KoreanPipeline) -> None:
    """이 중 X는 …, 개인 가운데에서는 X가 … right after a sentence that designated a set:
    the topic is one of them; a body named only as the post's place is not."""
    assert _designated(ko, "정부는 5일 북한 IT 인력 12명을 독자제재 대상으로 지정했다. 이 중 "
                           "탁명호는 캐나다 업체에 위장 취업해 번 외화를 평양에 보냈다.") == {
        "탁명호"}
    assert _designated(ko, "외교부는 5일 북한 금융인 3명을 독자제재 대상으로 추가 지정했다. 개인 "
                           "가운데에서는 옥류금융은행의 단둥 주재 대표인 채영길이 눈에 띈다.") == {
        "채영길"}


def test_among_them_after_no_designation(ko: KoreanPipeline) -> None:
    """Look-alikes: "among them" after a plan to designate, or after a sentence about
    something else (the victims), names no one designated."""
    assert _designated(ko, "정부는 북한 IT 인력을 독자제재 대상으로 지정할 방침이다. 이 중 "
                           "탁명호는 캐나다 업체에 위장 취업했다.") == set()
    assert _designated(ko, "외교부는 5일 북한 IT 인력 2명을 독자제재 대상으로 지정했다. 피해 "
                           "기업은 30곳에 이른다. 이 중 조선은하수기술무역회사는 라오스에 "
                           "있다.") == set()


def test_a_list_labelled_as_persons(ko: KoreanPipeline) -> None:
    """"- 개인: A, B" under a designation: the label says the names are persons'; a label
    over common nouns (개인: 정보, 보안) names nobody."""
    assert _designated(ko, "외교부는 5일 다음 개인 및 기관을 독자제재 대상으로 지정했다.\n"
                           "- 개인: 탁명호, 변철국\n- 기관: 조선은하수기술무역회사") == {
        "탁명호", "변철국", "조선은하수기술무역회사"}
    assert _designated(ko, "외교부는 5일 다음 기관을 독자제재 대상으로 지정했다.\n"
                           "- 기관: 조선은하수기술무역회사\n- 개인: 정보, 보안") == {
        "조선은하수기술무역회사"}
