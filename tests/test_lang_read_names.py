"""Western names written by sound in Japanese and Korean text, read against English names
(extract/lang/read_names.py, extract/lang/crosslink.py). Pure logic, invented names."""

from __future__ import annotations

from extract.lang.crosslink import EnglishRegistry, link
from extract.lang.ko_cases import case_id_for
from extract.lang.western_names import same_western_name
from graph.model import (
    DocumentMeta,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    Mention,
)


def _person(entity_id: str, name: str, text: str, surface: str) -> ExtractedEntity:
    start = text.index(surface)
    return ExtractedEntity(id=entity_id, type="Person", name=name,
                           mentions=[Mention(start, start + len(surface), surface)])


def _registry(*names: str) -> EnglishRegistry:
    text = " and ".join(names) + " were sentenced."
    registry = EnglishRegistry()
    people = [_person("person:" + n.lower().replace(" ", "-").replace(".", ""), n, text, n)
              for n in names]
    registry.add(Extraction(DocumentMeta(id="en"), text, "h", people, []))
    return registry


def test_katakana_words_compare_by_their_consonants() -> None:
    assert same_western_name("マーベル・ハーパーズ", "Marbel Harpers") == 2
    assert same_western_name("ダグラス・ソーン", "Douglas T. Thorne") == 2  # th is ス or ソ
    assert same_western_name("マシュー・ソーン", "Matthew Thorne") == 2  # tt + h: one sound
    assert same_western_name("ハーパーズ", "Marbel Harpers") == 1
    assert same_western_name("マーベル・ハーパーズ", "Marbel Hooper") == 0


def test_a_katakana_full_name_lands_on_the_english_node_with_its_family_name() -> None:
    """ダグラス・ソーン in full, then ソーン alone: one person, the English one."""
    ja = "ダグラス・ソーン被告に判決。ソーン被告は認めた。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _person("person:daguras-soon", "ダグラス・ソーン", ja, "ダグラス・ソーン"),
        _person("person:soon", "ソーン", ja, "ソーン被告は")], [])
    native.entities[1].mentions = [Mention(ja.index("ソーン被告は"), ja.index("ソーン被告は") + 3,
                                           "ソーン")]
    link(native, _registry("Douglas Thorne"))
    assert [e.id for e in native.entities] == ["person:douglas-thorne"]
    assert len(native.entities[0].mentions) == 2
    assert not native.links


def test_a_katakana_family_name_of_two_persons_stays_apart() -> None:
    """Look-alike: two persons named in full with one family name; ソーン alone is either."""
    ja = "ダグラス・ソーンとマーベル・ソーンに判決。ソーンは認めた。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _person("person:a", "ダグラス・ソーン", ja, "ダグラス・ソーン"),
        _person("person:b", "マーベル・ソーン", ja, "マーベル・ソーン"),
        _person("person:c", "ソーン", ja, "ソーンは")], [])
    link(native, EnglishRegistry())
    assert {e.id for e in native.entities} == {"person:a", "person:b", "person:c"}


def test_a_hangul_run_read_as_an_english_person_is_that_person() -> None:
    """더글러스 소른 in a list the Korean pipeline did not read: the whole name of an English
    person, written by sound; 소른은 later is the same person."""
    ko = "조지아주에서는 마벨 하퍼스, 더글러스 소른이 혐의를 인정했다. 소른은 말했다."
    native = Extraction(DocumentMeta(id="ko", language="ko"), ko, "h", [], [])
    link(native, _registry("Douglas Thorne", "Marbel Harpers"))
    found = {e.id: e for e in native.entities}
    assert set(found) == {"person:douglas-thorne", "person:marbel-harpers"}
    assert [m.text for m in found["person:douglas-thorne"].mentions] == ["더글러스 소른", "소른"]


def test_a_short_or_unmarked_run_is_not_read() -> None:
    """Look-alikes: a run without a word written by sound (two Korean words), and a name
    whose consonants say too little (존 헐리 for John Hurley: C N R) are left alone."""
    ko = "김 선생 회의가 열렸다. 존 헐리 차관이 말했다."
    native = Extraction(DocumentMeta(id="ko", language="ko"), ko, "h", [], [])
    link(native, _registry("Kim Sonsaeng", "John Hurley"))
    assert not native.entities


def test_a_run_fitting_two_english_persons_is_neither() -> None:
    """Two English persons whose names sound alike (Thorne, Thorn): no person is chosen."""
    ko = "더글러스 소른이 인정했다."
    native = Extraction(DocumentMeta(id="ko", language="ko"), ko, "h", [], [])
    link(native, _registry("Douglas Thorne", "Douglas Thorn"))
    assert not native.entities


def _entity(entity_id: str, label: str, name: str, text: str, surface: str,
            **properties: str) -> ExtractedEntity:
    start = text.index(surface)
    return ExtractedEntity(id=entity_id, type=label, name=name, properties=dict(properties),
                           mentions=[Mention(start, start + len(surface), surface)])


