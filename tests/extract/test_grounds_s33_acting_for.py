"""The ground "designated for (having) acted or purported to act for or on behalf of Y" with
its object in place (extract/frames/grounds.py `_acting_ground`): a person acting for a firm
works there, as with the stranded "..., directly or indirectly, Y". Work for someone that is
no ground, and a negated, modal or quoted designation, tie nobody. Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LEDE = ("Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) "
         "designated Kelvedon Arch Trading Company, which sends North Korean programmers "
         "abroad. ")


def employed(text: str) -> list[tuple[str, str]]:
    return relations(extract(_LEDE + text), "EMPLOYED_AT")


def test_a_person_designated_for_acting_for_a_firm_works_there() -> None:
    found = employed("Marisa Tolbrecht is also designated for having acted or purported to "
                     "act for or on behalf of Kelvedon Arch Trading Company.")
    assert ("Marisa Tolbrecht", "Kelvedon Arch Trading Company") in found


def test_no_ground_no_tie() -> None:
    for sentence in (
            "Marisa Tolbrecht was not sanctioned for acting on behalf of Kelvedon Arch "
            "Trading Company.",
            "OFAC might designate Marisa Tolbrecht for acting on behalf of Kelvedon Arch "
            "Trading Company.",
            "\"Marisa Tolbrecht was designated for acting for or on behalf of Kelvedon Arch "
            "Trading Company,\" her client wrote.",
            "Marisa Tolbrecht signed a lease on behalf of Kelvedon Arch Trading Company."):
        assert not employed(sentence), sentence
