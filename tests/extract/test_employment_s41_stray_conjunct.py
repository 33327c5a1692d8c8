""""The defendant admitted to taking part in an operation that sent workers who used stolen
identities to pose as Americans and obtain positions with <firm>": the parser may hang
"obtain" on "admitted" instead of on "pose", whose "and" it follows; a bare infinitive never
shares a finite verb's subject, so the defendant is no employee of the firm
(extract/frames/_paths.py). And "some of whom earned up to $N a year" is what a part of the
group earned, never the whole group's revenue. Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_the_defendant_does_not_take_the_workers_jobs() -> None:
    found = extract("A New Jersey man pleaded guilty Tuesday in federal court in Boston. The "
                    "defendant admitted to participating in an operation that dispatched "
                    "skilled North Korean information technology workers who used stolen "
                    "identities of U.S. persons to pose as domestic workers and obtain remote "
                    "IT positions with American companies.", doc_type="plea")
    assert [w for w, _ in relations(found, "EMPLOYED_AT")
            if w == "New Jersey man"] == []


def test_a_finite_verb_coordinated_with_a_finite_verb_still_shares_its_subject() -> None:
    found = extract("Dana Vell hid her nationality and obtained remote positions with Arvo "
                    "Systems.", doc_type="plea")
    assert relations(found, "EMPLOYED_AT") == [("Dana Vell", "Arvo Systems")]


def test_the_workers_of_the_relative_clause_hold_the_jobs() -> None:
    found = extract("Dana Vell admitted to running a scheme that sent North Korean IT workers "
                    "who used stolen identities to obtain remote positions with Arvo Systems.",
                    doc_type="plea")
    assert relations(found, "EMPLOYED_AT") == [("DPRK IT workers", "Arvo Systems")]


def test_what_some_of_the_workers_earned_is_not_the_groups_revenue() -> None:
    found = extract("The North Korean IT workers, some of whom earned up to $300,000 a year, "
                    "used stolen identities to get hired.", doc_type="indictment")
    assert relations(found, "GENERATED_REVENUE_FOR") == []


def test_what_the_workers_earned_is_still_their_revenue() -> None:
    found = extract("The North Korean IT workers earned up to $300,000 a year and used "
                    "stolen identities to get hired.", doc_type="indictment")
    assert relations(found, "GENERATED_REVENUE_FOR") == [("DPRK IT workers", "USD 300000")]
