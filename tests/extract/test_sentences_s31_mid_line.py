"""A paragraph under a heading is one sentence from its first word: the parser may not cut
a sentence after a word on the same line (names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract

_RELEASE = (
    "Today OFAC designated two individuals who support the DPRK's IT worker delegations.\n\n"
    "Korea Sohung Trading Company\n\n"
    "Korea Sohung Trading Company (Sohung) is a front company for the Munitions Industry "
    "Department.\n\n"
    "Ri Jong Ho\n\n"
    "Ri Jong Ho is a DPRK national who manages Sohung's bank accounts in Vientiane, Laos.\n\n"
    "Vitaly Pavlovich Korzun\n\n"
    "Vitaly Pavlovich Korzun, a Russian national, has helped Sohung's workers in Vladivostok "
    "open accounts.")


def test_evidence_sentences_start_with_the_paragraph() -> None:
    result = extract(_RELEASE, doc_type="sanctions_release")
    sentences = {e.sentence for r in result.relations for e in r.evidence}
    assert sentences
    openings = ("Today", "Korea Sohung", "Ri Jong Ho", "Vitaly Pavlovich Korzun")
    assert all(s.startswith(openings) for s in sentences), sorted(sentences)
