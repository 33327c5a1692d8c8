"""Japanese names of persons, companies and agencies as Japanese texts write them, through
the real GiNZA pipeline. Every sentence is made up for the test, with invented names; each
test names the construction it covers and a look-alike that must not fire."""

from __future__ import annotations

from extract.lang.common import sentences
from extract.lang.ja import JapanesePipeline
from extract.lang.ja_readings import korean_org_name, korean_person_name
from graph.model import DocumentMeta, ExtractedEntity, Extraction
from tests.ja_text import run as run_ja


def _run(ja: JapanesePipeline, text: str) -> Extraction:
    return run_ja(ja, text, issuers=[{"country": "JP"}])


def _holding(result: Extraction, surface: str) -> list[ExtractedEntity]:
    return [e for e in result.entities if any(m.text == surface for m in e.mentions)]


def test_kanji_name_with_its_katakana_reading_is_one_korean_person(ja: JapanesePipeline) -> None:
    """崔明浩（チェ・ミョンホ）: one person, read the Korean way (the katakana confirms it)."""
    result = _run(ja, "米財務省は、朝鮮空色貿易会社の幹部である崔明浩（チェ・ミョンホ）を制裁対象に"
                      "指定した。")
    persons = [e for e in result.entities if e.type == "Person"]
    assert [(p.id, p.name) for p in persons] == [("person:choe-myong-ho", "Choe Myong Ho")]
    assert {"崔明浩", "チェ・ミョンホ"} <= set(persons[0].aliases)


def test_a_reading_that_does_not_fit_keeps_the_katakana(ja: JapanesePipeline) -> None:
    """王海明（ワン・ハイミン）: a Chinese name; the Korean reading (왕해명) does not fit, so the
    id comes from the katakana, never from a Korean spelling."""
    result = _run(ja, "中国籍の王海明（ワン・ハイミン）が送金を仲介したとされる。")
    persons = [e for e in result.entities if e.type == "Person"]
    assert len(persons) == 1 and persons[0].id == "person:wan-haimin"
    assert korean_person_name("王海明", "ワン・ハイミン") == ""


def test_katakana_name_with_kanji_in_brackets(ja: JapanesePipeline) -> None:
    """パク・パダ（朴波多）: the katakana first, the kanji in brackets; one person."""
    result = _run(ja, "韓国政府は、パク・パダ（朴波多）を独自制裁の対象に指定した。")
    persons = [e for e in result.entities if e.type == "Person"]
    assert len(persons) == 1 and persons[0].id == "person:pak-pha-da"


def test_family_name_with_shi_refers_back(ja: JapanesePipeline) -> None:
    """朴氏 after 朴正哲（パク・ジョンチョル）: the same person; with two persons of that
    family name the reference stays unresolved."""
    result = _run(ja, "朴正哲（パク・ジョンチョル）はラオスに住む。朴氏は送金を担った。")
    assert [e.id for e in _holding(result, "朴")] == ["person:pak-jong-chol"]
    result = _run(ja, "朴正哲（パク・ジョンチョル）と朴英男（パク・ヨンナム）が関与した。"
                      "朴氏は送金を担った。")
    assert not [e for e in _holding(result, "朴") if e.type == "Person" and
                e.id in ("person:pak-jong-chol", "person:pak-yong-nam")]


def test_company_name_before_a_role_ends_at_its_head(ja: JapanesePipeline) -> None:
    """朝鮮空色技術交流社瀋陽代表: the company is 朝鮮空色技術交流社; 会社員 ("an employee")
    is no company."""
    result = _run(ja, "朝鮮空色技術交流社瀋陽代表の男が関与した。会社員の男も関与した。")
    companies = [e.aliases for e in result.entities if e.type == "Organization"]
    assert companies == [["朝鮮空色技術交流社"]]


def test_korean_company_name_in_kanji_is_translated() -> None:
    """朝鮮金星貿易会社 reads 조선금성무역회사: "Korea Kumsong Trading Company"; a company
    whose name does not say it is Korean is not read the Korean way."""
    assert korean_org_name("朝鮮金星貿易会社") == "Korea Kumsong Trading Company"
    assert korean_org_name("東京金星貿易会社") == ""


def test_abbreviation_in_brackets_names_the_same_agency(ja: JapanesePipeline) -> None:
    """外国資産管理局（OFAC）: OFAC is the office, not a company; a number in brackets is not
    an abbreviation."""
    result = _run(ja, "米財務省外国資産管理局（OFAC）は、朝鮮空色貿易会社（2社）を制裁した。")
    office = [e for e in result.entities if e.id == "agency:office-of-foreign-assets-control"]
    assert office and "OFAC" in office[0].aliases
    assert not [e for e in result.entities if e.type == "Organization" and e.name == "OFAC"]


