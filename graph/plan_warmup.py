"""The statements a long-running store has planned before its first forget or dossier.

Neo4j plans a statement the first time it meets its text (and parameter types) and caches
the plan: on the kept 10k graph, under load, planning cost 0.1-0.5 s a statement, and a
forget runs one statement per relationship type it touches, so the first forget after a
start took seconds where the same forget again took a few hundred ms. EXPLAIN plans without
running, so a store can plan these once at start (api/app.py does, in the background).
The parameters only give the types the real calls use; nothing is read or written.
"""

from __future__ import annotations

from typing import Any

from graph import queries
from graph.model import GraphModel

Row = dict[str, Any]
Statement = tuple[str, Row]

_IDS = {"ids": [""]}
_DOC = {"doc": ""}


def _ends(model: GraphModel, rel_type: str) -> list[tuple[str, str]]:
    """Every (source end, target end) a claim of this type may record."""
    spec = model.relationship(rel_type)

    def labels(allowed: tuple[str, ...]) -> list[str]:
        return sorted({"Document" if a == "Document" else queries.ENTITY for a in allowed})

    return [(s, t) for s in labels(spec.sources) for t in labels(spec.targets)]


def forget_statements(model: GraphModel, dialect: queries.Dialect) -> list[Statement]:
    """graph/statement_writes.forget_document: the fixed statements, then the three of each
    relationship type and ends (aggregates read, deleted, updated)."""
    rel_row = {"rel": "", "source": "", "target": "", "key": ""}
    ends_row = {"source": "", "target": "", "key": ""}
    out: list[Statement] = [
        (queries.DOCUMENT_STATES_OF, {"docs": [""]}),
        (queries.CLAIMS_OF_DOCUMENT, _DOC),
        (queries.MENTIONS_OF_DOCUMENT, _DOC),
        (queries.NODE_AGGREGATES, _IDS),
        (queries.MENTIONS_OF_ENTITIES, _IDS),
        (queries.CLAIMS_OF_RELS, {"rels": [""]}),
        (queries.PAGES_BY_ID, _IDS),
        (queries.DELETE_PAGES, _IDS),
        (queries.WRITE_PAGES, {"rows": [{"id": "", "props": {"id": ""}}]}),
    ]
    head, tail = dialect.forget_head(), dialect.forget_tail()
    if head is not None:
        out.append((head, _DOC))
    if tail is not None:
        out.append((tail, {"doc": "", "gone": [""], "keep": [{"id": "", "props": {"id": ""}}]}))
    for rel_type in model.relationships:
        if rel_type == "MENTIONS":  # entity statements are edges, not claims
            continue
        for src, dst in _ends(model, rel_type):
            out += [
                (queries.rel_aggregates_at(rel_type, src, dst, dialect), {"rows": [rel_row]}),
                (queries.delete_rel_aggregates(rel_type, src, dst, dialect),
                 {"rows": [ends_row]}),
                (queries.update_rel_aggregates(rel_type, src, dst, dialect),
                 {"rows": [{**ends_row, "props": {"key": ""}}]}),
            ]
    return out


def dossier_statements(dialect: queries.Dialect) -> list[Statement]:
    """The dossier's statements whose text does not depend on the entity (api/services/
    dossier.py); those built from an entity's types and pages are planned when met."""
    return [
        (queries.GET_ENTITIES_LIGHT, {"ids": [""], "ordered_up_to": queries.ORDERED_UP_TO}),
        (queries.PAGES_OF_ENTITY, {"id": ""}),
        (dialect.relationship_counts(also=queries.DOSSIER_ASKED), {"id": ""}),
        (queries.NODE_STATEMENTS_OF_PAIRS, {"pairs": [{"id": "", "doc": ""}]}),
        (dialect.node_statements(), {"ids": [""], "cap": 20}),
        (queries.ENTITY_SANCTIONS, {"id": ""}),
        (queries.DOCUMENTS_BY_ID, _IDS),
    ]


def statements(model: GraphModel, dialect: queries.Dialect) -> list[Statement]:
    return [*dossier_statements(dialect), *forget_statements(model, dialect)]
