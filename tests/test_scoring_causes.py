"""Why a gold relation was missed, counted per type by the English scorer (pure logic, no
model): an end not recognised, both ends but no relation, or something else said of them."""

from __future__ import annotations

from extract.evaluate.scoring import GoldDoc, Score, format_causes, score_document
from graph.model import DocumentMeta, ExtractedEntity, ExtractedRelation, Extraction


def _e(ident: str, name: str, type_: str = "Organization") -> ExtractedEntity:
    return ExtractedEntity(id=ident, type=type_, name=name)


def _r(type_: str, source: str, target: str) -> ExtractedRelation:
    return ExtractedRelation(type=type_, source=source, target=target)


GOLD = GoldDoc("d1", [_e("g-ofac", "Tallow Office", "Agency"), _e("g-a", "Amber Reed Trading"),
                      _e("g-b", "Birch Lane Soft"), _e("g-c", "Cinder Hill Labs"),
                      _e("g-us", "Ostland", "Country")],
               [_r("DESIGNATED", "g-ofac", "g-a"), _r("DESIGNATED", "g-ofac", "g-b"),
                _r("DESIGNATED", "g-ofac", "g-c"), _r("LOCATED_IN", "g-a", "g-us")])


def _score(entities: list[ExtractedEntity], relations: list[ExtractedRelation]) -> Score:
    score = Score()
    extraction = Extraction(DocumentMeta(id="d1"), "", "", entities=entities,
                            relations=relations)
    score_document(extraction, GOLD, score)
    return score


def test_each_miss_falls_in_the_bin_of_what_was_found() -> None:
    score = _score(
        [_e("x-ofac", "Tallow Office", "Agency"), _e("x-a", "Amber Reed Trading"),
         _e("x-b", "Birch Lane Soft"), _e("x-us", "Ostland", "Country"),
         _e("x-other", "Dune Street Office", "Agency")],
        [_r("DESIGNATED", "x-other", "x-b"), _r("LOCATED_IN", "x-a", "x-us")])
    assert dict(score.causes["DESIGNATED"]) == {"both ends, no relation": 1,
                                                "same type, another source": 1,
                                                "no target entity": 1}
    assert "LOCATED_IN" not in score.causes  # found, so no cause


def test_a_relation_read_the_wrong_way_round_is_another_type_or_direction() -> None:
    score = _score([_e("x-a", "Amber Reed Trading"), _e("x-us", "Ostland", "Country")],
                   [_r("LOCATED_IN", "x-us", "x-a")])
    assert score.causes["LOCATED_IN"] == {"both ends, another type or direction": 1}
    assert score.causes["DESIGNATED"] == {"no source entity": 1, "neither end": 2}


def test_the_table_counts_every_miss_once() -> None:
    score = _score([], [])
    table = format_causes(score)
    assert table.splitlines()[-1].split()[1:] == ["4", "0", "0", "0", "0", "0"]
    assert sum(c.fn for c in score.relations.values()) == 4
