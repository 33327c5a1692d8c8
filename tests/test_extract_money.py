"""Amounts in running text with the real model: particles are not bounds, ranges stay one
amount, other currencies keep their own, and the sentence gives the money its kind."""

from __future__ import annotations

from functools import lru_cache

from extract.extractor import Extractor
from extract.mentions import collect
from extract.resolve import resolve_document
from graph.model import DocumentMeta, ExtractedEntity


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def payments(text: str) -> list[ExtractedEntity]:
    x = extractor()
    result = resolve_document(collect(x.nlp(text)), DocumentMeta(id="m"), x.gazetteer)
    return sorted((e for e in result.entities.values() if e.type == "Payment"),
                  key=lambda e: e.mentions[0].start)


def test_a_verb_particle_is_not_a_qualifier() -> None:
    found = payments("The broker handed over $3 million to the workers. He must also give "
                     "up $45,000 and forfeit a car.")
    assert [(p.properties["amount_usd"], p.properties["qualifier"]) for p in found] == [
        (3_000_000, "exact"), (45_000, "exact")]
    assert found[1].properties["kind"] == "forfeiture"


def test_over_after_a_plain_verb_is_a_bound() -> None:
    # the preposition after a verb that takes the amount as its object bounds the amount;
    # the particle of a phrasal verb ("handed over" above) does not
    found = payments("The crew earned over $2.4 million, including over $310,000 taken from "
                     "one exchange. A courier turned over $60,000 to agents.")
    assert [(p.properties["amount_usd"], p.properties["qualifier"]) for p in found] == [
        (2_400_000, "more_than"), (310_000, "more_than"), (60_000, "exact")]


def test_a_range_is_one_payment_with_both_ends() -> None:
    (found,) = payments("Officials estimate the workers earn between $150 million and "
                        "$400 million a year for the regime.")
    assert found.properties["amount_usd"] == 150_000_000
    assert found.properties["amount_max_usd"] == 400_000_000
    assert found.properties["qualifier"] == "between"
    assert found.properties["kind"] == "revenue"


def test_short_scales_and_stacked_qualifiers() -> None:
    found = payments("The network moved $4.2m in 2023 and USD1.7 million in 2024, roughly "
                     "over $650,000 of it through one exchange.")
    assert [(p.properties["amount_usd"], p.properties["qualifier"]) for p in found] == [
        (4_200_000, "exact"), (1_700_000, "exact"), (650_000, "more_than")]


def test_other_currencies_keep_amount_and_currency() -> None:
    found = payments("Seoul froze KRW 3.4 billion, and Tokyo seized 90 million yen.")
    assert [(p.properties["amount"], p.properties["currency"]) for p in found] == [
        (3_400_000_000.0, "KRW"), (90_000_000.0, "JPY")]
    assert all("amount_usd" not in p.properties for p in found)


def test_a_reward_offer_is_not_revenue() -> None:
    (found,) = payments("The State Department is offering a reward of up to $7 million for "
                        "information on the network's finances.")
    assert found.properties["kind"] == "reward_offer"
    assert found.properties["qualifier"] == "up_to"


def test_a_written_out_decimal_is_read_whole_or_not_at_all() -> None:
    # broadcast style spells the decimal; the model may start the amount after "point"
    (whole,) = payments("The ring laundered two point four billion dollars in three years.")
    assert whole.properties["amount_usd"] == 2_400_000_000
    cut = payments("The ring laundered at least two-point-four billion dollars.")
    assert all(p.properties["amount_usd"] != 400_000_000 for p in cut)
    assert all(p.properties["amount_usd"] != 4_000_000_000 for p in cut)
