"""Japanese news of designations that count their targets and name a few (session 27): a
name given as an example of the count (Xを含む3機関, 「X」など、…2団体1個人), the targets
named with が after an announcement that named none, and the names a counted report gives
for other parts (the quoted official, the body a target is under, the government that
acted, a bank whose branch officer is the target, the department whose office acted).
Our own wording with invented names; each construction has a look-alike that must not
give the relation."""

from __future__ import annotations

import pytest

from extract.lang.ja import JapanesePipeline
from graph.model import DocumentMeta

TREASURY, OFAC = "Department of the Treasury", "Office of Foreign Assets Control"
KR, JP, KR_MOFA = "South Korea", "Japan", "Ministry of Foreign Affairs of the Republic of Korea"
_CO = "朝鮮チョンウン貿易会社"
_SHENYANG = "瀋陽ソンファ情報技術有限公司"
_PAEK = "ペク・ヨンチョル"



def designated(ja: JapanesePipeline, text: str) -> set[tuple[str, str, str]]:
    """(designator, target as first written, date) of every designation."""
    result = ja.extract(text, DocumentMeta(id="t", date="2025-06-11"))
    names = {e.id: e for e in result.entities}
    first = {e.id: min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    return {(names[r.source].name, first[r.target], str(r.properties.get("date", "")))
            for r in result.relations if r.type == "DESIGNATED"}


def pairs(ja: JapanesePipeline, text: str) -> set[tuple[str, str]]:
    return {(source, target) for source, target, _ in designated(ja, text)}


@pytest.mark.parametrize(("text", "expected"), [
    # Xを含む N機関と個人N人を: X is one of the counted bodies
    ("韓国政府は10日、北朝鮮のIT人材による外貨稼ぎに関与したとして、朝鮮チョンウン貿易会社を"
     "含む3機関と個人4人を独自制裁の対象に指定した。", {(KR, _CO)}),
    # 「X」など、(a relative clause) N団体N個人を: the parser hangs X on the clause's verb
    ("政府は10日の閣議で、北朝鮮のIT技術者を派遣しているとされる朝鮮チョンウン貿易会社など、"
     "核・ミサイル開発に関与したと認められる2団体1個人を資産凍結の対象に指定した。", {(JP, _CO)}),
    # look-alike: Xなどと取引した N団体 (X is what they traded with)
    ("米財務省は10日、朝鮮チョンウン貿易会社などと取引した2団体を制裁対象に指定した。", set()),
])
def test_example_of_the_count(ja: JapanesePipeline, text: str,
                              expected: set[tuple[str, str]]) -> None:
    assert pairs(ja, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an announcement that names no target, then AとBが対象となった (a body and its officer)
    ("米財務省は10日、北朝鮮のIT技術者の派遣を担ったとして新たな制裁を発表した。朝鮮チョンウン"
     "貿易会社と、その代表を務めるペク・ヨンチョル氏が対象となった。",
     {(TREASURY, _CO), (TREASURY, _PAEK)}),
    # look-alike: a plan announced, then who would be listed
    ("米財務省は10日、北朝鮮のIT技術者の派遣を巡り新たな制裁を検討していると明らかにした。"
     "朝鮮チョンウン貿易会社が対象となる見通しだ。", set()),
    # look-alike: Yも対象になり得る (a possibility), Zもすでに対象になっている (a standing status)
    ("米財務省は10日、朝鮮チョンウン貿易会社を制裁対象に指定した。ペク・ヨンチョル氏も対象に"
     "なり得る。瀋陽ソンファ情報技術有限公司もすでに制裁対象になっている。", {(TREASURY, _CO)}),
])
def test_named_after_an_announcement(ja: JapanesePipeline, text: str,
                                     expected: set[tuple[str, str]]) -> None:
    assert pairs(ja, text) == expected


