"""The defendants of a US case in the words other Korean writers use (ko_charges.py,
ko_charge_refs.py, ko_case_names.py): co-defendants "charged together with" the one
sentenced, "charged in this case", "co-defendants of this case", a count of a described
kind, a middle-dot list of Korean names, a plea as "a guilty answer", a foreigner's family
name alone, and the case named after the first defendant the report lists. Look-alikes: a
person met, a separate case, a quoted speaker. Invented names and sentences."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction

NEWS = [{"country": "KR", "agency": "Yonhap News Agency"}]
SENTENCING = "미국 연방법원은 최민수에게 징역 40개월을 선고했다. "


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko",
                                         doc_type="news", issuers=NEWS))


def cases(result: Extraction) -> dict[str, set[str]]:
    """Case name -> its defendants' English names."""
    names = {e.id: e.name for e in result.entities}
    out: dict[str, set[str]] = {}
    for r in result.relations:
        if r.type == "DEFENDANT_IN":
            out.setdefault(names[r.target], set()).add(names[r.source])
    return out


def test_codefendants_of_the_one_sentenced(ko: KoreanPipeline) -> None:
    """X와 함께 기소된 A, B는; 이 사건으로 기소된 북한인 A와 B는; 이 사건의 공동 피고인인
    북한 국적의 A와 B는: every name listed is a defendant of the case reported."""
    for text in ("최민수와 함께 기소된 김철호, 박영남은 현재 북한에 체류 중이다.",
                 "이 사건으로 기소된 북한인 김철호와 박영남은 FBI 수배 명단에 올라 있다.",
                 "이 사건의 공동 피고인인 북한 국적의 김철호와 박영남은 현재 도주 중이다."):
        assert cases(_read(ko, SENTENCING + text)) == {
            "United States v. Choe Min Su": {"Choe Min Su", "Kim Chol Ho", "Pak Yong Nam"}}, text


def test_a_person_met_or_in_a_separate_case_is_no_codefendant(ko: KoreanPipeline) -> None:
    """Look-alikes: a name after a clause of its own (기소된 A와 만난 B: B met A); a defendant
    of a separate case (별도 사건); a quoted speaker."""
    result = _read(ko, SENTENCING + "이 사건으로 기소된 김철호와 만난 박영남은 입을 닫았다.")
    assert cases(result) == {"United States v. Choe Min Su": {"Choe Min Su", "Kim Chol Ho"}}
    result = _read(ko, SENTENCING + "별도 사건으로 기소된 마이클 번스(Michael Burns)는 지난달 "
                                    "유죄를 인정했다.")
    assert cases(result) == {"United States v. Choe Min Su": {"Choe Min Su"}}
    result = _read(ko, SENTENCING + "존 에이드리언(John Adrian) 연방검사는 \"최민수는 북한 "
                                    "정권을 도왔다\"고 말했다.")
    assert cases(result) == {"United States v. Choe Min Su": {"Choe Min Su"}}


def test_a_count_of_a_described_kind_and_a_dotted_list(ko: KoreanPipeline) -> None:
    """A, B, C 등 북한 해커 3명을 기소했다; A·B·C를 기소했다 (three Korean names, not one
    foreign name joined by dots)."""
    for text in ("미국 법무부는 최민수, 김철호, 박영남 등 북한 해커 3명을 기소했다고 밝혔다.",
                 "미 법무부는 최민수·김철호·박영남을 기소했다."):
        assert cases(_read(ko, text)) == {
            "United States v. Choe Min Su": {"Choe Min Su", "Kim Chol Ho", "Pak Yong Nam"}}, text


def test_a_guilty_answer_is_a_plea(ko: KoreanPipeline) -> None:
    """유죄 답변을 했다, the word-for-word "pleaded guilty"."""
    result = _read(ko, "미국 연방법원에서 데릭 홀먼(Derek Holman)은 유죄 답변을 했다.")
    pleas = [r.properties.get("plea") for r in result.relations if r.type == "DEFENDANT_IN"]
    assert pleas == ["guilty"]


def test_a_western_family_name_alone(ko: KoreanPipeline) -> None:
    """홀먼과 after 데릭 홀먼(Derek Holman): the same person, so "검찰은 앞서 홀먼과 A, B를
    기소했다" charges them in Holman's case, not in a second case named after A."""
    result = _read(ko, "미국 연방법원은 데릭 홀먼(Derek Holman)에게 징역 40개월을 선고했다. "
                       "검찰은 앞서 홀먼과 북한인 김철호, 박영남을 전신사기 공모 혐의로 기소했다.")
    assert cases(result) == {
        "United States v. Derek Holman": {"Derek Holman", "Kim Chol Ho", "Pak Yong Nam"}}


def test_the_case_is_named_after_the_first_defendant_listed(ko: KoreanPipeline) -> None:
    """법무부는 A와 B, C를 기소했다. 이 가운데 C는 … 선고받았다: the case is A's (the
    caption's order), and C's charges are read from the indictment sentence too."""
    result = _read(ko, "미국 법무부는 김철호와 박영남, 최민수를 돈세탁 공모 혐의로 기소했다고 "
                       "밝혔다. 이 가운데 최민수는 지난달 징역 5년을 선고받았다.")
    assert cases(result) == {
        "United States v. Kim Chol Ho": {"Choe Min Su", "Kim Chol Ho", "Pak Yong Nam"}}
    names = {e.id: e.name for e in result.entities}
    charged = {names[r.source]: r.properties.get("charges") for r in result.relations
               if r.type == "CHARGED_WITH"}
    assert charged == {n: ["돈세탁 공모"] for n in ("Choe Min Su", "Kim Chol Ho", "Pak Yong Nam")}
    assert {names[r.source] for r in result.relations if r.type == "SENTENCED"} == {
        "Choe Min Su"}
