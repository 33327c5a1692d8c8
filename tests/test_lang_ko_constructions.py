"""Constructions of real Korean releases and reports that the dev documents did not all
have: labelled list fields, paragraph marks, long bracketed Latin names, genitive
designators, owners named beside a target, accused persons with their ages, a case named
once. Through the real Kiwi pipeline; every sentence and name is invented for the test,
and each rule has a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction

KR = [{"country": "KR", "agency": "Ministry of Foreign Affairs"}]


def _read(ko: KoreanPipeline, text: str, issuers: list[dict[str, str]] | None = None,
          title: str = "") -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-02-03", language="ko",
                                         doc_type="news", title=title, issuers=issuers or []))


def _first(result: Extraction, entity_id: str) -> str:
    entity = next(e for e in result.entities if e.id == entity_id)
    return min(entity.mentions, key=lambda m: m.start).text


def related(result: Extraction, kind: str) -> set[tuple[str, str]]:
    """(source id, the target's first mention) of every relation of `kind`."""
    return {(r.source, _first(result, r.target)) for r in result.relations if r.type == kind}


def defendants(result: Extraction) -> set[str]:
    return {_first(result, r.source) for r in result.relations if r.type == "DEFENDANT_IN"}


def labelled(result: Extraction, text: str) -> str:
    return next(e.type for e in result.entities if any(m.text == text for m in e.mentions))


LIST = ("외교부는 3일 개인 2명과 기관 2개를 독자제재 대상으로 새로 지정하였다.\n"
        "□ 추가 지정 대상은 아래와 같다.\n"
        "가. 개인(2명)\n"
        "1. 성명: 모태근(Mo Thae Gun) / 소속: 조선푸른물은행\n"
        "2. 성명: Tobias Wren Halloway / 국적: 싱가포르\n"
        "나. 기관(2개)\n"
        "1. 명칭: 솔바람무역(Solbaram Trading)\n"
        "2. 명칭: Grey Heron Marine Co. Ltd\n")


def test_labelled_fields_name_persons_and_bodies_under_a_list_announced_below(
        ko: KoreanPipeline) -> None:
    """아래와 같다 announces the list; 성명: gives a person whatever its script, 명칭: a
    body with its whole name; the field after the name (소속:, 국적:) is no target."""
    result = _read(ko, LIST, KR)
    assert related(result, "DESIGNATED") == {
        ("country:KR", "모태근"), ("country:KR", "Tobias Wren Halloway"),
        ("country:KR", "솔바람무역"), ("country:KR", "Grey Heron Marine Co. Ltd")}
    assert labelled(result, "Tobias Wren Halloway") == "Person"
    assert labelled(result, "Grey Heron Marine Co. Ltd") == "Organization"
    assert not any(m.text == "Ltd" for e in result.entities for m in e.mentions)


def test_a_label_with_no_name_names_nobody(ko: KoreanPipeline) -> None:
    result = _read(ko, "1. 성명: 미상 / 국적: 싱가포르\n2. 명칭: 확인 중\n", KR)
    assert not [e for e in result.entities if e.type in ("Person", "Organization")]


def test_a_marked_paragraph_of_prose_is_no_list_item(ko: KoreanPipeline) -> None:
    """□ marks paragraphs as well as items: a closed sentence that names a body deep inside
    it is prose, not the next target; the peninsula is a place, never a person."""
    text = ("□ 정부는 3일 개인 2명을 독자제재 대상으로 새로 지정하였다.\n"
            "□ 이번 지정은 한반도 정세를 흔드는 도발에 대한 대응으로 조선푸른물은행 거래도 "
            "살펴본 결과이다.\n")
    result = _read(ko, text, KR)
    assert related(result, "DESIGNATED") == set()
    assert not [e for e in result.entities if e.type == "Person"]


def test_a_marked_item_that_names_first_is_still_an_item(ko: KoreanPipeline) -> None:
    text = ("외교부는 3일 다음의 개인 1명을 독자제재 대상으로 지정하였다.\n"
            "- 모태근(Mo Thae Gun): 조선푸른물은행 소속으로 불법 금융거래에 관여하였다.\n")
    assert ("country:KR", "모태근") in related(_read(ko, text, KR), "DESIGNATED")


SANCTION = "미국 재무부는 2일 개인 1명과 기관 2곳을 제재한다고 발표했다. "


def test_passive_subjects_with_long_bracketed_latin_names(ko: KoreanPipeline) -> None:
    """A company's Latin name in brackets may run past 40 characters (Co., Ltd); the
    particle after the bracket marks the name, and the two are coordinated."""
    text = SANCTION + ("중국 다롄에 있는 다롄청솔네트워크기술"
                       "(Dalian Chongsol Network Technology Co., Ltd)과 "
                       "조선은빛무역회사(Korea Unbit Trading Corporation)도 같은 날 명단에 올랐다.")
    result = _read(ko, text, [{"country": "US"}])
    assert {t for _, t in related(result, "DESIGNATED")} == {"다롄청솔네트워크기술",
                                                             "조선은빛무역회사"}


def test_a_wanted_list_with_long_brackets_is_no_sanctions_list(ko: KoreanPipeline) -> None:
    text = SANCTION + ("다롄청솔네트워크기술(Dalian Chongsol Network Technology Co., Ltd)과 "
                       "조선은빛무역회사(Korea Unbit Trading Corporation)도 수배 명단에 올랐다.")
    assert related(_read(ko, text, [{"country": "US"}]), "DESIGNATED") == set()


def test_the_owner_of_a_target_is_no_target(ko: KoreanPipeline) -> None:
    """X의 위장 회사인 Y, X가 세운 Y: only Y is sanctioned; X says whose Y is."""
    result = _read(ko, "재무부는 2일 북한 군수공업부의 위장 회사인 조선은빛무역회사를 "
                       "제재했다. 재무부는 같은 날 은하솔기술교류사가 세운 청송정보회사를 "
                       "제재했다.", [{"country": "US"}])
    assert {t for _, t in related(result, "DESIGNATED")} == {"조선은빛무역회사", "청송정보회사"}


def test_two_bodies_sanctioned_together_are_both_targets(ko: KoreanPipeline) -> None:
    result = _read(ko, "재무부는 2일 은하솔기술교류사와 청송정보회사를 제재했다.",
                   [{"country": "US"}])
    assert {t for _, t in related(result, "DESIGNATED")} == {"은하솔기술교류사", "청송정보회사"}


def test_the_state_whose_sanction_it_is_designates(ko: KoreanPipeline) -> None:
    """X가 한국 정부의 독자제재 대상으로 지정됐다: the genitive names the designator, even
    where the document lists no issuer."""
    result = _read(ko, "북한 정찰총국 산하 은하솔기술교류사가 한국 정부의 독자제재 대상으로 "
                       "지정됐다.")
    assert related(result, "DESIGNATED") == {("country:KR", "은하솔기술교류사")}


def test_a_target_of_a_sanction_described_is_not_designated(ko: KoreanPipeline) -> None:
    result = _read(ko, "미국의 제재 대상인 은하솔기술교류사는 중국에 사무소를 두고 있다.")
    assert related(result, "DESIGNATED") == set()


def test_three_governments_that_put_out_a_quoted_statement_issue_it(
        ko: KoreanPipeline) -> None:
    """'…공동성명'을 내고: the ASCII quote closes the title; 3국 정부는 is the three states
    named before it, not the document's own government."""
    result = _read(ko, "한국·미국·일본 3국 정부는 같은 날 '북한 IT 노동자에 관한 공동성명'을 "
                       "내고 기업들에 주의를 당부했다.", [{"country": "US"}])
    assert {s for s, _ in related(result, "ISSUED")} == {"country:KR", "country:US",
                                                         "country:JP"}


def test_a_statement_welcomed_is_not_issued(ko: KoreanPipeline) -> None:
    result = _read(ko, "외교부는 '북한 IT 노동자에 관한 공동성명'을 환영했다.", KR)
    assert related(result, "ISSUED") == set()


def test_an_advisory_title_does_not_open_with_the_day(ko: KoreanPipeline) -> None:
    result = _read(ko, "경찰청은 같은 날 기업 대상 권고문을 배포했다.", KR)
    assert {t for _, t in related(result, "ISSUED")} == {"기업 대상 권고문"}


def test_a_western_name_takes_its_bracketed_latin_spelling(ko: KoreanPipeline) -> None:
    result = _read(ko, SANCTION + "러시아 국적의 드미트리 파블로비치 소콜로프(Dmitry Pavlovich "
                                  "Sokolov)가 제재 대상으로 지정됐다.", [{"country": "US"}])
    persons = [e for e in result.entities if e.type == "Person"]
    assert [p.name for p in persons] == ["Dmitry Pavlovich Sokolov"]
    assert not [e for e in result.entities if e.type == "Organization" and "Pavlovich" in e.name]


def test_a_newspaper_with_its_latin_name_is_no_person(ko: KoreanPipeline) -> None:
    result = _read(ko, "미국 뉴욕 타임스(New York Times)는 이 소식을 보도했다.")
    assert not [e for e in result.entities if e.type == "Person"]


def test_the_copula_after_a_company_name(ko: KoreanPipeline) -> None:
    result = _read(ko, "재무부는 23일 개인과 기관을 제재한다고 발표했다. 대상은 한도윤과 "
                       "마성철, 그리고 청운솔기술교류사다.", [{"country": "US"}])
    assert "청운솔기술교류사" in {t for _, t in related(result, "DESIGNATED")}


CASE = "미국 법무부는 18일 북한 IT 노동자들의 위장 취업을 도운 미국인 조력자 두 명을 기소했다. "


def test_the_accused_named_with_their_ages_after_the_court(ko: KoreanPipeline) -> None:
    """A report names the US department once; 기소된 피고인은 A(41)와 B(35)이다 in the next
    sentence is the same American case, and a name with an age is a person's."""
    result = _read(ko, CASE + "기소된 피고인은 한승표(41)와 노가연(35)이다.")
    assert defendants(result) == {"한승표", "노가연"}
    assert any(e.type == "Case" and e.name.endswith("Han Sung Phyo") for e in result.entities)


def test_a_case_in_another_country_names_no_us_defendant(ko: KoreanPipeline) -> None:
    result = _read(ko, "중국 법원은 18일 조력자 두 명을 기소했다. 기소된 피고인은 한승표(41)와 "
                       "노가연(35)이다.")
    assert defendants(result) == set()


def test_counts_in_brackets_after_common_nouns_are_no_ages(ko: KoreanPipeline) -> None:
    result = _read(ko, "인원(40)과 예산(12)은 그대로다.")
    assert not [e for e in result.entities if e.type == "Person"]


def test_a_co_defendant_is_sentenced_in_the_first_case(ko: KoreanPipeline) -> None:
    """함께 기소된 B는 … 선고받았다: B's sentence belongs to the case of the first
    sentencing; a person sentenced in a separate case keeps a case of their own."""
    result = _read(ko, "미국 연방법원은 노트북 농장을 운영한 탁재민(39)에게 징역 8년을 선고했다. "
                       "함께 기소된 공순례는 징역 3년을 선고받았다. 별도 재판을 받은 "
                       "연보미는 징역 2년을 선고받았다.")
    cases = {r.source: r.target for r in result.relations if r.type == "SENTENCED"}
    by_name = {_first(result, s): t for s, t in cases.items()}
    assert by_name["공순례"] == by_name["탁재민"]
    assert by_name["연보미"] != by_name["탁재민"]


def test_a_list_announced_below_with_wa(ko: KoreanPipeline) -> None:
    """아래와 같다 (vowel-final 아래 takes 와) announces the list as 다음과 같다 does; a list
    a plan announces (아래와 같이 검토 중) lists nobody."""
    items = "\n- 모태근(Mo Thae Gun)\n- 남궁혜란(Namgung Hye Ran)\n"
    announced = _read(ko, "□ 정부의 추가 지정 대상은 아래와 같다." + items, KR)
    assert {t for _, t in related(announced, "DESIGNATED")} == {"모태근", "남궁혜란"}
    planned = _read(ko, "□ 지정 대상은 아래와 같이 검토 중이다." + items, KR)
    assert related(planned, "DESIGNATED") == set()


def test_a_second_state_also_designates_with_yeoksi(ko: KoreanPipeline) -> None:
    """미국 정부 역시 …을 제재 명단에 추가했다: "also" after the bare noun marks the
    designator; a body named in a person's post (X의 총책임자 A) is the post's, not a
    target."""
    result = _read(ko, "외교부는 23일 북한 기관 2곳과 개인 3명을 독자제재 대상으로 지정했다. "
                       "개인으로는 청운솔기술교류사의 총책임자 맹도식, 주러시아 대표 변규철 등이 "
                       "제재 명단에 올랐다. 미국 정부 역시 청운솔기술교류사와 총책임자인 맹도식 "
                       "등 개인 1명과 1개 단체를 제재 명단에 추가했다.", KR)
    assert related(result, "DESIGNATED") == {
        ("country:KR", "맹도식"), ("country:KR", "변규철"),
        ("country:US", "청운솔기술교류사"), ("country:US", "맹도식")}


def test_the_bank_in_a_persons_post_is_no_target(ko: KoreanPipeline) -> None:
    """A X은행 중국 단둥 대표가 지정됐다: A is designated, X is where A works; a bank joined
    to a person (X은행과 이 은행 대표 A) is a target."""
    post = _read(ko, "외교부는 28일 독자제재 대상을 추가로 지정했다고 밝혔다. 개인으로는 탁무룡 "
                     "백두솔개발은행 중국 단둥 대표가 새로 제재 대상으로 지정됐다.", KR)
    assert {t for _, t in related(post, "DESIGNATED")} == {"탁무룡"}
    joined = _read(ko, "외교부는 28일 백두솔개발은행과 이 은행 대표 탁무룡을 독자제재 대상으로 "
                       "지정했다.", KR)
    assert {t for _, t in related(joined, "DESIGNATED")} == {"백두솔개발은행", "탁무룡"}


def test_objects_of_a_connective_indictment(ko: KoreanPipeline) -> None:
    """A와 B를 기소하고 …: the connective form indicts too, even where an earlier object
    (가상화폐를) opens the clause; the prosecutor after 기소한 is no defendant."""
    result = _read(ko, "미국 조지아주 연방 검찰청은 가상화폐를 빼돌린 혐의로 북한 국적자 맹도식과 "
                       "변규철을 기소하고 이들에 대한 수배령을 내렸다. 검찰은 맹도식을 기소한 검사 "
                       "국수영을 칭찬했다.", title="북한 IT 인력 기소")
    assert defendants(result) == {"맹도식", "변규철"}


def test_the_one_a_prosecutor_indicted_is_a_defendant(ko: KoreanPipeline) -> None:
    result = _read(ko, "미국 매사추세츠 연방 검찰청이 돈세탁 혐의로 기소한 탁무룡은 뉴저지에 산다.",
                   title="북한 IT 조력자 기소")
    assert defendants(result) == {"탁무룡"}


def _persons(result: Extraction) -> set[str]:
    return {_first(result, e.id) for e in result.entities if e.type == "Person"}


def test_western_defendants_by_demonym_coordination_and_cleft(ko: KoreanPipeline) -> None:
    """미국인 A와 B, 멕시코인 C가 기소됐다; 기소된 미국인은 A와 B이다: a demonym before a
    run, a run coordinated with a person's, the subject of a cleft over the accused."""
    listed = _read(ko, "미 법무부는 23일 사기 공모 사건을 공개했다. 북한 IT 노동자들을 도운 미국인 "
                       "에릭 톰슨과 캐럴 라이언, 멕시코인 호세 가르시아가 미국 연방 대배심에 의해 "
                       "기소됐다.", title="북한 IT 조력자 기소")
    assert defendants(listed) == {"에릭 톰슨", "캐럴 라이언", "호세 가르시아"}
    cleft = _read(ko, "미국 법무부는 23일 미국인 2명을 기소했다고 발표했다. 기소된 미국인은 에릭 "
                      "톰슨과 캐럴 라이언이다.", title="북한 IT 조력자 기소")
    assert defendants(cleft) == {"에릭 톰슨", "캐럴 라이언"}


def test_a_western_name_sentenced_in_the_dative(ko: KoreanPipeline) -> None:
    result = _read(ko, "미국 연방법원은 북한 IT 노동자를 도운 제이슨 브릭스에게 징역 102개월을 "
                       "선고했다.")
    assert _persons(result) == {"제이슨 브릭스"}
    assert any(r.type == "SENTENCED" and r.properties["months"] == 102
               for r in result.relations)


def test_runs_without_a_person_cue_are_no_persons(ko: KoreanPipeline) -> None:
    """A word in 인 that is no state (대리인), a fine in the dative, a run joined to no
    person: no Western person."""
    result = _read(ko, "대리인 그린 오크는 서류를 냈다. 법원은 블루 오크에게 벌금을 부과했다.")
    assert _persons(result) == set()
