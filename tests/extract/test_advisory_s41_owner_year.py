"""Session 41: a known advisory cited by its owner and a bare year (extract/advisory_refs.py).

"the Federal Bureau of Investigation (FBI) advisory from 2022": the body right before
the kind owns it, and a bare year after the kind dates it; together they pick the one
advisory of the public record; so do the agencies that issued it ("METI issued the
advisory on ..." in a report of that week). Look-alikes: a year with no owner where two
advisories of that year fit, an owner and a year no advisory has, an agency's advisory in
a report of another week. Invented sentences."""

from __future__ import annotations

from graph.model import Extraction
from tests.extract.conftest import extract, relations

_GUIDANCE_2022 = ("Guidance on the Democratic People's Republic of Korea Information "
                  "Technology Workers")


def news(text: str) -> Extraction:
    return extract(text, doc_type="news", date="2024-06-12")


def advisories(result: Extraction) -> set[str]:
    return {e.name for e in result.entities if e.type == "Advisory"}


def test_an_agencys_advisory_of_a_year() -> None:
    result = news("The Department of State, the Department of the Treasury, and the Federal "
                  "Bureau of Investigation (FBI) advisory from 2022 says that North Korean IT "
                  "workers hide their identities.")
    assert advisories(result) == {_GUIDANCE_2022}
    assert ("Federal Bureau of Investigation", _GUIDANCE_2022) in relations(result, "ISSUED")


def test_a_year_without_an_owner_fits_two_and_links_none() -> None:
    result = news("The advisory from 2022 says that North Korean IT workers hide their "
                  "identities.")
    assert not advisories(result)


def test_an_owner_and_a_year_no_advisory_has() -> None:
    result = news("The FBI advisory from 2019 says that North Korean IT workers hide their "
                  "identities.")
    assert not advisories(result)


def test_an_agency_that_issued_the_advisory_names_its_state() -> None:
    result = extract("The Ministry of Economy, Trade and Industry issued the advisory on "
                     "remote contractor fraud.", doc_type="news", date="2024-03-27")
    assert "Advisory to Companies and Other Organizations on North Korean IT Workers" in \
        advisories(result)


def test_an_agencys_advisory_of_another_week_is_not_the_known_one() -> None:
    result = extract("The Ministry of Economy, Trade and Industry issued the advisory on "
                     "remote contractor fraud.", doc_type="news", date="2023-01-10")
    assert "Advisory to Companies and Other Organizations on North Korean IT Workers" not in \
        advisories(result)
