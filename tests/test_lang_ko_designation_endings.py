"""What the ending of a Korean designation verb says about the act (ko_modality.py, frames.py),
through the real Kiwi pipeline. Every sentence is made up for the test, with invented names."""

from __future__ import annotations

import pytest

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta
from tests.lang_facts import designated


def _meta() -> DocumentMeta:
    return DocumentMeta(id="t", date="2026-09-14", issuers=[{"country": "KR"}],
                        doc_type="news")


OPENING = ("정부는 14일 북한 노동자 파견에 관여한 조선매봉무역회사를 대북 독자제재 대상으로 "
           "지정했다. ")


@pytest.mark.parametrize("sentence", [
    # a review of whether to designate
    "외교부는 소명찬을 독자제재 대상에 추가할지 여부를 검토하고 있다.",
    "정부는 소명찬에 대한 금융제재 지정 여부를 따져 보고 있다.",
    # a possibility, an obligation, an intention, an act ahead or being prepared
    "소명찬도 조만간 대북 제재 명단에 추가될 가능성이 있다.",
    "의원들은 정부가 소명찬을 독자제재 대상자로 지정해야 한다고 말했다.",
    "정부는 소명찬을 제재 명단에 올리려 했으나 미뤘다.",
    "외교부는 소명찬의 제재 지정을 앞두고 자료를 모으고 있다.",
    "정부는 소명찬을 독자 제재 대상으로 지정하는 절차에 들어갔다.",
    # an expected act, a drafted one, a stance on it, an exhortation
    "소명찬은 다음 달 금융제재 대상자로 지정될 전망이다.",
    "외교부는 소명찬을 대북 독자제재 명단에 추가하는 안을 내부에서 검토했다.",
    "정부는 소명찬을 독자 제재 대상으로 지정하는 데 조심스러운 태도를 보였다.",
    "야당은 소명찬도 제재 명단에 올리자고 주장했다.",
    # a negation with a particle on the negated verb
    "소명찬은 이번 제재 대상으로 지정되지도 않았다.",
    "정부는 소명찬을 독자제재 명단에 추가하지는 않았다.",
    # a listing undone
    "정부는 소명찬을 대북 독자제재 지정에서 제외했다.",
    "외교부는 소명찬에 대한 제재 지정을 해제했다고 밝혔다.",
])
def test_endings_that_state_no_designation(ko: KoreanPipeline, sentence: str) -> None:
    """After a real designation, a sentence whose verb ending plans, weighs, negates or
    undoes a designation adds no target."""
    result = ko.extract(OPENING + sentence, _meta())
    assert designated(result) == {("country:KR", "조선매봉무역회사")}


def test_chosen_as_targets_is_a_designation(ko: KoreanPipeline) -> None:
    """제재 대상으로 정했다 / 선정했다: news words for the listing; a sanction's breach
    described as something (제재 위반으로 규정했다) lists nobody."""
    result = ko.extract("정부는 21일 감우석과 조선해오름기술회사를 대북 독자 제재 대상으로 "
                        "정했다. 외교부는 편태민도 금융제재 대상자로 선정했다.", _meta())
    assert designated(result) == {("country:KR", "감우석"), ("country:KR", "조선해오름기술회사"),
                                  ("country:KR", "편태민")}
    assert designated(ko.extract("법원은 어진호의 송금을 대북 제재 위반으로 규정했다.",
                                 _meta())) == set()
