"""Each false fact the graph once stated, rewritten with other names and other wording.

The mechanism that fixes each is general (modality, argument paths, dating), so these
sentences are not in the corpus and no rule names them.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract, relations


def test_a_quoted_official_is_not_an_actor_of_what_the_quote_describes() -> None:
    result = extract(
        "“Networks like this one help Pyongyang hide its workers behind ordinary firms,” "
        "said Deputy Secretary of Commerce Maria Velde. OFAC today designated Karstal "
        "Logistics LLC.")
    helpers = [a for a, _ in relations(result, "FACILITATED")]
    assert not any("Velde" in a for a in helpers)
    assert ("Office of Foreign Assets Control", "Karstal Logistics LLC") in relations(
        result, "DESIGNATED")


def test_a_reward_offer_is_not_revenue() -> None:
    result = extract(
        "The Department of State is offering a reward of up to $7 million for information on "
        "Pak Ryong Chol, who collected payments for the Taesong Trading Company.",
        doc_type="news")
    assert relations(result, "GENERATED_REVENUE_FOR") == []
    offer = next(e for e in result.entities if e.type == "Payment")
    assert offer.properties.get("amount_usd") == 7_000_000


def test_an_expected_amount_is_not_revenue() -> None:
    result = extract(
        "According to the indictment, Hallam Digital employed about 40 North Korean IT "
        "workers, who were each expected to bring in at least $8,000 per month.",
        doc_type="indictment")
    assert relations(result, "GENERATED_REVENUE_FOR") == []


def test_a_scheduled_sentencing_is_not_a_sentence() -> None:
    result = extract(
        "Tomas Reyland pleaded guilty to conspiracy to commit wire fraud in federal court in "
        "Ohio. He is scheduled to be sentenced on March 3, 2026. Reyland will be sentenced "
        "by U.S. District Judge Ann Corrow.", doc_type="indictment",
        issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert relations(result, "SENTENCED") == []
    assert ("Tomas Reyland", "United States v. Tomas Reyland") in relations(result,
                                                                          "DEFENDANT_IN")


def test_a_prosecutor_is_not_a_defendant() -> None:
    result = extract(
        "U.S. Attorney Glen Maro announced the charges against Hollis Brandt, who ran a "
        "laptop farm in Kansas for North Korean IT workers.", doc_type="indictment",
        issuers=[{"country": "US", "agency": "Department of Justice"}])
    defendants = [a for a, _ in relations(result, "DEFENDANT_IN")]
    assert not any("Maro" in d for d in defendants)
    assert any("Brandt" in d for d in defendants)


def test_a_defendant_in_a_separate_case_is_not_in_this_case() -> None:
    result = extract(
        "Hollis Brandt was charged in federal court in Kansas with wire fraud conspiracy. "
        "In a separate case, Dana Whitcombe pleaded guilty to money laundering conspiracy.",
        doc_type="indictment", issuers=[{"country": "US", "agency": "Department of Justice"}])
    cases = dict(relations(result, "DEFENDANT_IN"))
    assert cases.get("Hollis Brandt") == "United States v. Hollis Brandt"
    assert cases.get("Dana Whitcombe") != "United States v. Hollis Brandt"


@pytest.mark.parametrize("opening", ["In his own case,", "In a related case,",
                                     "In a parallel prosecution,"])
def test_a_defendant_of_his_own_or_a_related_case_is_not_in_this_case(opening: str) -> None:
    # a release about one case often adds another defendant's case; "own", "related" and
    # "parallel" say it is another case as "separate" does
    result = extract(
        "Hollis Brandt was charged in federal court in Kansas with wire fraud conspiracy. "
        f"{opening} Dana Whitcombe pleaded guilty to money laundering conspiracy.",
        doc_type="indictment", issuers=[{"country": "US", "agency": "Department of Justice"}])
    cases = dict(relations(result, "DEFENDANT_IN"))
    assert cases.get("Hollis Brandt") == "United States v. Hollis Brandt"
    assert cases.get("Dana Whitcombe") != "United States v. Hollis Brandt"


def test_the_same_case_named_again_keeps_its_defendant() -> None:
    # the look-alike: "in the same case" and "in this case" are this case
    result = extract(
        "Hollis Brandt was charged in federal court in Kansas with wire fraud conspiracy. "
        "In the same case, Dana Whitcombe pleaded guilty to money laundering conspiracy.",
        doc_type="indictment", issuers=[{"country": "US", "agency": "Department of Justice"}])
    cases = dict(relations(result, "DEFENDANT_IN"))
    assert cases.get("Dana Whitcombe") == "United States v. Hollis Brandt"


def test_a_war_in_a_country_does_not_place_a_supporter_there() -> None:
    result = extract("Karstal Logistics LLC is designated for supporting Russia's war in "
                     "Ukraine.")
    assert not any(b == "Ukraine" for rtype in ("LOCATED_IN", "FUNDED", "CONTROLLED_BY")
                   for _, b in relations(result, rtype))
    assert ("Office of Foreign Assets Control", "Karstal Logistics LLC") in relations(
        result, "DESIGNATED")


def test_posing_as_citizens_of_a_state_is_no_tie_to_it() -> None:
    result = extract("The workers posed as Canadian citizens to win contracts with firms in "
                     "Europe, and Brenner Soft paid them through a bank in Canada.",
                     doc_type="news")
    assert not any(b == "Canada" for _, b in relations(result, "CONTROLLED_BY"))


def test_except_for_does_not_reverse_a_fact() -> None:
    result = extract("Except for Ri Chol Gwang, the designated men are members of Bureau 121 "
                     "of the Reconnaissance General Bureau.")
    assert not any("Ri Chol Gwang" in a for rtype in ("EMPLOYED_AT", "CONTROLLED_BY")
                   for a, _ in relations(result, rtype))
    assert ("Bureau 121", "Reconnaissance General Bureau") in relations(result, "CONTROLLED_BY")


def test_a_recalled_designation_is_not_a_new_dated_act() -> None:
    result = extract(
        "Our governments remain concerned about the Kimsong Group, which Japan, the Republic "
        "of Korea and the United States have each designated.", doc_type="joint_statement",
        date="2025-09-01", issuers=[{"country": "JP"}, {"country": "KR"}, {"country": "US"}])
    designations = [r for r in result.relations if r.type == "DESIGNATED"]
    assert len(designations) == 3  # the earlier acts, each by its government
    for r in designations:
        assert "date" not in r.properties and r.date_basis == ""


def test_a_verb_with_its_own_subject_borrows_none() -> None:
    """"he hosted laptops and was paid $40,000": the one paid is no payer."""
    result = extract("Dorian Pell admitted that he hosted laptops for the workers and that he "
                     "was paid more than $40,000 for doing so.", doc_type="indictment",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert not any("Pell" in a for a, _ in relations(result, "PAID"))


def test_hosting_laptops_is_no_meeting() -> None:
    result = extract("Lena Hartwig and Omar Brisco are accused of hosting company laptops for "
                     "the workers.", doc_type="indictment",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert relations(result, "MET") == []
    result = extract("The Ministry of Foreign Affairs of Japan hosted talks with the U.S. "
                     "Department of State.", doc_type="news")
    assert len(relations(result, "MET")) == 1


def test_a_firms_delegation_abroad_does_not_place_the_firm() -> None:
    result = extract("Hwaryong Trading Company's delegations of IT workers in Russia and Laos "
                     "take on freelance projects. Ri Song Gil is Hwaryong Trading Company's "
                     "chief representative in China.", doc_type="news")
    placed = relations(result, "LOCATED_IN")
    assert not any(a == "Hwaryong Trading Company" for a, _ in placed)
    assert ("Ri Song Gil", "China") in placed


def test_an_agency_named_through_its_department_in_a_list_is_the_agency() -> None:
    result = extract("On April 24, 2023, the ROK Ministry of Foreign Affairs and the U.S. "
                     "Department of the Treasury's Office of Foreign Assets Control (OFAC) each "
                     "designated Ri Song Gil.")
    designators = [a for a, _ in relations(result, "DESIGNATED")]
    assert "Department of the Treasury" not in designators
    assert "Office of Foreign Assets Control" in designators


def test_payments_to_a_named_party_are_not_help_to_the_workers() -> None:
    result = extract("North Korean IT workers earned money abroad. Pavel Orlik, a Russian "
                     "national, has facilitated payments to Hwaryong Trading Company. Mira "
                     "Sandoval ran a laptop farm.", doc_type="news")
    helped = relations(result, "FACILITATED")
    assert not any(a == "Pavel Orlik" and b == "DPRK IT workers" for a, b in helped)
    assert ("Mira Sandoval", "DPRK IT workers") in helped


def test_a_nationality_is_not_a_place() -> None:
    """"X, a Russian national": where X comes from, not where X is; a firm's demonym
    still places the firm."""
    result = extract("North Korean IT workers operate in Russia and China. Karel Dobrov, a "
                     "Russian national, has facilitated payments for the workers. Lintel "
                     "Trading, a Chinese company, hosted their accounts.", doc_type="news")
    placed = relations(result, "LOCATED_IN")
    assert not any(a == "Karel Dobrov" for a, _ in placed)
    assert ("Lintel Trading", "China") in placed


def test_a_finite_verb_does_not_share_a_passive_agent() -> None:
    """"X is headed by a national and earns revenue for the DPRK": X earns, not the
    national."""
    result = extract("Hwaryong Trading Company is headed by a North Korean national and "
                     "earns revenue for the DPRK.", doc_type="news")
    earners = [a for rtype in ("FUNDED", "GENERATED_REVENUE_FOR")
               for a, _ in relations(result, rtype)]
    assert not any("national" in a for a in earners)


def test_a_guess_at_the_helped_party_is_written_only_if_more_likely_right_than_wrong(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A relative clause that says what two sanctioned people converted, without saying for
    whom, leaves the helped party to the document's worker collective: a guess. Where the
    dev split shows that construction wrong more often than right, it is rejected with its
    reason; where right, written, never above the ceiling of a reading."""
    from extract.frames import _calibration

    text = ("North Korean IT workers obtained remote jobs at U.S. firms. Those sanctioned "
            "include Halvard Quist and Brenna Lusk, who facilitated cryptocurrency-to-cash "
            "conversions.")
    row = {"*": [1.0, 4.0], "*/read": [1.0, 4.0], "helper0,helped-+default/read": [1.0, 4.0]}
    monkeypatch.setattr(_calibration, "table", lambda: {"facilitation.v1": row})
    result = extract(text, doc_type="doj_release")
    assert not relations(result, "FACILITATED")
    assert any(r.type == "FACILITATED" and "stand-in" in r.reason for r in result.rejected)
    right = {key: [4.0, 4.0] for key in row}
    monkeypatch.setattr(_calibration, "table", lambda: {"facilitation.v1": right})
    result = extract(text, doc_type="doj_release")
    assert ("Halvard Quist", "DPRK IT workers") in relations(result, "FACILITATED")
    assert all(r.confidence <= 0.7 for r in result.relations if r.type == "FACILITATED")


