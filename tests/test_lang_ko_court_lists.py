"""Defendants a Korean court report lists in ways the particles of ko_charges.py miss
(ko_charge_lists.py), foreigners named only by their bracketed Latin spelling
(ko_bracketed.py), and the long brackets a name may carry. Invented names and sentences in
the styles of Korean wire and broadcast news; each rule has a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import Extraction
from tests.lang_facts import case_defendants, read_ko_court_news


def _read(ko: KoreanPipeline, text: str, title: str = "美, 북한 IT 조력자 기소") -> Extraction:
    return read_ko_court_news(ko, text, title)


def defendants(result: Extraction) -> dict[str, set[str]]:
    return case_defendants(result, named_only=True)


def persons(result: Extraction) -> set[str]:
    return {e.name for e in result.entities if e.type == "Person"}


def test_a_name_coordinated_with_a_described_object(ko: KoreanPipeline) -> None:
    """(뉴시스 style) 법무부는 A(Latin)과, [relative clause] 외국인 2명을 기소했다: A is charged;
    the look-alike without the comma (A과 공모한 외국인 2명: whom they conspired with) is not."""
    text = ("[워싱턴=뉴시스] 미국 법무부는 12일(현지시간) 텍사스주 오스틴에 사는 브렌다 루이즈 "
            "하슬럼(Brenda Louise Haslam){joint} 북한 노동자의 임금을 빼돌리는 데 관여한 외국인 "
            "2명을 기소했다고 밝혔다.")
    charged = _read(ko, text.format(joint="과,"))
    assert defendants(charged) == {"United States v. Brenda Louise Haslam":
                                   {"브렌다 루이즈 하슬럼"}}
    other = ("[워싱턴=뉴시스] 미국 법무부는 12일(현지시간) 텍사스주 오스틴에 사는 브렌다 루이즈 "
             "하슬럼(Brenda Louise Haslam)과 공모한 외국인 2명을 기소했다고 밝혔다.")
    assert defendants(_read(ko, other)) == {}


def test_a_name_coordinated_with_counted_nationals(ko: KoreanPipeline) -> None:
    """(연합뉴스 style) 미국인 A와 중국 국적자 3명, 대만 국적자 1명을 … 혐의로 기소했다: only
    nouns and counts between the conjunction and the object's particle."""
    result = _read(ko, "(워싱턴=연합뉴스) 뉴욕 남부 연방 검찰은 미국인 토머스 그레인저(Thomas "
                       "Granger)와 중국 국적자 3명, 대만 국적자 1명을 전신사기 공모 혐의로 "
                       "기소했다.")
    assert defendants(result) == {"United States v. Thomas Granger": {"토머스 그레인저"}}


def test_names_a_counted_group_goes_by(ko: KoreanPipeline) -> None:
    """(KBS style) 같은 공소장에는 A, B라는 이름을 쓰는 외국인 2명도 피고인으로 올랐다: A and B
    are defendants of the case the same indictment names; a count that is not the number of
    names ties them to no one."""
    lead = ("미국 법무부는 4일 플로리다주에 사는 데릭 앨런 폴리(Derek Allen Foley)를 금융 사기 "
            "혐의로 기소했다고 밝혔다.\n")
    listed = ("같은 공소장에는 리나 저우(Lina Zhou), 웨이 탕(Wei Tang)이라는 이름을 쓰는 외국인 "
              "{n}명도 피고인으로 올랐다.")
    result = _read(ko, lead + listed.format(n=2))
    assert defendants(result) == {"United States v. Derek Allen Foley":
                                  {"데릭 앨런 폴리", "리나 저우", "웨이 탕"}}
    assert defendants(_read(ko, lead + listed.format(n=3))) == {
        "United States v. Derek Allen Foley": {"데릭 앨런 폴리"}}


def test_long_brackets_and_ages_after_a_name(ko: KoreanPipeline) -> None:
    """(조선일보 style) a name's own spelling may outrun a short window (X(Olena Kovalchuk)도 …
    기소됐다), and a romanization may close on an age (A(Kim Kwang Jin·27), B(…·30) 등 2명을)."""
    result = _read(ko, "이와 별도로 우크라이나 국적의 올레나 코발추크(Olena Kovalchuk)도 같은 "
                       "법원에 기소됐다.")
    assert defendants(result) == {"United States v. Olena Kovalchuk": {"올레나 코발추크"}}
    result = _read(ko, "조지아주 북부 연방 검찰은 북한 국적의 남궁철(Namgung Chol·27), "
                       "도명준(To Myong Jun·30) 등 2명을 전신사기 공모 혐의로 기소했다.")
    assert defendants(result) == {"United States v. Namgung Chol": {"남궁철", "도명준"}}


def test_a_family_name_alone_in_the_dative(ko: KoreanPipeline) -> None:
    """X에게는 … 혐의가 적용됐다: the family name alone with 에게는 is the person named before."""
    result = _read(ko, "미국 법무부는 애리조나주에 사는 캐럴 앤 위트모어(Carol Ann Whitmore)를 "
                       "체포했다고 밝혔다.\n공소장에 따르면 위트모어에게는 전신사기 공모 등의 "
                       "혐의가 적용됐다.")
    assert defendants(result) == {"United States v. Carol Ann Whitmore":
                                  {"캐럴 앤 위트모어"}}


