"""Korean news reports of US cases in the shapes real reports take, through the real Kiwi
pipeline: defendants of several nationalities in one list, a relative clause over a
described person, a crackdown report whose lead names no charge, sentences received
without 선고. Every sentence is made up for the test, with invented names; each test pairs
the construction with a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction

US = [{"country": "US"}]


def _read(ko: KoreanPipeline, text: str, title: str = "미 법무부, 북한 IT 조력자 기소",
          ) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko", title=title,
                                         doc_type="news", issuers=US))


def _first(result: Extraction, entity_id: str) -> str:
    entity = next(e for e in result.entities if e.id == entity_id)
    return min(entity.mentions, key=lambda m: m.start).text


def _sources(result: Extraction, relation: str) -> set[str]:
    return {_first(result, r.source) for r in result.relations if r.type == relation}


def _persons(result: Extraction) -> set[str]:
    return {_first(result, e.id) for e in result.entities if e.type == "Person"}


def test_defendants_of_several_nationalities(ko: KoreanPipeline) -> None:
    """A와 B, 캐나다 국적의 C, 미국 국적자 D 등 4명을 기소: a citizenship before a name
    written by sound makes it a person (D: Kiwi reads 국적자 리사 as 이/리/사 in the
    sentence, right when the words are read alone), and a state's name between the
    coordinated names (캐나다) is no verb ending in 다 that would end the list."""
    result = _read(ko, "미국 법무부는 12일 북한 국적자 남궁현과 도지성, 캐나다 국적의 마커스 "
                       "펠트먼, 미국 국적자 리사 콘웨이 등 4명을 기소했다고 발표했다.")
    assert _sources(result, "DEFENDANT_IN") == {"남궁현", "도지성", "마커스 펠트먼", "리사 콘웨이"}


def test_citizenship_marks_only_the_name_right_after_it(ko: KoreanPipeline) -> None:
    """Look-alike: the citizenship of a ship (캐나다 국적의 화물선 X호) names no person."""
    result = _read(ko, "캐나다 국적의 화물선 노던 스타호가 지난달 항구에서 압류됐다.",
                   title="화물선 압류")
    assert not _persons(result)


def test_relative_clause_over_a_described_person(ko: KoreanPipeline) -> None:
    """…혐의로 기소한 뉴저지 출신 미국 국적자 X는: describing words between the verb and
    the name (Kiwi cuts 웰런 into two nouns; read after the citizenship, they join)."""
    result = _read(ko, "미국 법무부는 노트북 농장을 운영한 조력자들을 기소했다고 밝혔다. "
                       "매사추세츠 연방 검찰이 신원 도용 혐의 등으로 기소한 뉴저지 출신 미국 "
                       "국적자 트래비스 웰런은 자택에서 노트북 농장을 운영했다.")
    assert _sources(result, "DEFENDANT_IN") == {"트래비스 웰런"}


def test_relative_clause_look_alikes(ko: KoreanPipeline) -> None:
    """Not the one charged: the judge of the case (a clause of its own, 사건을 심리한),
    the brother of the one charged (the first name after the verb is the one charged)."""
    judge = _read(ko, "미국 법무부가 기소한 사건을 심리한 연방 판사 로널드 게이츠는 답하지 않았다.")
    assert _sources(judge, "DEFENDANT_IN") == set()
    brother = _read(ko, "미국 법무부가 기소한 남궁철의 동생 도명준은 한국에 산다.")
    assert _sources(brother, "DEFENDANT_IN") == {"남궁철"}


def test_charges_in_a_crackdown_report(ko: KoreanPipeline) -> None:
    """A crackdown report whose title and lead name no charge still reports the charges of
    its later sentences (미국인 A와 B가 체포 및 기소됐다; Kiwi reads B over its space as one
    proper noun)."""
    result = _read(ko, "법무부는 북한 IT 노동자 취업 사기에 대한 단속 결과를 발표했다. 이번 "
                       "단속으로 텍사스주에 사는 미국인 브랜든 콜리어와 멜리사 하워드가 체포 및 "
                       "기소됐다.", title="미 법무부 단속")
    assert _sources(result, "DEFENDANT_IN") == {"브랜든 콜리어", "멜리사 하워드"}


def test_a_sanctions_release_mentions_charges_in_passing(ko: KoreanPipeline) -> None:
    """Look-alike: a sanctions release's aside about an indictment names no case."""
    result = _read(ko, "재무부는 북한 IT 조직 관련 개인 2명을 제재 대상으로 지정했다. 이 가운데 "
                       "남궁철은 미국에서 기소됐다.", title="미 재무부 대북 제재")
    assert _sources(result, "DEFENDANT_IN") == set()


