"""False facts found on real releases the rules were not written from, each on a paraphrase
with new names and paired with a look-alike that must still be read (extract/relative_clauses
.py, extract/relations.py, extract/frames/revenue.py)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_a_participle_clause_between_list_items_places_its_own_item() -> None:
    # "A, based in X, and B, based in Y": each place is its own item's
    result = extract(
        "The workers were employed by two firms: Pyolbit Software LLC, based in China, and "
        "Hanul Data Company Limited, based in Russia, both of which were sanctioned today.")
    placed = relations(result, "LOCATED_IN")
    assert ("Pyolbit Software LLC", "China") in placed
    assert ("Hanul Data Company Limited", "Russia") in placed
    assert ("Pyolbit Software LLC", "Russia") not in placed
    assert ("Hanul Data Company Limited", "China") not in placed


def test_a_participle_clause_after_the_whole_list_places_every_item() -> None:
    result = extract(
        "OFAC designated Pyolbit Software LLC and Hanul Data Company Limited, based in China.")
    placed = relations(result, "LOCATED_IN")
    assert ("Pyolbit Software LLC", "China") in placed
    assert ("Hanul Data Company Limited", "China") in placed


def test_a_supply_to_a_named_state_is_no_help_to_the_workers() -> None:
    # the means went to a party the sentence names (a state the role refuses): the workers
    # do not stand in for it
    result = extract(
        "North Korean IT workers earn money abroad. OFAC also sanctioned Dalin Electronics "
        "Co., Ltd., a Chinese firm supplying computer equipment to North Korea.")
    assert not any("Dalin" in a for a, _ in relations(result, "FACILITATED"))


def test_a_supply_to_the_workers_named_still_helps_them() -> None:
    result = extract(
        "North Korean IT workers earn money abroad. OFAC also sanctioned Dalin Electronics "
        "Co., Ltd., a Chinese firm supplying laptops to the IT workers.")
    assert any("Dalin" in a for a, _ in relations(result, "FACILITATED"))


def test_involvement_in_an_operation_is_not_earning_its_money() -> None:
    result = extract(
        "Darnell Fitch was involved in an operation that made $2 million for the North "
        "Korean government.", doc_type="doj_press_release")
    earned = relations(result, "GENERATED_REVENUE_FOR")
    assert not any("Fitch" in a for a, _ in earned)


def test_being_charged_with_a_scheme_still_makes_its_money_theirs() -> None:
    result = extract(
        "Darnell Fitch was charged with a conspiracy that generated $2 million for the "
        "North Korean government.", doc_type="doj_press_release")
    earned = relations(result, "GENERATED_REVENUE_FOR")
    assert any("Fitch" in a for a, _ in earned)


def test_a_firm_linked_to_another_firm_is_not_controlled_by_it() -> None:
    # a tie between two firms states no direction: partner, client or sister company
    result = extract("Haedong Software Company is linked to Pyolbit Trading Corporation.")
    assert relations(result, "CONTROLLED_BY") == []


def test_a_firm_tied_to_a_state_body_is_that_bodys() -> None:
    result = extract("Haedong Software Company is tied to the Ministry of State Security.")
    assert ("Haedong Software Company", "Ministry of State Security") in relations(
        result, "CONTROLLED_BY")


def test_an_agreement_to_pay_is_no_payment() -> None:
    result = extract("Brightline Staffing LLC agreed to pay Ri Song Hyok $80,000 for software "
                     "work.", doc_type="doj_press_release")
    assert relations(result, "PAID") == []
    assert relations(result, "EMPLOYED_AT") == []


def test_a_payment_made_is_still_read() -> None:
    result = extract("Brightline Staffing LLC paid Ri Song Hyok $60,000 for software work.",
                     doc_type="doj_press_release")
    assert any("Brightline" in a for a, _ in relations(result, "PAID"))


def test_a_plea_term_to_forfeit_is_still_a_forfeiture() -> None:
    result = extract("Under the plea agreement, Pak Chol Su agreed to forfeit $120,000.",
                     doc_type="doj_press_release")
    assert any("Pak Chol Su" in a for a, _ in relations(result, "FORFEITED"))


def test_goods_sold_with_no_buyer_help_nobody_named() -> None:
    result = extract("North Korean IT workers earn money abroad. Sobaeksu Trading Corporation "
                     "provided laptops and servers.")
    assert relations(result, "FACILITATED") == []


def test_scheme_means_with_no_recipient_still_help_the_workers() -> None:
    result = extract("North Korean IT workers earn money abroad. Sobaeksu Trading Corporation "
                     "hosted the laptops at its office.")
    assert any("Sobaeksu" in a for a, _ in relations(result, "FACILITATED"))


def test_sanctions_another_body_owns_give_the_release_no_designation() -> None:
    result = extract("Today, OFAC designated Haebit Trading Company. Haebit works for the "
                     "Munitions Industry Department. The department is already subject to UN "
                     "Security Council sanctions.")
    designated = relations(result, "DESIGNATED")
    assert not any("Munitions" in b for _, b in designated)
    assert any("Haebit" in b for _, b in designated)


def test_sanctions_with_no_owner_continue_the_release_designator() -> None:
    result = extract("Today, OFAC designated Haebit Trading Company. Pyolbit Software LLC, "
                     "its partner, is also subject to sanctions.")
    assert any("Pyolbit" in b for _, b in relations(result, "DESIGNATED"))