def test_bracketed_latin_alone_makes_a_person(ko: KoreanPipeline) -> None:
    """지훈 송(Jihun Song): two words and two Latin words, a person; one word (조지아(Georgia),
    a state; 업셀러(UpSeller), a website), a quoted brand and a paper's name are not."""
    result = _read(ko, "이 사이트는 지훈 송(Jihun Song)이 관리했다.")
    assert "Jihun Song" in persons(result)
    for text in ("조지아(Georgia)에서 체포됐다.", "웹사이트 업셀러(UpSeller)를 운영했다.",
                 "회사 ‘블루 하버(Blue Harbor)’를 세웠다.",
                 "워싱턴 포스트(Washington Post)가 보도했다."):
        assert persons(_read(ko, text)) == set(), text


def test_a_list_of_charges_names_no_one(ko: KoreanPipeline) -> None:
    """전신사기 공모, 가중 신원도용, 금융상품 세탁 공모: four-syllable compounds of two known
    nouns in a list are charges, not names."""
    result = _read(ko, "공소장에 따르면 그에게는 전신사기 공모, 가중 신원도용, 금융상품 세탁 공모 "
                       "등의 혐의가 적용됐다.")
    assert persons(result) == set()


def groups(result: Extraction) -> dict[str, set[str]]:
    """unnamed defendants: their name -> the cases."""
    names = {e.id: e for e in result.entities}
    out: dict[str, set[str]] = {}
    for r in result.relations:
        if r.type == "DEFENDANT_IN" and names[r.source].unnamed:
            out.setdefault(names[r.source].name, set()).add(names[r.target].name)
    return out


def test_nationals_known_only_by_count(ko: KoreanPipeline) -> None:
    """(연합뉴스 style) 미국인 A와 중국 국적자 3명, 대만 국적자 1명을 기소했다: both groups are
    unnamed defendants of A's case; (KBS style) a passive lead (… 혐의로 북한 국적자 9명이 미국
    법원에 기소됐다) joins the one case the report names after it."""
    result = _read(ko, "(워싱턴=연합뉴스) 뉴욕 남부 연방 검찰은 미국인 토머스 그레인저(Thomas "
                       "Granger)와 중국 국적자 3명, 대만 국적자 1명을 전신사기 공모 혐의로 "
                       "기소했다.")
    case = "United States v. Thomas Granger"
    assert groups(result) == {"중국 국적자 3명": {case}, "대만 국적자 1명": {case}}
    lead = ("위장 취업으로 돈을 번 혐의로 북한 국적자 9명이 미국 법원에 기소됐다.\n"
            "회사 대표 남궁철(Namgung Chol)을 비롯해 도명준 등이 피고인 명단에 올랐다.")
    assert groups(_read(ko, lead)) == {"북한 국적자 9명": {"United States v. Namgung Chol"}}


def test_nationals_the_report_names_or_does_not_charge(ko: KoreanPipeline) -> None:
    """Look-alikes: a group the report names later (북한 국적자 2명 … 기소된 북한인은 A와 B이다)
    is no unnamed group; a plan (기소할 방침), a negation and a suspicion (혐의를 받고 있다)
    charge nobody."""
    named = ("미국 법무부는 북한 국적자 2명을 전신사기 혐의로 기소했다고 밝혔다.\n"
             "기소된 북한인은 남궁철(Namgung Chol)과 도명준이다.")
    result = _read(ko, named)
    assert groups(result) == {}
    assert set().union(*defendants(result).values()) == {"남궁철", "도명준"}
    lead = "미국 법무부는 남궁철을 사기 혐의로 기소했다.\n"
    for text in ("검찰은 중국 국적자 3명을 추가로 기소할 방침이다.",
                 "중국 국적자 3명은 기소되지 않았다.",
                 "중국 국적자 3명은 자금 세탁 혐의를 받고 있다."):
        assert groups(_read(ko, lead + text)) == {}, text


def test_a_quoted_website_then_its_latin_name(ko: KoreanPipeline) -> None:
    """웹사이트 '업셀러'(UpSeller): the quoted name and the bracket after the quote are one
    organization named in Latin; a quoted nickname with a bracket and no head word before it
    ('대니'(Danny)) is none."""
    result = _read(ko, "그는 웹사이트 '업셀러'(UpSeller)를 운영했다. 동생 '대니'(Danny)는 몰랐다.")
    assert {e.name for e in result.entities if e.type == "Organization"} == {"UpSeller"}


def charged_with(result: Extraction) -> dict[str, list[str]]:
    """named defendant -> the charges of their CHARGED_WITH."""
    names = {e.id: e for e in result.entities}
    return {min(names[r.source].mentions, key=lambda m: m.start).text:
            list(r.properties.get("charges", [])) for r in result.relations
            if r.type == "CHARGED_WITH" and not names[r.source].unnamed}


def test_charges_of_an_indictment(ko: KoreanPipeline) -> None:
    """A를 X 혐의로 기소했다 and A에게는 X 혐의가 적용됐다 state A's charges (modality charged);
    a suspicion without a charging verb, a plea and a listing without a charge do not."""
    result = _read(ko, "미국 법무부는 플로리다주에 사는 데릭 앨런 폴리(Derek Allen Foley)를 "
                       "전신사기 공모 혐의로 기소했다고 밝혔다.")
    assert charged_with(result) == {"데릭 앨런 폴리": ["전신사기 공모"]}
    assert {r.modality for r in result.relations if r.type == "CHARGED_WITH"} == {"charged"}
    lead = "미국 법무부는 플로리다주에 사는 데릭 앨런 폴리(Derek Allen Foley)를 기소했다.\n"
    for text in ("폴리는 자금세탁 혐의를 받고 있다.", "폴리는 지난달 사기 혐의를 인정했다.",
                 "같은 공소장에는 리나 저우(Lina Zhou), 웨이 탕(Wei Tang)이라는 이름을 쓰는 "
                 "외국인 2명도 피고인으로 올랐다."):
        assert charged_with(_read(ko, lead + text)) == {}, text