def test_sentence_received_without_the_word_sentence(ko: KoreanPipeline) -> None:
    """X는 … 징역 3년 형을 받았다: the sentence received; the maximum a charge carries
    (징역 20년형을 받을 수 있다) is none."""
    title = "북한 IT 노동자 도운 미국인 징역형"
    result = _read(ko, "북한 노동자에게 미국인 신분을 빌려준 케이시 밀러(33)는 미국 연방법원에서 "
                       "징역 3년 형을 받았다.", title=title)
    assert _sources(result, "SENTENCED") == {"케이시 밀러"}
    maximum = _read(ko, "케이시 밀러(33)는 미국 연방법원에서 최대 징역 20년형을 받을 수 있다.",
                    title=title)
    assert _sources(maximum, "SENTENCED") == set()


def test_descent_is_no_name(ko: KoreanPipeline) -> None:
    """한국계 미국인 X ("a Korean-American"): 한국계 is no person; a name that merely
    ends like it (도명인) still is."""
    result = _read(ko, "미국 연방법원은 한국계 미국인 남궁석에게 징역 6년을 선고했다. "
                       "도명인은 같은 날 기소됐다.", title="미국인 징역형")
    assert _persons(result) == {"남궁석", "도명인"}


def test_the_defendants_role_before_a_name_by_sound(ko: KoreanPipeline) -> None:
    """피고인 A와 …: the role word marks A as a person (Kiwi glues 과 onto A, 로웰과/NNP, in
    the sentence; read alone after the role word, A is two words) and A as a defendant."""
    result = _read(ko, "미 법무부는 2일 북한 IT 노동자 취업 사기에 가담한 혐의로 5명을 기소했다. "
                       "피고인 재닛 로웰과 남궁석 등은 2021년부터 노트북을 관리한 것으로 지목됐다.")
    assert "재닛 로웰" in _sources(result, "DEFENDANT_IN")


def test_a_role_word_after_a_name_is_no_part_of_it(ko: KoreanPipeline) -> None:
    """Look-alike: 로웰 피고는 ("defendant Lowell") is no person named "로웰 피고"."""
    result = _read(ko, "미 법무부는 2일 북한 IT 노동자 취업 사기 공모자들을 기소했다고 밝혔다. "
                       "로웰 피고는 애리조나주에서 체포됐다.")
    assert not any("피고" in name for name in _persons(result))


def test_charged_together_with_a_described_person(ko: KoreanPipeline) -> None:
    """B는 이날 같이 기소된 C와 함께: C is charged in B's case (같이 기소된 ties the
    sentence to the case, as 함께 기소된 does)."""
    result = _read(ko, "미 법무부는 2일 북한 국적자 도명준을 기소했다. 도명준은 이날 같이 "
                       "기소된 표영식과 함께 가짜 신분증을 썼다.")
    assert _sources(result, "DEFENDANT_IN") == {"도명준", "표영식"}


