"""A description that speaks ("the ministry said") takes up the body that spoke before it,
not a body the report speaks about (names and sentences invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract

_REPORT = (
    "SEOUL -- South Korea on Monday blacklisted four North Koreans who earned money for "
    "Pyongyang through IT work abroad, the foreign ministry said.\n\n"
    "They include Wang Hyok Pom, who has run software teams in Vladivostok for the Ministry "
    "of Atomic Energy Industry, the ministry said. The ministry added that it would share "
    "the list with Washington and Tokyo.")


def test_the_speaking_ministry_is_the_one_that_spoke_before() -> None:
    result = extract(_REPORT, doc_type="news", issuers=[{"country": "KR", "agency": ""}])
    by_name = {e.name: [m.text for m in e.mentions] for e in result.entities}
    atomic = next(n for n in by_name if "Atomic Energy" in n)
    assert by_name[atomic] == ["Ministry of Atomic Energy Industry"]
    foreign = next(n for n in by_name if n.startswith("Ministry of Foreign Affairs"))
    assert by_name[foreign].count("the ministry") + by_name[foreign].count("The ministry") == 2