def _unnamed(result: object) -> list[str]:
    return [e.name for e in result.entities if e.unnamed]  # type: ignore[attr-defined]


def test_a_description_the_document_gives_one_name_in_the_same_words_is_that_name() -> None:
    text = ("OFAC today designated a Latvian national and two companies that helped North "
            "Korean IT workers find jobs. Martin Holt, a Latvian national, ran a laptop farm "
            "for the workers.")
    result = extract(text)
    assert "Latvian national" not in _unnamed(result)
    assert ("Martin Holt", "DPRK IT workers") in relations(result, "FACILITATED")
    # two named people so described: the description names neither
    text = ("A Latvian national ran a laptop farm for North Korean IT workers. Martin Holt, a "
            "Latvian national, and Ilze Berzina, a Latvian national, were charged.")
    assert ("Martin Holt", "DPRK IT workers") not in relations(extract(text), "FACILITATED")


def test_a_predicate_description_is_the_subject_not_a_second_actor() -> None:
    text = "Bogdan Petrenko is a Latvian national who works on behalf of Kumsong Trading Company."
    result = extract(text)
    assert not _unnamed(result)
    # an indefinite subject is a description of its own
    text = "A Latvian national worked on behalf of Kumsong Trading Company."
    assert "Latvian national" in _unnamed(extract(text)) or not relations(
        extract(text), "EMPLOYED_AT")


