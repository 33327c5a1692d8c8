"""FUNDED from the state that takes the workers' pay and from the money a relative clause
describes: "the DPRK government withholds most of their earnings", "Pyongyang keeps 90
percent of what the workers are paid", "the regime keeps the money the workers earn", "the
workers generate revenue that funds the regime's programs". Sentences and names invented
for the test; each construction has a look-alike that must state nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LEAD = "Officials spoke about North Korea on Monday. North Korean IT workers work abroad. "
_FUNDED = ("DPRK IT workers", "North Korea")


def _funded(text: str) -> list[tuple[str, str]]:
    return relations(extract(_LEAD + text, doc_type="news"), "FUNDED")


def test_the_state_its_government_stands_for_takes_the_pay() -> None:
    assert _FUNDED in _funded("They hide who they are, with the DPRK government withholding "
                              "up to 80 percent of their earnings.")


def test_a_share_of_what_the_workers_are_paid_or_earn() -> None:
    assert _FUNDED in _funded("Pyongyang keeps up to 80 percent of what the workers are paid.")
    assert _FUNDED in _funded("The regime keeps most of the money the workers earn.")


def test_revenue_that_funds_the_regime_is_its_earners() -> None:
    assert _FUNDED in _funded("The workers generate revenue that funds the regime's "
                              "missile programs.")


def test_look_alikes_state_no_funding() -> None:
    # a firm keeping its engineers' pay, a state that withholds payments to the workers,
    # wages a company paid (paid is not earned), a negation and a plan
    for text in ("Fenwick Labs Inc. keeps most of what its engineers earn.",
                 "The U.S. government withholds payments to the workers.",
                 "Fenwick Labs Inc. paid wages that funded the regime's missile programs.",
                 "The DPRK government does not keep what the workers are paid.",
                 "The DPRK government plans to keep most of the wages of the workers."):
        assert _funded(text) == [], text
