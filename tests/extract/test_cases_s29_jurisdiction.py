"""A round-up of prosecutions tells each court act with its court: an act placed in another
state's federal court is another case, and its defendants never join the case the document
opened first (sentences and names invented for the test)."""

from __future__ import annotations

from extract.frames._jurisdiction import state_of
from tests.extract.conftest import extract, relations

_DOJ = [{"country": "US", "agency": "Department of Justice"}]

_ROUNDUP = ("Brandon Keller pleaded guilty this week in federal court in the Northern District "
            "of Texas to conspiracy to commit wire fraud for hosting laptops for North Korean IT "
            "workers.\n\n"
            "Lydia Fenwick, Tamsin Orley and Keith Abernath each pleaded guilty{court} to wire "
            "fraud conspiracy after lending their identities to North Korean IT workers.")


def _defendants(text: str) -> set[tuple[str, str]]:
    return set(relations(extract(text, doc_type="court_release", issuers=_DOJ),
                         "DEFENDANT_IN"))


def test_a_plea_in_another_states_court_joins_no_case() -> None:
    for court in (" in federal court in Ohio", " in the Southern District of Ohio",
                  " in Columbus"):
        found = _defendants(_ROUNDUP.format(court=court))
        assert ("Brandon Keller", "United States v. Brandon Keller") in found
        assert not {d for d, _ in found} & {"Lydia Fenwick", "Tamsin Orley", "Keith Abernath"}


def test_a_plea_in_the_same_states_court_joins_the_case() -> None:
    found = _defendants(_ROUNDUP.format(court=" in federal court in Dallas"))
    assert ("Tamsin Orley", "United States v. Brandon Keller") in found


def test_a_plea_with_no_court_named_joins_the_case() -> None:
    found = _defendants(_ROUNDUP.format(court=""))
    assert ("Tamsin Orley", "United States v. Brandon Keller") in found


def test_a_residence_in_another_state_is_no_court() -> None:
    text = _ROUNDUP.format(court="").replace(
        "Keith Abernath each", "Keith Abernath, who all live in Ohio, each")
    assert ("Tamsin Orley", "United States v. Brandon Keller") in _defendants(text)


def test_districts_cities_and_the_capital_name_their_state() -> None:
    assert state_of("the Middle District of Florida") == "Florida"
    assert state_of("Atlanta, Georgia") == "Georgia"
    assert state_of("Washington, D.C.") == state_of("the District of Columbia")
    assert state_of("the Western District of Washington") == "Washington State"
    assert state_of("Poland") == ""