def test_other_businesses_are_no_actor() -> None:
    text = ("North Korean IT workers obtained jobs at software companies and other businesses "
            "in Canada, using accounts opened in other people's names.")
    result = extract(text, doc_type="doj_release")
    assert not _unnamed(result)


def test_a_bare_count_the_designation_announces_is_no_actor() -> None:
    text = ("OFAC today designated Song Il Nam, together with a Latvian national and four "
            "companies that have helped North Korean IT workers find jobs.")
    assert "four companies" not in _unnamed(extract(text))
    text = ("OFAC today designated eight individuals and two entities that launder money for "
            "North Korean IT workers. Kim Il Sok and Ri Chol Ho were designated.")
    assert not _unnamed(extract(text))
    # look-alikes: a count where the designated act, and a described count
    text = "The designated network placed North Korean IT workers at two companies in Ohio."
    assert "two companies" in _unnamed(extract(text))
    text = ("OFAC today designated Song Il Nam, whose North Korean IT workers obtained jobs at "
            "two U.S. companies.")
    assert "U.S. companies" in _unnamed(extract(text))  # its count is a property


_LEDE = ("NASHVILLE, Tenn. - A Nashville man was arrested Thursday on charges that he ran a "
         "laptop farm from his home that allowed IT workers acting for North Korea to pass as "
         "U.S.-based employees, the Justice Department announced.\n\n{name}, 41, {where}is "
         "charged in federal court. The charges against {pronoun} include wire fraud.")


