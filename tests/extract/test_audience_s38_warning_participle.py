"""Session 38: a participle of warning right before its object takes the audience as that
object ("a joint statement warning companies about ..."), as a verb of asking does ("a
statement urging companies ..."). Read as a noun's modifier, as in "staffing agencies", it
named the audience "warning companies" (extract/audiences.py, `_gerund_modifier`)."""

from __future__ import annotations

from tests.extract.conftest import extract

_ISSUERS = [{"country": "US", "agency": "Department of State"}]


def _audiences(text: str) -> set[str]:
    result = extract(text, doc_type="joint_statement", issuers=_ISSUERS)
    names = {e.id: e.name for e in result.entities}
    return {names[r.target] for r in result.relations if r.type == "ADVISES"}


def test_a_statement_warning_companies_advises_the_companies() -> None:
    found = _audiences("The three governments released the Joint Statement on Remote "
                       "Coders, warning companies about North Korean IT workers who hide "
                       "their identities.")
    assert found == {"companies"}


def test_a_staffing_agency_keeps_its_modifier() -> None:
    found = _audiences("The Joint Statement on Remote Coders urges staffing agencies to "
                       "verify the identities of remote workers.")
    assert found == {"staffing agencies"}
