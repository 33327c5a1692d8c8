"""A defence ministry named without its state's name in it is the ministry of the state the
sentence names, or no one: never one node shared by every state's ministry."""

from __future__ import annotations

from tests.extract.conftest import extract

_WIRE = [{"country": "GB", "agency": ""}]


def _agencies(text: str) -> dict[str, str]:
    result = extract(text, doc_type="news", issuers=_WIRE)
    return {e.name: str(e.properties.get("country", "")) for e in result.entities
            if e.type == "Agency"}


def test_a_defence_ministry_is_the_named_states() -> None:
    assert _agencies("The firm acted on behalf of Pyongyang's Ministry of Defense.") == {
        "Ministry of the People's Armed Forces": "KP"}
    assert _agencies("Japan's Defense Ministry said it would respond.") == {
        "Ministry of Defense of Japan": "JP"}


def test_a_defence_ministry_of_no_known_state_is_no_node() -> None:
    assert _agencies("Russia's Ministry of Defence bought the drones.") == {}
    assert _agencies("The Ministry of Defense declined to comment.") == {}