def test_quoted_official_is_no_counted_target(ja: JapanesePipeline) -> None:
    # the count is filled by the names after it; the official quoted is not one of them
    text = ("米財務省は10日、北朝鮮のIT技術者を支援したとして、1個人と1団体に制裁を科したと発表"
            "した。対象は朝鮮チョンウン貿易会社。ジョン・スミス財務次官は声明で「北朝鮮の資金源を"
            "断つ。あらゆる手段を使う」と述べた。")
    assert pairs(ja, text) == {(TREASURY, _CO)}


def test_body_above_a_target_is_no_counted_target(ja: JapanesePipeline) -> None:
    text = ("米財務省外国資産管理局（OFAC）は10日、個人2名と機関2カ所を制裁すると発表した。"
            "制裁対象となった個人は、ペク・ヨンチョルと、ロシア国籍のイワン・ソコロフだ。"
            "OFACはまた、朝鮮人民軍総政治局傘下の企業である「朝鮮チョンウン貿易会社」と、中国の"
            "「瀋陽ソンファ情報技術有限公司」が北朝鮮IT労働者の就労に関与したとみなし、制裁対象に"
            "指定した。朝鮮チョンウン貿易会社は総政治局の傘下組織だ。")
    targets = {target for _, target in pairs(ja, text)}
    assert {_CO, _SHENYANG, _PAEK, "イワン・ソコロフ"} <= targets
    assert not any("総政治局" in target for target in targets)


def test_office_over_its_department(ja: JapanesePipeline) -> None:
    # the lead's department sanctioned "2 persons"; the body names the office that acted
    text = ("米財務省は、北朝鮮のIT労働者網に関与した関係者1名に対して、新たに制裁を科した。\n"
            "米財務省外国資産管理局(OFAC)は6月10日、北朝鮮籍のペク・ヨンチョル氏を制裁対象に"
            "指定した。")
    assert pairs(ja, text) == {(OFAC, _PAEK)}
    # look-alike: the department's own act on another, dated day is another act
    text = ("米財務省外国資産管理局（OFAC）は6月10日、朝鮮チョンウン貿易会社を制裁対象に指定した。"
            "米財務省は2023年5月23日にも同社を制裁対象に指定している。")
    assert designated(ja, text) == {(OFAC, _CO, "2025-06-10"), (TREASURY, _CO, "2023-05-23")}


def test_leader_of_the_government_is_no_target(ja: JapanesePipeline) -> None:
    text = ("韓国外交部は10日、北朝鮮の個人2人を独自制裁の対象に指定した。朴槿恵(パク・クネ)政権は"
            "2016年、計5回にわたって個人30人を独自制裁の対象に指定した。")
    assert not any(target.startswith(("朴槿恵", "パク・クネ")) for _, target in pairs(ja, text))


def test_bank_of_a_branch_officer_is_no_target(ja: JapanesePipeline) -> None:
    text = ("韓国外交部は10日、北朝鮮のIT人材の外貨稼ぎに関与した4個人を独自制裁の対象に指定した。"
            "ハンガン開発銀行の中国丹東支店の代表を務める人物も新たに制裁の対象となった。")
    assert not any("ハンガン" in target for _, target in pairs(ja, text))


def test_parent_of_a_coordinated_item_is_no_parent_of_the_next(ja: JapanesePipeline) -> None:
    # A傘下のIT企業と、B傘下のIT企業: B is the second company's parent, not under A
    text = ("韓国外交部は10日、3機関を独自制裁の対象に指定した。3機関には北朝鮮国防省傘下のIT企業"
            "と、朝鮮労働党軍需工業部傘下のIT企業が含まれている。")
    result = ja.extract(text, DocumentMeta(id="t", date="2025-06-11"))
    assert not [r for r in result.relations if r.type == "CONTROLLED_BY"]
    # the unit right after its parent's 傘下 is still under it
    text = "政府は10日、偵察総局傘下のアンダリエルを資産凍結の対象に指定した。"
    result = ja.extract(text, DocumentMeta(id="t", date="2025-06-11"))
    names = {e.id: e.name for e in result.entities}
    assert {(names[r.source], names[r.target]) for r in result.relations
            if r.type == "CONTROLLED_BY"} == {("Andariel", "Reconnaissance General Bureau")}


