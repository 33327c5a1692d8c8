"""A US case is LOCATED_IN the United States only when the text names its court or where it
sits (docs/annotation.md): "indicted in St. Louis", "a Maryland case", a district cited as
"D.D.C.", a court named in the document. A report that only says the Justice Department
charged someone gives no place, and a US town that places something else (the victim)
does not count (sentences and names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, named

_NEWS = [{"country": "US", "agency": "Department of Justice"}]


def _case_located(text: str) -> bool:
    result = extract(text, doc_type="news", issuers=_NEWS)
    names = named(result)
    return any(r.type == "LOCATED_IN" and names[r.source].startswith("United States v.")
               for r in result.relations)


def test_no_court_and_no_place_gives_no_location() -> None:
    assert not _case_located(
        "In March, the Justice Department charged Ri Yong Chol and two other North Koreans "
        "with stealing cryptocurrency from an Atlanta payments startup. The United States "
        "has offered rewards for information on the group.")


def test_an_indictment_returned_in_a_us_city() -> None:
    assert _case_located("Ri Yong Chol was charged in an indictment returned in St. Louis, "
                         "U.S. prosecutors said.")


def test_a_state_that_modifies_the_case() -> None:
    assert _case_located("In United States v. Tarrow, a Maryland case over remote IT jobs "
                         "for U.S. firms, Nathan Tarrow was sentenced to 20 months.")


def test_a_district_cited_by_its_abbreviation() -> None:
    assert _case_located("U.S. prosecutors charged Nathan Tarrow with wire fraud conspiracy "
                         "(United States v. Tarrow, D.D.C.).")
