"""Money constructions of court orders, designation reasons and states that earn, each with a
look-alike (sentences and names invented for the test)."""

from __future__ import annotations

from extract.normalize.payments import payment_kind
from tests.extract.conftest import extract, relations


def test_the_one_a_judge_orders_forfeits_not_the_judge() -> None:
    result = extract("Lyle Garrity, 39, of Tacoma, Washington, was sentenced on Monday. Chief "
                     "Judge Ada Pennick ordered Garrity to forfeit $58,200 and to pay $12,750 "
                     "in restitution.", doc_type="sentencing")
    forfeited = relations(result, "FORFEITED")
    assert ("Lyle Garrity", "USD 58200") in forfeited
    assert ("Lyle Garrity", "USD 12750") in forfeited
    assert not [pair for pair in forfeited if pair[0] == "Ada Pennick"]


def test_a_reason_on_the_last_listed_object_is_every_objects_act() -> None:
    # the parser hangs "for generating ..." on the last name of the list
    result = extract("Today, OFAC designated Korea Hanbyol Trading Corporation and its "
                     "representative Ri Chol Hun for generating revenue for the Government of "
                     "North Korea through IT workers.")
    funded = relations(result, "FUNDED")
    assert ("Korea Hanbyol Trading Corporation", "North Korea") in funded
    assert ("Ri Chol Hun", "North Korea") in funded


def test_a_verbless_sentence_with_a_transfer_participle_names_the_payer() -> None:
    # the parser makes the name the sentence's root and the verb a participle on it
    result = extract("Paek Hyon Su, the unit's accountant, transferred at least $275,000 of "
                     "those earnings to an account in Shenyang.", doc_type="news")
    assert ("Paek Hyon Su", "USD 275000") in relations(result, "PAID")


def test_money_its_own_clause_restricts_takes_up_no_amount() -> None:
    result = extract("Tern Harbor Ltd. paid $85,000 to Ryu Song Chol for software work. The "
                     "funds sent to the DPRK support its missile programs.", doc_type="news")
    assert ("USD 85000", "North Korea") not in relations(result, "FUNDED")
    # without a restriction the money noun still takes up the amount before it
    plain = extract("Workers at Tern Harbor Ltd. earned $85,000 for software work. The funds "
                    "went to the DPRK's missile programs.", doc_type="news")
    assert ("USD 85000", "North Korea") in relations(plain, "FUNDED")


def test_what_a_state_earns_funds_it() -> None:
    result = extract("North Korea earns as much as $400 million a year from workers it sends "
                     "abroad, the report estimated.", doc_type="news")
    assert ("USD 400000000", "North Korea") in relations(result, "FUNDED")
    other = extract("Japan earned about $400 million from software exports last year, the "
                    "report said.", doc_type="news")
    assert relations(other, "FUNDED") == []


def test_the_noun_after_in_and_its_qualifier() -> None:
    sentence = "Employers paid the two men more than $640,000 in salary over three years."
    assert payment_kind(sentence, sentence.index("more")) == "wages"
    sentence = "The judge ordered him to forfeit roughly $90,000 in profits from the scheme."
    assert payment_kind(sentence, sentence.index("roughly")) == "forfeiture"


def test_money_converted_on_behalf_of_a_dprk_bank_funds_it() -> None:
    result = extract("Kang Ho Sik converted $1.4 million in cryptocurrency into cash on behalf "
                     "of Korea Taepung Bank, a North Korean bank.", doc_type="news")
    assert ("USD 1400000", "Korea Taepung Bank") in relations(result, "FUNDED")
    # on behalf of a party of no known DPRK side: a trade, not funding
    trade = extract("Kang Ho Sik converted $1.4 million in cryptocurrency into cash on behalf "
                    "of Merrow Dale Imports Ltd.", doc_type="news")
    assert relations(trade, "FUNDED") == []