def test_the_lede_is_the_one_person_named_next_when_nothing_disagrees() -> None:
    text = _LEDE.format(name="Gregory Alan Pike", where="", pronoun="him")
    assert not _unnamed(extract(text, doc_type="doj_release"))
    # look-alikes: a woman named next, or a man the document places elsewhere
    text = _LEDE.format(name="Maria Lopez", where="", pronoun="her")
    assert "Nashville man" in _unnamed(extract(text, doc_type="doj_release"))
    text = _LEDE.format(name="Gregory Alan Pike", where="of Austin, Texas, ", pronoun="him")
    assert "Nashville man" in _unnamed(extract(text, doc_type="doj_release"))


def test_a_readout_of_a_meeting_is_no_advisory_of_its_own() -> None:
    from graph.model import DocumentMeta
    from tests.extract.conftest import extractor

    text = ("On June 4, 2025, Japan hosted the third meeting of the trilateral working group "
            "on North Korean IT workers. The delegations discussed the workers' schemes.")

    def advisories(title: str) -> list[str]:
        meta = DocumentMeta(id="t", doc_type="joint_statement", date="2025-06-04",
                            title=title, issuers=[{"country": "JP"}])
        return [e.name for e in extractor().extract(text, meta).entities
                if e.type == "Advisory"]

    assert not advisories("Third Trilateral Working Group Meeting on North Korean IT Workers")
    # a statement the text does not name is still its own title
    assert advisories("Joint Statement on North Korean IT Workers") == [
        "Joint Statement on North Korean IT Workers"]


