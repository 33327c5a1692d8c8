"""DESIGNATED where the document's own act is the subject of a verb of reach ("The new
sanctions cover ...", "The sanctions also apply to ..."); another body's, an earlier, a
restricted, a planned or a denied act names no target."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract, relations

_KR = [{"country": "KR", "agency": "Ministry of Foreign Affairs of the Republic of Korea"}]
_MOFA = "Ministry of Foreign Affairs of the Republic of Korea"


def _designated(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, issuers=_KR), "DESIGNATED")


def test_the_members_a_covered_count_includes_are_designated() -> None:
    found = _designated("The new sanctions cover six individuals, including Tak Mun Gyu "
                        "and Yom Sol Hwa.")
    assert (_MOFA, "Tak Mun Gyu") in found and (_MOFA, "Yom Sol Hwa") in found


def test_the_act_applies_to_a_named_head() -> None:
    found = _designated("The ministry imposed sanctions on Ungdok Software Trading "
                        "Company. The sanctions also apply to its president, Ma Chol Min.")
    assert (_MOFA, "Ma Chol Min") in found


def test_an_owner_of_the_act_designates() -> None:
    assert ("Japan", "Ma Chol Min") in _designated("Tokyo's measures extend to Ma Chol Min.")


@pytest.mark.parametrize("text", [
    "UN sanctions apply to Ungdok Software Trading Company.",
    "The 2017 sanctions also applied to Ungdok Software Trading Company.",
    "The sanctions announced in 2019 apply to Ungdok Software Trading Company.",
    "The sanctions cover transactions with Ungdok Software Trading Company.",
    "The sanctions will also apply to Ungdok Software Trading Company.",
    "The sanctions do not apply to Ungdok Software Trading Company.",
    "The new rules apply to Ungdok Software Trading Company.",
])
def test_no_target_where_the_act_is_not_this_one_or_not_done(text: str) -> None:
    assert not any(t == "Ungdok Software Trading Company" for _, t in _designated(text))
