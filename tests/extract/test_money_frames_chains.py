"""Money frames, session 23: who moves or earns the money when the verb's subject sits up a
chain of clauses, a share of the money moved, the means a state funds itself through, and
the money an amount is counted in. Our own wording and names; each with a look-alike."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OPENING = "Thousands of North Korean IT workers are deployed abroad. "
WORKERS_FUND = ("DPRK IT workers", "North Korea")


def found(sentence: str, rtype: str = "FUNDED") -> list[tuple[str, str]]:
    return relations(extract(OPENING + sentence, doc_type="news"), rtype)


def test_a_verb_coordinated_inside_a_relative_clause_shares_its_subject() -> None:
    assert WORKERS_FUND in found(
        "The report names DPRK IT workers who hide their identities to win remote work from "
        "firms abroad and send the proceeds back to the regime in Pyongyang.")


def test_a_verb_coordinated_with_a_purpose_infinitive_shares_the_subject() -> None:
    assert WORKERS_FUND in found(
        "In Laos the workers hide their nationality to win jobs and contracts and earn "
        "foreign currency for North Korea.")


def test_a_passive_subject_is_shared_and_a_description_is_not_a_second_actor() -> None:
    facts = found("Although it presents itself as a Chinese business, the Korea Ponghwa "
                  "Trading Company is headed by a North Korean national and earns revenue for "
                  "the DPRK from IT services.")
    assert ("Korea Ponghwa Trading Company", "North Korea") in facts
    assert ("Chinese business", "North Korea") not in facts


def test_the_one_a_task_is_handed_to_does_it() -> None:
    facts = found("Jonas Albert Whitcomb paid the workers to send the proceeds to North Korea.")
    assert ("Jonas Albert Whitcomb", "North Korea") not in facts


def test_a_share_of_the_money_moved_funds_the_destination() -> None:
    assert WORKERS_FUND in found(
        "The workers sent millions of dollars of their wages to North Korea.")
    assert WORKERS_FUND in found(
        "The workers remit a large portion of their income back to North Korea.")
    assert WORKERS_FUND in found("The IT workers contributed millions of dollars to North Korea.")
    # a share of something that is not money
    assert not found("The workers sent thousands of resumes to North Korea.")
    assert not found("The workers sent hundreds of laptops to North Korea.")


def test_what_a_state_funds_through_someone_is_funded_by_them() -> None:
    assert WORKERS_FUND in found(
        "North Korea funds its weapons programs through the salaries of its IT workers.")
    assert WORKERS_FUND in found("North Korea funds its weapons programs through its IT workers.")
    assert not found("North Korea does not fund its weapons programs through its IT workers.")
    # a means that names no one
    assert found("North Korea funds its weapons programs through cyber theft.") == []


def test_money_an_amount_is_counted_in_was_earned_by_its_earner() -> None:
    earned = found("Between May 2023 and June 2024, Olek Stanislav Verin exchanged more than "
                   "$2.3 million in virtual currency earned by the IT workers for U.S. dollars.",
                   "GENERATED_REVENUE_FOR")
    assert ("DPRK IT workers", "USD 2300000") in earned
    # the currency it was exchanged for is no one's beneficiary
    assert ("DPRK IT workers", "United States") not in found(
        "Between May 2023 and June 2024, Olek Stanislav Verin exchanged more than "
        "$2.3 million in virtual currency earned by the IT workers for U.S. dollars.")


def test_revenue_that_flows_on_is_its_earners_funding() -> None:
    assert WORKERS_FUND in found(
        "The IT workers generate revenue that contributes to North Korea's missile programs.")
    assert not found(
        "The IT workers do not generate revenue that contributes to North Korea's programs.")


def test_amassing_money_for_a_state_is_earning_it() -> None:
    assert ("DPRK IT workers", "USD 3000000") in found(
        "The workers amassed more than $3 million for North Korea.", "GENERATED_REVENUE_FOR")
