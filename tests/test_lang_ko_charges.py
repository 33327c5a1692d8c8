"""Defendants of a US case as Korean news reports an indictment or a plea (ko_charges.py),
and a name coordinated with a person's name (ko_partners.py), through the real Kiwi
pipeline. Invented names and sentences; each rule has a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import Extraction
from tests.lang_facts import case_defendants, read_ko_court_news


def _read(ko: KoreanPipeline, text: str, title: str = "북한 IT 조력자 기소") -> Extraction:
    return read_ko_court_news(ko, text, title)


def defendants(result: Extraction) -> dict[str, set[str]]:
    return case_defendants(result)


def test_objects_of_the_indictment_and_the_first_names_the_case(ko: KoreanPipeline) -> None:
    """법무부는 A와 B를 기소했다: both defendants of "United States v. <A>"."""
    result = _read(ko, "미국 법무부는 2일 북한 국적자 남궁철과 도명준을 기소했다고 밝혔다.")
    first = next(e for e in result.entities if "남궁철" in e.aliases)
    assert defendants(result) == {f"United States v. {first.name}": {"남궁철", "도명준"}}


def test_defendants_listed_with_their_posts(ko: KoreanPipeline) -> None:
    """A를 비롯해 X 대표 B, 수석 매니저 C와 D 등이 피고인 명단에 올랐다: every name listed; D,
    which Kiwi splits (림 + 은 + 철), is a person by its coordination with C."""
    result = _read(ko, "최고경영자 남궁철을 비롯해 하늘빛 대표 도명준, 수석 매니저 표영식과 "
                       "림은철 등이 피고인 명단에 올랐다.")
    assert set().union(*defendants(result).values()) == {"남궁철", "도명준", "표영식", "림은철"}


def test_passive_plea_and_role_word(ko: KoreanPipeline) -> None:
    """A는 … 혐의로 기소됐다; B는 유죄를 인정했다 (plea guilty); 피고인 C."""
    result = _read(ko, "뉴저지주에 사는 남궁철(41)은 신분증을 빌려준 혐의로 연방 대배심에 "
                       "기소됐다.\n함께 기소된 도명준은 지난달 유죄를 인정했다.\n"
                       "이 사건 피고인 표영식의 변호인은 답하지 않았다.")
    assert set().union(*defendants(result).values()) == {"남궁철", "도명준", "표영식"}
    pleas = {r.source: r.properties.get("plea") for r in result.relations
             if r.type == "DEFENDANT_IN"}
    assert sorted(map(str, pleas.values())) == ["None", "None", "guilty"]


def test_plans_negations_quotes_and_passing_mentions(ko: KoreanPipeline) -> None:
    """Not defendants: a plan, a negation, a conditional, a quote, and an indictment a
    sanctions release mentions in passing (its title and lead speak of no case)."""
    for text in ("검찰은 남궁철을 기소할 방침이다.",
                 "남궁철은 아직 기소되지 않았다.",
                 "“미국 법무부가 남궁철을 기소했다”고 그는 말했다."):
        assert defendants(_read(ko, text)) == {}, text
    passing = ("외교부는 남궁철을 독자제재 대상으로 지정했다. "
               "남궁철은 2024년 12월 미국에서 기소되었다.")
    assert defendants(_read(ko, passing, title="북한 IT 인력 독자제재")) == {}


def test_a_word_after_a_common_noun_is_no_partner(ko: KoreanPipeline) -> None:
    """Look-alike: "회사와 정부가" joins common nouns; only a person's partner is a name."""
    result = _read(ko, "회사와 정부가 협력했다. 남궁철과 사과를 나눴다.")
    assert {e.aliases[0] for e in result.entities if e.type == "Person"} == {"남궁철"}


def test_cleft_charges_applied_and_court_papers(ko: KoreanPipeline) -> None:
    """기소된 북한인은 A(romanized)와 B이다; A와 B에게는 … 혐의가 적용됐다; 기소장 ("the
    indictment") is no person."""
    result = _read(ko, "법무부는 조력자 3명과 북한인 2명을 기소했다.\n"
                       "기소된 북한인은 IT 노동자 남궁철(Namgung Chol)과 도명준이다.\n"
                       "기소장에 따르면 남궁철과 도명준에게는 자금세탁 공모 혐의가 적용됐다.")
    assert defendants(result) == {"United States v. Namgung Chol": {"남궁철", "도명준"}}
    assert not any("기소장" in e.aliases for e in result.entities if e.type == "Person")


def test_a_plea_in_another_court_is_another_case(ko: KoreanPipeline) -> None:
    """After the case's defendants, a person pleading guilty in a sentence that does not
    tie them to it (이 사건, 함께 기소된) is left out: the case cannot be named."""
    result = _read(ko, "플로리다에서는 남궁철과 함께 기소된 도명준이 이 사건에서 유죄를 인정했다.\n"
                       "워싱턴에서는 표영식이 유죄를 인정했다.")
    assert set().union(*defendants(result).values()) == {"남궁철", "도명준"}
