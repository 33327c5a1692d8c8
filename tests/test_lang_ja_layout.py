"""Relations that the layout of a Japanese release gives: its header of title, date and
issuing ministries, and the lists of those designated with attribute lines under each
name. Through the real GiNZA pipeline; every text is made up for the test, with invented
names."""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from graph.model import DocumentMeta, Extraction


def _meta() -> DocumentMeta:
    return DocumentMeta(id="t", date="2026-02-03", issuers=[{"country": "JP"}])


def _pairs(result: Extraction, rel_type: str) -> set[tuple[str, str]]:
    """(source, target) as the text first writes them, for one relation type."""
    first = {e.id: min(e.mentions, key=lambda m: m.start).text if e.mentions else e.name
             for e in result.entities}
    return {(first[r.source], first[r.target]) for r in result.relations
            if r.type == rel_type}


NPA, FSA = "警察庁", "金融庁"
TITLE = "北朝鮮IT労働者による偽装就労に関する注意喚起"


def test_header_issuers_of_the_advisory_the_document_is(ja: JapanesePipeline) -> None:
    """Title line, date line, one ministry a line: the ministries issued it that day."""
    text = (f"{TITLE}\n令和8年1月20日\n{NPA}\n{FSA}\n\n"
            "北朝鮮IT労働者が身分を偽って業務を受注するおそれがある。")
    result = ja.extract(text, _meta())
    assert _pairs(result, "ISSUED") == {(NPA, TITLE), (FSA, TITLE)}
    assert {r.properties.get("date") for r in result.relations
            if r.type == "ISSUED"} == {"2026-01-20"}
    # a version note on the title line: the advisory is named, its issuers are not said
    text = f"{TITLE}（仮訳）\n令和8年1月20日\n{NPA}\n\n北朝鮮IT労働者に注意されたい。"
    result = ja.extract(text, _meta())
    assert TITLE in {m.text for e in result.entities if e.type == "Advisory"
                     for m in e.mentions}
    assert not _pairs(result, "ISSUED")
    # a joint statement under the ministry that posts its translation: not its issuer
    text = ("北朝鮮IT労働者に関する日米韓共同声明（仮訳）\n令和8年1月20日\n外務省\n\n"
            "3か国は、北朝鮮IT労働者に深刻な懸念を有する。")
    assert not {p for p in _pairs(ja.extract(text, _meta()), "ISSUED") if p[0] == "外務省"}


def test_header_of_a_release_about_a_statement(ja: JapanesePipeline) -> None:
    """「X」の公表について over a line of date and ministry: the ministry published X, less
    surely than when the header is X itself; a joint statement's release names the
    ministry that posts it, not the statement's issuers; ministries named only in a
    sentence are no header."""
    text = (f"「{TITLE}」の公表について\n令和8年1月20日　{NPA}\n\n"
            "本件は金融庁とも共有している。")
    result = ja.extract(text, _meta())
    assert _pairs(result, "ISSUED") == {(NPA, TITLE)}
    assert all(r.confidence < 0.8 for r in result.relations if r.type == "ISSUED")
    # (the states the statement is named after issued it: ja_issued.apply_title_issuers)
    text = ("北朝鮮IT労働者に関する日米韓共同声明の発出\n令和8年1月20日\n外務省\n\n"
            "詳細は別添のとおり。")
    assert not {p for p in _pairs(ja.extract(text, _meta()), "ISSUED") if p[0] == "外務省"}
    text = f"{TITLE}\n{NPA}は、北朝鮮IT労働者の手口を分析している。"
    assert not _pairs(ja.extract(text, _meta()), "ISSUED")


def test_list_after_a_sentence_that_says_it_follows(ja: JapanesePipeline) -> None:
    """…指定した。対象者は次のとおり。 then the numbered list: every item is designated;
    a sentence after the list about its first name (X社は…。) is no item."""
    text = ("政府は、北朝鮮の個人2名及び1団体を資産凍結等の措置の対象に指定した。\n"
            "主な対象者は次のとおりである。\n"
            "1．キム・ハヌル（KIM Ha Nul）\n2．朝鮮空色貿易会社\n"
            "朝鮮海原技術会社は、これらの者に送金を行っていた。")
    assert _pairs(ja.extract(text, _meta()), "DESIGNATED") == {
        ("政府", "キム・ハヌル"), ("政府", "朝鮮空色貿易会社")}


def test_romanization_before_other_details_in_brackets(ja: JapanesePipeline) -> None:
    """キム・ハヌル（KIM Ha Nul、1990年1月1日生）: the romanization ends at the comma; its
    last words are no second person."""
    text = ("政府は、以下の者を資産凍結等の措置の対象者として指定した。\n"
            "（1）キム・ハヌル（KIM Ha Nul、1990年1月1日生）")
    result = ja.extract(text, _meta())
    persons = {e.name: e.aliases for e in result.entities if e.type == "Person"}
    assert set(persons) == {"Kim Ha Nul"}
    assert "KIM Ha Nul" in persons["Kim Ha Nul"]