def test_bare_ministry_after_the_us_one_is_the_us_one(ja: JapanesePipeline) -> None:
    """財務省 after 米財務省 is the US Treasury; 財務省 among Japanese ministries is Japan's."""
    result = _run(ja, "米財務省は制裁を発表した。財務省によると、賃金の大半が送金された。")
    assert "agency:ministry-of-finance-of-japan" not in {e.id for e in result.entities}
    result = _run(ja, "米財務省は制裁を発表した。外務省、財務省及び経済産業省は注意喚起を"
                      "公表した。")
    assert "agency:ministry-of-finance-of-japan" in {e.id for e in result.entities}


def test_hard_wrapped_sentence_is_one_sentence() -> None:
    """A long line with no closing punctuation goes on on the next line; a list of short
    name lines stays one item per line."""
    text = ("米財務省は、北朝鮮IT労働者の派遣に関わったとして、北朝鮮国防省傘下の\n"
            "朝鮮金星貿易会社を制裁対象に指定した。\n【対象者】\n（1）キム・ハヌル\n（2）パク・パダ")
    assert [s.text(text) for s in sentences(text, "ja")][1:] == [
        "【対象者】", "（1）キム・ハヌル", "（2）パク・パダ"]
    assert sentences(text, "ja")[0].text(text).endswith("指定した。")


def test_korean_name_in_latin_letters_is_a_person(ja: JapanesePipeline) -> None:
    """KIM Ha Nul / Pak Pa Da in Japanese text: persons, family name first; a Latin company
    name (Haneul Bitcoin) stays an organization."""
    result = _run(ja, "米財務省は、KIM Ha Nul、Pak Pa Da及びHaneul Bitcoinを制裁対象に指定した。")
    kinds = {e.name: e.type for e in result.entities if e.type in ("Person", "Organization")}
    assert kinds == {"Kim Ha Nul": "Person", "Pak Pa Da": "Person",
                     "Haneul Bitcoin": "Organization"}


def test_romanization_then_katakana_is_one_person(ja: JapanesePipeline) -> None:
    """KIM Ha Nul（キム・ハヌル）: one person; a company's Latin name before katakana
    (Haneul Bitcoin（ハヌル・ビットコイン）) is not a person."""
    result = _run(ja, "外務省は、KIM Ha Nul（キム・ハヌル）を指定した。")
    assert [(e.id, sorted(e.aliases)) for e in result.entities if e.type == "Person"] == [
        ("person:kim-ha-nul", ["KIM Ha Nul", "キム・ハヌル"])]
    result = _run(ja, "Haneul Bitcoin（ハヌル・ビットコイン）が被害を受けた。")
    assert "person:haneul-bitcoin" not in {e.id for e in result.entities}


def test_dprk_company_named_north_korean_by_the_text() -> None:
    """北朝鮮の真栄情報技術協力会社: the text says it is North Korean, so it is read the Korean
    way; the same name with nothing to say so, or a Chinese 有限公司, is not."""
    from extract.lang.ja_companies import north_korean

    text = "北朝鮮の真栄情報技術協力会社と、瀋陽の金豊里網絡技術有限公司"
    assert north_korean(text, text.index("真栄"))
    assert korean_org_name("真栄情報技術協力会社", True) == \
        "Chinyong Information Technology Cooperation Company"
    assert korean_org_name("真栄情報技術協力会社") == ""
    assert korean_org_name("金豊里網絡技術有限公司", True) == ""


def test_a_quoted_company_by_the_kind_after_it_or_a_trading_head() -> None:
    from extract.lang.ja import JapanesePipeline

    ja = JapanesePipeline()

    def orgs(text: str) -> set[str]:
        result = ja.extract(text, DocumentMeta(id="t", date="2026-03-31"))
        return {e.name for e in result.entities if e.type == "Organization" and not e.unnamed}

    assert "ソンド電子" in orgs("米財務省は、ベトナムにある「ソンド電子」という会社に制裁を"
                             "科した。")
    assert "吉林ミンファ貿易" in orgs("米財務省は、「吉林ミンファ貿易」と北朝鮮籍の男を制裁対象に"
                                 "加えた。")
    # a quoted way of working or a technique is no company
    found = orgs("労働者らは「ノートパソコン農場」と呼ばれる手口や「遠隔操作技術」を使った。")
    assert not found & {"ノートパソコン農場", "遠隔操作技術"}


def test_a_quoted_name_of_a_person_stays_a_person() -> None:
    from extract.lang.ja import JapanesePipeline

    ja = JapanesePipeline()

    def typed(text: str) -> set[tuple[str, str]]:
        result = ja.extract(text, DocumentMeta(id="t", date="2026-03-31"))
        return {(e.type, e.name) for e in result.entities if e.type in ("Person", "Organization")}

    assert ("Person", "チャン・ウェイ") in typed("容疑者は「チャン・ウェイ」と名乗る人物と連絡を"
                                            "取り合っていた。")
    assert ("Person", "ロバート・ケイ") in typed("米国市民「ロバート・ケイ」の身元が使われた。")
    # a quoted name with no word for a person around it is a company, as news quotes them
    assert ("Organization", "ボラリス・テック") in typed("米財務省は、「ボラリス・テック」に"
                                                   "制裁を科した。")
