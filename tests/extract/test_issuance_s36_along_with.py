"""Session 36: "X, along with Y and Z, issued the <advisory>": the parser hangs "along" on
the verb rather than on the subject, and Y and Z are issuers all the same
(extract/arguments.py, the comitative phrase between a subject and its verb)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_ISSUERS = [{"country": "US", "agency": "Department of State"}]


def test_issuers_along_with_the_subject() -> None:
    result = extract("The Department of Homeland Security, along with the Department of Labor "
                     "and the Department of Commerce, released the Notice on Remote "
                     "Contractor Fraud on Thursday.", doc_type="advisory", issuers=_ISSUERS)
    issuers = {source for source, _ in relations(result, "ISSUED")}
    assert {"Department of Homeland Security", "Department of Labor",
            "Department of Commerce"} <= issuers


def test_a_phrase_after_the_verb_is_not_the_subjects() -> None:
    result = extract("The Department of Homeland Security released the Notice on Remote Contractor "
                     "Fraud, along with a summary prepared by the Department of Commerce.",
                     doc_type="advisory", issuers=_ISSUERS)
    issuers = {source for source, _ in relations(result, "ISSUED")}
    assert "Department of Commerce" not in issuers
