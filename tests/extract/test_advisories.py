"""Advisories: which document is which, who issued it, whom it addresses.

Our own wording and invented names throughout; each rule with a look-alike that must not
fire.
"""

from __future__ import annotations

from graph.model import DocumentMeta, Extraction
from tests.extract.conftest import extractor, relations

FBI = [{"country": "US", "agency": "Federal Bureau of Investigation"}]


def _advisory(text: str, title: str, date: str = "2026-03-04") -> Extraction:
    meta = DocumentMeta(id="t", doc_type="advisory", date=date, title=title, issuers=FBI)
    return extractor().extract(text, meta)


def _release(text: str) -> Extraction:
    meta = DocumentMeta(id="t", doc_type="sanctions_release", date="2026-03-04",
                        title="Treasury Acts Against a Remote Worker Network",
                        issuers=[{"country": "US", "agency": "Department of the Treasury"}])
    return extractor().extract(text, meta)


def _advisories(result: Extraction) -> list[str]:
    return sorted(e.name for e in result.entities if e.type == "Advisory")


def test_an_advisory_citing_an_earlier_dated_one_is_not_that_one() -> None:
    text = ("Remote Developer Fraud Update\n\nThe FBI is issuing this announcement to describe "
            "new tricks of North Korean IT workers. It builds on the FBI PSA of January 2025.")
    issued = relations(_advisory(text, "Remote Developer Fraud Update"), "ISSUED")
    assert ("Federal Bureau of Investigation", "Remote Developer Fraud Update") in issued
    assert ("Federal Bureau of Investigation", "I-012325-PSA") not in issued
    # look-alike: on the day that PSA came out, the document is that PSA
    same_day = _advisory("The FBI is issuing this announcement about the I-012325-PSA "
                         "findings on North Korean IT workers.", "I-012325-PSA",
                         date="2025-01-23")
    assert ("Federal Bureau of Investigation", "I-012325-PSA") in relations(same_day, "ISSUED")


def test_the_kind_of_a_document_is_no_agency() -> None:
    text = ("Remote Developer Fraud Update\n\nThe FBI is issuing this Public Service "
            "Announcement to describe new tricks of North Korean IT workers.")
    result = _advisory(text, "Remote Developer Fraud Update")
    assert not [e for e in result.entities if e.name == "Public Service Announcement"]
    assert ("Federal Bureau of Investigation", "Remote Developer Fraud Update") in \
        relations(result, "ISSUED")


def test_a_kind_and_a_date_is_a_reference_not_a_title() -> None:
    result = _release("For background, see the Public Service Announcement of May 2024, "
                      "which described laptop farms run for North Korean IT workers.")
    assert _advisories(result) == ["FBI public service announcement of May 16, 2024"]
    # look-alike: a kind followed by a subject in title case is a title of its own
    titled = _release("For background, see the Public Service Announcement on Remote "
                      "Hiring Fraud Schemes, which described laptop farms run for North "
                      "Korean IT workers.")
    assert "Public Service Announcement on Remote Hiring Fraud Schemes" in _advisories(titled)


def test_an_advisory_addresses_kinds_of_organizations() -> None:
    result = _release("The joint advisory on North Korean IT workers of October 2023 urges "
                      "freelance platforms and payment processors to verify the identity of "
                      "account holders.")
    advised = relations(result, "ADVISES")
    assert {target for _, target in advised} == {"freelance platforms", "payment processors"}
    assert all(e.unnamed for e in result.entities
               if e.name in {"freelance platforms", "payment processors"})


def test_people_and_named_threats_are_not_an_audience() -> None:
    result = _release("The joint advisory on North Korean IT workers of October 2023 urges "
                      "hiring managers to verify the identity of applicants and warns about "
                      "Lindqvist Softworks Ltd.")
    assert relations(result, "ADVISES") == []


def test_the_issuer_speaking_in_its_own_advisory_advises_for_it() -> None:
    title = "Advisory on Remote Developer Fraud Schemes"
    text = (f"{title}\n\nThe FBI encourages employers and staffing agencies to interview "
            "remote applicants on camera.")
    advised = relations(_advisory(text, title), "ADVISES")
    assert sorted(advised) == [(title, "employers"), (title, "staffing agencies")]
    # look-alike: an earlier request the issuer recalls is not this document's advice
    recalled = (f"{title}\n\nLast year the FBI asked employers to interview remote "
                "applicants on camera.")
    assert relations(_advisory(recalled, title), "ADVISES") == []
    # look-alike: a title only the file gives may not be the name the document goes by
    untitled = "The FBI encourages employers to interview remote applicants on camera."
    assert relations(_advisory(untitled, title), "ADVISES") == []


def test_a_reference_by_kind_and_date_before_it_is_the_listed_advisory() -> None:
    result = _release("The May 2022 advisory explained how North Korean IT workers hide "
                      "their nationality.")
    assert _advisories(result) == [
        "Guidance on the Democratic People's Republic of Korea Information Technology Workers"]
    # look-alike: a year with two advisories of that kind, and no issuer, stays unlinked
    assert _advisories(_release("The 2022 advisory explained how North Korean IT workers "
                                "hide their nationality.")) == []


