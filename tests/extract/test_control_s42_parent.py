"""CONTROLLED_BY between a firm and its parent, and from whose direction a body acts:
"A and its subsidiary B", "B, an A subsidiary", "A is the parent company of B", "B's
parent company, A", "B works at the direction of A", "P acted on the orders of a DPRK unit".
A former or denied tie, a person at a firm's direction and other "orders" give nothing."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract, relations

_PARENT = "Korea Tallowmere Trading Corporation"
_PART = "Tallowmere Software Exchange Center"
_UNIT = "Reconnaissance General Bureau"


def _control(text: str) -> list[tuple[str, str]]:
    return relations(extract(text), "CONTROLLED_BY")


@pytest.mark.parametrize("text", [
    f"OFAC designated {_PARENT} and its subsidiary {_PART}.",
    f"{_PART}, a {_PARENT} subsidiary, employs developers in Laos.",
    f"{_PARENT} is the parent company of {_PART}.",
    f"{_PART}'s parent company, {_PARENT}, is also designated today.",
])
def test_a_subsidiary_answers_to_its_parent(text: str) -> None:
    assert (_PART, _PARENT) in _control(text)


def test_a_firm_at_the_direction_of_a_unit() -> None:
    assert _control(f"{_PART} works at the direction of the {_UNIT}.") == [(_PART, _UNIT)]


def test_a_person_on_the_orders_of_a_unit() -> None:
    assert _control(f"Ryom Chol Gwang acted on the orders of the {_UNIT}.") == [
        ("Ryom Chol Gwang", _UNIT)]


@pytest.mark.parametrize("text", [
    f"{_PART} was formerly a {_PARENT} subsidiary.",
    f"John Carrow shipped the laptops at the direction of {_PART}.",
    f"{_PART} filled the orders of {_PARENT} last year.",
    f"{_PARENT} is not the parent company of {_PART}.",
    # a negated copula denies its noun predicate
    f"{_PART} is not a subsidiary of {_PARENT}.",
    f"Ryom Chol Gwang is not the president of {_PARENT}.",
])
def test_no_control_from_a_look_alike(text: str) -> None:
    assert _control(text) == []
