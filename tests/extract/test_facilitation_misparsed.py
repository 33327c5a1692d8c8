"""A means verb the parser reads as an adjective on its object noun
(extract/frames/facilitation_misparsed.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _rel(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="press_release"), "FACILITATED")


_OPENING = ("North Korean IT workers used stolen identities. Nessa Corrigan, 52, was "
            "arrested on Tuesday. ")


def test_a_surname_then_a_means_verb_read_as_a_modifier() -> None:
    text = _OPENING + "Corrigan hosted laptops mailed by Brackwater Insurance Co. at her apartment."
    assert ("Nessa Corrigan", "DPRK IT workers") in _rel(text)


def test_a_modifier_without_a_subject_of_its_own_is_no_act() -> None:
    text = _OPENING + "The hosted laptops stayed at an apartment rented by Corrigan."
    assert ("Nessa Corrigan", "DPRK IT workers") not in _rel(text)