def test_the_authors_named_after_a_reference_tell_two_advisories_of_a_year_apart() -> None:
    us = _release("The 2022 advisory from the Department of State and the FBI explained how "
                  "North Korean IT workers hide their nationality.")
    assert _advisories(us) == [
        "Guidance on the Democratic People's Republic of Korea Information Technology Workers"]
    rok = _release("The joint advisory issued by the United States and the Republic of Korea "
                   "in October 2023 listed new warning signs of North Korean IT workers.")
    assert _advisories(rok) == ["Additional Guidance on the Democratic People's Republic of "
                                "Korea Information Technology Workers"]
    assert sorted(relations(rok, "ISSUED")) == [
        ("South Korea", "Additional Guidance on the Democratic People's Republic of Korea "
                        "Information Technology Workers"),
        ("United States", "Additional Guidance on the Democratic People's Republic of Korea "
                          "Information Technology Workers")]


def _news(text: str, date: str) -> Extraction:
    meta = DocumentMeta(id="t", doc_type="news", date=date, title="Allies warn on IT workers",
                        issuers=[{"country": "US"}])
    return extractor().extract(text, meta)


def test_a_statement_reported_days_later_and_its_definite_reference() -> None:
    text = ("Japan, South Korea and the United States on Wednesday issued a joint statement "
            "about North Korean IT workers. The statement urged freelance platforms to check "
            "the identity of account holders.")
    result = _news(text, "2025-08-28")
    statement = "Joint Statement on North Korean Information Technology Workers"
    assert _advisories(result) == [statement]
    assert (statement, "freelance platforms") in relations(result, "ADVISES")
    assert ("Japan", statement) in relations(result, "ISSUED")
    # look-alike: a month later the weekday cannot mean the listed statement's day; the
    # statement the sentence reports is then one the text names only by its kind
    assert _advisories(_news(text, "2025-10-02")) == ["joint statement"]


def test_headings_and_designation_notices_are_not_advisories() -> None:
    text = ("North Korean IT Worker Schemes\n\nThe workers hide their nationality.\n\n"
            "Guidance for Freelance Platforms\n\nPlatforms should verify identities.\n\n"
            "Notice of Designation of Two Individuals\n\nTreasury designated two people.")
    assert _advisories(_release(text)) == []
    # look-alike: the same words inside a sentence name a document
    cited = _release("Platforms should read the Guidance for Freelance Platforms on Remote "
                     "Hiring before onboarding developers.")
    assert _advisories(cited) == ["Guidance for Freelance Platforms on Remote Hiring"]


def test_an_alert_numbered_with_the_documents_day_is_the_document() -> None:
    text = ("Remote Hiring Alert\n\nAlert Number: I-040326-PSA\n\nThe FBI is releasing this "
            "announcement to warn employers about North Korean IT workers.")
    result = _advisory(text, "Remote Hiring Alert", date="2026-04-03")
    assert ("Federal Bureau of Investigation", "I-040326-PSA") in relations(result, "ISSUED")
    assert ("I-040326-PSA", "employers") in relations(result, "ADVISES")
    # look-alike: an alert of another day is one the document cites
    cited = _advisory(text, "Remote Hiring Alert", date="2026-05-12")
    assert ("Federal Bureau of Investigation", "I-040326-PSA") not in relations(cited, "ISSUED")


def test_the_authors_as_a_group_and_the_audience_it_is_issued_for() -> None:
    title = "Guidance on Remote Contractors from North Korea"
    text = (f"{title}\n\nThe Department of State and the FBI are issuing this advisory for "
            "banks and staffing firms. The two agencies urge freelance platforms to check "
            "identities.")
    meta = DocumentMeta(id="t", doc_type="advisory", date="2026-03-04", title=title,
                        issuers=[{"country": "US", "agency": "Department of State"},
                                 *FBI])
    advised = relations(extractor().extract(text, meta), "ADVISES")
    assert sorted(t for _, t in advised) == ["banks", "freelance platforms", "staffing firms"]
    # look-alike: a release of the day for a market is no audience ("issued ... for")
    release = _release("OFAC issued a general license for banks that wind down accounts.")
    assert relations(release, "ADVISES") == []


def test_a_gerund_before_its_object_is_part_of_the_audience() -> None:
    advised = relations(_release("The joint advisory on North Korean IT workers of October "
                                 "2023 urges staffing agencies to screen contractors."),
                        "ADVISES")
    assert [t for _, t in advised] == ["staffing agencies"]


def test_two_references_in_one_sentence_are_both_read() -> None:
    result = _release("The new guidance builds on the May 2022 advisory and on the joint "
                      "statement that Japan, the Republic of Korea and the United States issued "
                      "in August 2025.")
    assert _advisories(result) == [
        "Guidance on the Democratic People's Republic of Korea Information Technology Workers",
        "Joint Statement on North Korean Information Technology Workers"]


def test_a_title_cased_kind_keeps_its_issuer() -> None:
    psa = "I-012325-PSA"
    owned = _release("The FBI's Public Service Announcement of January 2025 warns employers "
                     "about North Korean IT workers.")
    assert ("Federal Bureau of Investigation", psa) in relations(owned, "ISSUED")
    # look-alike: the same announcement with no issuer named has none
    bare = _release("The Public Service Announcement of January 2025 warns employers about "
                    "North Korean IT workers.")
    assert relations(bare, "ISSUED") == []


def test_what_poses_the_danger_a_warning_names_is_what_it_warns_about() -> None:
    result = _release("In its May 2022 advisory, the State Department warned of the risks from "
                      "the 313 General Bureau.")
    assert ("Department of State", "313 General Bureau") in relations(result, "WARNS_ABOUT")
    # look-alike: a danger from no named actor warns about no one
    vague = _release("In its May 2022 advisory, the State Department warned of the risks from "
                     "remote hiring.")
    assert relations(vague, "WARNS_ABOUT") == []