def test_listing_widened_to_the_list_below(ja: JapanesePipeline) -> None:
    """対象者を以下のとおり拡大する: the notice's wording for new listings; a plan to widen
    (拡大を検討) lists nobody."""
    text = ("我が国は、資産凍結等の措置の対象者を以下のとおり拡大することとした。\n"
            "①朝鮮空色貿易会社\n②パク・パダ（PAK Pa Da）")
    assert _pairs(ja.extract(text, _meta()), "DESIGNATED") == {
        ("我が国", "朝鮮空色貿易会社"), ("我が国", "パク・パダ")}
    text = ("我が国は、資産凍結等の措置の対象者の拡大を検討している。\n"
            "①朝鮮空色貿易会社")
    assert not _pairs(ja.extract(text, _meta()), "DESIGNATED")


def test_alias_line_names_the_item_again(ja: JapanesePipeline) -> None:
    """別名：X under a listed person: X is that person's alias, not a second person; the
    next item's name stays a person of its own."""
    text = ("政府は、以下の者を資産凍結等の措置の対象者として指定した。\n"
            "（1）キム・ハヌル（KIM Ha Nul）\n　生年月日：1990年1月1日\n　別名：KIM Han Ul\n"
            "（2）パク・パダ（PAK Pa Da）\n　別名：パク・ヘ")
    result = ja.extract(text, _meta())
    persons = {e.name: e.aliases for e in result.entities if e.type == "Person"}
    assert set(persons) == {"Kim Ha Nul", "Pak Pa Da"}
    assert "KIM Han Ul" in persons["Kim Ha Nul"] and "パク・ヘ" in persons["Pak Pa Da"]


def test_affiliation_and_address_lines_of_an_item(ja: JapanesePipeline) -> None:
    """所属：Y and 所在地：Z under a listed name (past other attribute lines): works at Y,
    is in Z. The same labels in a paragraph after a blank line belong to no item."""
    text = ("政府は、以下の者を資産凍結等の措置の対象者として指定した。\n"
            "・キム・ハヌル（KIM Ha Nul）\n　国籍：北朝鮮\n　所属：朝鮮空色貿易会社\n"
            "・朝鮮空色貿易会社\n　所在地：ラオス\n\n"
            "参考　所属：朝鮮海原技術会社")
    result = ja.extract(text, _meta())
    assert _pairs(result, "EMPLOYED_AT") == {("キム・ハヌル", "朝鮮空色貿易会社")}
    located = {(s, t) for s, t in _pairs(result, "LOCATED_IN")}
    assert ("朝鮮空色貿易会社", "ラオス") in located
    assert not [pair for pair in located if pair[0] == "キム・ハヌル"]


TABLE_HEAD = "| 番号 | 氏名 | 別名 | 生年月日 | 所属 |\n|---|---|---|---|---|\n"


def test_table_rows_are_the_listed(ja: JapanesePipeline) -> None:
    """A Markdown table under the designation: each row's name is designated, its alias
    cell is the same person, its affiliation cell is where the person works."""
    text = ("政府は、以下の個人を資産凍結等の措置の対象に指定した。\n\n" + TABLE_HEAD +
            "| 1 | キム・ハヌル（KIM Ha Nul） | キム・ハン | 1990年1月1日 | 朝鮮空色貿易会社 |\n"
            "| 2 | パク・パダ（PAK Pa Da） | パク・ヘ | 1985年5月5日 | 朝鮮海原技術会社 |\n")
    result = ja.extract(text, _meta())
    assert _pairs(result, "DESIGNATED") == {("政府", "キム・ハヌル"), ("政府", "パク・パダ")}
    assert {e.name for e in result.entities if e.type == "Person"} == {"Kim Ha Nul",
                                                                        "Pak Pa Da"}
    assert _pairs(result, "EMPLOYED_AT") == {("キム・ハヌル", "朝鮮空色貿易会社"),
                                              ("パク・パダ", "朝鮮海原技術会社")}


def test_table_without_a_designation_lists_nobody(ja: JapanesePipeline) -> None:
    """The same table under a sentence that designates nobody: no one is designated,
    and the rows stay one name each."""
    text = ("以下は、北朝鮮IT労働者の手口に関する参考情報である。\n\n" + TABLE_HEAD +
            "| 1 | キム・ハヌル（KIM Ha Nul） | キム・ハン | 1990年1月1日 | 朝鮮空色貿易会社 |\n")
    result = ja.extract(text, _meta())
    assert not _pairs(result, "DESIGNATED")
    assert {e.name for e in result.entities if e.type == "Person"} == {"Kim Ha Nul"}


