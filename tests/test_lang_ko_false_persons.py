"""Bodies and places Kiwi reads as three-syllable proper nouns opening with a family name
(a city 성남시, a party 노동당, a network 조직망) are no persons (ko_persons.py); the same
ending in a list of names is still a name. Invented names."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta


def _persons(ko: KoreanPipeline, text: str) -> set[str]:
    result = ko.extract(text, DocumentMeta(id="t", date="2026-01-05", language="ko"))
    return {m.text for e in result.entities if e.type == "Person" for m in e.mentions}


def test_a_city_a_party_and_a_network_are_no_persons(ko: KoreanPipeline) -> None:
    assert _persons(ko, "미국 법무부는 조선노동당 산하 기관과 성남시에 있는 조직망을 "
                        "언급했다.") == set()
    assert _persons(ko, "노동당 간부 남궁철은 평양에서 활동했다.") == {"남궁철"}


def test_a_name_so_ending_in_a_list_of_names_is_a_name(ko: KoreanPipeline) -> None:
    """Look-alike: a list of names makes each item a name, whatever its last syllable."""
    assert _persons(ko, "정부는 리명시, 박철남, 김영호를 제재 대상으로 지정했다.") == {
        "리명시", "박철남", "김영호"}
