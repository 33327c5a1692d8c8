"""Shapes of names other Korean writers use for the designated and the charged, through the
real Kiwi pipeline: a birth year in brackets (A(1985년생)), a citizenship before a Korean-
shaped name (북한 국적의 A, which the analyzer reads as a common noun there), a foreign full
name written with a middle dot (니콜라이·바실렌코), a Latin company with two legal forms
(X Co., Ltd.). Invented names; each with a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction


def _read(ko: KoreanPipeline, text: str, country: str = "KR",
          kind: str = "designation") -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko",
                                         doc_type=kind, issuers=[{"country": country}]))


def _targets(result: Extraction, kind: str = "DESIGNATED") -> set[str]:
    names = {e.id: e.name for e in result.entities}
    return {names[r.target if kind == "DESIGNATED" else r.source]
            for r in result.relations if r.type == kind}


def test_a_birth_year_in_brackets_names_a_person(ko: KoreanPipeline) -> None:
    result = _read(ko, "정부는 북한 국적의 탁명호(1985년생)와 러시아 국적의 표도르 카린스키"
                       "(1979년생)를 독자제재 대상으로 지정했다고 2일 밝혔다.")
    assert _targets(result) == {"Thak Myong Ho", "Phyodoru Kharinsukhi"}


def test_a_citizenship_before_a_korean_name_names_a_person(ko: KoreanPipeline) -> None:
    result = _read(ko, "미 법무부는 2일 북한 국적의 봉철겸과 석수혁을 기소했다고 밝혔다.",
                   "US", "indictment")
    assert _targets(result, "DEFENDANT_IN") == {"Pong Chol Gyom", "Sok Su Hyok"}


def test_a_citizenship_before_a_common_noun_names_nobody(ko: KoreanPipeline) -> None:
    """Look-alike: a citizenship before a description (전문가 3명, 남성) is no name."""
    result = _read(ko, "정부는 중국 국적의 전문가 3명을 지정했다.\n북한 국적의 남성이 "
                       "체포됐다.")
    assert not [e for e in result.entities if e.type == "Person" and not e.unnamed]


def test_a_foreign_name_with_a_middle_dot_is_one_person(ko: KoreanPipeline) -> None:
    result = _read(ko, "미 재무부는 러시아 국적의 그리고리·샤바노프와 아르툠 레드킨을 제재했다.\n"
                       "샤바노프는 북한 IT 인력의 송금을 도왔다.", "US")
    assert _targets(result) == {"Kurigori Syabanophu", "Aruthyom Redukhin"}
    (person,) = [e for e in result.entities if e.name == "Kurigori Syabanophu"]
    assert [m.text for m in person.mentions] == ["그리고리·샤바노프", "샤바노프"]


def test_two_korean_names_with_a_dot_stay_two(ko: KoreanPipeline) -> None:
    """Look-alike: a dot between two Korean names lists two persons."""
    result = _read(ko, "정부는 북한 IT 인력 간부 염철수·함영길을 독자제재 대상으로 지정했다.")
    assert _targets(result) == {"Yom Chol Su", "Ham Yong Gil"}


def test_a_company_with_two_legal_forms_is_one_name(ko: KoreanPipeline) -> None:
    result = _read(ko, "미국 정부는 홍콩 소재 Amber Quay Trading Co., Ltd.를 제재 대상으로 "
                       "지정했다.", "US")
    assert _targets(result) == {"Amber Quay Trading Co., Ltd."}


def test_a_middle_initial_stays_inside_the_name(ko: KoreanPipeline) -> None:
    """A Latin middle initial between the Hangul words (로버트 J. 멀린스(Robert J. Mullins),
    데이나 R. 콜버트 연방검사는) is a word of the name; an initial alone ends none."""
    result = _read(ko, "로버트 J. 멀린스(Robert J. Mullins) 재무부 차관은 성명을 냈다.\n"
                       "데이나 R. 콜버트 연방검사는 그를 기소했다.", "US")
    persons = {e.name: [m.text for m in e.mentions] for e in result.entities
               if e.type == "Person"}
    assert persons["Robert J. Mullins"] == ["로버트 J. 멀린스", "Robert J. Mullins"]
    assert any(texts == ["데이나 R. 콜버트"] for texts in persons.values())


def test_names_with_initials_or_dots_match_their_latin_form() -> None:
    from extract.lang.western_names import same_western_name

    assert same_western_name("로버트 J. 멀린스", "Robert J. Mullins") == 2
    assert same_western_name("그리고리·샤바노프", "Grigory Shabanov") == 2
    assert same_western_name("로버트 J. 멀린스", "Robert J. Collins") == 0
