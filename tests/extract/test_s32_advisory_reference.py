""""The alert" takes up the one advisory a news text named before it when the titles share
the head noun; with two named it takes up neither (names and sentences invented for the
test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_ONE = ("Officials on Monday put out the “Alert on Payroll Diversion Through Offshore "
        "Contractors,” which asks banks to review payroll accounts.\n\n")


def test_the_alert_is_the_one_named_before() -> None:
    text = _ONE + ("The alert, issued by the Department of the Treasury, also warns that "
                   "North Korean IT workers route salaries through shell firms.")
    issued = relations(extract(text, doc_type="news"), "ISSUED")
    assert ("Department of the Treasury",
            "Alert on Payroll Diversion Through Offshore Contractors") in issued


def test_with_two_named_the_alert_is_neither() -> None:
    text = _ONE.replace("put out the", "put out the “Alert on Fake Video Interviews” and "
                        "the") + ("The alert, issued by the Department of the Treasury, "
                                  "also warns that North Korean IT workers route salaries.")
    issued = relations(extract(text, doc_type="news"), "ISSUED")
    assert not [pair for pair in issued if pair[0] == "Department of the Treasury"]
