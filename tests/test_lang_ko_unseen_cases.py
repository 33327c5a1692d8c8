"""A Korean report of a US case no English document names: the report still gives the case
and its defendants (ko_charges.py), whoever the defendants are and however the report lists
them (ko_western.py, ko_partners.py, ko_persons.py). Invented names and sentences; each
construction has a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction

US = [{"country": "US", "agency": "Department of Justice"}]


def _read(ko: KoreanPipeline, text: str, issuers: list[dict[str, str]] | None = None,
          title: str = "북한 IT 조력자 기소") -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko", title=title,
                                         doc_type="news",
                                         issuers=US if issuers is None else issuers))


def defendants(result: Extraction) -> set[str]:
    names = {e.id: e for e in result.entities}
    return {min(names[r.source].mentions, key=lambda m: m.start).text
            for r in result.relations if r.type == "DEFENDANT_IN"}


def persons(result: Extraction) -> set[str]:
    return {e.aliases[0] for e in result.entities if e.type == "Person" and e.aliases}


def test_foreign_names_listed_as_the_object_of_the_indictment(ko: KoreanPipeline) -> None:
    """A과 B, C를 기소했다: names written by sound, with no other cue than their role."""
    result = _read(ko, "미국 텍사스주 연방 대배심이 위장 취업을 도운 혐의로 로버트 캘러핸과 "
                       "도로시 핀치, 마커스 브라운을 기소했다.")
    assert defendants(result) == {"로버트 캘러핸", "도로시 핀치", "마커스 브라운"}
    cases = [e for e in result.entities if e.type == "Case"]
    assert len(cases) == 1 and cases[0].name.startswith("United States v. ")


def test_a_partner_of_the_deceit_is_no_codefendant(ko: KoreanPipeline) -> None:
    """Look-alike: "A과 함께 회사를 속인 혐의로 B를 기소했다" charges B alone."""
    result = _read(ko, "미국 검찰은 북한 국적 IT 노동자 차명혁(Cha Myong Hyok)과 함께 미국 "
                       "기업을 속인 혐의로 조지프 델가도를 기소했다.")
    assert defendants(result) == {"조지프 델가도"}


def test_the_defendants_as_the_complement_of_a_cleft(ko: KoreanPipeline) -> None:
    """이번 사건의 피고인은 A와 B, (a name not found)였다: the copula closes the list."""
    result = _read(ko, "이번 사건의 피고인은 북한 국적의 한광철과 리명수, 중국 국적의 "
                       "왕샤오밍이었다.")
    assert defendants(result) == {"한광철", "리명수"}
    result = _read(ko, "이 사건의 피고는 스탠리 오코너와 브렌다 휴스였다.")
    assert defendants(result) == {"스탠리 오코너", "브렌다 휴스"}


def test_the_role_word_as_topic_of_another_predicate(ko: KoreanPipeline) -> None:
    """Look-alikes: the defendant said something about a person, or worked with one."""
    for text in ("이 사건 피고인은 법정에서 리명수와 함께 일했다고 말했다.",
                 "피고인은 리명수의 도움을 받았다고 진술했다."):
        assert defendants(_read(ko, text)) == set(), text


def test_the_us_authority_in_the_next_sentence(ko: KoreanPipeline) -> None:
    """X와 Y가 재판에 넘겨졌다. 미 법무부에 따르면 …: the next sentence names the source (no
    US issuer in the front matter); a particle the long sentence glued to the name (휴스가)
    is cut off."""
    text = "북한 IT 노동자 3명을 도운 스탠리 오코너와 브렌다 휴스가 재판에 넘겨졌다. {}"
    result = _read(ko, text.format("미 법무부에 따르면 두 사람은 노트북 농장을 운영했다."),
                   issuers=[])
    assert defendants(result) == {"스탠리 오코너", "브렌다 휴스"}
    result = _read(ko, text.format("두 사람은 미국 기업의 노트북을 받았다."), issuers=[])
    assert defendants(result) == set()  # no court, no department: whose case is unknown


def test_a_quoted_nickname_inside_the_name(ko: KoreanPipeline) -> None:
    """그레고리 ‘그렉’ 멀린스가 … 유죄를 인정했다: one person, the nickname an alias; 공범들
    ("his accomplices") after 와 is no name."""
    result = _read(ko, "오하이오주에 사는 39세 남성 그레고리 ‘그렉’ 멀린스가 콜럼버스 "
                       "연방법원에서 전신 사기 공모 혐의에 대해 유죄를 인정했다고 연방검찰청이 "
                       "밝혔다. 멀린스와 공범들은 노트북을 관리했다.")
    person = next(e for e in result.entities if e.type == "Person")
    assert "그렉" in person.aliases and "멀린스" in person.aliases
    assert persons(result) == {"그레고리 멀린스"}
    plea = [r.properties.get("plea") for r in result.relations if r.type == "DEFENDANT_IN"]
    assert plea == ["guilty"]


def test_a_name_before_a_partner(ko: KoreanPipeline) -> None:
    """A과 <person>: A of a name's shape opens the coordination even where the analyzer reads
    its first syllable as a word (한 "one"); look-alike: a common noun before the person."""
    result = _read(ko, "북한 국적의 한광철과 리명수가 기소됐다.")
    assert {"한광철", "리명수"} <= persons(result)
    result = _read(ko, "조사관과 리명수가 만났다.")
    assert persons(result) == {"리명수"}


def test_two_prosecutors_two_cases(ko: KoreanPipeline) -> None:
    """A second prosecutor charging other persons brings a case of its own (named after its
    first defendant); "X와 공범 5명을 기소했다" makes X a defendant; "공범 가운데 A와 B는"
    after the case names two of the accomplices charged; "기소된 4명은 A, B다" a cleft."""
    result = _read(ko, "매사추세츠주 연방검찰청은 뉴저지 출신의 미국 국적자 토머스 린드버그와 "
                       "공범 5명을 기소했다. 공범 가운데 미국인 데이비드 마셜과 케네스 오언은 "
                       "노트북을 관리했다. 조지아주 북부 연방검찰청도 가상화폐를 빼돌린 혐의로 "
                       "북한 국적자 4명을 기소했다. 기소된 4명은 김광명, 조성철, 류민혁, "
                       "백지훈이다.")
    names = {e.id: e for e in result.entities}
    cases: dict[str, set[str]] = {}
    for r in result.relations:
        if r.type == "DEFENDANT_IN":
            cases.setdefault(r.target, set()).add(names[r.source].aliases[0])
    assert sorted(cases.values(), key=len) == [
        {"토머스 린드버그", "데이비드 마셜", "케네스 오언"},
        {"김광명", "조성철", "류민혁", "백지훈"}]


def test_accomplices_without_a_case_and_a_plea_elsewhere(ko: KoreanPipeline) -> None:
    """Look-alikes: "공범 가운데 A는" with no case reported names no defendant; a plea in
    another court after a case is no case of its own (no prosecutor charges anyone)."""
    assert defendants(_read(ko, "공범 가운데 미국인 데이비드 마셜은 노트북을 관리했다.")) == set()
    result = _read(ko, "미국 연방검찰은 토머스 린드버그를 기소했다.\n"
                       "워싱턴에서는 데이비드 마셜이 유죄를 인정했다.")
    assert defendants(result) == {"토머스 린드버그"}


def test_the_names_of_those_charged(ko: KoreanPipeline) -> None:
    """"… 3명을 기소했다. (검찰이 공개한) 3명의 이름은 A(31), B(34), C(33)이다": the names of
    those the sentence before charged; "피고인들의 이름은 A, B이다" by its topic."""
    result = _read(ko, "미 텍사스주 서부 검찰청은 전신 사기 혐의를 받는 북한 국적 남성 3명에 대해 "
                       "체포영장을 발부했고 미 법무부는 이들을 기소했다. 검찰이 공개한 3명의 "
                       "이름은 문광혁(31), 태성진(34), 하용철(33)이다.")
    assert defendants(result) == {"문광혁", "태성진", "하용철"}
    result = _read(ko, "피고인들의 이름은 문광혁, 태성진이다.")
    assert defendants(result) == {"문광혁", "태성진"}


def test_names_that_are_not_of_those_charged(ko: KoreanPipeline) -> None:
    """Look-alikes: the names of the people a report met, with no charge before; the name a
    defendant used (가명) is no second defendant."""
    result = _read(ko, "미국 법무부는 설명회를 열었다. 참석자의 이름은 문광혁, 태성진이다.")
    assert defendants(result) == set()
    result = _read(ko, "미국 검찰은 문광혁을 기소했다. 그가 쓴 가명의 이름은 태성진이다.")
    assert defendants(result) == {"문광혁"}


def test_pronoun_subjects_and_arrests_on_charges(ko: KoreanPipeline) -> None:
    """"두 사람은 유죄를 인정했다" after a sentence whose subjects are two names; "X(age)는 …
    혐의로 체포됐다", "혐의로 X를 체포했다"."""
    result = _read(ko, "미 법무부는 문광혁과 태성진이 노트북을 관리했다고 밝혔다. 두 사람은 "
                       "지난달 유죄를 인정했다.")
    assert defendants(result) == {"문광혁", "태성진"}
    result = _read(ko, "미 법무부는 토머스 린드버그(41)가 노트북 농장을 운영했다고 밝혔다. "
                       "린드버그는 자금세탁 공모 혐의로 체포됐다.")
    assert defendants(result) == {"토머스 린드버그"}
    result = _read(ko, "FBI는 신분을 도용한 혐의로 뉴저지에 사는 토머스 린드버그를 체포했다.")
    assert defendants(result) == {"토머스 린드버그"}


