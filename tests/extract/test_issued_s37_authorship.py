"""Session 37: the authors of an advisory issued it ("was jointly prepared by A and B",
"is co-authored by A", "co-sealed by A", "A co-authored the guidance": docs/annotation.md,
ISSUED; extract/frames/issuance.py). A report a private firm or a panel prepared, and an
advisory an agency only plans to write, are not issued by anyone here."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_TITLE = "Advisory on Offshore Payroll Brokers"
_ISSUERS = [{"country": "JP", "agency": "National Police Agency"}]


def _issued(text: str) -> set[tuple[str, str]]:
    result = extract(text, doc_type="advisory", issuers=_ISSUERS)
    return set(relations(result, "ISSUED"))


def test_the_agencies_that_prepared_the_advisory_issued_it() -> None:
    found = _issued(f"The {_TITLE} was prepared by the National Police Agency and the "
                    "Federal Bureau of Investigation.")
    assert {("National Police Agency of Japan", _TITLE),
            ("Federal Bureau of Investigation", _TITLE)} <= found


def test_a_co_sealing_agency_issued_the_advisory() -> None:
    found = _issued(f"The {_TITLE} describes North Korean IT workers who pose as freelance "
                    "designers. This advisory has been co-sealed by the Office of Foreign "
                    "Assets Control.")
    assert ("Office of Foreign Assets Control", _TITLE) in found


def test_co_authors_in_the_active_voice_issued_it() -> None:
    found = _issued("North Korean IT workers pose as freelance designers. Japan and the "
                    f"Department of State co-authored the {_TITLE}.")
    assert {("Japan", _TITLE), ("Department of State", _TITLE)} <= found


def test_a_report_a_firm_prepared_is_not_the_advisory_s() -> None:
    found = _issued(f"The {_TITLE} draws on a study prepared by Tarnholt Forensics and "
                    "on a review prepared by the UN Panel of Experts.")
    assert not {issuer for issuer, _ in found} & {"Tarnholt Forensics", "UN Panel of Experts",
                                                   "Panel of Experts"}


def test_an_agency_that_will_co_author_an_update_did_not_issue_it() -> None:
    found = _issued("The Department of the Treasury will co-author an update to this "
                    "advisory, and the FBI is preparing a second one.")
    assert not {issuer for issuer, _ in found} & {"Department of the Treasury",
                                                   "Federal Bureau of Investigation"}
