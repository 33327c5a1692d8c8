"""One company under two spellings of its legal form across English documents
(extract/lang/company_names.py), through the run's registry (extract/lang/route.py).
Pure logic on hand-built extractions with invented names."""

from __future__ import annotations

from extract.lang.company_names import company_core
from extract.lang.route import LanguagePipelines
from graph.model import (
    DocumentMeta,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    Mention,
)

OFAC = ("agency:office-of-foreign-assets-control", "Agency", "Office of Foreign Assets Control")


def _entity(entity_id: str, label: str, name: str, text: str, surface: str,
            **properties: str) -> ExtractedEntity:
    start = text.index(surface)
    return ExtractedEntity(id=entity_id, type=label, name=name, properties=dict(properties),
                           mentions=[Mention(start, start + len(surface), surface)])


def _company(name: str, text: str, **properties: str) -> ExtractedEntity:
    slug = name.lower().replace(",", "").replace(".", "").replace(" ", "-")
    return _entity(f"organization:{slug}", "Organization", name, text, name,
                   kind="company", **properties)


def _doc(doc_id: str, text: str, entities: list[ExtractedEntity],
         relations: list[ExtractedRelation] | None = None) -> Extraction:
    return Extraction(DocumentMeta(id=doc_id, language="en"), text, "h", entities,
                      relations or [])


def _read(*docs: Extraction) -> list[Extraction]:
    languages = LanguagePipelines()
    return [languages.settle(d) for d in docs]


def _ids(extraction: Extraction) -> set[str]:
    return {e.id for e in extraction.entities}


def test_the_core_drops_the_legal_form_case_punctuation_and_spaces() -> None:
    assert company_core("Pyolbit Trading Corp.") == company_core("Pyolbit Trading Corporation")
    assert company_core("Pyolbit Trading Co., Ltd.") == company_core("pyolbit trading")
    assert company_core("Hanbit Silver Star LLC") == company_core("Hanbit Silverstar")
    assert company_core("株式会社ピョルビッ") == company_core("ピョルビッ株式会社") == "ピョルビッ"
    assert company_core("한빛무역 주식회사") == company_core("(주)한빛무역")
    # no word of the name itself is dropped: "Korea" and the trade stay
    assert company_core("Korea Pyolbit Trading Co.") != company_core("Pyolbit Trading Co.")
    assert company_core("Pyolbit Shipping Co.") != company_core("Pyolbit Trading Co.")


def _pair(second_name: str, second_person: str, **second_props: str) -> list[Extraction]:
    """Two English documents: the first names Pyolbit Trading Corp. beside Ona Grell, the
    second `second_name` beside `second_person`."""
    one = "Ona Grell ran Pyolbit Trading Corp. for years."
    two = f"{second_person} ran {second_name} for years."
    grell = ("person:ona-grell", "Person", "Ona Grell")
    other = ("person:" + second_person.lower().replace(" ", "-"), "Person", second_person)
    first = _doc("en1", one, [_entity(*grell, one, "Ona Grell"),
                              _company("Pyolbit Trading Corp.", one)])
    second = _doc("en2", two, [_entity(*other, two, second_person),
                               _company(second_name, two, **second_props)])
    return _read(first, second)


def test_another_legal_form_and_the_same_person_join() -> None:
    _, second = _pair("Pyolbit Trading Corporation", "Ona Grell")
    assert "organization:pyolbit-trading-corp" in _ids(second)
    company = next(e for e in second.entities if e.type == "Organization")
    assert company.name == "Pyolbit Trading Corporation"  # the document's own spelling
    assert not second.links


def test_another_legal_form_alone_is_only_a_possible_link() -> None:
    _, second = _pair("Pyolbit Trading Corporation", "Tam Voss")
    assert "organization:pyolbit-trading-corporation" in _ids(second)
    assert [(x.entity, x.other) for x in second.links] == [
        ("organization:pyolbit-trading-corporation", "organization:pyolbit-trading-corp")]


def test_a_company_sharing_a_stem_is_another_company() -> None:
    """"Korea Pyolbit Trading" and "Pyolbit Shipping" are different names, whoever runs
    them: neither a join nor a link."""
    for name in ("Korea Pyolbit Trading Co.", "Pyolbit Shipping Co."):
        _, second = _pair(name, "Ona Grell")
        assert not any(i.startswith("organization:pyolbit-trading-corp") for i in _ids(second))
        assert not second.links


