"""An "it" that is its clause's subject takes up the subject of the sentence before, where
that sentence names a state only as a place ("A sends developers to Russia. It is being
designated ..."); a state named otherwise still competes, and an object "it" is left alone."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_FIRM = "Korea Tallowmere Software Company"


def _designated(text: str) -> list[tuple[str, str]]:
    return relations(extract(text), "DESIGNATED")


def test_it_after_a_place_is_the_subject_before() -> None:
    assert _designated(f"{_FIRM} sends developers to Russia. It is being designated "
                       "pursuant to E.O. 13722.") == [
        ("Office of Foreign Assets Control", _FIRM)]


def test_a_state_that_acts_still_competes() -> None:
    # Russia is a subject of its own clause here, not a place: "It" is left unresolved
    found = _designated(f"{_FIRM} said Russia hosts its developers. It is being designated "
                        "pursuant to E.O. 13722.")
    assert (("Office of Foreign Assets Control", _FIRM)) not in found
