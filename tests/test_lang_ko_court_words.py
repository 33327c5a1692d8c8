"""US court news in the words other Korean writers use, through the real Kiwi pipeline: an
indictment told as sending to trial or filing charges (검찰은 X를 재판에 넘겼다, 공소를
제기했다), a plea told as admitting the charges (X가 … 혐의를 인정했다). Invented names;
look-alikes: a denial (부인했다), a charge not admitted (인정하지 않았다), a trial planned
(재판에 넘길 예정이다)."""

from __future__ import annotations

from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, Extraction


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko",
                                         doc_type="indictment", issuers=[{"country": "US"}]))


def _defendants(result: Extraction) -> dict[str, dict[str, object]]:
    names = {e.id: e.name for e in result.entities}
    return {names[r.source]: r.properties for r in result.relations
            if r.type == "DEFENDANT_IN"}


def test_sent_to_trial_is_an_indictment(ko: KoreanPipeline) -> None:
    result = _read(ko, "미국 연방 검찰은 북한 IT 인력의 위장 취업을 도운 혐의로 텍사스주 주민 "
                       "레이먼드 벨(35)을 재판에 넘겼다.")
    assert set(_defendants(result)) == {"Reimondu Pel"}


def test_admitting_the_charges_is_a_plea(ko: KoreanPipeline) -> None:
    result = _read(ko, "미 법무부는 2일 조지아주의 트레버 하인즈(31)와 오하이오주의 네이선 "
                       "쿨리(27)가 전신사기 공모 혐의를 인정했다고 밝혔다.")
    defendants = _defendants(result)
    assert set(defendants) == {"Thurebo Hainju", "Neison Khulri"}
    assert all(p.get("plea") == "guilty" for p in defendants.values())


def test_a_denial_a_refusal_or_a_plan_is_no_case(ko: KoreanPipeline) -> None:
    for text in ("미 법무부는 2일 조지아주의 트레버 하인즈(31)가 전신사기 공모 혐의를 "
                 "부인했다고 밝혔다.",
                 "미 법무부는 2일 조지아주의 트레버 하인즈(31)가 전신사기 공모 혐의를 인정하지 "
                 "않았다고 밝혔다.",
                 "미 검찰은 조지아주의 트레버 하인즈(31)를 재판에 넘길 예정이다."):
        assert not _defendants(_read(ko, text)), text


def test_a_long_spanish_name_is_one_defendant(ko: KoreanPipeline) -> None:
    """Six words (given names, both family names and their particles) are one person, not a
    run of four and a second person of two."""
    result = _read(ko, "멕시코인 후안 카를로스 모레노 데 라스 피에드라스(Juan Carlos Moreno De Las "
                       "Piedras)가 기소됐다.")
    assert set(_defendants(result)) == {"Juan Carlos Moreno De Las Piedras"}


def test_a_cleft_list_joined_by_geurigo(ko: KoreanPipeline) -> None:
    """'A, B, 그리고 미국인 C이다': 그리고 ("and") joins the last item, no clause; the list of
    Korean names ends where a demonym opens the next item."""
    result = _read(ko, "기소된 혐의자는 북한 국적의 봉철겸(Pong Chol Gyom), 석수혁(Sok Su Hyok), "
                       "그리고 미국인 로널드 피크(48)이다.")
    assert set(_defendants(result)) == {"Pong Chol Gyom", "Sok Su Hyok", "Ronoldu Phikhu"}


def test_a_clause_ending_in_go_still_separates(ko: KoreanPipeline) -> None:
    """Look-alike: a clause ending in 고 between two names (A를 만나고 B를 기소했다) keeps A
    out of the charged list."""
    result = _read(ko, "검찰은 미국인 로널드 피크(48)를 만나고 돌아온 캐나다인 데릭 샌포드(41)를 "
                       "기소했다.")
    assert set(_defendants(result)) == {"Terik Saenphodu"}
