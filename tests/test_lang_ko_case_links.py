"""The English case a Korean report of a US prosecution is about (ko_case_links.py): the
report may name the defendants in another order than the caption; the case its joined
defendants share in English is its case. Invented names."""

from __future__ import annotations

from extract.lang.crosslink import EnglishRegistry, link
from extract.lang.ko import KoreanPipeline
from graph.model import DocumentMeta, ExtractedEntity, ExtractedRelation, Extraction, Mention

US = [{"country": "US", "agency": "Department of Justice"}]


def _english(*cases: tuple[str, list[str]]) -> EnglishRegistry:
    """An English document per case: the case "United States v. <first>" and its
    defendants, each DEFENDANT_IN it."""
    registry = EnglishRegistry()
    for number, (caption, persons) in enumerate(cases):
        text = ", ".join(persons) + " were charged."
        entities, relations, start = [], [], 0
        case_id = "case:united-states-v-" + caption.lower().replace(" ", "-")
        for name in persons:
            person_id = "person:" + name.lower().replace(" ", "-")
            entities.append(ExtractedEntity(id=person_id, type="Person", name=name,
                                            mentions=[Mention(start, start + len(name),
                                                              name)]))
            relations.append(ExtractedRelation(type="DEFENDANT_IN", source=person_id,
                                               target=case_id))
            start += len(name) + 2
        entities.append(ExtractedEntity(id=case_id, type="Case",
                                        name=f"United States v. {caption}"))
        registry.add(Extraction(DocumentMeta(id=f"en{number}"), text, "h", entities,
                                relations))
    return registry


def _cases(ko: KoreanPipeline, registry: EnglishRegistry, text: str) -> dict[str, set[str]]:
    result = ko.extract(text, DocumentMeta(id="ko", date="2026-03-02", language="ko",
                                           issuers=US))
    link(result, registry)
    names = {e.id: e.name for e in result.entities if e.type == "Case"}
    out: dict[str, set[str]] = {names[c]: set() for c in names}
    for r in result.relations:
        if r.type == "DEFENDANT_IN":
            out[names[r.target]].add(r.source)
    return out


def test_a_report_naming_a_co_defendant_first_is_about_the_english_case(
        ko: KoreanPipeline) -> None:
    registry = _english(("Kim Chol Ung", ["Kim Chol Ung", "Ri Song Hak"]))
    cases = _cases(ko, registry, "미국 연방 검찰은 북한 국적자 리성학과 김철웅을 전신 사기 공모 "
                                 "혐의로 기소했다.")
    assert cases == {"United States v. Kim Chol Ung": {"person:kim-chol-ung",
                                                       "person:ri-song-hak"}}


def test_defendants_of_two_english_cases_leave_the_report_its_own_case(
        ko: KoreanPipeline) -> None:
    """Look-alike: the two defendants stand in two different English cases: the report's
    case cannot be told, so it keeps the first name it gives."""
    registry = _english(("Kim Chol Ung", ["Kim Chol Ung"]), ("Ri Song Hak", ["Ri Song Hak"]))
    cases = _cases(ko, registry, "미국 연방 검찰은 북한 국적자 리성학과 김철웅을 전신 사기 공모 "
                                 "혐의로 기소했다.")
    assert cases == {"United States v. Ri Song Hak": {"person:kim-chol-ung",
                                                      "person:ri-song-hak"}}


def test_a_defendant_unknown_in_english_keeps_the_case_of_the_report(
        ko: KoreanPipeline) -> None:
    """Look-alike: a namesake in an English document that is no defendant there gives the
    report no English case."""
    registry = _english(("Pak Yong Su", ["Pak Yong Su"]))
    cases = _cases(ko, registry, "미국 연방 검찰은 북한 국적자 리성학을 기소했다.")
    assert cases == {"United States v. Ri Song Hak": {"person:ri-song-hak"}}
