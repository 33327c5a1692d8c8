"""Money, facilitation and issuance constructions, each with a look-alike that must not fire
(sentences and names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

WORKERS = "DPRK IT workers"


def test_money_used_for_a_states_programs_funds_it() -> None:
    result = extract("North Korean IT workers take remote jobs abroad. Their earnings are used "
                     "to support North Korea's missile programs.", doc_type="news")
    assert (WORKERS, "North Korea") in relations(result, "FUNDED")


def test_revenue_that_continues_to_flow_to_a_states_programs() -> None:
    result = extract("North Korean IT workers take remote jobs, and the revenue they generate "
                     "continues to flow to North Korea's weapons programs.", doc_type="news")
    assert (WORKERS, "North Korea") in relations(result, "FUNDED")


def test_workers_sent_to_a_country_do_not_fund_it() -> None:
    result = extract("North Korea sends IT workers to Russia, where the workers take remote "
                     "jobs.", doc_type="news")
    assert relations(result, "FUNDED") == []


def test_earnings_sent_home_fund_the_workers_state() -> None:
    result = extract("Teams of North Korean IT workers obtain remote work and send their "
                     "earnings home.", doc_type="news")
    assert (WORKERS, "North Korea") in relations(result, "FUNDED")
    lookalike = extract("Teams of North Korean IT workers obtain remote work and send their "
                        "laptops home.", doc_type="news")
    assert relations(lookalike, "FUNDED") == []


def test_a_scheme_earns_for_the_workers() -> None:
    result = extract("North Korean IT workers took jobs at U.S. companies. The scheme brought "
                     "in at least $3.9 million for the workers.", doc_type="indictment")
    assert (WORKERS, "USD 3900000") in relations(result, "GENERATED_REVENUE_FOR")
    # money made for the workers is theirs, not money that funds them
    assert ("USD 3900000", WORKERS) not in relations(result, "FUNDED")


def test_a_reward_programme_earns_nothing() -> None:
    result = extract("North Korean IT workers took jobs at U.S. companies. The rewards scheme "
                     "offers up to $5 million for information on the workers.",
                     doc_type="indictment")
    assert relations(result, "GENERATED_REVENUE_FOR") == []


def test_the_designated_party_earns_in_its_reason_clause() -> None:
    result = extract("The State Department designated Harlow Vista Ltd. in 2019 for earning "
                     "revenue for North Korea.", doc_type="news")
    assert ("Harlow Vista Ltd.", "North Korea") in relations(result, "FUNDED")


def test_letting_the_workers_use_an_identity_helps_them() -> None:
    result = extract("Dana Garrow allowed North Korean IT workers to use her identity to get "
                     "hired.", doc_type="indictment")
    assert ("Dana Garrow", WORKERS) in relations(result, "FACILITATED")
    lookalike = extract("The court allowed Dana Garrow to use a laptop while Lee Pell waited.",
                        doc_type="indictment")
    assert relations(lookalike, "FACILITATED") == []


def test_getting_the_workers_hired_helps_them() -> None:
    result = extract("From 2021 until 2024 Lee Pell used the identities of Americans to get "
                     "North Korean IT workers hired at U.S. companies.", doc_type="indictment")
    assert ("Lee Pell", WORKERS) in relations(result, "FACILITATED")


def test_facilitating_payments_to_a_company_helps_it() -> None:
    result = extract("Pavel Ivanov has facilitated payments to Harlow Vista Ltd.",
                     doc_type="news")
    assert ("Pavel Ivanov", "Harlow Vista Ltd.") in relations(result, "FACILITATED")
    lookalike = extract("Pavel Ivanov has facilitated talks with Harlow Vista Ltd.",
                        doc_type="news")
    assert relations(lookalike, "FACILITATED") == []


def test_this_statement_is_issued_by_its_authors() -> None:
    text = ("Joint Statement on Cyber Thefts\n\nIn Japan, this statement is issued by the "
            "Ministry of Foreign Affairs of Japan. In Washington it was released by the "
            "Department of State.")
    from graph.model import DocumentMeta
    from tests.extract.conftest import extractor

    meta = DocumentMeta(id="t", doc_type="joint_statement", date="2025-01-14",
                        title="Joint Statement on Cyber Thefts")
    found = relations(extractor().extract(text, meta), "ISSUED")
    assert ("Ministry of Foreign Affairs of Japan", "Joint Statement on Cyber Thefts") in found
    news = DocumentMeta(id="t", doc_type="news", date="2025-01-14", title="Cyber thefts")
    assert relations(extractor().extract(text.split("\n\n", 1)[1], news), "ISSUED") == []


def test_the_workers_activities_earn_for_a_states_programs() -> None:
    result = extract("North Korean IT workers take jobs abroad. Their activities generate "
                     "illicit revenue for North Korea's weapons programs.", doc_type="news")
    assert (WORKERS, "North Korea") in relations(result, "FUNDED")
    # a named earner's own activities are not the workers'
    lookalike = extract("North Korean IT workers take jobs abroad. Kestrel Soft Ltd. and its "
                        "activities generate revenue for Japan's tourism programs.",
                        doc_type="news")
    assert (WORKERS, "Japan") not in relations(lookalike, "FUNDED")


def test_schemes_that_fund_a_states_programs_are_the_workers() -> None:
    result = extract("Treasury sanctioned four companies that hire North Korean IT workers for "
                     "running schemes that fund North Korea's weapons programs.",
                     doc_type="news")
    assert (WORKERS, "North Korea") in relations(result, "FUNDED")


def test_proceeds_directed_toward_a_states_programs() -> None:
    result = extract("The North Korean IT workers direct the illicit proceeds toward North "
                     "Korea's missile programs.", doc_type="news")
    assert (WORKERS, "North Korea") in relations(result, "FUNDED")
    lookalike = extract("The North Korean IT workers direct their questions toward North "
                        "Korea's embassy staff.", doc_type="news")
    assert relations(lookalike, "FUNDED") == []


def test_sanctions_on_a_party_for_what_it_did() -> None:
    result = extract("OFAC imposed sanctions on Kestrel Soft Ltd. for generating revenue for "
                     "the DPRK.", doc_type="news")
    assert ("Kestrel Soft Ltd.", "North Korea") in relations(result, "FUNDED")


def test_laundering_for_a_party_helps_it() -> None:
    result = extract("Kestrel Soft Ltd. laundered $1.2 million for the North Korean IT "
                     "workers.", doc_type="news")
    assert ("Kestrel Soft Ltd.", WORKERS) in relations(result, "FACILITATED")
    lookalike = extract("Kestrel Soft Ltd. laundered $1.2 million, prosecutors said.",
                        doc_type="news")
    assert relations(lookalike, "FACILITATED") == []


def test_a_facilitator_for_the_workers() -> None:
    result = extract("Dana Garrow, a facilitator for North Korean IT workers, was arrested.",
                     doc_type="news")
    assert ("Dana Garrow", WORKERS) in relations(result, "FACILITATED")
    lookalike = extract("Dana Garrow, a facilitator for the Kestrel Soft Ltd. hiring panel, was "
                        "thanked.", doc_type="news")
    assert relations(lookalike, "FACILITATED") == []


def test_receiving_paychecks_and_shipping_laptops_for_the_workers() -> None:
    result = extract("Dana Garrow received paychecks for North Korean IT workers.",
                     doc_type="indictment")
    assert ("Dana Garrow", WORKERS) in relations(result, "FACILITATED")
    result = extract("Lee Pell shipped laptops to North Korean IT workers in China.",
                     doc_type="indictment")
    assert ("Lee Pell", WORKERS) in relations(result, "FACILITATED")
    lookalike = extract("Lee Pell shipped furniture to North Korean IT workers in China.",
                        doc_type="indictment")
    assert relations(lookalike, "FACILITATED") == []


def _advisory(text: str) -> list[tuple[str, str]]:
    from graph.model import DocumentMeta
    from tests.extract.conftest import extractor

    title = "Guidance on Remote Developers from North Korea"
    meta = DocumentMeta(id="t", doc_type="advisory", date="2025-03-03", title=title)
    return relations(extractor().extract(f"{title}\n\n{text}", meta), "ADVISES")


def test_an_advisory_provides_guidance_to_its_audience() -> None:
    title = "Guidance on Remote Developers from North Korea"
    found = _advisory("This advisory provides guidance to U.S. companies that hire remote "
                      "developers.")
    assert (title, "U.S. companies") in found
    found = _advisory("This guidance is intended for U.S. companies that hire remote "
                      "developers.")
    assert (title, "U.S. companies") in found
    # a company giving guidance is no advisory
    assert _advisory("Kestrel Soft Ltd. provides guidance to U.S. companies.") == []


def test_what_a_worker_can_earn_is_an_estimate() -> None:
    result = extract("North Korean IT workers can earn more than $300,000 a year.",
                     doc_type="news")
    earned = [r for r in result.relations if r.type == "GENERATED_REVENUE_FOR"]
    assert [r.modality for r in earned] == ["estimate"]
    # a future figure is not stated, and "can" without a figure is no estimate of one
    assert relations(extract("North Korean IT workers will earn more than $300,000 a year.",
                             doc_type="news"), "GENERATED_REVENUE_FOR") == []


def test_it_in_a_statement_is_the_statement_itself() -> None:
    from graph.model import DocumentMeta
    from tests.extract.conftest import extractor

    title = "Joint Statement on Cyber Thefts"
    meta = DocumentMeta(id="t", doc_type="joint_statement", date="2025-01-14", title=title)
    text = (f"{title}\n\nThe three governments condemn the thefts. In Washington it was "
            "released by the Department of State.")
    assert ("Department of State", title) in relations(extractor().extract(text, meta),
                                                      "ISSUED")
    # right after another advisory is named, "it" may be that one: no reading
    cited = (f"{title}\n\nWe recall the Guidance on North Korean Remote Workers. In "
             "Washington it was released by the Department of State.")
    assert ("Department of State", title) not in relations(extractor().extract(cited, meta),
                                                          "ISSUED")


def test_co_issuers_of_an_advisory() -> None:
    from graph.model import DocumentMeta
    from tests.extract.conftest import extractor

    title = "Joint Advisory on Remote Developers"
    meta = DocumentMeta(id="t", doc_type="advisory", date="2025-01-14", title=title)
    text = (f"{title}\n\nThe advisory is published by the Ministry of Unification together "
            "with the Fair Trade Commission.")
    found = relations(extractor().extract(text, meta), "ISSUED")
    assert ("Fair Trade Commission", title) in found
    text = (f"{title}\n\nThe advisory is published by the Ministry of Unification after talks "
            "with the Fair Trade Commission.")
    found = relations(extractor().extract(text, meta), "ISSUED")
    assert ("Fair Trade Commission", title) not in found


def test_a_theft_attributed_to_a_state_funds_it() -> None:
    result = extract("The three governments attribute to the DPRK the theft of $120 million "
                     "from Coinvale. The United States attributes the theft of $30 million "
                     "from Brightex to North Korea.", doc_type="news")
    found = relations(result, "FUNDED")
    assert ("USD 120000000", "North Korea") in found and ("USD 30000000", "North Korea") in found
    # a loss attributed to a cause is no theft by a state
    lookalike = extract("Coinvale attributes a loss of $120 million to North Korea's weak "
                        "currency.", doc_type="news")
    assert relations(lookalike, "FUNDED") == []


def test_an_appositive_that_sums_up_a_clause_is_no_earner() -> None:
    # "..., a scheme that earned $N" sums up the clause; it does not describe the noun the
    # parser hangs it on, so that noun earned nothing
    result = extract("A Kansas woman helped North Korean IT workers land jobs at more than 40 "
                     "U.S. firms, a scheme that earned over $2.2 million for North Korea.",
                     doc_type="news")
    earners = {s for s, _ in relations(result, "GENERATED_REVENUE_FOR")}
    assert not any("firms" in s for s in earners)
    assert WORKERS in earners
    lookalike = extract("The workers were paid by Tallowmere Ltd, a company that earned over "
                        "$2.2 million from the contracts.", doc_type="news")
    assert ("Tallowmere Ltd", "USD 2200000") in relations(lookalike, "GENERATED_REVENUE_FOR")