def test_pronouns_that_point_elsewhere(ko: KoreanPipeline) -> None:
    """Look-alikes: "두 사람" after three names; "이들" after names in the genitive (the
    workers used their names); an arrest denied or hypothetical."""
    for text in ("미 법무부는 문광혁과 태성진, 하용철이 노트북을 관리했다고 밝혔다. 두 사람은 "
                 "지난달 유죄를 인정했다.",
                 "미 법무부는 노동자들이 미국인 문광혁, 태성진의 명의로 취업했다고 밝혔다. "
                 "이들은 전신 사기 공모 혐의로 기소됐다.",
                 "토머스 린드버그는 노트북 농장을 운영했다. 그는 체포되지 않았다."):
        assert defendants(_read(ko, text)) == set(), text


def test_an_indictment_reported_beside_a_sanction(ko: KoreanPipeline) -> None:
    """A sanctions report that also reports an indictment as an act of its own (법무부는
    이들 3명을 기소했다: the three it named last, as many as the number says) gives the case;
    look-alikes: an indictment recalled in passing, a plan, "이들 3명" after two names."""
    title = "美, 北 자금책 3명 제재"
    result = _read(ko, "미 재무부는 북한 IT 인력의 자금을 세탁한 문광혁과 태성진, 하용철을 제재 "
                       "대상으로 지정했다. 법무부는 이들 3명을 자금세탁 공모 혐의로 기소했다.",
                   title=title)
    assert defendants(result) == {"문광혁", "태성진", "하용철"}
    for text in ("외교부는 문광혁을 독자제재 대상으로 지정했다. 문광혁은 2024년 12월 미국에서 "
                 "기소되었다.",
                 "외교부는 문광혁을 독자제재 대상으로 지정했다. 미국 법무부는 문광혁을 기소할 "
                 "방침이다.",
                 "미 재무부는 문광혁과 태성진을 제재 대상으로 지정했다. 법무부는 이들 3명을 "
                 "기소했다."):
        assert defendants(_read(ko, text, title="북한 IT 인력 독자제재")) == set(), text
