"""Each construction a frame covers, on sentences written for the test (names invented)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OFAC = "Office of Foreign Assets Control"


def test_active_passive_and_agentless_designation() -> None:
    result = extract("OFAC designated Norvane Trading LLC. Kestrel Soft Ltd. was designated by "
                     "OFAC on May 4, 2025. Ardent Bridge Co. is also being designated today.")
    found = relations(result, "DESIGNATED")
    for company in ("Norvane Trading LLC", "Kestrel Soft Ltd.", "Ardent Bridge Co."):
        assert (OFAC, company) in found
    dated = {r.properties.get("date") for r in result.relations if r.type == "DESIGNATED"}
    assert "2025-05-04" in dated


def test_coordination_shares_the_role() -> None:
    result = extract("OFAC designated Norvane Trading LLC, Kestrel Soft Ltd. and Ardent Bridge "
                     "Co. pursuant to E.O. 13382.")
    found = relations(result, "DESIGNATED")
    assert {(OFAC, c) for c in ("Norvane Trading LLC", "Kestrel Soft Ltd.",
                                "Ardent Bridge Co.")} <= set(found)
    basis = {tuple(r.properties.get("legal_basis", [])) for r in result.relations}
    assert ("E.O. 13382",) in basis


def test_relative_clause_names_the_object() -> None:
    result = extract("Officials met with Kestrel Soft Ltd., which OFAC designated in 2024.",
                     doc_type="news")
    assert (OFAC, "Kestrel Soft Ltd.") in relations(result, "DESIGNATED")


def test_prepositional_agent_and_apposition() -> None:
    result = extract("Norvane Trading LLC, a company based in China, is controlled by the "
                     "Reconnaissance General Bureau.", doc_type="news")
    assert ("Norvane Trading LLC", "China") in relations(result, "LOCATED_IN")
    assert ("Norvane Trading LLC", "Reconnaissance General Bureau") in relations(
        result, "CONTROLLED_BY")


def test_place_before_based() -> None:
    result = extract("OFAC designated Kestrel Soft Ltd., a Laos-based firm, and the "
                     "Russia-based Norvane Trading LLC.")
    found = relations(result, "LOCATED_IN")
    assert ("Kestrel Soft Ltd.", "Laos") in found
    assert ("Norvane Trading LLC", "Russia") in found


def test_front_company_nominal() -> None:
    result = extract("Ardent Bridge Co. is a front company for the Munitions Industry "
                     "Department.", doc_type="news")
    assert ("Ardent Bridge Co.", "Munitions Industry Department") in relations(result,
                                                                               "FRONT_FOR")


def test_respectively_pairs_the_lists() -> None:
    result = extract("Japan and South Korea designated Norvane Trading LLC and Kestrel Soft "
                     "Ltd., respectively.", doc_type="news")
    found = set(relations(result, "DESIGNATED"))
    assert ("Japan", "Norvane Trading LLC") in found
    assert ("South Korea", "Kestrel Soft Ltd.") in found
    assert ("Japan", "Kestrel Soft Ltd.") not in found


def test_nominalized_designation() -> None:
    result = extract("The designation of Kestrel Soft Ltd. by OFAC followed the indictment.",
                     doc_type="news")
    assert (OFAC, "Kestrel Soft Ltd.") in relations(result, "DESIGNATED")


def test_list_style_designation() -> None:
    text = ("OFAC today designated the following entities pursuant to E.O. 13722:\n\n"
            "- Norvane Trading LLC, a company in China\n"
            "- Kestrel Soft Ltd., a company in Laos\n")
    result = extract(text)
    found = relations(result, "DESIGNATED")
    assert (OFAC, "Norvane Trading LLC") in found and (OFAC, "Kestrel Soft Ltd.") in found


def test_court_stages_are_the_modality() -> None:
    result = extract("Hollis Brandt was indicted in federal court in Kansas on charges of wire "
                     "fraud conspiracy. Brandt later pleaded guilty and was sentenced to 40 "
                     "months in prison.", doc_type="sentencing",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    defendant = next(r for r in result.relations if r.type == "DEFENDANT_IN")
    assert defendant.modality == "sentenced"
    sentence = next(r for r in result.relations if r.type == "SENTENCED")
    assert sentence.properties.get("months") == 40


def test_alleged_facilitation_and_the_chain_without_names() -> None:
    result = extract("According to the indictment, an Ohio man helped North Korean IT workers "
                     "get jobs at more than 60 U.S. companies.", doc_type="indictment",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    facilitated = [r for r in result.relations if r.type == "FACILITATED"]
    assert facilitated and all(r.modality == "alleged" for r in facilitated)
    assert relations(result, "EMPLOYED_AT")


def test_those_sanctioned_include_names_the_targets() -> None:
    result = extract("Those sanctioned include Ukrainian national Bohdan Ivanovych Tkachuk and "
                     "Harbin Lintao Trading Company, which moved the cash.")
    found = relations(result, "DESIGNATED")
    assert {(OFAC, "Bohdan Ivanovych Tkachuk"), (OFAC, "Harbin Lintao Trading Company")} <= \
        set(found)
    # the same shape without a designating verb names nobody
    others = extract("Those who attended include Bohdan Ivanovych Tkachuk and Ko Sun Hee.")
    assert relations(others, "DESIGNATED") == []
