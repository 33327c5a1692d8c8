"""CONTROLLED_BY a state through its organs ("a firm controlled by <State>'s military", "an
entity controlled by the <demonym> government") and the entity a designation names "as".
Invented names; negated and possible control states nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

OPENING = "The Treasury Department acted against North Korea. "


def controlled(sentence: str) -> list[tuple[str, str]]:
    return relations(extract(OPENING + sentence, doc_type="news"), "CONTROLLED_BY")


def test_a_states_government_or_military_stands_for_the_state() -> None:
    expected = ("Harrow Freight Ltd.", "North Korea")
    assert expected in controlled(
        "Harrow Freight Ltd., a firm controlled by North Korea's military, was designated.")
    assert expected in controlled("Harrow Freight Ltd. is designated as an entity controlled "
                                  "by the North Korean government.")


def test_denied_or_possible_control_is_none() -> None:
    assert not controlled("Harrow Freight Ltd. is not controlled by North Korea's military.")
    assert not controlled("Harrow Freight Ltd. is designated as an entity that could be "
                          "controlled by the North Korean government.")
