""""North Korean information technology (IT) workers": the spelled-out trade noun with the
DPRK written right before it is the DPRK's worker collective, as it is with the DPRK after
it ("... workers from the DPRK"); without a state, or with another state, it is a class of
people (extract/resolve/document.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, named, relations


def test_the_state_before_the_noun_makes_it_the_collective() -> None:
    found = extract("More than 130 North Korean information technology (IT) workers were "
                    "employed by Alpha Soft Co.", doc_type="news")
    assert relations(found, "EMPLOYED_AT") == [("DPRK IT workers", "Alpha Soft Co.")]


def test_without_the_dprk_the_trade_noun_is_no_collective() -> None:
    for text in ("Companies that hire information technology (IT) workers should check "
                 "identities.",
                 "South Korean information technology (IT) workers were hired by Alpha Soft "
                 "Co."):
        found = extract(text, doc_type="news")
        assert "DPRK IT workers" not in named(found).values()
        assert relations(found, "EMPLOYED_AT") == []
