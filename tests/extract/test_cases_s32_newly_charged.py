"""People charged after the case the text tells reached a plea or a sentence, none of them
named in it and nothing tying them to it, are not joined to that case (names and sentences
invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_SENTENCED = ("Cordelia Frampton, 38, of Eugene, Oregon, was sentenced on Thursday to 40 "
              "months in prison for running a laptop farm for North Korean IT workers. "
              "Frampton pleaded guilty last year.\n\n")


def test_a_later_indictment_of_others_joins_no_case() -> None:
    text = _SENTENCED + ("Bastian Quorrell and Ysolde Marchetti were charged by a grand jury "
                         "with laundering the workers' pay through shell accounts.")
    cases = relations(extract(text, doc_type="press_release"),
                      "DEFENDANT_IN")
    joined = {p for p, c in cases if c == "United States v. Cordelia Frampton"}
    assert joined == {"Cordelia Frampton"}


def test_a_co_defendant_charged_later_joins_the_case() -> None:
    text = _SENTENCED + ("Her co-defendant, Bastian Quorrell, was indicted in the same case "
                         "and remains a fugitive.")
    cases = relations(extract(text, doc_type="press_release"),
                      "DEFENDANT_IN")
    assert ("Bastian Quorrell", "United States v. Cordelia Frampton") in cases


def test_more_charges_against_the_same_defendant_stay_in_the_case() -> None:
    text = _SENTENCED + ("Frampton was also charged with aggravated identity theft.")
    cases = relations(extract(text, doc_type="press_release"),
                      "DEFENDANT_IN")
    assert set(cases) == {("Cordelia Frampton", "United States v. Cordelia Frampton")}
