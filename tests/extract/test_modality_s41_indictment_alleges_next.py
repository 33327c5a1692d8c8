""""The indictment alleges ... . The workers then laundered ... through P for the regime":
the sentence right after one whose main verb says the charging document alleges goes on
with its account, so its facts are alleged, not asserted (extract/carried_allegation.py).
A new paragraph, or a next sentence that is the government's own act, is not carried.
Invented names."""

from __future__ import annotations

from graph.model import Extraction
from tests.extract.conftest import extract, named

_ALLEGES = ("The second indictment alleges a conspiracy between Pak Sol-mun and various "
            "North Korean IT workers to launder proceeds of illegal IT work.")
_NEXT = ("The IT workers gained employment at U.S. crypto companies using fake identities "
         "and then laundered their gains through Pak Sol-mun for the benefit of the North "
         "Korean regime.")


def _modalities(found: Extraction, rtype: str) -> set[str]:
    return {r.modality for r in found.relations if r.type == rtype}


def test_the_sentence_after_the_indictments_allegation_is_alleged() -> None:
    found = extract(f"{_ALLEGES} {_NEXT}", doc_type="indictment")
    assert _modalities(found, "FUNDED") == {"alleged"}
    assert "asserted" not in {r.modality for r in found.relations}


def test_a_new_paragraph_is_not_carried() -> None:
    found = extract(f"{_ALLEGES}\n\n{_NEXT}", doc_type="indictment")
    assert _modalities(found, "FUNDED") == {"asserted"}


def test_the_governments_own_act_after_it_stays_asserted() -> None:
    found = extract("The complaint alleges that Pak Sol-mun laundered money for North Korean "
                    "IT workers. OFAC designated Hanbit Trading Co. Ltd. for employing them.",
                    doc_type="indictment")
    designated = [r for r in found.relations if r.type == "DESIGNATED"]
    names = named(found)
    assert [(names[r.target], r.modality) for r in designated] == [
        ("Hanbit Trading Co. Ltd.", "asserted")]


def test_a_statement_that_is_no_allegation_carries_nothing() -> None:
    found = extract("The indictment was unsealed on Tuesday in Boston. " + _NEXT,
                    doc_type="indictment")
    assert _modalities(found, "FUNDED") == {"asserted"}
