"""A sanctions report that tells an indictment with its particulars, and "these N" (이들 N명)
standing for the N persons named just before, however they were named. Every sentence is
made up for the test, with invented names; each construction has a look-alike."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction


def _defendants(result: Extraction) -> set[str]:
    """The defendants as the text first writes them."""
    first = {e.id: min(e.mentions, key=lambda m: m.start).text for e in result.entities
             if e.mentions}
    return {first[r.source] for r in result.relations if r.type == "DEFENDANT_IN"}

_REWARDS = ("미 재무부는 북한 정권의 자금 조달에 가담한 조선소백수무역회사를 제재했다. 국무부는 "
            "북한인 3명에 포상금을 걸었다. 인물별로는 한명수에 최대 500만 달러, 오철진과 "
            "박영남에 각각 최대 100만 달러다. ")


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-02-03", language="ko",
                                         title="미, 북한 자금줄 제재", doc_type="news",
                                         issuers=[{"country": "US"}]))


def test_these_three_charged_in_court_are_the_three_named(ko: KoreanPipeline) -> None:
    """"이들 3명은 … 혐의로 워싱턴DC 연방법원에 기소돼 있다": the three persons the sentence
    before names (each with a sum) are defendants of one case, named after the first."""
    result = _read(ko, _REWARDS + "이들 3명은 은행 사기와 자금세탁 혐의로 워싱턴DC 연방법원에 "
                                  "기소돼 있다.")
    assert _defendants(result) == {"한명수", "오철진", "박영남"}
    assert [e.name for e in result.entities if e.type == "Case"] == \
        ["United States v. Han Myong Su"]


def test_a_count_that_does_not_match_takes_nobody(ko: KoreanPipeline) -> None:
    """Look-alike: "이들 4명" after three names: not the three."""
    result = _read(ko, _REWARDS + "이들 4명은 은행 사기와 자금세탁 혐의로 워싱턴DC 연방법원에 "
                                  "기소돼 있다.")
    assert not _defendants(result)


def test_indictment_in_passing_names_no_case(ko: KoreanPipeline) -> None:
    """Look-alike: a sanctions report that only recalls that a target was indicted in the
    US (no court, no charges) names no case."""
    result = _read(ko, "미 재무부는 조선소백수무역회사와 한명수를 제재했다. 한명수는 미국에서 "
                       "기소된 바 있다.")
    assert not [e for e in result.entities if e.type == "Case"]


def test_jointly_charged_relative_makes_the_topic_first(ko: KoreanPipeline) -> None:
    """"공소장에 따르면 X는 같이 기소된 북한 국적자 Y와 함께 … 혐의를 받고 있다": Y was
    charged with X, and the case is X's. Look-alike: with no topic person the pair is not
    read."""
    text = ("북한인 2명이 미국 법원에 기소됐다. 공소장에 따르면 오광철은 이날 같이 기소된 북한 "
            "국적자 문혁수와 함께 돈세탁 음모 등 3개 혐의를 받고 있다.")
    result = ko.extract(text, DocumentMeta(id="t", date="2026-02-03", language="ko",
                                           title="북한인 2명 미국서 기소", doc_type="news",
                                           issuers=[{"country": "US"}]))
    assert _defendants(result) == {"오광철", "문혁수"}
    assert [e.name for e in result.entities if e.type == "Case"] == \
        ["United States v. O Kwang Chol"]
    alone = ko.extract("북한인 2명이 미국 법원에 기소됐다. 공소장에는 같이 기소된 북한 국적자 "
                       "문혁수의 이름도 있다.",
                       DocumentMeta(id="t", date="2026-02-03", language="ko",
                                    title="북한인 2명 미국서 기소", doc_type="news",
                                    issuers=[{"country": "US"}]))
    assert "오광철" not in _defendants(alone)
