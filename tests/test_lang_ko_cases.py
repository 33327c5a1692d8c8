"""A US sentencing as Korean news reports it, through the real Kiwi pipeline: who was
sentenced (SENTENCED, DEFENDANT_IN of "United States v. X"), the plea, and whom the
defendant helped (FACILITATED). Invented names and sentences; each rule has a look-alike."""

from __future__ import annotations

from extract.lang.crosslink import EnglishRegistry, link
from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, ExtractedEntity, Extraction, Mention

US = [{"country": "US", "agency": "Department of Justice"}]


def _read(ko: KoreanPipeline, text: str) -> Extraction:
    return ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko",
                                         doc_type="sentencing", issuers=US))


def _relations(result: Extraction) -> dict[str, list[tuple[str, str, dict[str, object]]]]:
    out: dict[str, list[tuple[str, str, dict[str, object]]]] = {}
    for r in result.relations:
        out.setdefault(r.type, []).append((r.source, r.target, r.properties))
    return out


TEXT = ("오리건주에 사는 메이블 하퍼스(44)가 2026년 3월 2일 연방지방법원에서 징역 4년 6개월을 "
        "선고받았다.\n하퍼스는 북한 IT 인력이 미국 회사에 취업하도록 노트북을 관리하며 도왔다.\n"
        "그녀는 지난해 유죄를 인정했다.")


def test_the_person_sentenced_is_the_defendant_of_the_us_case(ko: KoreanPipeline) -> None:
    relations = _relations(_read(ko, TEXT))
    (person, case, props), = relations["SENTENCED"]
    assert case.startswith("case:united-states-v-") and person.startswith("person:")
    assert props == {"months": 54, "qualifier": "exact", "date": "2026-03-02"}
    assert relations["DEFENDANT_IN"] == [(person, case, {"role": "defendant",
                                                         "plea": "guilty"})]
    assert relations["FACILITATED"] == [(person, "organization:dprk-it-workers", {})]


def test_a_charge_is_neither_a_sentence_nor_help(ko: KoreanPipeline) -> None:
    """Look-alike: charged with helping (혐의), prosecutors asking for a term (구형): no
    sentence, no facilitation; the indictment makes her a defendant charged with helping
    (ko_charges.py, ko_charged_with.py), nothing more."""
    relations = _relations(_read(ko, "오리건주에 사는 메이블 하퍼스(44)는 북한 IT 인력의 취업을 "
                                     "도운 혐의로 기소됐다.\n검찰은 하퍼스에게 징역 5년을 "
                                     "구형했다."))
    assert set(relations) == {"DEFENDANT_IN", "CHARGED_WITH"}


def test_the_court_sentencing_a_person_names_the_defendant(ko: KoreanPipeline) -> None:
    """"법원은 X에게 징역 N년을 선고했다": X (the dative) is the defendant, not a person the
    sentence names otherwise."""
    result = _read(ko, "더글러스 브랜트 판사는 오리건주에 사는 메이블 하퍼스(44)에게 징역 3년을 "
                       "선고했다.")
    (person, _case, props), = _relations(result)["SENTENCED"]
    names = {e.id: [m.text for m in e.mentions] for e in result.entities}
    assert names[person] == ["메이블 하퍼스"] and props["months"] == 36


def test_the_case_follows_its_defendant_onto_the_english_node() -> None:
    en = "Mabel Harpers was sentenced."
    registry = EnglishRegistry()
    registry.add(Extraction(DocumentMeta(id="en"), en, "h", [ExtractedEntity(
        id="person:mabel-harpers", type="Person", name="Mabel Harpers",
        mentions=[Mention(0, 13, "Mabel Harpers")])], []))
    text = "메이블 하퍼스가 형을 받았다."
    native = Extraction(DocumentMeta(id="ko", language="ko"), text, "h", [
        ExtractedEntity(id="person:meibul-haphosu", type="Person", name="Meibul Haphosu",
                        aliases=["메이블 하퍼스"], mentions=[Mention(0, 7, "메이블 하퍼스")]),
        ExtractedEntity(id="case:united-states-v-meibul-haphosu", type="Case",
                        name="United States v. Meibul Haphosu")], [])
    link(native, registry)
    assert {(e.id, e.name) for e in native.entities if e.type == "Case"} == {
        ("case:united-states-v-mabel-harpers", "United States v. Mabel Harpers")}


def test_us_agencies_in_korean(ko: KoreanPipeline) -> None:
    """미국 연방수사국 and 국토안보부 are US agencies; 법무부 alone in Korean text is the
    ROK's own ministry, never the US Department of Justice."""
    result = _read(ko, "수사는 미국 연방수사국과 국토안보부가 맡았다. 법무부는 논평하지 않았다.")
    agencies = {e.id for e in result.entities if e.type == "Agency"}
    assert agencies == {"agency:federal-bureau-of-investigation",
                        "agency:department-of-homeland-security"}
