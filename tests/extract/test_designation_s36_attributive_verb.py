"""'<Office>'s <Bureau> designated <Name>, which ...': the parser may read the verb as an
adjective of the name (amod) and the name as the root; the clause is given back
(extract/components/attributive_verbs.py). An adjective under an article stays one."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_a_verb_read_as_the_targets_adjective_still_designates() -> None:
    result = extract("Treasury's OFAC designated Golden Hill Technology, which is located "
                     "in Vientiane, Laos.")
    assert ("Office of Foreign Assets Control", "Golden Hill Technology") in \
        relations(result, "DESIGNATED")


def test_a_designated_entity_under_an_article_is_no_act() -> None:
    result = extract("The designated entity Brisk Harbor Technology was first identified "
                     "by investigators in 2023.")
    assert relations(result, "DESIGNATED") == []
