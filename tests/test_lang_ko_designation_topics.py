"""The topic of a designation's follow-up written with its kind as a word of its own
(제재 대상 단체는 …, 지정 대상 개인은 …): the complement names those the designation before
it listed, through the copula in any of its forms (…회사다 after a vowel, …이며, …로 with
more said of it). Invented names and wording; each construction beside a look-alike."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction
from tests.lang_facts import designated


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-04-02", language="ko",
                                         title="북한 외화벌이 기관 제재", doc_type="news",
                                         issuers=[{"country": "KR"}]))


def test_the_kind_word_after_the_target_noun(ko: KoreanPipeline) -> None:
    """제재 대상 단체는 A와 B다 after "… 단체 2곳을 지정했다": A and B, by South Korea."""
    result = _read(ko, "기획재정부는 2일 북한 무기 자금 조달에 관여한 단체 2곳을 독자제재 "
                       "대상으로 지정했다. 제재 대상 단체는 조선마두산무역회사와 "
                       "평양청봉개발회사다.")
    assert designated(result) == {("country:KR", "조선마두산무역회사"),
                                  ("country:KR", "평양청봉개발회사")}


def test_the_complement_with_more_said_of_it(ko: KoreanPipeline) -> None:
    """지정 대상 기관은 A로, …: the copula's connective form; the parent after 산하 is
    no target."""
    result = _read(ko, "정부는 2일 기관 1곳을 독자제재 대상으로 추가 지정했다. 지정 대상 "
                       "기관은 국방성 산하 조선마두산무역회사로, 몽골에 인력을 보내 왔다.")
    assert designated(result) == {("country:KR", "조선마두산무역회사")}


def test_no_designation_before_the_topic_names_none(ko: KoreanPipeline) -> None:
    """Look-alike: the same topic with no designation reported before it, and one whose
    complement is only planned (… 정할 예정이다), name no target."""
    assert designated(_read(ko, "제재 대상 단체는 조선마두산무역회사다.")) == set()
    assert designated(_read(ko, "정부는 2일 개인 3명을 독자제재 대상으로 지정했다. 제재 "
                                "대상 단체는 조선마두산무역회사와 협의해 정할 예정이다.")) == set()
    assert designated(_read(ko, "정부는 2일 개인 3명을 독자제재 대상으로 지정했다. 이번 "
                                "대상은 평양청봉개발회사와 협의해 정할 예정이다.")) == set()
