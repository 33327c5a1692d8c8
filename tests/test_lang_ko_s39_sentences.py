"""A US sentencing in the words other Korean writers use (ko_cases.py, ko_terms.py): the
courts' own term style (징역 1년 6월), custody terms, the sentence as a noun, the short form
of a district court, the age after 씨, a headline's 에, and a later "최씨"; each with the
look-alike that must give nothing or not the wrong term (a prosecutors' request, a
sentencing still to come, a Korean word ending in 미, a judge named in the sentence).
Invented names and sentences."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction

# a Korean news agency's report: no US issuer, so the text alone must say the court is American
NEWS = [{"country": "KR", "agency": "Yonhap News Agency"}]


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko",
                                         doc_type="news", issuers=NEWS))


def sentenced(result: Extraction) -> dict[str, int]:
    """Person's first mention -> months."""
    names = {e.id: e for e in result.entities}
    return {min(names[r.source].mentions, key=lambda m: m.start).text: r.properties["months"]
            for r in result.relations if r.type == "SENTENCED"}


def test_the_courts_own_style_of_months(ko: KoreanPipeline) -> None:
    """징역 1년 6월 is eighteen months (월 without 개 after the years), not one year."""
    result = _read(ko, "미국 연방법원은 데릭 홀먼(Derek Holman)에게 징역 1년 6월을 선고했다.")
    assert sentenced(result) == {"데릭 홀먼": 18}


def test_the_term_the_court_gives_not_the_one_asked_for(ko: KoreanPipeline) -> None:
    """The verb belongs to the term right before it: a request (구형) between them is the
    prosecutors' term; a request alone is no sentence."""
    for text in ("미국 검찰은 최민수에게 징역 7년을 구형했으나 법원은 징역 5년을 선고했다.",
                 "미국 연방법원은 검찰이 구형한 징역 7년보다 낮은 징역 5년을 최민수에게 "
                 "선고했다."):
        assert sentenced(_read(ko, text)) == {"최민수": 60}, text
    assert sentenced(_read(ko, "미국 연방검찰은 최민수에게 징역 7년을 구형했다.")) == {}


def test_sentences_written_otherwise(ko: KoreanPipeline) -> None:
    """The sentence as a noun (선고를 내렸다), a term before 징역 without 형, custody terms,
    a headline's 에 for 에게, and the age after 씨."""
    cases = {"미국 연방법원 재판부는 최민수에게 징역 5년의 선고를 내렸다.": 60,
             "미국 연방법원은 최민수에게 3년 4개월의 징역을 선고했다.": 40,
             "미국 연방법원은 최민수에게 102개월의 수감형을 선고했다.": 102,
             "미국 연방법원은 최민수에게 연방 교도소 수감 102개월을 선고했다.": 102,
             "미국 연방법원은 최민수에 징역 5년을 선고했다.": 60,
             "미국 연방법원은 15일 최민수 씨(45)에게 징역 60개월을 선고했다.": 60,
             "미국 법무부에 따르면 최민수 씨(45)는 징역 60개월을 선고받았다.": 60}
    for text, months in cases.items():
        assert sentenced(_read(ko, text)) == {"최민수": months}, text


def test_a_district_court_by_its_short_form(ko: KoreanPipeline) -> None:
    """텍사스 북부지법: a US place and 지법 (지방법원) is a US court; look-alike: a word that
    ends in 미 (이미 "already") before 법원 is no 미 "US"."""
    result = _read(ko, "텍사스 북부지법은 15일 최민수(45)에게 징역 60개월을 선고했다.")
    assert sentenced(result) == {"최민수": 60}
    result = _read(ko, "이미 법원은 최민수에게 징역 5년을 선고했다.")
    assert sentenced(result) == {}
    assert not [e for e in result.entities if e.type == "Case"]


def test_a_later_family_name_with_ssi(ko: KoreanPipeline) -> None:
    """최씨는 … 선고받았다 after 최민수 is named: that person; look-alike: two persons of the
    family name, 최씨 is either."""
    result = _read(ko, "미국 법무부는 북한 국적의 김철호와 한국계 미국인 최민수(45)를 기소했다고 "
                       "밝혔다. 최씨는 15일 미국 연방법원에서 징역 5년을 선고받았다.")
    assert sentenced(result) == {"최민수": 60}
    result = _read(ko, "미국 법무부는 최민수와 최영철을 기소했다고 밝혔다. 최씨는 15일 미국 "
                       "연방법원에서 징역 5년을 선고받았다.")
    assert sentenced(result) == {}


def test_a_codefendant_sentenced_too(ko: KoreanPipeline) -> None:
    """공범 X도 … 선고받았다: "X too" is the subject, in the case reported."""
    result = _read(ko, "미국 연방법원은 최민수에게 징역 5년을 선고했다. 공범 김철호도 징역 3년을 "
                       "선고받았다.")
    assert sentenced(result) == {"최민수": 60, "김철호": 36}
    cases = {r.target for r in result.relations if r.type == "SENTENCED"}
    assert len(cases) == 1


def test_no_sentence_yet_and_no_judge_as_defendant(ko: KoreanPipeline) -> None:
    """Look-alikes: a sentencing scheduled (선고될 예정, 선고받을 예정), a term the charge could
    carry (선고받을 수 있다); the judge who sentences is no defendant."""
    for text in ("미국 법무부는 데릭 홀먼(Derek Holman)이 유죄를 인정했다고 밝혔다. 홀먼은 오는 "
                 "6월 선고될 예정이다.",
                 "데릭 홀먼(Derek Holman)은 오는 5월 미국 연방법원에서 징역형을 선고받을 "
                 "예정이다.",
                 "미국 법무부는 데릭 홀먼(Derek Holman)이 유죄를 인정했다고 밝혔다. 그는 최대 "
                 "징역 20년을 선고받을 수 있다."):
        assert sentenced(_read(ko, text)) == {}, text
    result = _read(ko, "재판을 맡은 미국 연방지법 제임스 카터 판사는 이날 데릭 홀먼(Derek "
                       "Holman)에게 징역 5년을 선고했다.")
    names = {e.id: e.name for e in result.entities}
    assert {names[r.source] for r in result.relations if r.type == "DEFENDANT_IN"} == {
        "Derek Holman"}


def test_a_gloss_after_the_term_and_an_age_in_the_name_bracket(ko: KoreanPipeline) -> None:
    """102개월(8년 6개월)의 징역형: the months with their years as a gloss; 에릭 톰슨(Eric
    Thompson·50): the Latin spelling with the age is the person's bracket."""
    result = _read(ko, "에릭 톰슨(Eric Thompson)은 워싱턴DC 연방지법에서 102개월(8년 6개월)의 "
                       "징역형을 선고받았다.")
    assert sentenced(result) == {"에릭 톰슨": 102}
    result = _read(ko, "미국 연방법원은 지난 24일 에릭 톰슨(Eric Thompson·50)에게 징역 "
                       "8년6개월을 선고했다.")
    assert sentenced(result) == {"에릭 톰슨": 102}
