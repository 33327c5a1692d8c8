"""Session 38: a definite description by a state's adjective refers back to a firm the
text described by the place it is based in ("a payments company based in Estonia" ... "the
Estonian company"; extract/resolve/unnamed.py, extract/descriptors.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _rel(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="press_release"), "EMPLOYED_AT")


def test_the_states_adjective_refers_back_to_a_firm_based_in_that_state() -> None:
    text = ("Odrin Vasquel was hired by a payments company based in Estonia. Later the "
            "Estonian company hired Mirela Tosk as well.")
    assert sorted(_rel(text)) == [("Mirela Tosk", "payments company based in Estonia"),
                                  ("Odrin Vasquel", "payments company based in Estonia")]


def test_an_indefinite_description_by_the_adjective_is_another_firm() -> None:
    text = ("Odrin Vasquel was hired by a payments company based in Estonia. Later an "
            "Estonian company hired Mirela Tosk.")
    assert ("Mirela Tosk", "payments company based in Estonia") not in _rel(text)


def test_another_states_adjective_is_another_firm() -> None:
    text = ("Odrin Vasquel was hired by a payments company based in Estonia. Later the "
            "Finnish company hired Mirela Tosk.")
    assert ("Mirela Tosk", "payments company based in Estonia") not in _rel(text)
