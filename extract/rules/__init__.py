"""The relation rules, in the order they run (sentence rules, then document rules).

Order matters only through `DocContext.notes`: designations remember the last designator
and subject for the sentences that follow.
"""

from __future__ import annotations

from extract.relations import DocRule, Rule
from extract.rules import advisories, cases, money, sanctions, structure

SENTENCE_RULES: tuple[Rule, ...] = (
    sanctions.designations,
    advisories.issued,
    advisories.warnings,
    advisories.meetings,
    advisories.audiences,
    advisories.named_threats,
    structure.control,
    structure.fronts,
    structure.employment,
    structure.locations,
    structure.facilitation,
    money.money,
    money.regime_funding,
)
DOC_RULES: tuple[DocRule, ...] = (
    sanctions.list_designations,
    advisories.authors,
    advisories.named_issuers,
    advisories.advisories_warn_about_workers,
    structure.names_within,
    cases.court_cases,
    money.largest_earnings_fund_the_regime,
)
