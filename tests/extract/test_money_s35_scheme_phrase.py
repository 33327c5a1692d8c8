"""Session 35: a relative clause of earning after a scheme's phrase is the scheme's, though
the parser hangs it on the phrase's last noun ("an operation to find jobs for the workers at
American firms that brought in $N"): the workers earned it, not the firms the scheme used
(extract/frames/_schemes.py scheme_of_phrase)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_DOJ = [{"country": "US", "agency": "Department of Justice"}]


def test_the_clause_after_a_schemes_phrase_is_the_schemes() -> None:
    result = extract(
        "Ingrid Salvesen, 41, of Fargo, North Dakota, was indicted Wednesday. Prosecutors "
        "said she joined a conspiracy to obtain remote jobs for North Korean IT workers at "
        "American businesses that generated at least $750,000 in revenue.",
        doc_type="indictment", issuers=_DOJ)
    earners = {earner for earner, _ in relations(result, "GENERATED_REVENUE_FOR")}
    assert not any("businesses" in e for e in earners)
    assert "DPRK IT workers" in earners