def test_placed_in_two_countries_is_two_companies() -> None:
    one = "Ona Grell ran Pyolbit Trading Corp., a company based in Laos."
    two = "Ona Grell ran Pyolbit Trading Corporation, a firm in Peru."
    grell = ("person:ona-grell", "Person", "Ona Grell")
    _, second = _read(
        _doc("en1", one, [_entity(*grell, one, "Ona Grell"),
                          _company("Pyolbit Trading Corp.", one, country="LA")]),
        _doc("en2", two, [_entity(*grell, two, "Ona Grell"),
                          _company("Pyolbit Trading Corporation", two, country="PE")]))
    assert "organization:pyolbit-trading-corporation" in _ids(second)
    assert not second.links


def test_the_same_country_and_designating_state_agree() -> None:
    """Another spelling of the name, placed in the same country by a LOCATED_IN relation
    in the second document: the country agrees, the two join."""
    one = "OFAC designated Hanbit Silver Star, a company based in Laos."
    two = "Hanbit Silverstar operated in Laos."
    laos = ("country:LA", "Country", "Laos")
    first = _doc("en1", one, [_entity(*OFAC, one, "OFAC", country="US"),
                              _company("Hanbit Silver Star", one, country="LA")],
                 [ExtractedRelation("DESIGNATED", OFAC[0], "organization:hanbit-silver-star")])
    second = _doc("en2", two, [_company("Hanbit Silverstar", two),
                               _entity(*laos, two, "Laos", code="LA")],
                  [ExtractedRelation("LOCATED_IN", "organization:hanbit-silverstar",
                                     "country:LA")])
    _, second = _read(first, second)
    assert "organization:hanbit-silver-star" in _ids(second)
    assert second.relations[0].source == "organization:hanbit-silver-star"


def test_two_earlier_companies_of_one_core_leave_the_name_alone() -> None:
    """Two earlier nodes whose names both fit (already two companies, or one split): the
    third spelling joins neither."""
    texts = ["Ona Grell ran Pyolbit Trading Corp.", "Ona Grell ran Pyolbit Trading Co.",
             "Ona Grell ran Pyolbit Trading Corporation."]
    grell = ("person:ona-grell", "Person", "Ona Grell")
    names = ["Pyolbit Trading Corp.", "Pyolbit Trading Co.", "Pyolbit Trading Corporation"]
    languages = LanguagePipelines()
    first = _doc("en1", texts[0], [_entity(*grell, texts[0], "Ona Grell"),
                                   _company(names[0], texts[0])])
    languages.registry.add(first)  # two earlier nodes, as if a join had not been made
    languages.registry.add(_doc("en2", texts[1], [_entity(*grell, texts[1], "Ona Grell"),
                                                  _company(names[1], texts[1])]))
    third = languages.settle(_doc("en3", texts[2], [
        _entity(*grell, texts[2], "Ona Grell"), _company(names[2], texts[2])]))
    assert "organization:pyolbit-trading-corporation" in _ids(third)
    assert not third.links


def test_a_name_spelled_as_an_earlier_node_stays_on_it() -> None:
    """Two earlier nodes left apart (Corp. named alone; Corporation beside Ona Grell); a
    third document spells it "Corp." beside Ona Grell: it stays on the "Corp." node its
    spelling names, whatever it shares with the other."""
    texts = ["Pyolbit Trading Corp. was named.", "Ona Grell ran Pyolbit Trading Corporation.",
             "Ona Grell ran Pyolbit Trading Corp."]
    grell = ("person:ona-grell", "Person", "Ona Grell")
    _, second, third = _read(
        _doc("en1", texts[0], [_company("Pyolbit Trading Corp.", texts[0])]),
        _doc("en2", texts[1], [_entity(*grell, texts[1], "Ona Grell"),
                               _company("Pyolbit Trading Corporation", texts[1])]),
        _doc("en3", texts[2], [_entity(*grell, texts[2], "Ona Grell"),
                               _company("Pyolbit Trading Corp.", texts[2])]))
    assert "organization:pyolbit-trading-corporation" in _ids(second)  # a link only
    assert "organization:pyolbit-trading-corp" in _ids(third)
    assert not third.links
