"""Session 36: an audience after an infinitive of purpose ("released the notice to warn
staffing firms") is named by its own words; when the parser reads "to" as a preposition it
hangs the infinitive's verb on the noun, and the verb must not join the name
(extract/audiences.py)."""

from __future__ import annotations

from tests.extract.conftest import extract

_ISSUERS = [{"country": "US", "agency": "Department of State"}]


def test_the_infinitive_verb_is_not_part_of_the_audience() -> None:
    result = extract("Norway and Canada jointly released the Guidance on Offshore Coders "
                     "on Friday to alert freelance platforms.",
                     doc_type="advisory", issuers=_ISSUERS)
    names = {e.id: e.name for e in result.entities}
    audiences = {names[r.target] for r in result.relations if r.type == "ADVISES"}
    assert audiences == {"freelance platforms"}