def test_polite_designation_and_official_full_stops(ja: JapanesePipeline) -> None:
    """です・ます (指定しました) designates like 指定した, a negated one (指定しません
    でした) does not; a full-width period (．) ends a sentence, not the number of an item."""
    text = "外務省は、キム・ハヌル（KIM Ha Nul）を資産凍結等の措置の対象者として指定しました。"
    assert _pairs(ja.extract(text, _meta()), "DESIGNATED") == {("外務省", "キム・ハヌル")}
    text = "外務省は、パク・パダ（PAK Pa Da）を指定しました。"
    assert _pairs(ja.extract(text, _meta()), "DESIGNATED") == {("外務省", "パク・パダ")}
    text = "外務省は、パク・パダ（PAK Pa Da）を指定しませんでした。"
    assert not _pairs(ja.extract(text, _meta()), "DESIGNATED")
    # two sentences closed by ．: the second's person is not designated by the first
    text = ("外務省は、朝鮮空色貿易会社を資産凍結等の措置の対象に指定した．"
            "キム・ハヌル（KIM Ha Nul）は同社と取引していた．")
    assert _pairs(ja.extract(text, _meta()), "DESIGNATED") == {("外務省", "朝鮮空色貿易会社")}


def test_ideographic_circle_bullets_are_list_items(ja: JapanesePipeline) -> None:
    """〇 (the ideographic circle) and ▽ mark list items as ○ does."""
    text = ("政府は、以下の者を資産凍結等の措置の対象者として指定した。\n"
            "〇キム・ハヌル（KIM Ha Nul）\n▽朝鮮空色貿易会社")
    assert _pairs(ja.extract(text, _meta()), "DESIGNATED") == {
        ("政府", "キム・ハヌル"), ("政府", "朝鮮空色貿易会社")}


def test_assets_frozen_in_news_wording(ja: JapanesePipeline) -> None:
    """Xの資産を凍結すると発表した: the freeze is the designation; a freeze only
    considered (凍結を検討) is none."""
    text = "政府は3日、キム・ハヌル（KIM Ha Nul）と朝鮮空色貿易会社の資産を凍結すると発表した。"
    assert _pairs(ja.extract(text, _meta()), "DESIGNATED") == {
        ("政府", "キム・ハヌル"), ("政府", "朝鮮空色貿易会社")}
    # only the names right before の資産: the body they work for is context
    text = ("政府は3日、朝鮮海原技術会社に勤めるパク・パダ（PAK Pa Da）の資産を凍結すると"
            "発表した。")
    assert _pairs(ja.extract(text, _meta()), "DESIGNATED") == {("政府", "パク・パダ")}
    text = "政府は3日、パク・パダ（PAK Pa Da）と朝鮮空色貿易会社の資産凍結を決めた。"
    assert _pairs(ja.extract(text, _meta()), "DESIGNATED") == {
        ("政府", "パク・パダ"), ("政府", "朝鮮空色貿易会社")}
    text = "政府は3日、キム・ハヌル（KIM Ha Nul）氏ら2人と1団体の資産凍結を決めた。"
    assert _pairs(ja.extract(text, _meta()), "DESIGNATED") == {("政府", "キム・ハヌル")}
    text = ("政府は3日、朝鮮空色貿易会社及び朝鮮海原技術会社の2団体と、パク・パダ（PAK Pa Da）"
            "氏ら2人の資産を凍結すると発表した。")
    assert _pairs(ja.extract(text, _meta()), "DESIGNATED") == {
        ("政府", "朝鮮空色貿易会社"), ("政府", "朝鮮海原技術会社"), ("政府", "パク・パダ")}
    text = "政府は3日、朝鮮空色貿易会社の資産の凍結を検討していると述べた。"
    assert not _pairs(ja.extract(text, _meta()), "DESIGNATED")


def test_state_inside_a_chinese_company_name(ja: JapanesePipeline) -> None:
    """遼寧中国青雲科技有限公司: 中国 inside the name after a place is part of it; 中国の
    before a company's name is the state."""
    text = "政府は、遼寧中国青雲科技有限公司を資産凍結等の措置の対象に指定した。"
    result = ja.extract(text, _meta())
    assert _pairs(result, "DESIGNATED") == {("政府", "遼寧中国青雲科技有限公司")}
    assert not [e for e in result.entities if e.type == "Country" and e.name == "China"]
    text = "政府は、中国の遼寧青雲科技有限公司を資産凍結等の措置の対象に指定した。"
    result = ja.extract(text, _meta())
    assert [e.name for e in result.entities if e.type == "Country" and e.name == "China"]