def _two_kims() -> EnglishRegistry:
    """Two English persons whose names are both spellings of 김송일: one named beside the
    Pyolbit unit, the other a defendant named with nobody."""
    one = "Kim Song Il of the Pyolbit Bureau was named."
    two = "Song Il Kim was charged."
    unit = ("organization:pyolbit-bureau", "Organization", "Pyolbit Bureau")
    registry = EnglishRegistry()
    registry.add(Extraction(DocumentMeta(id="en1"), one, "h", [
        _entity(*unit, one, "Pyolbit Bureau", kind="dprk_unit"),
        _person("person:kim-song-il", "Kim Song Il", one, "Kim Song Il")], []))
    registry.add(Extraction(DocumentMeta(id="en2"), two, "h", [
        _person("person:song-il-kim", "Song Il Kim", two, "Song Il Kim")], []))
    return registry


def test_of_two_kims_the_one_sharing_a_neighbour_is_joined() -> None:
    ko = "별빛국 소속 김송일이 지정됐다."
    native = Extraction(DocumentMeta(id="ko", language="ko"), ko, "h", [
        _entity("organization:pyolbit-bureau", "Organization", "Pyolbit Bureau", ko, "별빛국",
                kind="dprk_unit"),
        _person("person:kim-song-il-ko", "Kim Song Il", ko, "김송일")], [])
    native.entities[1].aliases = ["김송일"]
    native.entities[1].id = "person:kim-song-il-2"
    link(native, _two_kims())
    assert "person:kim-song-il" in {e.id for e in native.entities}


def test_of_two_kims_with_nothing_shared_neither_is_joined_nor_linked() -> None:
    """Look-alike: the same Hangul name named with nobody: either Kim could be meant."""
    ko = "김송일이 지정됐다."
    native = Extraction(DocumentMeta(id="ko", language="ko"), ko, "h", [
        _person("person:kim-song-il-2", "Kim Song Il", ko, "김송일")], [])
    native.entities[0].aliases = ["김송일"]
    link(native, _two_kims())
    assert {e.id for e in native.entities} == {"person:kim-song-il-2"}
    assert not native.links


def test_of_two_english_spellings_of_a_company_the_corroborated_one() -> None:
    """English documents left "Hanbit Trading Corp." (designated by OFAC) and "Hanbit Trading
    Corporation" (named alone) apart; a Japanese list of OFAC designations spelling it
    "Hanbit Trading Corporation" lands on the node it shares the designating state with."""
    one = "OFAC designated Hanbit Trading Corp."
    two = "Hanbit Trading Corporation employed workers."
    ofac = ("agency:office-of-foreign-assets-control", "Agency",
            "Office of Foreign Assets Control")
    registry = EnglishRegistry()
    registry.add(Extraction(DocumentMeta(id="en1"), one, "h", [
        _entity(*ofac, one, "OFAC", country="US"),
        _entity("organization:hanbit-trading-corp", "Organization", "Hanbit Trading Corp.",
                one, "Hanbit Trading Corp.", kind="company")],
        [ExtractedRelation("DESIGNATED", ofac[0], "organization:hanbit-trading-corp")]))
    registry.add(Extraction(DocumentMeta(id="en2"), two, "h", [
        _entity("organization:hanbit-trading-corporation", "Organization",
                "Hanbit Trading Corporation", two, "Hanbit Trading Corporation",
                kind="company")], []))
    ja = "米国はHanbit Trading Corporationを指定した。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _entity("country:US", "Country", "United States", ja, "米国", code="US"),
        _entity("organization:hanbit-trading-corporation", "Organization",
                "Hanbit Trading Corporation", ja, "Hanbit Trading Corporation",
                kind="company")],
        [ExtractedRelation("DESIGNATED", "country:US", "organization:hanbit-trading-corporation")])
    link(native, registry)
    assert "organization:hanbit-trading-corp" in {e.id for e in native.entities}


def test_a_person_read_in_part_inside_the_run_is_the_run() -> None:
    """The pipeline read 더글러스 alone as a person (a given name taken for a Korean name):
    the run 더글러스 소른 is the better reading, and that entity's relation follows it. An
    organization inside a run stops it."""
    ko = "더글러스 소른이 노트북을 받았다. 이 사건."
    part = _person("person:to-kul-ro-su", "To Kul Ro Su", ko, "더글러스")
    case = ExtractedEntity(id=case_id_for(part.id), type="Case", name="United States v. X")
    native = Extraction(DocumentMeta(id="ko", language="ko"), ko, "h", [
        part, _person("person:other", "Other", ko, "노트북"), case],
        [ExtractedRelation("FACILITATED", "person:to-kul-ro-su", "person:other"),
         ExtractedRelation("DEFENDANT_IN", "person:to-kul-ro-su", case.id)])
    link(native, _registry("Douglas Thorne"))
    assert "person:to-kul-ro-su" not in {e.id for e in native.entities}
    assert [(r.source, r.target) for r in native.relations] == [
        ("person:douglas-thorne", "person:other"),
        ("person:douglas-thorne", "case:united-states-v-douglas-thorne")]  # its case too
    org = _entity("organization:x", "Organization", "X", ko, "더글러스 소른")
    blocked = Extraction(DocumentMeta(id="ko", language="ko"), ko, "h", [org], [])
    link(blocked, _registry("Douglas Thorne"))
    assert [e.id for e in blocked.entities] == ["organization:x"]


