"""Only what the text asserts, for documents a text cites and acts it recalls.

- a document an advisory cites is not the advisory itself, so "this advisory" is not it;
- a cited document warns about the DPRK IT workers only where the text says so;
- a quoted sentence is words said, not the title of a document;
- a reward offer is no advisory;
- a relative clause between two list items says nothing of the next item;
- "last year" dates an act by the year before the document's.

Our own wording and invented names; each rule with a look-alike that must still fire.
"""

from __future__ import annotations

from graph.model import DocumentMeta, Extraction
from tests.extract.conftest import extract, extractor, relations

FBI = [{"country": "US", "agency": "Federal Bureau of Investigation"}]


def _advisory(text: str, title: str) -> Extraction:
    meta = DocumentMeta(id="t", doc_type="advisory", date="2026-02-10", title=title,
                        issuers=FBI)
    return extractor().extract(text, meta)


def _advisories(result: Extraction) -> list[str]:
    return sorted(e.name for e in result.entities if e.type == "Advisory")


def test_the_one_document_an_advisory_cites_is_not_the_advisory() -> None:
    text = ("The FBI is releasing this advisory to alert hiring managers to North Korean IT "
            "workers. It revises the Guidance on North Korean Freelance Developers that "
            "the State Department put out in 2023.")
    issued = relations(_advisory(text, "Alert on Synthetic Job Applicants"), "ISSUED")
    assert ("Federal Bureau of Investigation", "Guidance on North Korean Freelance Developers") \
        not in issued
    assert ("Federal Bureau of Investigation", "Alert on Synthetic Job Applicants") in issued
    # look-alike: the one document the advisory names, with nothing saying it is earlier,
    # is the advisory itself
    same = _advisory("The FBI is releasing the Guidance on North Korean Freelance Developers "
                     "to alert hiring managers to North Korean IT workers.",
                     "Alert on Synthetic Job Applicants")
    assert ("Federal Bureau of Investigation", "Guidance on North Korean Freelance Developers") \
        in relations(same, "ISSUED")


def test_a_cited_report_on_another_subject_does_not_warn_about_the_workers() -> None:
    result = extract(
        "OFAC today designated Sokchon Web Services, which placed North Korean IT workers at "
        "firms abroad. Separately, the Report on Forced Labor in East Asia was published "
        "by the State Department in March.")
    warned = [a for a, _ in relations(result, "WARNS_ABOUT")]
    assert "Report on Forced Labor in East Asia" not in warned
    # look-alike: a document whose title names the workers warns about them
    named = extract(
        "OFAC today designated Sokchon Web Services, which placed North Korean IT workers at "
        "firms abroad. Separately, the Report on Remote IT Workers in East Asia was "
        "published by the State Department in March.")
    assert "Report on Remote IT Workers in East Asia" in [
        a for a, _ in relations(named, "WARNS_ABOUT")]


def test_a_quoted_sentence_is_not_a_document_title() -> None:
    said = extract("Under Secretary Hana Lindqvist said in a statement, “North Korea keeps "
                   "sending its coders abroad to earn money for weapons.”", doc_type="news")
    assert _advisories(said) == []
    # look-alike: a quoted title capitalizes its words
    titled = extract("The monitoring team published a report, “Covert Coders: How Pyongyang "
                     "Earns Abroad”, in May.", doc_type="news")
    assert _advisories(titled) == ["Covert Coders: How Pyongyang Earns Abroad"]


def test_a_reward_offer_is_no_advisory() -> None:
    offer = extract("The Department of State today issued a Notice of Reward Offer for "
                    "information on Haeju Link Co., a firm that employs North Korean IT "
                    "workers.", doc_type="news")
    assert _advisories(offer) == []
    assert relations(offer, "WARNS_ABOUT") == []
    # look-alike: a notice on the workers is an advisory its issuer issued
    notice = extract("The Department of State today issued a Notice on North Korean IT "
                     "Worker Recruitment for companies that hire remote developers.",
                     doc_type="news")
    assert ("Department of State", "Notice on North Korean IT Worker Recruitment") in \
        relations(notice, "ISSUED")


def test_a_clause_between_two_list_items_is_said_of_the_first_only() -> None:
    result = extract("The Government of the Republic of Korea today designated Jo Kwang "
                     "Nam, who was sanctioned by the United States in 2022, and Pihyon "
                     "Trading Corporation.", issuers=[{"country": "KR"}])
    designated = relations(result, "DESIGNATED")
    assert ("United States", "Jo Kwang Nam") in designated
    assert ("United States", "Pihyon Trading Corporation") not in designated
    assert ("South Korea", "Pihyon Trading Corporation") in designated
    # look-alike: a clause after the whole list speaks of every item
    after = extract("Japan today designated Jo Kwang Nam and Pihyon Trading Corporation, "
                    "which were sanctioned by the United States in 2022.",
                    issuers=[{"country": "JP"}])
    assert ("United States", "Pihyon Trading Corporation") in relations(after, "DESIGNATED")
    assert ("United States", "Jo Kwang Nam") in relations(after, "DESIGNATED")


def _dates(result: Extraction, rtype: str) -> list[object]:
    return [r.properties.get("date") for r in result.relations if r.type == rtype]


def test_last_year_dates_an_act_by_the_year_before() -> None:
    result = extract("Treasury designated Ongjin Soft Co. last year.", doc_type="news",
                     date="2026-02-10")
    assert _dates(result, "DESIGNATED") == ["2025"]
    ago = extract("Treasury designated Ongjin Soft Co. three years ago.", doc_type="news",
                  date="2026-02-10")
    assert _dates(ago, "DESIGNATED") == ["2023"]
    # look-alike: an act of the document's own day keeps the document's date
    today = extract("Treasury designated Ongjin Soft Co. today.", doc_type="news",
                    date="2026-02-10")
    assert _dates(today, "DESIGNATED") == ["2026-02-10"]


def test_an_opening_about_another_document_names_not_this_ones_issuers() -> None:
    text = ("The Department of State and the Department of the Treasury published guidance "
            "in May 2022. This update adds new signs of North Korean IT workers for "
            "hiring managers.")
    issued = relations(_advisory(text, "Update on Remote Hiring Fraud"), "ISSUED")
    assert ("Department of State", "Update on Remote Hiring Fraud") not in issued
    # look-alike: an opening whose subject speaks for the document names its issuers
    own = _advisory("The Department of State and the Department of the Treasury warn hiring "
                    "managers about North Korean IT workers.", "Update on Remote Hiring Fraud")
    assert ("Department of State", "Update on Remote Hiring Fraud") in relations(own, "ISSUED")


def test_each_list_item_with_a_clause_of_its_own_keeps_it() -> None:
    result = extract("OFAC also sanctioned two men: Ko Yong Chol, who runs the Sobaek delegation "
                     "of IT workers in Laos, and Ju Song Nam, who is Sinhung Trading "
                     "Company's representative in Russia.", doc_type="news")
    assert ("Ko Yong Chol", "Sinhung Trading Company") not in relations(result, "EMPLOYED_AT")
    assert ("Ko Yong Chol", "Russia") not in relations(result, "LOCATED_IN")
    # look-alike: the last item's own clause still speaks of it
    assert ("Ju Song Nam", "Sinhung Trading Company") in relations(result, "EMPLOYED_AT")
    assert ("Ju Song Nam", "Russia") in relations(result, "LOCATED_IN")