def test_the_sentence_a_charge_carries_is_not_received(ko: KoreanPipeline) -> None:
    """유죄로 인정될 경우 X는 최대 20년의 징역형을 선고받게 된다: what the charges carry,
    no sentence; the sentence received the same way is one."""
    carries = _read(ko, "미 법무부는 2일 북한 국적자 도명준을 기소했다. 혐의가 모두 유죄로 인정될 "
                        "경우 도명준은 최대 20년의 징역형을 선고받게 된다.")
    assert _sources(carries, "SENTENCED") == set()
    assert _sources(carries, "DEFENDANT_IN") == {"도명준"}
    received = _read(ko, "미 법무부는 2일 북한 국적자 도명준을 기소했다. 도명준은 이날 미국 "
                         "연방법원에서 20년의 징역형을 선고받았다.")
    assert _sources(received, "SENTENCED") == {"도명준"}


def _plea(result: Extraction) -> set[str]:
    return {_first(result, r.source) for r in result.relations
            if r.type == "DEFENDANT_IN" and r.properties.get("plea") == "guilty"}


def test_the_same_term_as_the_lead_gave(ko: KoreanPipeline) -> None:
    """The lead gives the term to someone it does not name, the next sentence names her:
    X는 … 이 같은 형량을 선고받았다 is a sentence of the lead's term; 혐의를 인정해 is her
    plea."""
    title = "북한 IT 노동자 도운 미국인 징역 7년"
    lead = "미국 법원이 북한 IT 노동자들의 원격 취업을 도운 미국인 여성에게 징역 7년을 선고했다.\n"
    result = _read(ko, lead + "오리건주에 사는 데보라 킨케이드는 통신 사기 등의 혐의를 인정해 이날 "
                              "미국 연방 지방법원에서 이 같은 형량을 선고받았다.", title=title)
    assert _sources(result, "SENTENCED") == {"데보라 킨케이드"}
    assert next(r.properties["months"] for r in result.relations
                if r.type == "SENTENCED") == 84
    assert _plea(result) == {"데보라 킨케이드"}


def test_the_same_term_needs_a_term_before(ko: KoreanPipeline) -> None:
    """Look-alike: "the same term" with no term given before it names no sentence; a charge
    denied (혐의를 인정하지 않았다) is no plea."""
    result = _read(ko, "오리건주에 사는 데보라 킨케이드는 통신 사기 혐의를 인정하지 않았다. 그의 "
                       "공범은 미국 연방 지방법원에서 이 같은 형량을 선고받았다.",
                   title="북한 IT 노동자 도운 미국인 재판")
    assert _sources(result, "SENTENCED") == set()
    assert _plea(result) == set()


def test_he_opening_the_sentencing_sentence(ko: KoreanPipeline) -> None:
    """그는 … 징역 7년을 선고받았다: "he" is the person the sentence before named last; a
    sentence he could receive (선고받을 수 있다) is none."""
    title = "북한 IT 노동자 도운 미국인 기소"
    result = _read(ko, "오리건주에 사는 데보라 킨케이드는 북한 IT 노동자에게 신분을 빌려준 혐의로 "
                       "기소됐다. 그는 20일 미국 연방 지방법원에서 징역 7년을 선고받았다.",
                   title=title)
    assert _sources(result, "SENTENCED") == {"데보라 킨케이드"}
    could = _read(ko, "데보라 킨케이드는 북한 IT 노동자에게 신분을 빌려줬다. 그녀는 연방 "
                      "법원에서 징역 30년형을 선고받을 수 있다.", title=title)
    assert _sources(could, "SENTENCED") == set()


def test_family_names_as_the_dprk_writes_them(ko: KoreanPipeline) -> None:
    """라성길 in a list of names (the DPRK keeps the initial ㄹ of 나): a person; a list of
    common nouns that open like family names (라디오, 신문, 방송) names nobody."""
    names = _read(ko, "외교부는 탁명호, 변철국, 라성길 등 3명을 독자제재 대상으로 지정했다.",
                  title="대북 독자제재")
    assert _persons(names) == {"탁명호", "변철국", "라성길"}
    media = _read(ko, "북한은 라디오, 신문, 방송으로 이 소식을 알렸다.", title="북한 보도")
    assert not _persons(media)
