"""DESIGNATED for an agentless passive that an agency or a state reports: "The State
Department said A and B were designated under E.O. 13722", "According to the Treasury
Department, A was designated". The reporter is no designator of an act the sentence dates
earlier, nor a person, nor the DPRK."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract, relations

_WIRE = [{"country": "", "agency": "Example Wire"}]
_PERSON = "Ryom Chol Gwang"


def _designations(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news", issuers=_WIRE), "DESIGNATED")


@pytest.mark.parametrize("text, designator", [
    (f"The State Department said {_PERSON} was designated under E.O. 13722.",
     "Department of State"),
    (f"According to the Treasury Department, {_PERSON} was designated for laundering wages.",
     "Department of the Treasury"),
    # a passive with its own "by" phrase keeps it
    (f"The State Department said {_PERSON} was designated by Japan.", "Japan"),
])
def test_the_reporting_body_designates(text: str, designator: str) -> None:
    assert _designations(text) == [(designator, _PERSON)]


@pytest.mark.parametrize("text", [
    f"The FBI said {_PERSON} was sanctioned in 2023.",
    f"North Korea said {_PERSON} was sanctioned unfairly.",
    f"Spokesperson Jane Doe said {_PERSON} was designated under E.O. 13722.",
])
def test_no_reporter_for_a_recalled_act_a_state_refusing_or_a_person(text: str) -> None:
    assert _designations(text) == []