def test_a_person_joined_corroborates_the_company_named_beside_him() -> None:
    """ダグラス・ソーン joins Douglas Thorne by his whole name; then the company named in the
    same sentence in both languages shares him as a neighbour and joins too. Without him it
    would be a name-only link."""
    en = "Douglas Thorne ran Korea Hanul Shipping Co. for years."
    registry = EnglishRegistry()
    registry.add(Extraction(DocumentMeta(id="en"), en, "h", [
        _person("person:douglas-thorne", "Douglas Thorne", en, "Douglas Thorne"),
        _entity("organization:korea-hanul-shipping-co", "Organization",
                "Korea Hanul Shipping Co.", en, "Korea Hanul Shipping Co.", kind="company")],
        []))
    ja = "ダグラス・ソーンは朝鮮ハヌル海運会社を運営した。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _person("person:daguras-soon", "ダグラス・ソーン", ja, "ダグラス・ソーン"),
        _entity("organization:chousen-hanuru", "Organization", "朝鮮ハヌル海運会社", ja,
                "朝鮮ハヌル海運会社", kind="company")], [])
    link(native, registry)
    assert {e.id for e in native.entities} == {"person:douglas-thorne",
                                               "organization:korea-hanul-shipping-co"}
    assert not native.links


def test_the_english_name_given_in_more_words_wins() -> None:
    """English documents name Vito Harpers and Vito Serge Harpers apart. A katakana name
    in three words fits only the second in full (its family name alone fits both); a name
    in two words fits both alike and joins neither."""
    full = "ヴィト・セルジュ・ハーパーズが指定された。ハーパーズは否定した。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), full, "h", [
        _person("person:vito-seruju", "ヴィト・セルジュ・ハーパーズ", full,
                "ヴィト・セルジュ・ハーパーズ"),
        _person("person:haapaazu", "ハーパーズ", full, "ハーパーズは")], [])
    native.entities[1].mentions[0].end -= 1
    link(native, _registry("Vito Harpers", "Vito Serge Harpers"))
    assert [e.id for e in native.entities] == ["person:vito-serge-harpers"]
    short = "ヴィト・ハーパーズが指定された。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), short, "h", [
        _person("person:vito-haapaazu", "ヴィト・ハーパーズ", short, "ヴィト・ハーパーズ")], [])
    link(native, _registry("Vito Harpers", "Vito Serge Harpers"))
    assert [e.id for e in native.entities] == ["person:vito-haapaazu"]


def test_a_korean_name_in_katakana_is_never_read_by_consonants_alone() -> None:
    """Look-alike: キム・ソンイル is Kim Song Il; "Kim Sun Il" has the same consonants but
    another vowel, a different person. Only the Korean reading of katakana applies to a
    Korean name, so neither is joined on the name alone."""
    ja = "キム・ソンイルが指定された。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _person("person:kimu-soniru", "キム・ソンイル", ja, "キム・ソンイル")], [])
    link(native, _registry("Kim Sun Il"))
    assert [e.id for e in native.entities] == ["person:kimu-soniru"]
    # nor is a Korean name hyphenated, whose last words チョン・ソンホ (정성호) sound as
    ja = "チョン・ソンホが指定された。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [
        _person("person:chon-sonho", "チョン・ソンホ", ja, "チョン・ソンホ")], [])
    link(native, _registry("Ri Chon-Song"))
    assert [e.id for e in native.entities] == ["person:chon-sonho"]


def test_a_katakana_name_the_pipeline_missed_is_read_too() -> None:
    """マーベル・ハーパーズ (no entity there) is Marbel Harpers, and so is ハーパーズ after it;
    ヤン・ディ has too few consonants to name anyone by sound."""
    ja = "マーベル・ハーパーズ被告とヤン・ディ氏。ハーパーズ被告は認めた。"
    native = Extraction(DocumentMeta(id="ja", language="ja"), ja, "h", [], [])
    link(native, _registry("Marbel Harpers", "Yan Dee"))
    assert [e.id for e in native.entities] == ["person:marbel-harpers"]
    assert [m.text for m in native.entities[0].mentions] == ["マーベル・ハーパーズ", "ハーパーズ"]
