"""Money frames, session 23: the one paid earns the pay, a scheme told in a relative clause
earns for the workers, a state that holds back the workers' wages lives off them, and the
workers a state sends abroad to earn money earn it for that state. Each construction is
stated in our own words with new names, next to a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OPENING = "Thousands of North Korean IT workers are deployed abroad. "
WORKERS_FUND = ("DPRK IT workers", "North Korea")


def found(sentence: str, rtype: str) -> list[tuple[str, str]]:
    return relations(extract(OPENING + sentence, doc_type="news"), rtype)


def earned(sentence: str) -> list[tuple[str, str]]:
    return found(sentence, "GENERATED_REVENUE_FOR")


def test_the_dative_of_pay_earned_the_amount() -> None:
    assert ("DPRK IT workers", "USD 410000") in earned(
        "The victim firms paid the workers more than $410,000 for their work.")
    assert ("Harlan Peter Dreyfus", "USD 610000") in earned(
        "Several U.S. companies hired Harlan Peter Dreyfus and paid him more than $610,000 "
        "in salary.")


def test_the_subject_of_was_paid_earned_the_amount() -> None:
    assert ("Harlan Peter Dreyfus", "USD 37000") in earned(
        "Harlan Peter Dreyfus admitted that he was paid about $37,000 for his services.")


def test_pay_promised_ordered_denied_or_to_one_of_them_is_not_earned() -> None:
    assert not earned("The firm agreed to pay the workers $410,000.")
    assert not earned("The firms did not pay the workers $410,000.")
    assert not earned("Harlan Peter Dreyfus will be paid $37,000.")
    assert not earned("Harlan Peter Dreyfus was ordered to pay $37,000 in restitution.")
    # one worker's pay is not the collective's
    assert not earned("A logistics firm paid one of the workers about $70,000.")


def test_a_scheme_in_a_relative_clause_earns_for_the_workers() -> None:
    sentence = ("Investigators said the workers joined a scheme that brought in more than "
                "$9 million for North Korea.")
    assert ("DPRK IT workers", "USD 9000000") in earned(sentence)
    # a clause on another noun earns for that noun, not for the workers
    assert not earned("Investigators said the workers joined a company that brought in "
                      "more than $9 million.")


def test_a_state_that_holds_back_the_wages_lives_off_the_workers() -> None:
    assert WORKERS_FUND in found(
        "The DPRK holds back as much as 80 percent of what its overseas IT workers are paid.",
        "FUNDED")
    assert WORKERS_FUND in found("North Korea holds back most of the wages of the workers.",
                                 "FUNDED")
    # holding back something other than money, or another state holding back the wages
    assert not found("North Korea holds back the passports of the workers.", "FUNDED")
    assert WORKERS_FUND not in found("Laos holds back most of the wages of the workers.",
                                     "FUNDED")


def test_the_workers_a_state_sends_to_earn_for_it_fund_it() -> None:
    assert WORKERS_FUND in found(
        "North Korea sends IT workers to Russia to earn money for its weapons programs.",
        "FUNDED")
    assert WORKERS_FUND in found(
        "Pyongyang dispatches hundreds of IT workers abroad, mainly to Laos, to earn foreign "
        "currency for North Korea.", "FUNDED")
    assert WORKERS_FUND in found(
        "North Korea sends IT workers to Russia to fund its weapons programs.", "FUNDED")
    # "its" is the sender, never the place the workers were sent to
    assert ("DPRK IT workers", "Russia") not in found(
        "North Korea sends IT workers to Russia to fund its weapons programs.", "FUNDED")
    # another purpose, or a purpose that is only possible
    assert not found("North Korea sends IT workers to Russia to evade sanctions.", "FUNDED")
    assert not found(
        "North Korea could send IT workers to Russia to fund its weapons programs.", "FUNDED")
    # the ones sent are the earners only when they are the workers
    assert not found("The Korea Sobaeksu Trading Company sends its managers to Russia to "
                     "earn money for North Korea.", "FUNDED")


def test_money_converted_for_someone_else_was_paid_for_them() -> None:
    paid = found("According to Treasury, Dmitri Olegovich Sarkisov worked with Pak Chol Ho to "
                 "convert cryptocurrency into about $420,000 in U.S. dollars for the Korea "
                 "Ponghwa Trading Company, a North Korean firm that manages IT workers.", "PAID")
    assert ("Dmitri Olegovich Sarkisov", "USD 420000") in paid
    # a conversion for no one named, or for oneself, pays no one
    assert not found("Olek Stanislav Verin converted $2.3 million into cash.", "PAID")
    assert not found("Olek Stanislav Verin converted $2.3 million into cash for his own use.",
                     "PAID")
