"""Session 41: which state's body a short form ("the National Police Agency", "the Foreign
Ministry") means when it issues or warns (extract/resolve/document.py).

A list of ministries is one government's: a body of a known state in the same list decides
the short forms in it, whatever state the sentence names elsewhere. A short form after the
document named the body in full means that body. Look-alikes: a state named beside the
short form outside a list still decides it; two bodies named in full before leave the short
form undecided. Invented sentences."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def news(text: str) -> list[tuple[str, str]]:
    result = extract(text, doc_type="news", date="2024-06-12")
    return [(e.type, e.name) for e in result.entities if e.type == "Agency"]


def test_a_list_of_ministries_is_one_governments() -> None:
    agencies = news("The notice was released by the National Police Agency, the Foreign "
                    "Ministry and the Ministry of Economy, Trade and Industry, after similar "
                    "guidance from South Korea.")
    assert ("Agency", "National Police Agency of Japan") in agencies
    assert ("Agency", "Ministry of Foreign Affairs of Japan") in agencies
    assert ("Agency", "Korean National Police Agency") not in agencies
    assert ("Agency", "Ministry of Foreign Affairs of the Republic of Korea") not in agencies


def test_a_state_beside_the_short_form_outside_a_list_still_decides() -> None:
    agencies = news("The Ministry of Economy, Trade and Industry welcomed guidance that South "
                    "Korea and the National Police Agency published.")
    assert ("Agency", "Korean National Police Agency") in agencies
    assert ("Agency", "National Police Agency of Japan") not in agencies


def test_a_body_named_in_full_before_is_the_short_forms() -> None:
    result = extract("Japan's National Police Agency published figures on Monday. On "
                     "Tuesday the National Police Agency warned companies about North Korean "
                     "IT workers.", doc_type="news", date="2024-06-12")
    assert ("National Police Agency of Japan", "DPRK IT workers") in \
        relations(result, "WARNS_ABOUT")


def test_two_bodies_named_before_leave_the_short_form_undecided() -> None:
    result = extract("Japan's National Police Agency and the Korean National Police Agency "
                     "published figures on Monday. On Tuesday the National Police Agency "
                     "warned companies about North Korean IT workers.", doc_type="news",
                     date="2024-06-12")
    assert not relations(result, "WARNS_ABOUT")
