"""News calls the IT workers "tech workers" or "technology workers"; laborers are another
group (names and sentences invented for the test)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract, relations


@pytest.mark.parametrize("workers", ["North Korean tech workers",
                                     "North Korean technology workers"])
def test_tech_workers_are_the_it_worker_collective(workers: str) -> None:
    text = (f"Prosecutors said Garrick Pennifold, 47, of Boise, Idaho, helped {workers} get "
            "remote jobs at American software companies by lending them his identity.")
    assert ("Garrick Pennifold", "DPRK IT workers") in relations(
        extract(text, doc_type="news"), "FACILITATED")


def test_laborers_are_not_the_it_workers() -> None:
    text = ("Prosecutors said Garrick Pennifold, 47, of Boise, Idaho, helped North Korean "
            "workers get jobs at a seafood plant in Alaska.")
    assert relations(extract(text, doc_type="news"), "FACILITATED") == []
