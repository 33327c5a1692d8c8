"""An organization's native name accounted for word by word in English
(extract/lang/org_words.py), and what the cross-language step does with the verdict
(extract/lang/crosslink.py, extract/lang/company_names.py). Pure logic, invented names."""

from __future__ import annotations

import pytest

from extract.lang.company_names import Known, KnownNames, join_variants
from extract.lang.crosslink import EnglishRegistry, link
from extract.lang.org_words import Fit, fit
from graph.model import DocumentMeta, ExtractedEntity, ExtractedRelation, Extraction, Mention

OFAC = ("agency:office-of-foreign-assets-control", "Agency", "Office of Foreign Assets Control")


@pytest.mark.parametrize(("native", "english", "verdict"), [
    # a Korean proper part in kanji read the Korean way, generic words translated
    ("朝鮮白楊貿易会社", "Korea Paekyang Trading Corporation", Fit.WHOLE),
    ("조선백양무역회사", "Korea Paekyang Trading Co.", Fit.WHOLE),
    # a Chinese firm in kanji: place and proper part read in pinyin, 網絡科技 translated
    ("瀋陽華星網絡科技有限公司", "Shenyang Huaxing Network Technology Co., Ltd.", Fit.WHOLE),
    # the same with Japanese generic words and a katakana Korean proper part
    ("丹東金海ネットワーク技術有限会社", "Dandong Jinhai Network Technology Co., Ltd.",
     Fit.WHOLE),
    ("瀋陽クムソン・ネットワーク技術", "Shenyang Kumsong Network Technology Co., Ltd.",
     Fit.WHOLE),
    # a short form: the proper part reads, words are left over, nothing contradicts
    ("チョンボン社", "Chonbong Information Technology Company", Fit.PARTIAL),
    # 台 is 대 in names (the table reads 태); a syllable boundary the folded key blurs
    # (san-gyong folds as "sanion")
    ("朝鮮青台コンピュータ技術会社", "Korea Chongdae Computer Technology Corporation",
     Fit.WHOLE),
    ("조선산경무역회사", "Korea Sangyong Trading Company", Fit.WHOLE),
    ("조선산경무역회사", "Korea Sangyang Trading Company", Fit.NONE),
    # one word read by sound, with or without a legal form, is a name match only
    ("도르바텍", "Dorvatek LLC", Fit.PARTIAL),
    ("도르바텍 엘엘씨", "Dorvatek LLC", Fit.PARTIAL),
    # another business under the same proper word: a generic word the English lacks
    ("朝鮮白楊海運会社", "Korea Paekyang Trading Corporation", Fit.CONTRADICTS),
    ("선양 화성 무역 유한공사", "Shenyang Huaxing Network Technology Co., Ltd.",
     Fit.CONTRADICTS),
    # another city, another proper word, or generic words alone: no fit
    ("大連華星網絡科技有限公司", "Shenyang Huaxing Network Technology Co., Ltd.", Fit.NONE),
    ("조선백두무역회사", "Korea Paekyang Trading Corporation", Fit.NONE),
    ("情報技術会社", "Chonbong Information Technology Company", Fit.NONE),
])
def test_fit(native: str, english: str, verdict: Fit) -> None:
    assert fit(native, english) is verdict


def _entity(entity_id: str, kind: str, name: str, text: str, surface: str,
            **properties: str) -> ExtractedEntity:
    start = text.index(surface)
    return ExtractedEntity(id=entity_id, type=kind, name=name, properties=dict(properties),
                           mentions=[Mention(start, start + len(surface), surface)])


def _designated(english_id: str, english_name: str) -> EnglishRegistry:
    en = f"OFAC designated {english_name}."
    registry = EnglishRegistry()
    registry.add(Extraction(DocumentMeta(id="en"), en, "h", [
        _entity(*OFAC, en, "OFAC", country="US"),
        _entity(english_id, "Organization", english_name, en, english_name)],
        [ExtractedRelation("DESIGNATED", OFAC[0], english_id)]))
    return registry


def _native(native_id: str, name: str) -> Extraction:
    ja = f"米国は{name}を指定した。"
    return Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _entity("country:US", "Country", "United States", ja, "米国", code="US"),
        _entity(native_id, "Organization", name, ja, name)],
        [ExtractedRelation("DESIGNATED", "country:US", native_id)])


def test_a_contradicting_generic_word_blocks_the_join_a_shared_designator_would_make() -> None:
    """The same designator and the same proper word, but 海運 (shipping) where the English
    name says Trading: another company, neither joined nor linked."""
    registry = _designated("organization:korea-paekyang-trading-corporation",
                           "Korea Paekyang Trading Corporation")
    native = _native("organization:hakuyou-kaiun", "朝鮮白楊海運会社")
    link(native, registry)
    assert "organization:hakuyou-kaiun" in {e.id for e in native.entities}
    assert not native.links


def test_a_chinese_name_in_kanji_joins_its_pinyin_spelling() -> None:
    registry = _designated("organization:shenyang-huaxing-network-technology-co-ltd",
                           "Shenyang Huaxing Network Technology Co., Ltd.")
    native = _native("organization:shinyou-kasei", "瀋陽華星網絡科技有限公司")
    link(native, registry)
    assert "organization:shenyang-huaxing-network-technology-co-ltd" in {
        e.id for e in native.entities}
    other = _native("organization:dairen-kasei", "大連華星網絡科技有限公司")
    link(other, registry)
    assert "organization:dairen-kasei" in {e.id for e in other.entities}
    assert not other.links


