"""A plea to (a verdict of) a conspiracy to help is a plea to the help: the helper is the
one who pleaded, through "conspiring to" (extract/frames/facilitation.py `_HELPER`)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_WORKERS = "DPRK IT workers"


def _helpers(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="press_release", issuers=[{"country": "US"}]),
                     "FACILITATED")


def test_a_plea_to_conspiring_to_help_makes_a_helper() -> None:
    assert ("Ravenna Solberg", _WORKERS) in _helpers(
        "Ravenna Solberg, 47, pleaded guilty to conspiring to assist North Korean IT "
        "workers in securing jobs at American firms.")
    assert ("Ravenna Solberg", _WORKERS) in _helpers(
        "Ravenna Solberg was found guilty of conspiring to help North Korean IT workers "
        "obtain remote positions.")


def test_a_plea_to_an_attempt_or_to_another_crime_makes_no_helper() -> None:
    assert _helpers(
        "Ravenna Solberg pleaded guilty to attempting to assist North Korean IT workers "
        "in securing jobs at American firms.") == []
    assert _helpers(
        "Ravenna Solberg pleaded guilty to conspiring to commit wire fraud. The FBI said "
        "North Korean IT workers used stolen identities.") == []
