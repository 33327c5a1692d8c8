"""Entity resolution with the real model: variants merge, namesakes and misfits do not."""

from __future__ import annotations

from functools import lru_cache

from extract.extractor import Extractor
from graph.model import DocumentMeta, ExtractedEntity, Extraction


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def run(text: str, doc_id: str = "t", **meta: str) -> Extraction:
    return extractor().extract(text, DocumentMeta(id=doc_id, **meta))


def persons(extraction: Extraction) -> dict[str, ExtractedEntity]:
    return {e.name: e for e in extraction.entities if e.type == "Person"}


def test_romanization_variants_merge_within_a_document() -> None:
    result = run("Ri Chol Ung, whose name is also rendered Rhee Chol Ung, is the firm's chief "
                 "representative in China. OFAC designated RI Chol Ung today. "
                 "Myong Ho Pak handled payments. PAK Myong-ho also moved IT equipment.")
    found = persons(result)
    assert set(found) == {"Ri Chol Ung", "Pak Myong Ho"}
    assert "Rhee Chol Ung" in found["Ri Chol Ung"].aliases
    assert len(found["Pak Myong Ho"].mentions) == 2


def test_a_surname_joins_the_one_full_name_it_fits() -> None:
    result = run("Christina Marie Chapman ran a laptop farm. Chapman pleaded guilty.")
    chapman = persons(result)["Christina Marie Chapman"]
    assert [m.text for m in chapman.mentions] == ["Christina Marie Chapman", "Chapman"]