def test_two_english_spellings_of_one_romanized_name() -> None:
    """The English side left "Chonbong ..." and "Jonbong ..." (one 정봉... in two
    romanizations) on two nodes; a native name that fits both word for word takes the
    better attested one instead of neither. Names that differ otherwise stay ambiguous."""
    en = "OFAC designated Chonbong Trading Company and Kim Ha Nul."
    registry = EnglishRegistry()
    registry.add(Extraction(DocumentMeta(id="en"), en, "h", [
        _entity(*OFAC, en, "OFAC", country="US"),
        _entity("person:kim-ha-nul", "Person", "Kim Ha Nul", en, "Kim Ha Nul"),
        _entity("organization:chonbong-trading-company", "Organization",
                "Chonbong Trading Company", en, "Chonbong Trading Company")],
        [ExtractedRelation("DESIGNATED", OFAC[0], "organization:chonbong-trading-company"),
         ExtractedRelation("EMPLOYED_AT", "person:kim-ha-nul",
                           "organization:chonbong-trading-company")]))
    two = "Jonbong Trading Company was named."
    registry.add(Extraction(DocumentMeta(id="en2"), two, "h", [
        _entity("organization:jonbong-trading-company", "Organization",
                "Jonbong Trading Company", two, "Jonbong Trading Company")], []))
    ja = "チョンボン貿易会社が知られる。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _entity("organization:chonbon", "Organization", "チョンボン貿易会社", ja,
                "チョンボン貿易会社")], [])
    link(native, registry)
    assert "organization:chonbong-trading-company" in {e.id for e in native.entities}


def _known(entity_id: str, name: str, *neighbours: str) -> Known:
    return Known(entity_id, "Organization", (name,), set(neighbours), set())


def _english_doc(entity_id: str, name: str, *others: tuple[str, str, str]) -> Extraction:
    text = f"{name} and " + " and ".join(o[2] for o in others) + "."
    entities = [_entity(entity_id, "Organization", name, text, name)] + [
        _entity(*o, text, o[2]) for o in others]
    relations = [ExtractedRelation("CONTROLLED_BY", entity_id, o[0]) for o in others]
    return Extraction(DocumentMeta(id="en2"), text, "h", entities, relations)


def test_english_names_equal_but_for_romanization_join_on_a_named_neighbour() -> None:
    earlier = _known("organization:chonbong-trading-company", "Chonbong Trading Company",
                     "organization:mirim-bureau", "country:KP")
    unit = ("organization:mirim-bureau", "Organization", "Mirim Bureau")
    doc = _english_doc("organization:jonbong-trading-company", "Jonbong Trading Company",
                       unit)
    neighbours = {"organization:jonbong-trading-company": {"organization:mirim-bureau"}}
    assert join_variants(doc, KnownNames.of([earlier]), neighbours) == {
        "organization:jonbong-trading-company": "organization:chonbong-trading-company"}
    # a country alone is no evidence for a name equal only up to romanization
    korea = ("country:KP", "Country", "North Korea")
    alone = _english_doc("organization:jonbong-trading-company", "Jonbong Trading Company",
                         korea)
    assert join_variants(alone, KnownNames.of([earlier]), {
        "organization:jonbong-trading-company": {"country:KP"}}) == {}
    assert not alone.links


def test_of_two_english_spellings_the_one_sharing_a_named_neighbour() -> None:
    """The English side left "Hanul Trading Corp." and "Hanul Trading Corporation" on two
    nodes, both designated by OFAC (so both neighbours of the United States). A native
    document that names the company's director takes the node that has him; one that
    shares only the state chooses neither."""
    en = "OFAC designated Hanul Trading Corp. and its director Ri Sol Bom."
    director = ("person:ri-sol-bom", "Person", "Ri Sol Bom")
    registry = EnglishRegistry()
    registry.add(Extraction(DocumentMeta(id="en"), en, "h", [
        _entity(*OFAC, en, "OFAC", country="US"), _entity(*director, en, "Ri Sol Bom"),
        _entity("organization:hanul-trading-corp", "Organization", "Hanul Trading Corp.", en,
                "Hanul Trading Corp.")],
        [ExtractedRelation("DESIGNATED", OFAC[0], "organization:hanul-trading-corp"),
         ExtractedRelation("EMPLOYED_AT", director[0], "organization:hanul-trading-corp")]))
    two = "OFAC designated Hanul Trading Corporation."
    registry.add(Extraction(DocumentMeta(id="en2"), two, "h", [
        _entity(*OFAC, two, "OFAC", country="US"),
        _entity("organization:hanul-trading-corporation", "Organization",
                "Hanul Trading Corporation", two, "Hanul Trading Corporation")],
        [ExtractedRelation("DESIGNATED", OFAC[0], "organization:hanul-trading-corporation")]))

    def native(with_director: bool) -> Extraction:
        ja = "米国はHanul Trading Corporationと李ソルボムを指定した。"
        entities = [_entity("country:US", "Country", "United States", ja, "米国", code="US"),
                    _entity("organization:hanul-trading-corporation", "Organization",
                            "Hanul Trading Corporation", ja, "Hanul Trading Corporation")]
        relations = [ExtractedRelation("DESIGNATED", "country:US",
                                       "organization:hanul-trading-corporation")]
        if with_director:
            entities.append(_entity(*director, ja, "李ソルボム"))
            relations.append(ExtractedRelation("EMPLOYED_AT", director[0],
                                               "organization:hanul-trading-corporation"))
        return Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", entities, relations)

    named = native(True)
    link(named, registry)
    assert "organization:hanul-trading-corp" in {e.id for e in named.entities}
    state_only = native(False)
    link(state_only, registry)
    assert "organization:hanul-trading-corp" not in {e.id for e in state_only.entities}
