"""Korean designations and statements whose actor is named in a way the subject particle
alone does not give: a state's government (캐나다 정부는), a body by its short name in
brackets (유럽연합(EU)은), ministers (3개 부처 장관은), a state pair in one word (한미
양국은), and a designator named only in the report's lede. Every sentence is made up for
the test, with invented names; each construction is paired with a look-alike."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction
from tests.lang_facts import designated, relations_as_written


def _read(ko: KoreanPipeline, text: str, issuer: str = "US") -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-02-03", language="ko",
                                         doc_type="news", issuers=[{"country": issuer}]))


def test_other_states_government_designates_for_itself(ko: KoreanPipeline) -> None:
    """"캐나다 정부는 X를 지정했다": Canada, never the issuing state; a state the gazetteer
    does not know (포르투갈 정부는) gives no designator at all; bare 정부 is the issuer."""
    canada = _read(ko, "캐나다 정부는 조선백마무역회사를 독자제재 대상으로 지정했다.")
    assert designated(canada) == {("country:CA", "조선백마무역회사")}
    unknown = _read(ko, "포르투갈 정부는 조선백마무역회사를 독자제재 대상으로 지정했다.")
    assert not designated(unknown)
    own = _read(ko, "정부는 조선백마무역회사를 독자제재 대상으로 지정했다.")
    assert designated(own) == {("country:US", "조선백마무역회사")}


def test_body_by_its_bracketed_short_name_is_the_actor(ko: KoreanPipeline) -> None:
    """"유럽연합(EU)은 X를 제재 명단에 올렸다": the union lists X, not the issuing state."""
    result = _read(ko, "유럽연합(EU)은 조선천마산회사를 자체 제재 명단에 올렸다.")
    assert {source for source, _ in designated(result)} == {"agency:european-union"}


def test_ministers_and_a_state_pair_issue_a_statement(ko: KoreanPipeline) -> None:
    """"A, B, C 3개 부처 장관은 … 공동성명을 발표했다": the three ministries; "한미 양국은
    … 합동 주의보를 냈다": both states (and "지난해 10월" is no part of the title)."""
    ministers = _read(ko, "한국 외교부와 일본 외무성, 미국 국무부 3개 부처 장관은 3일 북한의 "
                          "사이버 위협에 관한 공동성명을 발표했다.")
    assert len({s for s, _ in relations_as_written(ministers, "ISSUED")}) == 3
    pair = _read(ko, "한미 양국은 지난해 10월 북한 해커에 관한 합동 주의보를 냈다.")
    assert {s for s, _ in relations_as_written(pair, "ISSUED")} == {"country:KR", "country:US"}
    assert all("지난해" not in e.name for e in pair.entities if e.type == "Advisory")
    together = _read(ko, "외교부, 국가정보원, 경찰청 등 관계부처는 27일 '북한 해커 식별 지침'을 "
                         "합동으로 발표했다.", issuer="KR")
    assert len(relations_as_written(together, "ISSUED")) == 3


def test_designator_named_only_in_the_lede(ko: KoreanPipeline) -> None:
    """A lede whose subject is the issuing state ("미국 정부가 … 철퇴를 내렸다"), then an
    agentless passive ("A와 B가 제재 명단에 올랐다"): the lede's state designated them.
    Look-alike: a state that only spoke in the lede (한국 정부가 우려를 표명했다) is no
    designator of a report about another state's act."""
    result = _read(ko, "미국 정부가 북한 해커 조직에 철퇴를 내렸다. 조선칠보산무역회사와 "
                       "조선대동강기술회사가 제재 명단에 올랐다.")
    assert designated(result) == {("country:US", "조선칠보산무역회사"),
                                  ("country:US", "조선대동강기술회사")}
    other = _read(ko, "한국 정부가 북한 해커 조직에 우려를 표명했다. 조선칠보산무역회사와 "
                      "조선대동강기술회사가 제재 명단에 올랐다.")
    assert not {source for source, _ in designated(other)} & {"country:KR"}


def test_demand_plan_and_review_are_no_acts(ko: KoreanPipeline) -> None:
    """Look-alikes: a sentence demanded (구형), a designation under review (검토 중) or
    recalled without a date (지정한 바 있다) gives nothing."""
    result = _read(ko, "미 검찰은 조력자 마이클 던스턴에게 징역 10년을 구형했다. 재무부는 "
                       "조선은하수회사에 대한 제재 여부를 검토 중이다. 재무부는 "
                       "조선만경대무역회사를 제재 대상으로 지정한 바 있다.")
    assert not result.relations
