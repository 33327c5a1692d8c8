"""Whose post a Korean sentence of two clauses names (A는 X의 대표이며 B는 Y의 대표라고):
each clause's own topic, never the other's, and no apposition after a post that is the
clause's predicate (affiliations.py, ko_links.py). Invented names and sentences."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from tests.lang_facts import named_pairs, read_ko_news

_read = read_ko_news
_pairs = named_pairs


def test_each_clause_gives_its_own_topic_the_post_it_names(ko: KoreanPipeline) -> None:
    """A는 X의 대표이며 B는 Y의 대표라고: A works for X, B for Y; never A for Y."""
    result = _read(ko, "리영호는 백두산무역회사의 대표이며 송경식은 고려청송해운의 대표라고 "
                       "재무부는 밝혔다.")
    assert _pairs(result, "EMPLOYED_AT") == {
        ("Ri Yong Ho", "Paektusan Trading Company"),
        ("Song Kyong Sik", "Korea Chongsong Shipping")}


def test_a_post_with_its_city_goes_to_the_second_clause_topic(ko: KoreanPipeline) -> None:
    result = _read(ko, "리영호는 백두산 무역회사의 대표이며 송경식은 고려청송해운의 중국 단둥 "
                       "대표라고 재무부는 밝혔다.")
    assert _pairs(result, "EMPLOYED_AT") == {
        ("Ri Yong Ho", "Paektusan Trading Company"),
        ("Song Kyong Sik", "Korea Chongsong Shipping")}


def test_the_name_after_a_predicate_post_is_no_apposition(ko: KoreanPipeline) -> None:
    """Look-alike: 'X의 대표인 A' (an apposition) still gives A; '대표이며 A는' does not."""
    result = _read(ko, "재무부는 백두산무역회사의 대표인 리영호를 제재했다.")
    assert _pairs(result, "EMPLOYED_AT") == {("Ri Yong Ho", "Paektusan Trading Company")}


def test_the_workers_named_after_a_unit_clause_are_no_unit(ko: KoreanPipeline) -> None:
    """X 산하 조직으로서 해외 IT 인력 송출에 관여: the bodies of the topic are X's units,
    not the workers they send."""
    result = _read(ko, "제재 리스트에 오른 백두산무역회사 등 기관 2개는 북한 국방성·군수공업부 "
                       "산하 조직으로서 해외 IT 인력 송출에 관여해왔다.")
    assert not {s for s, _t in _pairs(result, "CONTROLLED_BY")} & {"DPRK IT workers"}


def test_a_company_named_after_its_parent_is_its_unit(ko: KoreanPipeline) -> None:
    """Look-alike: X 산하 IT 회사인 Y: Y is X's."""
    result = _read(ko, "천마무역회사는 북한 국방성 산하 IT 회사인 백두산무역회사와 거래했다.")
    assert ("Paektusan Trading Company", "Ministry of the People's Armed Forces") in \
        _pairs(result, "CONTROLLED_BY")
