"""'Y, released by X on behalf of A and B': the ones a publisher acts for issue the
statement with it (docs/annotation.md, ISSUED; extract/frames/issuance.py)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_TITLE = "Statement on Remote Hiring Fraud by DPRK Nationals"


def _issued(text: str) -> list[tuple[str, str]]:
    result = extract(text, doc_type="news", issuers=[{"country": "US"}, {"country": "JP"}])
    return relations(result, "ISSUED")


def test_the_states_a_publisher_acts_for_issue_with_it() -> None:
    found = _issued(f'The "{_TITLE}" appeared on Monday. The statement, released by the '
                    "State Department on behalf of Japan and the United States, lists new "
                    "warning signs.")
    assert {("Department of State", _TITLE), ("Japan", _TITLE),
            ("United States", _TITLE)} <= set(found)


def test_a_statement_a_state_only_plans_is_not_issued() -> None:
    found = _issued(f'The "{_TITLE}" appeared on Monday. Japan plans to release a second '
                    "statement on behalf of the two governments next year.")
    assert ("Japan", _TITLE) not in found
