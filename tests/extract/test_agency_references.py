"""'The agencies', 'the same agencies', 'the three agencies' take up the one list of
agencies named before them (extract/plural_refs.py, extract/plurals.py): offices are
listed with their articles ("the FBI, the State Department and the Treasury")."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_LIST = ("The FBI, the State Department and the Treasury Department jointly released a "
         "notice titled \"Alert on Fraudulent Freelance Developers\" in March. ")
_ISSUERS = {"Federal Bureau of Investigation", "Department of State",
            "Department of the Treasury"}


def _issuers_of(text: str, title: str) -> set[str]:
    result = extract(text, doc_type="news", issuers=[{"country": "US"}])
    return {s for s, t in relations(result, "ISSUED") if t == title}


def test_a_plural_reference_takes_up_the_agencies_listed() -> None:
    title = "Checklist for Onboarding Overseas Contractors"
    assert _issuers_of(_LIST + f"The agencies later published \"{title}\" as well.",
                       title) == _ISSUERS
    assert _issuers_of(_LIST + f"In 2023 the same agencies issued \"{title}\" as well.",
                       title) == _ISSUERS
    assert _issuers_of(_LIST + f"The three agencies also issued \"{title}\" last year.",
                       title) == _ISSUERS


def test_agencies_the_text_restricts_or_that_two_lists_share_are_not_taken_up() -> None:
    title = "Checklist for Onboarding Overseas Contractors"
    # restricted to a set of their own
    assert _issuers_of(_LIST + f"The agencies of the State of Ohio published \"{title}\".",
                       title) == set()
    # two lists of agencies: the reference may mean either
    other = ("Separately, the Department of Commerce and the Department of Labor met "
             "bankers. ")
    assert _issuers_of(_LIST + other + f"The agencies later published \"{title}\".",
                       title) == set()
    # a count that fits no list
    assert _issuers_of(_LIST + f"The two agencies also issued \"{title}\".", title) == set()


def test_a_date_after_the_reference_does_not_restrict_it() -> None:
    text = ("The FBI, the State Department and the Treasury Department released a joint "
            "advisory titled \"Guidance on Vetting Remote Engineers\" on Monday. The \"Guidance "
            "on Payroll Red Flags\" was issued by the same agencies in 2022.")
    result = extract(text, doc_type="press_release", issuers=[{"country": "US"}])
    assert {s for s, t in relations(result, "ISSUED")
            if t == "Guidance on Payroll Red Flags"} == _ISSUERS


def test_an_office_noun_takes_up_only_offices_of_that_kind() -> None:
    # the FBI is no department: "the departments" do not mean this list
    title = "Checklist for Onboarding Overseas Contractors"
    assert _issuers_of(_LIST + f"The departments later published \"{title}\".",
                       title) == set()
