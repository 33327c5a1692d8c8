""""The workers laundered their ill-gotten gains through P for the benefit of the North
Korean regime": the DPRK side's own money goes to the regime (FUNDED), and the one it is
laundered through helped the workers (FACILITATED) (extract/frames/laundering.py).
Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_TEXT = ("The DPRK IT workers gained employment at U.S. crypto companies using fake "
         "identities and then laundered their ill-gotten gains through Sim Hyon Sop for the "
         "benefit of the North Korean regime.")


def test_the_workers_own_gains_fund_the_regime_and_the_launderer_helped_them() -> None:
    found = extract(_TEXT, doc_type="indictment")
    assert relations(found, "FUNDED") == [("DPRK IT workers", "North Korea")]
    assert relations(found, "FACILITATED") == [("Sim Hyon Sop", "DPRK IT workers")]


def test_a_third_party_launderer_is_not_the_earner() -> None:
    found = extract("Matthew Harris laundered the proceeds through Beta Link LLC for the "
                    "benefit of the North Korean regime.", doc_type="indictment")
    assert relations(found, "FUNDED") == []
    assert relations(found, "FACILITATED") == []


def test_negated_or_attempted_laundering_states_nothing() -> None:
    for text in ("The DPRK IT workers did not launder their gains through Matthew Harris.",
                 "The DPRK IT workers tried to launder their gains through Matthew Harris for "
                 "the benefit of the regime in Pyongyang."):
        found = extract(text, doc_type="indictment")
        assert relations(found, "FUNDED") == [] and relations(found, "FACILITATED") == []
