"""'X acted as an intermediary between the workers and Y': the DPRK side of "between" is
the one helped (extract/frames/facilitation.py): paraphrases with invented names, each
with a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _helped(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), "FACILITATED")


def test_an_intermediary_between_the_workers_and_a_firm() -> None:
    assert _helped("Lena Markova acted as a middleman between North Korean IT workers and "
                   "Orion Media LLC.") == [("Lena Markova", "DPRK IT workers")]


def test_an_intermediary_between_two_firms_helps_no_dprk_party() -> None:
    assert _helped("Lena Markova acted as a middleman between Vesta LLC and Orion Media "
                   "LLC.") == []
