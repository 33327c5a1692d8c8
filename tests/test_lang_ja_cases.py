"""US criminal cases as Japanese news reports them (extract/lang/ja_cases.py), through the
real GiNZA pipeline. The reports are our own, in the styles of several agencies, with
invented names; each construction has a look-alike that must give no case: a plan to
charge, a prosecutor's request, a suspicion or arrest without charge, a case of another
country's courts, a quoted speaker."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from graph.model import Extraction
from tests.ja_text import run as run_ja


def run(ja: JapanesePipeline, text: str) -> Extraction:
    return run_ja(ja, text, "2026-03-05")


def defendants(result: Extraction) -> dict[str, set[str]]:
    """case name -> the first mention of each of its defendants."""
    first = {e.id: min(e.mentions, key=lambda m: m.start).text for e in result.entities
             if e.mentions}
    names = {e.id: e.name for e in result.entities}
    out: dict[str, set[str]] = {}
    for r in result.relations:
        if r.type == "DEFENDANT_IN":
            out.setdefault(names[r.target], set()).add(first[r.source])
    return out


def cases(result: Extraction) -> list[str]:
    return [e.name for e in result.entities if e.type == "Case"]


def test_a_jiji_style_indictment_names_the_case_after_its_first_defendant(
        ja: JapanesePipeline) -> None:
    result = run(ja, "【ワシントン時事】米司法省は4日、北朝鮮のIT技術者を手助けしたとして、"
                     "計3人が西部ネバダ州の連邦大陪審に起訴されたと発表した。起訴状によると、"
                     "北朝鮮籍のリ・ガンチョル被告は2021年から偽名で米企業の仕事を受注していた。"
                     "手助けした側として起訴されたのは、米国籍のダグラス・ウェイン・ハートリー"
                     "被告とカナダ国籍のソフィア・ルブラン容疑者。")
    assert cases(result) == ["United States v. リ・ガンチョル"]
    assert defendants(result) == {"United States v. リ・ガンチョル": {
        "リ・ガンチョル", "ダグラス・ウェイン・ハートリー", "ソフィア・ルブラン"}}
    located = {(r.source, r.target) for r in result.relations if r.type == "LOCATED_IN"}
    assert any(s.startswith("case:") for s, _ in located)


def test_a_kyodo_style_report_reads_a_pair_with_one_title(ja: JapanesePipeline) -> None:
    result = run(ja, "【ニューヨーク共同】米連邦検察は10日、北朝鮮への不正送金に関わったとして、"
                     "マレーシア国籍のタン・ウェイミン被告（41）とチャ・ミョンス被告（37）を"
                     "資金洗浄の共謀罪で起訴した。タン、チャ両被告は香港の口座を使っていた。")
    assert defendants(result) == {"United States v. タン・ウェイミン": {
        "タン・ウェイミン", "チャ・ミョンス"}}
    assert not any(e.name.endswith("両") for e in result.entities)


def test_an_nhk_style_sentencing_gives_the_term_and_the_plea(ja: JapanesePipeline) -> None:
    result = run(ja, "北朝鮮のIT労働者に自宅のパソコンを使わせていたとして電信詐欺の共謀などの罪に"
                     "問われたテキサス州のロバート・グレン・ファウラー被告に対し、南部テキサス州の"
                     "連邦地裁は2日、禁錮5年の判決を言い渡しました。被告は去年、罪を認めていました。")
    assert defendants(result) == {"United States v. ロバート・グレン・ファウラー": {
        "ロバート・グレン・ファウラー"}}
    sentenced = [r for r in result.relations if r.type == "SENTENCED"]
    assert [r.properties["months"] for r in sentenced] == [60]
    plea = [r for r in result.relations if r.type == "DEFENDANT_IN"]
    assert plea[0].properties.get("plea") == "guilty"


def test_a_nikkei_style_plea_by_name(ja: JapanesePipeline) -> None:
    result = run(ja, "米司法省は18日、北朝鮮のIT技術者の米企業への就職を助けたとして起訴されていた"
                     "ジェシカ・モラレス被告が、ワシントンの連邦地裁で有罪を認めたと発表した。")
    assert defendants(result) == {"United States v. ジェシカ・モラレス": {"ジェシカ・モラレス"}}


def test_a_plan_a_request_and_an_arrest_give_no_case(ja: JapanesePipeline) -> None:
    plan = run(ja, "米司法省は、北朝鮮のIT技術者を手助けしたヘンリー・ブラント氏を近く起訴する"
                   "方針だ。")
    request = run(ja, "米連邦検察は、ハンナ・クーパー被告に禁錮10年を求刑した。")
    arrest = run(ja, "米連邦捜査局（FBI）は、北朝鮮の労働者を手助けした疑いでピーター・ウォルシュ"
                     "容疑者を逮捕した。")
    for result in (plan, request, arrest):
        assert cases(result) == [] and defendants(result) == {}


def test_a_case_of_another_country_and_a_speaker_give_no_defendant(
        ja: JapanesePipeline) -> None:
    korea = run(ja, "北朝鮮のハッカーに協力したとして、キム・ドンヒョン被告が韓国の検察に"
                    "起訴された。")
    tokyo = run(ja, "東京地検は、北朝鮮のIT労働者に身分証を貸したとして、佐藤健一被告を"
                    "起訴した。")
    assert cases(korea) == [] and cases(tokyo) == []
    speaker = run(ja, "米司法省のマイケル・ロウ次官補は、ケビン・ドレイク被告が起訴されたと"
                      "述べた。")
    assert defendants(speaker) == {"United States v. ケビン・ドレイク": {"ケビン・ドレイク"}}


def test_a_group_known_by_nationality_also_charged_is_a_defendant(
        ja: JapanesePipeline) -> None:
    text = ("首都ワシントンの連邦地裁は3日、北朝鮮の労働者を手助けしたとして起訴されたマーク・"
            "ヘンダーソン被告に禁錮4年の判決を言い渡した。被告は昨年、罪を認めていた。"
            "中国籍の2人も同じ事件で起訴された。")
    result = run(ja, text)
    groups = [e for e in result.entities if e.type == "Person" and e.unnamed]
    assert [(g.name, g.properties.get("count")) for g in groups] == [("中国籍の2人", 2)]
    plea = [r for r in result.relations if r.type == "DEFENDANT_IN"
            and not r.source.startswith("person:t#")]
    assert plea and plea[0].properties.get("plea") == "guilty"
    assert len([r for r in result.relations if r.type == "DEFENDANT_IN"]) == 2
    # without "also" (も) a count of persons named in the report is no group of its own
    named = run(ja, "米司法省は、北朝鮮籍の2人が起訴されたと発表した。起訴状によると、"
                    "ペク・ミンジュン被告とオ・ソンギル被告は偽名で仕事を受注していた。")
    assert not [e for e in named.entities if e.type == "Person" and e.unnamed]


def test_a_lead_without_its_actor_takes_the_source_sentence_after_it(
        ja: JapanesePipeline) -> None:
    lead = "制裁対象に指定されたのは、北朝鮮の朝鮮ウンハ技術交流社と、同社幹部のコ・ミンチョル氏。"
    result = run(ja, lead + "米財務省が18日発表した。")
    names = {e.id: e.name for e in result.entities}
    got = {(names[r.source], names[r.target], r.properties.get("date"))
           for r in result.relations if r.type == "DESIGNATED"}
    assert ("Department of the Treasury", "コ・ミンチョル", "2026-03-18") in got
    assert len(got) == 2
    # a source sentence that says more is a sentence of its own; a planned listing is none
    more = run(ja, lead + "米財務省が18日発表した報告書で明らかになった。")
    plan = run(ja, "制裁対象に指定される見通しなのは、朝鮮ウンハ技術交流社。米財務省が18日"
                   "発表した。")
    for other in (more, plan):
        assert not [r for r in other.relations if r.type == "DESIGNATED"]


def test_the_charges_of_the_report_s_defendants(ja: JapanesePipeline) -> None:
    result = run(ja, "米司法省は2日、北朝鮮のIT技術者を手助けしたとして、米国籍のジョージ・"
                     "パーカー被告とケン・ヤマダ被告を起訴したと発表した。2人は通信詐欺の共謀などの"
                     "罪に問われている。有罪となれば、通信詐欺の共謀罪で最長20年の禁錮刑が科される。"
                     "ヤマダ被告は、無許可の送金業を営んだ罪でも別途起訴された。")
    names = {e.id: e.name for e in result.entities}
    charged = {(names[r.source], r.properties["charges"][0]) for r in result.relations
               if r.type == "CHARGED_WITH"}
    assert charged == {("ジョージ・パーカー", "通信詐欺の共謀"), ("ケン・ヤマダ", "通信詐欺の共謀")}
