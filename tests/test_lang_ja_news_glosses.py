"""Japanese news names a company once in quotes with the name it goes by glossed in brackets
(「X」（通称・Y）), and quotes a foreign state's ministry by the state and the Japanese
ministry word (中国外務省). Paragraphs of our own wording with invented names (session 28),
each with a look-alike that must not give the reading."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from graph.model import Extraction
from tests.ja_text import run


def designated(result: Extraction) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations
            if r.type == "DESIGNATED"}


def test_glossed_quote_is_a_target_and_its_alias_names_it_later(ja: JapanesePipeline) -> None:
    result = run(ja, "米財務省外国資産管理室（OFAC）は5日、IT企業1社を制裁対象に指定したと"
                     "発表した。"
                     "対象は、中国遼寧省大連市の「大連青霞軟件」（通称・青霞ソフト）。"
                     "財務省によると、青霞ソフトは北朝鮮の技術者を雇っていた。")
    org = next(e for e in result.entities if e.name == "大連青霞軟件")
    assert "青霞ソフト" in org.aliases
    assert len([m for m in org.mentions if m.text == "青霞ソフト"]) == 2
    assert ("Office of Foreign Assets Control", "大連青霞軟件") in designated(result)
    assert not any(e.name == "青霞ソフト" for e in result.entities if e.id != org.id)


def test_a_country_name_gloss_is_an_alias(ja: JapanesePipeline) -> None:
    result = run(ja, "米財務省外国資産管理室は5日、ロシア所在の「ノルド・ブライト」"
                     "（北朝鮮名：紅星技術会社）を制裁対象に追加したと発表した。")
    org = next(e for e in result.entities if e.name == "ノルド・ブライト")
    assert "紅星技術会社" in org.aliases
    assert len([e for e in result.entities if e.type == "Organization"]) == 1


def test_a_bracketed_place_or_a_quote_is_no_gloss(ja: JapanesePipeline) -> None:
    # a bracket that glosses no name, and a quoted remark with no gloss at all
    result = run(ja, "同社は「不正な収入を断つ」（長官）と強調した。"
                     "「青霞」（大連市）の関係者が語った。")
    assert not any("長官" in a or "大連市" in a for e in result.entities for a in e.aliases)
    assert not any(e.name == "不正な収入を断つ" for e in result.entities)


def test_a_foreign_states_ministry_is_not_japans(ja: JapanesePipeline) -> None:
    result = run(ja, "これに対し、中国外務省の報道官は記者会見で反対する考えを示した。")
    agencies = {e.name for e in result.entities if e.type == "Agency"}
    assert "Ministry of Foreign Affairs of China" in agencies
    assert "Ministry of Foreign Affairs of Japan" not in agencies
    look_alike = run(ja, "外務省は同日、北朝鮮に関する注意喚起を公表した。日本外務省も同様だ。")
    agencies = {e.name for e in look_alike.entities if e.type == "Agency"}
    assert agencies == {"Ministry of Foreign Affairs of Japan"}


def test_a_korean_ministry_designates_for_its_state(ja: JapanesePipeline) -> None:
    """韓国外交部は…指定すると発表した: South Korea designates (the Korean convention); the
    ministry stays an entity, and another state's office keeps the office rule."""
    result = run(ja, "韓国外交部は13日、北朝鮮国籍のソ・ミョンチョル氏を独自制裁の対象に指定すると"
                     "発表した。米財務省外国資産管理室も同日、同氏を制裁対象に指定した。")
    assert designated(result) == {("South Korea", "ソ・ミョンチョル"),
                                  ("Office of Foreign Assets Control", "ソ・ミョンチョル")}
    assert any(e.name == "Ministry of Foreign Affairs of the Republic of Korea"
               for e in result.entities)
    # the ministry that only comments designates nobody
    look_alike = run(ja, "韓国外交部は13日、北朝鮮国籍のソ・ミョンチョル氏への制裁を検討していると"
                         "明らかにした。")
    assert designated(look_alike) == set()


def test_a_quoted_name_among_the_targets_is_a_target(ja: JapanesePipeline) -> None:
    """A quoted name with no kind word (「X」と同社幹部のY氏を…指定, 「A」と「B」の2社を…
    追加) in a sentence that sanctions is a target; a quoted remark is not."""
    one = run(ja, "米財務省は5日、マレーシアの「青嶺」と同社幹部のチョ・ミンギ氏を制裁対象に"
                  "指定したと発表した。")
    assert ("Department of the Treasury", "青嶺") in designated(one)
    two = run(ja, "米財務省外国資産管理室は9日、「ハヌル」と「ミリネ・ソフト」の2社を制裁リストに"
                  "追加した。")
    assert {t for _, t in designated(two)} == {"ハヌル", "ミリネ・ソフト"}
    said = run(ja, "米財務長官は制裁について「断固対応」と述べ、「不正収入根絶」と強調した。")
    assert not any(e.type == "Organization" for e in said.entities)
    plan = run(ja, "米財務省は、マレーシアの「青嶺」を制裁対象に指定する方針を明らかにした。")
    assert designated(plan) == set()


def test_the_cleft_on_what_the_targets_became(ja: JapanesePipeline) -> None:
    """制裁対象となったのは X と Y。 then the sentence naming who announced it: that actor
    designates both; the same cleft with no announcing sentence after it names no actor."""
    lead = "制裁対象となったのは、タイの「海鳴網絡」と、その代表を務めるオ・ソンチョル氏だ。"
    result = run(ja, lead + "米財務省が5日発表した。")
    assert designated(result) == {("Department of the Treasury", "海鳴網絡"),
                                  ("Department of the Treasury", "オ・ソンチョル")}
    alone = run(ja, lead + "同社は2019年に設立された。")
    assert designated(alone) == set()


