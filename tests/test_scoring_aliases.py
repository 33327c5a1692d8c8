"""Entity matching in the scorer: exact names first, then the aliases of either side
(pure logic, no model)."""

from __future__ import annotations

from extract.evaluate.scoring import match_entities
from graph.model import ExtractedEntity


def _e(ident: str, name: str, aliases: list[str] | None = None,
       type_: str = "Advisory") -> ExtractedEntity:
    return ExtractedEntity(id=ident, type=type_, name=name, aliases=aliases or [])


def test_an_extracted_alias_matches_the_gold_name_the_text_printed() -> None:
    extracted = [_e("x1", "Joint Statement on Information Technology Workers",
                    ["Joint Statement on IT Workers"])]
    gold = [_e("g1", "Joint Statement on IT Workers")]
    assert match_entities(extracted, gold) == {"x1": "g1"}


def test_an_exact_name_beats_another_entitys_alias() -> None:
    extracted = [_e("x1", "Alpha Guidance", ["Beta Guidance"]), _e("x2", "Beta Guidance")]
    gold = [_e("g1", "Beta Guidance")]
    assert match_entities(extracted, gold) == {"x2": "g1"}


def test_matching_stays_one_to_one_and_typed() -> None:
    extracted = [_e("x1", "Alpha Guidance", ["Beta Guidance", "Gamma Guidance"]),
                 _e("x2", "Tallow Point", ["Beta Guidance"], type_="Organization")]
    gold = [_e("g1", "Beta Guidance"), _e("g2", "Gamma Guidance")]
    mapping = match_entities(extracted, gold)
    assert list(mapping.values()).count("g1") + list(mapping.values()).count("g2") == 1
    assert "x2" not in mapping


def test_no_match_without_a_shared_name() -> None:
    assert match_entities([_e("x1", "Alpha Guidance", ["Alpha"])],
                          [_e("g1", "Beta Guidance")]) == {}
