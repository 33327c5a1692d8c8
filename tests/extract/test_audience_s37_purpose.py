"""Session 37: an agency that publishes a document "to caution" or "to help" an audience
publishes it to address them: the document advises whom the infinitive names
(extract/frames/advisory.py, `_PURPOSE_OF`). "To caution that ..." says what the warning
is, not to whom (extract/audiences.py), and a purpose without an audience names none."""

from __future__ import annotations

from tests.extract.conftest import extract

_ISSUERS = [{"country": "US", "agency": "Department of the Treasury"}]


def _advised(text: str) -> set[tuple[str, str]]:
    result = extract(text, doc_type="news", issuers=_ISSUERS)
    names = {e.id: e.name for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations
            if r.type == "ADVISES"}


def test_a_notice_released_to_caution_an_audience_advises_it() -> None:
    found = _advised("On Tuesday the Department of State released the Guidance on Offshore "
                     "Coders to caution crypto exchanges about North Korean IT workers.")
    assert found == {("Guidance on Offshore Coders", "crypto exchanges")}


def test_an_advisory_issued_to_help_an_audience_advises_it() -> None:
    found = _advised("The Treasury issued the Advisory on Nominee Freelancers to help "
                     "regional banks identify suspicious accounts.")
    assert found == {("Advisory on Nominee Freelancers", "regional banks")}


def test_what_a_caution_says_is_not_its_audience() -> None:
    found = _advised("The Advisory on Nominee Freelancers cautions that companies face "
                     "sanctions for paying the workers. The Treasury issued the Advisory on "
                     "Nominee Freelancers to caution that payroll vendors risk penalties.")
    assert found == set()


def test_a_purpose_without_an_audience_names_none() -> None:
    found = _advised("The Treasury issued the Advisory on Nominee Freelancers to help "
                     "protect the payment system.")
    assert found == set()
