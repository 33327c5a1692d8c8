"""A US case Korean news calls by its defendant's name (X 사건), and a plea by "X 역시"
(X too) in a report of another case (ko_cases.py, ko_charges.py). Invented names and
sentences; each with a look-alike."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from tests.lang_facts import case_defendants, read_ko_court_news

_LEAD = ("미 법무부는 2일 텍사스주 연방지방법원이 피고인 로저 클리퍼드(45)씨에게 징역 20개월을 "
         "선고했다고 밝혔다. ")


def _cases(ko: KoreanPipeline, text: str) -> dict[str, list[str]]:
    result = read_ko_court_news(ko, text, "미국 남성 징역 20개월")
    return {e.name: [m.text for m in e.mentions] for e in result.entities if e.type == "Case"}


def test_a_plea_in_a_case_called_by_the_defendants_name(ko: KoreanPipeline) -> None:
    """X 역시 … 유죄를 인정했다, then "X 사건은 …": X is the defendant of a case of his own,
    and "X 사건" is its mention."""
    text = _LEAD + ("캐나다 국적의 에드거 브랜트빌 역시 지난달 뉴욕 연방지방법원에서 유죄를 "
                    "인정했다. 브랜트빌 사건은 선고만 남겨두고 있다.")
    result = read_ko_court_news(ko, text, "미국 남성 징역 20개월")
    defendants = case_defendants(result)
    assert {"에드거 브랜트빌"} in defendants.values()
    assert {"로저 클리퍼드"} in defendants.values() and len(defendants) == 2
    assert any(mentions == ["브랜트빌 사건"] for mentions in _cases(ko, text).values())


def test_a_plea_with_no_case_of_its_own_joins_none(ko: KoreanPipeline) -> None:
    """Look-alike: the same plea with no case called by the name: which case it belongs to
    the report does not say, so no case is made for it."""
    text = _LEAD + ("캐나다 국적의 에드거 브랜트빌 역시 지난달 뉴욕 연방지방법원에서 유죄를 "
                    "인정했다.")
    defendants = case_defendants(read_ko_court_news(ko, text, "미국 남성 징역 20개월"))
    assert all("에드거 브랜트빌" not in names for names in defendants.values())


def test_a_case_called_by_someone_in_no_case_is_no_mention(ko: KoreanPipeline) -> None:
    """Look-alike: "X 사건" by the name of a person who is no defendant (a victim) is no
    mention of the reported case."""
    text = _LEAD + "이 일은 피해자 이름을 딴 '데이지 폴록 사건'으로도 불린다."
    assert all(not any("폴록" in m for m in mentions) for mentions in _cases(ko, text).values())