def test_a_request_of_a_court_is_no_sentence() -> None:
    """What a party asks or recommends a court to do is not the court's outcome; the
    judge's own act, and a sentence handed down after such a request, still are."""
    asked = extract(
        "Prosecutors asked the court to sentence Orin Valcek to twelve years in prison. "
        "The government recommended that the judge sentence Pell Warrick to six years.",
        doc_type="sentencing", issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert relations(asked, "SENTENCED") == []
    done = extract(
        "Prosecutors had asked for a longer term, but Judge Ines Morrow sentenced Orin Valcek "
        "to 40 months in prison. Pell Warrick was sentenced today to 30 months after "
        "prosecutors asked for 50 months.", doc_type="sentencing",
        issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert {a for a, _ in relations(done, "SENTENCED")} == {"Orin Valcek", "Pell Warrick"}


def test_a_request_reaches_every_verb_it_governs() -> None:
    """"urged X to A and B": both A and B are asked for, neither is done; a relative
    clause inside the request ("Y, which employs Z") is stated by the sentence. (A guard:
    the clause chain of extract/modality.py already carries the request over "and".)"""
    result = extract(
        "The Treasury urged allied governments to designate Narvel Trading Company and to "
        "freeze the assets of Ko Min Sol. The ministers called on partners to sanction "
        "Narvel Trading Company, which employs Ri Chang Ho.")
    assert relations(result, "DESIGNATED") == []
    assert relations(result, "EMPLOYED_AT") == [("Ri Chang Ho", "Narvel Trading Company")]


def test_an_earlier_designation_told_in_a_relative_clause_is_not_the_releases_actor() -> None:
    """Agentless designations in a release continue the designator of its own act, not the
    agency a relative clause recalls for an earlier one; a designator of a main clause
    still carries over."""
    recalled = extract(
        "Today, OFAC designated two companies and one individual that send North Korean IT "
        "workers abroad. Tessmont Digital Trading Company is a subsidiary of the Hwasong "
        "Machine Bureau, which the Department of State designated pursuant to E.O. 13382 on "
        "June 4, 2011. Tessmont Digital Trading Company is designated pursuant to E.O. 13722 "
        "for having exported workers from North Korea. Ri Pyong Gwan is designated pursuant "
        "to E.O. 13722 for having acted for or on behalf of Tessmont.")
    designated = relations(recalled, "DESIGNATED")
    assert ("Office of Foreign Assets Control", "Tessmont Digital Trading Company") in designated
    assert ("Office of Foreign Assets Control", "Ri Pyong Gwan") in designated
    assert not any(a == "Department of State" for a, _ in designated)
    stated = extract(
        "Today, the Department of State designated the Hwasong Machine Bureau. Tessmont "
        "Digital Trading Company is designated pursuant to E.O. 13722 for having exported "
        "workers from North Korea.")
    assert ("Department of State", "Tessmont Digital Trading Company") in relations(
        stated, "DESIGNATED")


_CITED = ("We point to the advisories our governments have published on this threat, including "
          "the Guidance on Remote Hiring Fraud by North Korean Developers, released on March "
          "2, 2023 by the U.S. Department of State and the Department of the Treasury, and the "
          "FBI public service announcement of {day}.")


def test_a_document_named_with_its_issuer_takes_no_issuer_of_a_neighbouring_clause() -> None:
    """"the FBI PSA" names who issued it: the agencies that released a coordinated document
    are not its issuers, and they still issued their own."""
    result = extract(_CITED.format(day="May 16, 2024"), doc_type="joint_statement",
                     issuers=[{"country": "US"}, {"country": "JP"}])
    issued = relations(result, "ISSUED")
    assert not [a for a, d in issued if d.startswith("FBI") and a != "Federal Bureau of "
                "Investigation"]
    guidance = "Guidance on Remote Hiring Fraud by North Korean Developers"
    assert ("Department of State", guidance) in issued
    assert ("Department of the Treasury", guidance) in issued


def test_an_agency_named_only_as_another_documents_issuer_did_not_issue_this_one() -> None:
    result = extract(_CITED.format(day="June 9, 2024"), doc_type="joint_statement",
                     issuers=[{"country": "US"}, {"country": "JP"}])
    issued = relations(result, "ISSUED")
    guidance = "Guidance on Remote Hiring Fraud by North Korean Developers"
    assert ("Federal Bureau of Investigation", guidance) not in issued
    assert ("Department of State", guidance) in issued


def test_the_grounds_of_a_sanction_are_not_a_criminal_case() -> None:
    """"imposed sanctions on two men it accused of ..." gives the agency's reasons: the men
    are designated, not defendants; prosecutors' accusations still open a case."""
    sanctioned = extract(
        "Each government also acted on its own. The U.S. Treasury Department on Wednesday "
        "imposed sanctions on two men and two companies it accused of supporting the North's "
        "overseas tech workforce: Arkady Voronin, a Belarusian national; Pak Myong Su, a North "
        "Korean trade official based in Belarus; Hanbyol Systems Co., a company in China; and "
        "Korea Taeryong Trading Corp., a North Korean firm.\n\nAccording to Treasury, Voronin "
        "worked with Pak to convert cryptocurrency into about $200,000 in U.S. dollars.",
        doc_type="news")
    assert relations(sanctioned, "DEFENDANT_IN") == []
    assert not [e for e in sanctioned.entities if e.type == "Case"]
    charged = extract("Federal prosecutors accused Arkady Voronin of supporting the North's "
                      "overseas tech workforce.", doc_type="news")
    assert [d for d, _ in relations(charged, "DEFENDANT_IN")] == ["Arkady Voronin"]
