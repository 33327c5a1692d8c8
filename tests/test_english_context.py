"""What a stored English document gives the cross-language registry (api/english_context.py),
from rows shaped as the store answers STORED_ENGLISH_NAMES. Pure logic: the end-to-end check
against a real store and the real extractor is in tests/test_ingest_runs.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from api.english_context import stored_extraction
from corpus.frontmatter import CorpusDocument
from extract.lang.crosslink import EnglishRegistry
from graph.model import DocumentMeta

# invented names; three sentences, the second names both persons, the third names Dunst
# by surname alone after "U.S.", where the registry's finer sentences break
TEXT = ("Treasury designated Varo Pell. Varo Pell paid Mira Dunst in cash. "
        "Varo Pell met the U.S. buyer Dunst in May.")
DOC = CorpusDocument(path=Path("x.md"), meta=DocumentMeta(id="d1"), body=TEXT)


def _entity(ident: str, name: str, *, starts: list[int] | None,
            ev: list[tuple[int, int]]) -> dict[str, Any]:
    return {"id": ident, "labels": ["Entity", "Person"], "name": name, "aliases": [],
            "props": json.dumps({"name": name}), "starts": starts,
            "ev_start": [s for s, _ in ev], "ev_end": [e for _, e in ev]}


def _row(entities: list[dict[str, Any]], relations: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": "d1", "language": "en", "text": TEXT, "entities": entities,
            "relations": relations}


def _neighbours(row: dict[str, Any]) -> dict[str, set[str]]:
    registry = EnglishRegistry()
    registry.add(stored_extraction(DOC, row))
    return {k: e.neighbours for k, e in registry.entities.items()}


SECOND = (TEXT.index("Varo Pell paid"), TEXT.index(" Varo Pell met"))
THIRD = (TEXT.index("Varo Pell met"), len(TEXT))


def test_mention_offsets_group_the_persons_named_in_one_sentence() -> None:
    row = _row([_entity("person:varo-pell", "Varo Pell", starts=[20, SECOND[0]], ev=[]),
                _entity("person:mira-dunst", "Mira Dunst",
                        starts=[TEXT.index("Mira")], ev=[])], [])
    assert _neighbours(row)["person:varo-pell"] == {"person:mira-dunst"}


def test_a_store_without_offsets_places_mentions_only_where_a_form_of_the_name_stands() -> None:
    # the third sentence names Dunst by surname alone, no form the document gives: no place
    # is guessed for her there (its start would put her beside Pell, which the extraction
    # does not, "U.S." ending its finer sentence), while the sentence naming both joins them
    apart = _row([_entity("person:varo-pell", "Varo Pell", starts=None, ev=[THIRD]),
                  _entity("person:mira-dunst", "Mira Dunst", starts=None, ev=[THIRD])], [])
    assert _neighbours(apart)["person:varo-pell"] == set()
    together = _row([_entity("person:varo-pell", "Varo Pell", starts=None, ev=[SECOND]),
                     _entity("person:mira-dunst", "Mira Dunst", starts=None, ev=[SECOND])],
                    [])
    assert _neighbours(together)["person:varo-pell"] == {"person:mira-dunst"}


def test_claims_ingest_derives_are_no_neighbours() -> None:
    people = [_entity("person:varo-pell", "Varo Pell", starts=[20], ev=[]),
              _entity("person:mira-dunst", "Mira Dunst", starts=[TEXT.index("Mira")], ev=[])]
    derived = [{"type": "SANCTIONED", "source": "sanction:us-person-varo-pell",
                "target": "person:varo-pell", "source_end": "Entity", "target_end": "Entity"},
               {"type": "POSSIBLY_SAME", "source": "person:varo-pell",
                "target": "person:d1#a-man", "source_end": "Entity", "target_end": "Entity"}]
    assert _neighbours(_row(people, derived))["person:varo-pell"] == set()
    stated = [{"type": "PAID", "source": "person:varo-pell", "target": "person:mira-dunst",
               "source_end": "Entity", "target_end": "Entity"}]
    assert _neighbours(_row(people, stated))["person:varo-pell"] == {"person:mira-dunst"}
