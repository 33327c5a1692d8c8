"""Several persons sentenced in one Korean sentence (ko_cases.py): each dative followed by
its own term pairs them ("법원은 A에게 징역 5년을, B에게 징역 8년을 선고했다"); terms given
"each" (각각) to coordinated persons give none, as the order alone would tell whose term is
whose. Invented names."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta


def _terms(ko: KoreanPipeline, text: str) -> dict[str, object]:
    result = ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko"))
    names = {e.id: e for e in result.entities}
    return {min(names[r.source].mentions, key=lambda m: m.start).text: r.properties["months"]
            for r in result.relations if r.type == "SENTENCED"}


def test_each_dative_with_its_own_term(ko: KoreanPipeline) -> None:
    assert _terms(ko, "미국 연방법원은 브라이언 코흐에게 징역 5년을, 데릭 폴섬에게 징역 8년을 "
                      "선고했다.") == {"브라이언 코흐": 60, "데릭 폴섬": 96}


def test_terms_given_each_to_coordinated_persons_give_none(ko: KoreanPipeline) -> None:
    assert _terms(ko, "미국 법원은 데릭 폴섬과 브라이언 코흐에게 각각 징역 8년과 5년을 "
                      "선고했다.") == {}


def test_a_court_named_after_a_us_state_is_american(ko: KoreanPipeline) -> None:
    """A court named after a place in the US needs no 미국 or 연방; look-alike: a court in
    Seoul sentences under Korean law, no US case."""
    assert _terms(ko, "애리조나주 피닉스 법원은 데릭 폴섬에게 징역 8년을 선고했다.") == {
        "데릭 폴섬": 96}
    assert _terms(ko, "서울중앙지방법원은 데릭 폴섬에게 징역 8년을 선고했다.") == {}
