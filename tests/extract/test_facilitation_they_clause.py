"""'They admitted that they ...': the clause's "they" is the main subject's, which
continues the named actors of the sentence before (extract/they.py): paraphrases with
invented names, each with a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _helped(text: str) -> set[tuple[str, str]]:
    return set(relations(extract(text, doc_type="news"), "FACILITATED"))


def test_they_under_a_they_continues_the_listed_actors() -> None:
    found = _helped("Lena Markova, Tom Baxter and Lev Orlov pleaded guilty in federal court "
                    "in Ohio to wire fraud conspiracy. They admitted that they hosted laptops "
                    "for North Korean IT workers.")
    assert {("Lena Markova", "DPRK IT workers"), ("Tom Baxter", "DPRK IT workers"),
            ("Lev Orlov", "DPRK IT workers")} <= found


def test_they_under_another_speaker_stays_unresolved() -> None:
    assert _helped("Lena Markova, Tom Baxter and Lev Orlov pleaded guilty. Prosecutors said "
                   "they hosted laptops for North Korean IT workers.") == set()
