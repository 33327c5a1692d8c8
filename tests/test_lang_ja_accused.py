"""Japanese news and notices in constructions first met in released fresh documents
(session 25), through the real GiNZA pipeline. The paragraphs are our own wording with
invented names: the accused named by family name and title (X被告, A、B両被告), a notice
that counts its targets and sends them to its annex (対象者　別紙のとおり), a period inside a
bracketed definition, katakana state names glued into other words, statements described
rather than named (同趣旨のガイダンス), and katakana or legal words a recognizer takes for
bodies. Each rule has a look-alike that must not fire."""

from __future__ import annotations

import pytest

from extract.lang.common import sentences
from extract.lang.ja import JapanesePipeline
from extract.lang.native import load_native
from graph.model import DocumentMeta, Extraction


@pytest.fixture(scope="module")
def ja() -> JapanesePipeline:
    return JapanesePipeline(load_native())


def run(ja: JapanesePipeline, text: str) -> Extraction:
    return ja.extract(text, DocumentMeta(id="t", date="2026-02-03"))


def designated(result: Extraction) -> set[tuple[str, str]]:
    first = {e.id: e.name if e.type in ("Country", "Agency") else
             min(e.mentions, key=lambda m: m.start).text for e in result.entities}
    return {(first[r.source], first[r.target]) for r in result.relations
            if r.type == "DESIGNATED"}


_OFAC = "Office of Foreign Assets Control"
_ACCUSED = ("【ソウル共同】米司法省は12日、北朝鮮の朝鮮東海銀行の幹部パク・チョルミン被告（45）を"
            "起訴したと発表した。中国籍のリン・ジアハオ被告（31）とマカオ在住のジョン・ミラー被告"
            "（52）も起訴された。リン、ミラー両被告はパク被告の指示で送金を手配していた。"
            "米財務省外国資産管理室（OFAC）は11日、パク被告、リン被告、ミラー被告の3人を制裁対象"
            "に指定した。")


def test_the_accused_by_family_name_and_title_are_the_persons_named_before(
        ja: JapanesePipeline) -> None:
    result = run(ja, _ACCUSED)
    persons = {e.name: e for e in result.entities if e.type == "Person"}
    assert set(persons) == {"パク・チョルミン", "リン・ジアハオ", "ジョン・ミラー"}
    # リン、ミラー両被告: both names take the one title; ミラー is a Western family name,
    # the last part of the name
    assert {m.text for m in persons["ジョン・ミラー"].mentions} >= {"ミラー"}
    assert len(persons["リン・ジアハオ"].mentions) >= 3
    assert designated(result) == {(_OFAC, "パク・チョルミン"), (_OFAC, "リン・ジアハオ"),
                                  (_OFAC, "ジョン・ミラー")}


def test_a_family_name_two_persons_share_joins_neither(ja: JapanesePipeline) -> None:
    result = run(ja, "米司法省は、パク・チョルミン被告とパク・ソンホ被告を起訴した。米財務省外国"
                     "資産管理室（OFAC）は同日、パク被告を制裁対象に指定した。")
    assert not any(t in ("パク・チョルミン", "パク・ソンホ") for _, t in designated(result))


def test_a_title_without_a_name_before_it_is_no_reference(ja: JapanesePipeline) -> None:
    result = run(ja, "ミラー被告は、北朝鮮の朝鮮東海銀行に送金を手配していた。")
    assert all(e.name != "ジョン・ミラー" for e in result.entities)


_NOTICE = ("令和7年2月3日\n外務省\n財務省\n\n北朝鮮に関連する者に対する資産凍結等の措置について\n\n"
           "１　我が国は、米国及び英国と歩調を合わせ、北朝鮮の外貨獲得に関与する2団体及び3個人を、"
           "外国為替及び外国貿易法（以下「外為法」という。）に基づく資産凍結等の措置の対象として"
           "指定した。\n\n２　{refer}\n別紙のとおり。\n\n（別紙）\n１　団体（2団体）\n"
           "①ヘバラギ貿易会社（Haebaragi Trading Company）\n　所在地：スロバキア\n"
           "②ソンムル技術有限会社（Sonmul Technology LLC）\n　所在地：ロシア\n")


def test_counted_targets_sent_to_the_annex_are_its_items(ja: JapanesePipeline) -> None:
    result = run(ja, _NOTICE.format(refer="対象者"))
    assert designated(result) == {("Japan", "ヘバラギ貿易会社"), ("Japan", "ソンムル技術有限会社")}
    states = {e.id: e for e in result.entities if e.type == "Country"}
    seats = [states[r.target] for r in result.relations
             if r.type == "LOCATED_IN" and r.target in states]
    assert any(s.name == "Slovakia" and s.properties.get("code") == "SK" for s in seats)


def test_an_annex_of_the_measures_is_no_list_of_targets(ja: JapanesePipeline) -> None:
    result = run(ja, _NOTICE.format(refer="措置の内容"))
    assert designated(result) == set()


def test_a_period_inside_brackets_ends_no_sentence() -> None:
    text = "外為法（以下「外為法」という。）に基づき指定した。次の文。"
    assert [s.text(text) for s in sentences(text, "ja")] == [
        "外為法（以下「外為法」という。）に基づき指定した。", "次の文。"]


def test_a_state_name_glued_into_a_katakana_word_is_no_state(ja: JapanesePipeline) -> None:
    result = run(ja, "同社はインドアスポーツ施設を運営し、スロバキアとインドに拠点を置く。")
    assert {e.name for e in result.entities if e.type == "Country"} == {"Slovakia", "India"}


def test_a_statement_described_by_its_likeness_is_no_title(ja: JapanesePipeline) -> None:
    described = run(ja, "経済産業省は本日、注意喚起を公表した。英国も、これまでに同趣旨の"
                        "ガイダンスを公表している。")
    assert not any("同趣旨" in e.name or e.name == "ガイダンス" for e in described.entities)
    named = run(ja, "英国は、北朝鮮IT労働者の雇用に関するガイダンスを公表した。")
    assert any(e.type == "Advisory" and "ガイダンス" in e.name for e in named.entities)


def test_a_paper_company_or_a_resolution_is_no_body(ja: JapanesePipeline) -> None:
    result = run(ja, "これは国際連合安全保障理事会決議に違反する。資金はマカオの"
                     "ペーパーカンパニーを通じて送られた。")
    assert not any(e.type == "Organization" for e in result.entities)
