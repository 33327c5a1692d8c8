"""Facts of a Japanese or Korean extraction as tests compare them: the relation's source id
and the target as the text first writes it, so a test reads the same whichever canonical
English name the target resolves to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import DocumentMeta, ExtractedEntity, Extraction

if TYPE_CHECKING:
    from extract.lang.ko import KoreanPipeline

US_JUSTICE = [{"country": "US", "agency": "Department of Justice"}]


def first_mention(entity: ExtractedEntity) -> str:
    return min(entity.mentions, key=lambda m: m.start).text


def relations_as_written(result: Extraction, rel_type: str) -> set[tuple[str, str]]:
    """(source id, target's first mention) for every relation of `rel_type`."""
    names = {e.id: e for e in result.entities}
    return {(r.source, first_mention(names[r.target])) for r in result.relations
            if r.type == rel_type}


def designated(result: Extraction) -> set[tuple[str, str]]:
    return relations_as_written(result, "DESIGNATED")


def read_ko_news(ko: KoreanPipeline, text: str) -> Extraction:
    """A Korean news report with no issuer, dated as the s40 tests expect."""
    return ko.extract(text, DocumentMeta(id="t", date="2026-01-05", language="ko",
                                         doc_type="news"))


def named_pairs(result: Extraction, rel_type: str) -> set[tuple[str, str]]:
    """(source name, target name) of every relation of `rel_type`."""
    names = {e.id: e.name for e in result.entities}
    return {(names[r.source], names[r.target]) for r in result.relations if r.type == rel_type}


def read_ko_court_news(ko: KoreanPipeline, text: str, title: str) -> Extraction:
    """A Korean news report of a US court case, dated and issued as the court tests expect."""
    return ko.extract(text, DocumentMeta(id="t", date="2026-03-02", language="ko", title=title,
                                         doc_type="news", issuers=US_JUSTICE))


def case_defendants(result: Extraction, named_only: bool = False) -> dict[str, set[str]]:
    """Case name -> its defendants as first written (with `named_only`, unnamed groups left
    out)."""
    names = {e.id: e for e in result.entities}
    out: dict[str, set[str]] = {}
    for r in result.relations:
        if r.type == "DEFENDANT_IN" and not (named_only and names[r.source].unnamed):
            out.setdefault(names[r.target].name, set()).add(first_mention(names[r.source]))
    return out