def test_bracketed_group_names_in_a_list_are_designated(ja: JapanesePipeline) -> None:
    # 外務省によると対象の団体は ▽「A」▽「B」の2団体: the kind after 対象の, names in brackets
    text = ("政府は10日、北朝鮮のサイバー活動に関与した2団体を資産凍結の対象として追加指定する"
            "ことを閣議で了解した。外務省によると対象の団体は、▽「アンダリエル」▽「ブルーノロフ」の2団体"
            "です。")
    assert pairs(ja, text) == {(JP, "アンダリエル"), (JP, "ブルーノロフ")}


def test_followup_targets_keep_the_designator_before_them(ja: JapanesePipeline) -> None:
    # 制裁対象は…: the Treasury's targets, though a later "政府" (governments of others)
    # would be the document's own state; the company whose officers are counted is no target
    text = ("米財務省は30日、北朝鮮の核開発に関与したとして、9個人・団体を新たに制裁対象に指定した"
            "と発表した。日本、韓国と連携して行った。\n"
            "制裁対象は、偵察総局傘下の「チョンウン・トレーディング」社の幹部ら8人とハッカー集団"
            "「ソンボン」。ソンボンは欧州などの政府に攻撃を仕掛けていたとされる。")
    assert pairs(ja, text) == {(TREASURY, "ソンボン")}


def test_common_noun_is_no_person(ja: JapanesePipeline) -> None:
    text = ("米国は10日、8個人と2団体に対する新たな制裁措置を発表した。制裁対象者には、北朝鮮の"
            "銀行家、ペク・ヨンチョルとテ・ミンソクが含まれている。")
    result = ja.extract(text, DocumentMeta(id="t", date="2025-06-11"))
    assert "銀行家" not in {e.name for e in result.entities}
    assert {target for _, target in pairs(ja, text)} == {_PAEK, "テ・ミンソク"}


@pytest.mark.parametrize(("text", "expected"), [
    # a report about the US: its bare 財務省 is the Treasury
    ("【ワシントン共同】米政府は10日、北朝鮮のIT労働者に関する制裁を発表した。財務省は、朝鮮"
     "チョンウン貿易会社を制裁対象に指定した。", {(TREASURY, _CO)}),
    # look-alike: a Japanese report names its government first; 財務省 is Japan's
    ("政府は10日、北朝鮮への追加制裁を決めた。財務省は、朝鮮チョンウン貿易会社を資産凍結等の"
     "措置の対象に指定した。米国も同日、同社を制裁対象に加えた。",
     {("Ministry of Finance of Japan", _CO), ("United States", _CO)}),
])
def test_bare_ministry_in_a_us_report(ja: JapanesePipeline, text: str,
                                      expected: set[tuple[str, str]]) -> None:
    assert pairs(ja, text) == expected


def test_further_target_after_a_describing_sentence(ja: JapanesePipeline) -> None:
    # the lead announces, the next sentence describes, Yも対象になった joins the lead's act
    text = ("米財務省は10日、北朝鮮によるIT技術者の派遣を巡り、新たな制裁を発表した。ロシアを拠点"
            "とする朝鮮チョンウン貿易会社は、北朝鮮のIT技術者を多数雇用していた。同社の代表"
            "ペク・ヨンチョル氏も制裁対象になった。")
    assert pairs(ja, text) == {(TREASURY, _PAEK)}
    # look-alike: a plan in the lead joins nothing
    text = ("米財務省は10日、北朝鮮によるIT技術者の派遣を巡り、新たな制裁を検討していると明らかに"
            "した。朝鮮チョンウン貿易会社は、北朝鮮のIT技術者を多数雇用していた。同社の代表"
            "ペク・ヨンチョル氏も制裁対象になる見通しだ。")
    assert pairs(ja, text) == set()
