"""DESIGNATED for the names after "including" where the designating verb acts on a counted
set ("designated four individuals and two entities as subject to sanctions, including A and
B"), wherever the parser hangs "including" in the verb's own phrase; an "including" inside a
clause that describes the set names others."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_ROK = [{"country": "KR", "agency": "Ministry of Foreign Affairs"}]


def _designated(text: str) -> set[str]:
    return {t for _, t in relations(extract(text, issuers=_ROK), "DESIGNATED")}


def test_the_named_members_of_a_counted_set() -> None:
    found = _designated("The Government of the Republic of Korea designated four individuals "
                        "and two entities as subject to sanctions, including Ryom Chol Gwang "
                        "and Tallowmere Software Exchange Center.")
    assert {"Ryom Chol Gwang", "Tallowmere Software Exchange Center"} <= found


def test_an_including_that_describes_the_set_names_no_target() -> None:
    found = _designated("The Government of the Republic of Korea designated four individuals "
                        "who worked for firms including Tallowmere Software Exchange Center.")
    assert "Tallowmere Software Exchange Center" not in found
