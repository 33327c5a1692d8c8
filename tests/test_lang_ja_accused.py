"""Japanese news and notices in constructions first met in released fresh documents
(session 25), through the real GiNZA pipeline. The paragraphs are our own wording with
invented names: the accused named by family name and title (X被告, A、B両被告), a notice
that counts its targets and sends them to its annex (対象者　別紙のとおり), a period inside a
bracketed definition, katakana state names glued into other words, statements described
rather than named (同趣旨のガイダンス), and katakana or legal words a recognizer takes for
bodies. Each rule has a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.common import sentences
from extract.lang.ja import JapanesePipeline
from graph.model import Extraction
from tests.ja_text import run


def designated(result: Extraction) -> set[tuple[str, str]]:
    first = {e.id: e.name if e.type in ("Country", "Agency") else
             min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
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


def test_an_official_by_family_name_and_post_is_a_person(ja: JapanesePipeline) -> None:
    result = run(ja, "米国務省のハーパー報道官は声明で「不正な収入源を断つ」と述べた。")
    assert {e.name for e in result.entities if e.type == "Person"} == {"ハーパー"}
    # the post after the full name named before: that person again
    again = run(ja, "米司法省のリサ・ハーパー次官補は会見した。ハーパー次官補は「追跡を続ける」と"
                    "述べた。")
    assert [e.name for e in again.entities if e.type == "Person"] == ["リサ・ハーパー"]
    # a katakana common noun before a post is no person
    none = run(ja, "同省のサイバー担当官は、セキュリティ大使の任命を歓迎した。")
    assert not any(e.type == "Person" for e in none.entities)


def test_a_prefectures_police_is_an_agency(ja: JapanesePipeline) -> None:
    result = run(ja, "静岡県警は10日、北朝鮮の技術者に仕事を仲介したとして会社役員を逮捕した。"
                     "同県警によると、全国の都道府県警察も注意を呼びかけている。")
    agencies = {e.name for e in result.entities if e.type == "Agency"}
    assert agencies == {"Shizuoka Prefectural Police"}
    assert not any(e.type == "Organization" and "静岡" in e.name for e in result.entities)


def test_an_agency_named_again_by_its_tail_is_that_agency(ja: JapanesePipeline) -> None:
    result = run(ja, "韓国外交部は8日、独自制裁を発表した。外交部は「国際社会と連携する」と"
                     "説明した。")
    assert [e.name for e in result.entities if e.type in ("Agency", "Organization")] == [
        "Ministry of Foreign Affairs of the Republic of Korea"]


def test_kinds_of_companies_and_groups_are_no_names(ja: JapanesePipeline) -> None:
    result = run(ja, "横浜市のソフトウェア会社の社員が、中国にいる技術者グループにアプリ開発会社を"
                     "通じて仕事を発注した。")
    assert not any(e.type == "Organization" for e in result.entities)


_LISTED = ("我が国政府は、北朝鮮によるIT労働者の派遣に関与する以下の2団体及び1個人について、"
           "資産凍結等の措置を講ずることを決定した。\n\n（1）団体\n"
           "・朝鮮ソナム技術交流会社（Korea Sonam Technology Exchange Company）：平壌所在。"
           "北朝鮮の軍需工業部傘下の企業。\n"
           "・延吉ミョンサン網絡有限公司（Yanji Myongsan Network Co., Ltd.）：中国吉林省所在。\n"
           "（2）個人\n・韓成男（ハン・ソンナム）：朝鮮ソナム技術交流会社の代表。\n")


def test_a_list_items_description_and_a_parent_named_as_an_item(ja: JapanesePipeline) -> None:
    """The sentence after an item's name on its line describes the item (the list goes
    on); a body that the person's line names as employer is still the item its own line
    heads."""
    result = run(ja, _LISTED)
    assert designated(result) == {("Japan", "朝鮮ソナム技術交流会社"),
                                  ("Japan", "延吉ミョンサン網絡有限公司"), ("Japan", "韓成男")}
    # the parent body named in prose after the list is no target
    prose = run(ja, "我が国政府は、以下の者について資産凍結等の措置を講ずることを決定した。\n\n"
                    "・韓成男（ハン・ソンナム）：朝鮮ソナム技術交流会社の代表。\n\n"
                    "朝鮮ソナム技術交流会社は、北朝鮮の軍需工業部傘下の企業である。\n")
    assert designated(prose) == {("Japan", "韓成男")}


def test_an_agency_coordinated_after_a_korean_one_is_korean(ja: JapanesePipeline) -> None:
    result = run(ja, "大韓民国外交部、警察庁は、10月20日、合同勧告を発表した。")
    assert "Korean National Police Agency" in {e.name for e in result.entities}
    japanese = run(ja, "外務省、警察庁は、10月20日、注意喚起を発表した。")
    assert "National Police Agency of Japan" in {e.name for e in japanese.entities}


def test_a_joint_advisory_named_by_its_states_is_no_company(ja: JapanesePipeline) -> None:
    result = run(ja, "米韓合同勧告「北朝鮮IT労働者の手口」は、本人確認の強化を求めている。")
    assert not any(e.type == "Organization" and "勧告" in e.name for e in result.entities)


_UNNAMED = ("２　我が国は、本日の閣議了解に基づき、北朝鮮のサイバー活動に関与する2団体及び3個人を、"
            "資産凍結等の措置の対象として{verb}。\n\n３　対象者\n別紙のとおり。\n\n（別紙）\n"
            "１　団体（2団体）\n①ヘバラギ貿易会社（Haebaragi Trading Company）\n"
            "②ソンムル技術有限会社（Sonmul Technology LLC）\n"
            "２　個人（3個人）\n北朝鮮籍の者を含む3名（氏名等は外務省告示による）\n")


def test_persons_counted_but_never_named_are_one_unnamed_group(ja: JapanesePipeline) -> None:
    result = run(ja, _UNNAMED.format(verb="新たに指定した"))
    groups = [e for e in result.entities if e.type == "Person"]
    assert [(g.unnamed, g.properties.get("count")) for g in groups] == [(True, 3)]
    assert ("Japan", "3個人") in designated(result)
    # a plan designates nobody
    planned = run(ja, _UNNAMED.format(verb="指定する予定である"))
    assert not any(e.type == "Person" for e in planned.entities)


def test_counted_persons_named_in_the_annex_make_no_group(ja: JapanesePipeline) -> None:
    """Nor does a count the text never describes again (3個人 alone, a news report's
    1個人): the annex tests above count persons and list only bodies."""
    named = _UNNAMED.replace("北朝鮮籍の者を含む3名（氏名等は外務省告示による）",
                             "①キム・ソンイル\n②リ・チョルミン\n③パク・ヨンホ")
    result = run(ja, named.format(verb="新たに指定した"))
    assert not any(e.type == "Person" and e.unnamed for e in result.entities)


def test_an_advisory_about_a_listed_group_warns_about_it(ja: JapanesePipeline) -> None:
    result = run(ja, "経済産業省は、本日、「北朝鮮IT労働者に関する発注企業への注意喚起」を"
                     "公表した。北朝鮮IT労働者は身分を偽って仕事を受注している。")
    kinds = {e.id: (e.type, e.name) for e in result.entities}
    assert ("Advisory", "DPRK IT workers") in {
        (kinds[r.source][0], kinds[r.target][1]) for r in result.relations
        if r.type == "WARNS_ABOUT"}
    # a title about an act, and a statement, warn about no group by their titles
    other = run(ja, "外務省は「北朝鮮のサイバー活動に関する注意喚起」を公表した。日米韓は"
                    "「北朝鮮IT労働者に関する共同声明」を発出した。北朝鮮IT労働者は身分を偽る。")
    assert not [r for r in other.relations if r.frame == "title-topic.ja.v1"]