def test_a_quoted_owner_of_frozen_assets(ja: JapanesePipeline) -> None:
    """「X」の資産を凍結した: X is designated; a freeze only planned is not."""
    result = run(ja, "米財務省は6日、中国企業「青波軟件」の資産を凍結したと発表した。")
    assert designated(result) == {("Department of the Treasury", "青波軟件")}
    plan = run(ja, "米財務省は6日、中国企業「青波軟件」の資産を凍結する方針を示した。")
    assert designated(plan) == set()


def test_an_undated_designation_in_a_relative_clause_is_recalled(ja: JapanesePipeline) -> None:
    """…が制裁対象に指定している X と取引していた: no relation without a date; with one
    (…が2024年5月に制裁対象に指定した X), the designation of that year."""
    undated = run(ja, "米司法省によると、経営者は米財務省が制裁対象に指定している朝鮮清川技術会社と"
                      "取引していた。")
    assert designated(undated) == set()
    dated = run(ja, "米司法省によると、経営者は米財務省が2024年5月に制裁対象に指定した"
                    "朝鮮清川技術会社と取引していた。")
    assert {s for s, _ in designated(dated)} == {"Department of the Treasury"}


def test_examples_of_each_counted_kind(ja: JapanesePipeline) -> None:
    """個人3人と2団体を…指定した。…個人はA氏ら、団体はB会社などで: A and B are targets of
    the counting sentence's actor; a kind it did not count, or a plan, gives none."""
    text = ("韓国政府は9日、北朝鮮のIT技術者の外貨稼ぎに関与したとして、個人3人と2団体を独自制裁の"
            "対象に指定した。米政府も同日、制裁を発表した。個人はパン・ソンチョル氏ら、団体は"
            "朝鮮七宝山技術会社などで、パン氏は同社の代表だ。")
    assert designated(run(ja, text)) == {("South Korea", "パン・ソンチョル"),
                                         ("South Korea", "Korea Chilbosan Technology Company")}
    only_persons = text.replace("個人3人と2団体", "個人3人")
    assert {t for _, t in designated(run(ja, only_persons))} == {"パン・ソンチョル"}
    plan = text.replace("対象に指定した。", "対象に指定する方針だ。")
    assert not any(s == "South Korea" for s, _ in designated(run(ja, plan)))


def test_a_listing_still_being_arranged_is_no_designation(ja: JapanesePipeline) -> None:
    """…対象に加える方向で調整している / 指定する構えだ: still to come; the act done stands."""
    for ending in ("加える方向で調整している。", "加える構えだ。"):
        result = run(ja, "日本政府も米国に続き、朝鮮白楊技術会社を資産凍結の対象に" + ending)
        assert designated(result) == set()
    done = run(ja, "日本政府も米国に続き、朝鮮白楊技術会社を資産凍結の対象に加えた。")
    assert {s for s, _ in designated(done)} == {"Japan"}


def issuers(result: Extraction) -> set[str]:
    names = {e.id: e.name for e in result.entities}
    return {names[r.source] for r in result.relations if r.type == "ISSUED"}


def test_bodies_issuing_jointly_with_the_actor(ja: JapanesePipeline) -> None:
    """AはB省やC省などと連名で注意喚起を公表した: A, B and C issue it, and the statement's
    name does not swallow the co-issuers; a body consulted (と協議し) issues nothing."""
    result = run(ja, "警察庁は5日、防衛省や財務省などと連名で注意喚起を公表した。")
    assert issuers(result) == {"National Police Agency of Japan", "Ministry of Defense of Japan",
                               "Ministry of Finance of Japan"}
    assert not any("連名" in e.name for e in result.entities)
    consulted = run(ja, "警察庁は5日、防衛省と協議し、注意喚起を公表した。")
    assert issuers(consulted) == {"National Police Agency of Japan"}


def test_an_administration_named_by_its_leader_is_the_state(ja: JapanesePipeline) -> None:
    """バイデン政権は / 韓国の文在寅政権は …指定した: the state designates; the leader named
    alone (バイデン大統領は…述べた) is no state."""
    result = run(ja, "バイデン政権は5日、朝鮮金剛技術会社を制裁対象に指定した。")
    assert {s for s, _ in designated(result)} == {"United States"}
    korean = run(ja, "韓国の文在寅政権は5日、朝鮮金剛技術会社を独自制裁の対象に指定した。")
    assert {s for s, _ in designated(korean)} == {"South Korea"}
    leader = run(ja, "バイデン大統領は5日、北朝鮮を批判した。")
    assert not any(e.name == "United States" for e in leader.entities)


def test_an_institute_added_with_also(ja: JapanesePipeline) -> None:
    """…を指定すると発表した。(…)。…で知られるX学院も制裁対象機関に含まれた: X学院 is a target of
    the announcement; an institute that is only mentioned (X学院も協力した) is not."""
    lead = ("韓国政府は9日、北朝鮮の2機関と個人3人を独自制裁の対象に指定すると発表した。"
            "個人3人はいずれも技術者の監視役だという。")
    result = run(ja, lead + "技術者の養成で知られる白頭技術学院も制裁対象機関に含まれた。")
    assert designated(result) == {("South Korea", "白頭技術学院")}
    other = run(ja, lead + "技術者の養成で知られる白頭技術学院も調査に協力した。")
    assert designated(other) == set()
