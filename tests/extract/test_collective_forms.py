"""The workers' trade noun spelled out ("information technology (IT) workers") is the DPRK
collective only where the text makes it so: the DPRK follows it as the workers' state, or
the document names the collective in another form. Elsewhere it is a class of people.
Sentences and names are invented for the test."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _collective(text: str) -> bool:
    return any(e.properties.get("kind") == "worker_group" for e in extract(
        text, doc_type="news").entities)


def test_spelled_out_workers_of_the_dprk_are_the_collective() -> None:
    result = extract("Marcus Dell helped information technology (IT) workers from the "
                     "Democratic People's Republic of Korea (DPRK) obtain remote jobs.",
                     doc_type="news")
    assert ("Marcus Dell", "DPRK IT workers") in relations(result, "FACILITATED")
    assert _collective("Information technology (IT) workers acting for North Korea "
                       "logged in to hosted laptops.")


def test_spelled_out_workers_join_a_collective_named_otherwise() -> None:
    result = extract("North Korean IT workers applied for remote jobs. Employers of "
                     "information technology (IT) workers rarely met them in person.",
                     doc_type="news")
    collective = next(e for e in result.entities if e.properties.get("kind") == "worker_group")
    assert "information technology (IT) workers" in {m.text for m in collective.mentions}


def test_spelled_out_workers_alone_are_a_trade_not_the_collective() -> None:
    assert not _collective("Regional firms hire information technology (IT) workers for "
                           "short contracts.")
    assert not _collective("Information technology (IT) workers from Ohio founded the "
                           "start-up.")
