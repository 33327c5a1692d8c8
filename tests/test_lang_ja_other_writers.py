"""Japanese designations and issued statements as other writers phrase them (session 29),
through the real GiNZA pipeline. Each paragraph is our own, with invented names, written to
vary one mechanism the dev documents never exercised: the decision a cabinet takes on the
measure (措置の実施を閣議了解), a notice named by its number (X省告示第N号), a headline that
alone names the actor, a statement published "under the joint names of" its issuers, a name
coordinated with its own anaphor (X氏と同氏が経営するY社), clefts of any listing verb, the
measure's targets (今回の措置は…を対象とする), a listing undone, a company known by its
shape (katakana + kind + 社), a document named by its kind before its title. Each has a
look-alike that must not fire."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from graph.model import Extraction
from tests.ja_designators import government
from tests.ja_text import run


def _facts(result: Extraction, rel: str) -> set[tuple[str, str]]:
    """(the acting government, or the source's name; target as first written)."""
    first = {e.id: min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    by = {e.id: government(e) or e.name for e in result.entities}
    return {(by[r.source], first[r.target]) for r in result.relations if r.type == rel}


def designated(ja: JapanesePipeline, text: str) -> set[tuple[str, str]]:
    return _facts(run(ja, text), "DESIGNATED")


def test_cabinet_decides_the_measure_then_names_its_targets(ja: JapanesePipeline) -> None:
    text = ("政府は20日、北朝鮮IT労働者の活動に関与した2団体及び2個人に対する資産凍結等の措置の"
            "実施を閣議了解した。対象は、朝鮮ムサン貿易会社、ピョンファ技術開発社並びにキム・ソンイル"
            "及びパク・チュノの各氏である。")
    assert designated(ja, text) == {("Japan", n) for n in (
        "朝鮮ムサン貿易会社", "ピョンファ技術開発社", "キム・ソンイル", "パク・チュノ")}
    # the decision still to come: no designation, so the targets sentence has none either
    planned = text.replace("実施を閣議了解した", "実施を検討している")
    assert designated(ja, planned) == set()


def test_notice_named_by_its_number_is_its_ministrys_act(ja: JapanesePipeline) -> None:
    text = ("外務省告示第三百十二号\n外国為替及び外国貿易法に基づき、次に掲げる者を資産凍結等の"
            "措置の対象として指定する。\n一　朝鮮テソン情報技術社\n二　ユン・ミョンチョル\n")
    assert designated(ja, text) == {("Japan", "朝鮮テソン情報技術社"),
                                    ("Japan", "ユン・ミョンチョル")}
    assert designated(ja, text.replace("として指定する", "として指定する予定である")) == set()


def test_headline_actor_acts_in_an_agentless_body(ja: JapanesePipeline) -> None:
    body = ("北朝鮮のIT労働者を国外に派遣し、収益を得ていたとして、朝鮮ヘソン通信会社とその代表者"
            "ハン・ソンギル氏が新たに制裁対象に指定された。")
    assert designated(ja, "米財務省、北朝鮮IT労働者網に制裁\n" + body) == {
        ("United States", "朝鮮ヘソン通信会社"), ("United States", "ハン・ソンギル")}
    # a headline that names no actor gives none: no designator is invented
    assert designated(ja, "北朝鮮IT労働者網に制裁\n" + body) == set()


def test_statement_published_under_joint_names(ja: JapanesePipeline) -> None:
    text = ("「北朝鮮IT労働者による不正就労に関する注意喚起」が、警察庁と外務省の連名で3日に"
            "公表された。")
    result = run(ja, text)
    names = {e.id: e.name for e in result.entities}
    assert {names[r.source] for r in result.relations if r.type == "ISSUED"} == {
        "National Police Agency of Japan", "Ministry of Foreign Affairs of Japan"}
    # a statement whose publication is only the occasion of another act: no issuer
    other = ("「北朝鮮IT労働者による不正就労に関する注意喚起」が公表されたことを受け、外務省は"
             "企業に注意を呼びかけた。")
    assert _facts(run(ja, other), "ISSUED") == set()


def test_name_coordinated_with_its_own_anaphor(ja: JapanesePipeline) -> None:
    text = ("米財務省は21日、米国籍のジョン＝ポール・ハリソン氏と同氏が経営するノースリッジ・"
            "ソリューションズ社等を制裁対象に指定した。")
    assert designated(ja, text) == {("United States", "ジョン＝ポール・ハリソン"),
                                    ("United States", "ノースリッジ・ソリューションズ")}
    # two persons who run the company are the relative clause's subjects, not targets
    other = ("米財務省は21日、ジョン・ハリソン氏とマーク・ベイリー氏が経営するノースリッジ・"
             "ソリューションズ社を制裁対象に指定した。")
    assert designated(ja, other) == {("United States", "ノースリッジ・ソリューションズ")}


def test_cleft_of_a_listing_verb_after_the_designation(ja: JapanesePipeline) -> None:
    text = ("米財務省は12日、北朝鮮IT労働者をめぐる新たな制裁を発表した。追加されたのは、"
            "ミョヒャン貿易会社、ソンボン技術社及びカン・ミョンジン氏の3者。")
    assert designated(ja, text) == {("United States", n) for n in (
        "ミョヒャン貿易会社", "ソンボン技術社", "カン・ミョンジン")}
    # the same cleft after a report that designated nobody
    other = ("米財務省は12日、北朝鮮IT労働者に関する報告書を発表した。追加されたのは、"
             "ミョヒャン貿易会社の事例だ。")
    assert designated(ja, other) == set()


def test_the_measures_targets_after_the_measure(ja: JapanesePipeline) -> None:
    text = ("政府は3日、北朝鮮に対する追加の資産凍結措置を閣議了解した。今回の措置は、朝鮮ノウル"
            "貿易会社並びにその関連会社である瀋陽ハンビン科技有限公司を対象とする。")
    assert designated(ja, text) == {("Japan", "朝鮮ノウル貿易会社"),
                                    ("Japan", "瀋陽ハンビン科技有限公司")}
    other = ("政府は3日、北朝鮮のミサイル発射に抗議した。今回の措置は、朝鮮ノウル貿易会社を"
             "対象とする。")
    assert designated(ja, other) == set()


def test_a_listing_undone_is_no_listing(ja: JapanesePipeline) -> None:
    for text in ("米財務省は、朝鮮ソンリム会社の制裁指定を解除した。",
                 "米財務省は、朝鮮ソンリム会社を制裁対象から除外した。",
                 "朝鮮ヨンガン会社に対する制裁指定は、15日付で解除された。"):
        assert designated(ja, text) == set(), text


def test_company_by_its_shape(ja: JapanesePipeline) -> None:
    result = run(ja, "米財務省外国資産管理室は9日、朝鮮テフン技術社の制裁指定を発表した。")
    assert {(e.type, e.name) for e in result.entities if e.type == "Organization"} == {
        ("Organization", "朝鮮テフン技術社")}
    # a branch or a reference is no company name
    other = run(ja, "ミョヒャン東京本社の職員が同社について語った。")
    assert not [e for e in other.entities if e.name.endswith("本社")]


def test_document_named_by_its_kind_before_its_title(ja: JapanesePipeline) -> None:
    text = ("財務省は、企業向けの文書「北朝鮮IT労働者の雇用リスクについて」を同省ウェブサイトに"
            "掲載した。")
    assert _facts(run(ja, text), "ISSUED") == {("Japan", "北朝鮮IT労働者の雇用リスクについて")}
    # a document the ministry only drew on
    other = "財務省は、文書「北朝鮮IT労働者の雇用リスクについて」をもとに企業に注意を呼びかけた。"
    assert _facts(run(ja, other), "ISSUED") == set()


def test_public_service_announcement_issued_on_a_day(ja: JapanesePipeline) -> None:
    text = "米連邦捜査局（FBI）は、北朝鮮IT労働者に関する新たな公共広告（PSA）を16日に発表した。"
    assert _facts(run(ja, text), "ISSUED") == {
        ("United States", "北朝鮮IT労働者に関する新たな公共広告")}


def test_speaker_caption_after_a_designation_is_no_list_item(ja: JapanesePipeline) -> None:
    """A broadcast writes the speaker's name and post on a line of its own over the quote
    (山田一郎官房長官 / 「…」), or opens the next sentence with them: an official who speaks,
    not an item of a list the designation announced."""
    text = ("政府はきょうの閣議で、北朝鮮のIT労働者に関与した団体や個人を新たに資産凍結の対象と"
            "する追加制裁を決定しました。\n山田一郎官房長官\n「断じて容認できません」\n"
            "山田官房長官は、今回の決定は米国とも歩調を合わせたものだと説明しました。")
    assert designated(ja, text) == set()
    # a list line that opens with a name is an item
    listed = ("政府は、以下の者を資産凍結等の措置の対象に指定した。\n"
              "キム・チョルス（朝鮮ソンボン技術社の代表）\n")
    assert designated(ja, listed) == {("Japan", "キム・チョルス")}
