""""$N in <noun>" names what the amount is ("to pay $410,000 in restitution", "$1.2 million
in fines", "$3 million in stolen cryptocurrency"), whatever verb stands nearer; a place after
"in" is no kind (invented sentences)."""

from __future__ import annotations

from extract.normalize.payments import payment_kind


def _kind(sentence: str, amount: str) -> str:
    return payment_kind(sentence, sentence.index(amount))


def test_the_noun_after_in_is_the_kind() -> None:
    assert _kind("He was ordered to forfeit $81,000 and to pay $275,000 in restitution.",
                 "$275,000") == "restitution"
    assert _kind("The firm agreed to pay $2.5 million in fines.", "$2.5") == "fine"
    assert _kind("They moved $6 million in stolen cryptocurrency.", "$6") == "theft"
    assert _kind("Clients paid $900,000 in salaries to the workers.", "$900,000") == "wages"


def test_a_place_after_in_is_no_kind() -> None:
    assert _kind("She paid $50,000 in Ohio for the laptops.", "$50,000") == "payment"
