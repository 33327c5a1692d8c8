"""Every Cypher statement trilateral-kg sends, in one place.

Statements here run unchanged on Neo4j 5 and on FalkorDB. The few that differ between the
two (constraints and indexes, full-text search, shortest paths) are built by the dialect
classes at the bottom, which each store picks. Labels and relationship types are never
taken from callers as text: builders check them against the model first, then format them
in, because Cypher cannot take a label as a $parameter.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import ClassVar

from graph.model import GraphModel, default_model

ENTITY = "Entity"  # every node but Document carries this second label, indexed on `id`
JUDGMENT = default_model().judgment.label  # analysts' judgments (see the curation section)


def _label(label: str, model: GraphModel | None = None) -> str:
    (model or default_model()).node(label)  # raises ModelError for anything undeclared
    return label


def _rel_type(rel_type: str, model: GraphModel | None = None) -> str:
    (model or default_model()).relationship(rel_type)
    return rel_type


def node_pattern_labels(label: str) -> str:
    """`:Person:Entity` for entities; `:Document`, `:Claim`, `:Judgment` and `:Schema` alone."""
    if label in ("Document", CLAIM, JUDGMENT, SCHEMA, PAGE):
        return f":{label}"
    return f":{_label(label)}:{ENTITY}"


def _quote(name: str) -> str:
    """A model name as a string literal (names are identifiers: nothing to escape)."""
    if not name.isidentifier():
        raise ValueError(f"not a name: {name!r}")
    return f"'{name}'"


def end_label(label: str) -> str:
    """The label a node is found by as the end of a relationship."""
    return label if label in ("Document", CLAIM, SCHEMA) else ENTITY


def _endpoint_label(labels: tuple[str, ...]) -> str:
    return "Document" if labels == ("Document",) else ENTITY


def _end_labels(rel_type: str, allowed: tuple[str, ...], label: str | None) -> tuple[str, ...]:
    if label is None:
        return allowed
    if label not in allowed:
        raise ValueError(f"{rel_type} cannot have a {label} at this end")
    return (label,)


CLAIM = default_model().claim.label  # per-document record of a relation
STATES = default_model().claim.link  # Document -> Claim
SCHEMA = "Schema"  # one node holding the model version the graph was written with
PAGE = "Page"  # a hub's count and first page of one relationship type and direction
SUGGESTION = _rel_type("POSSIBLY_SAME")  # "possibly the same": a scored pair, never a fact
SANCTIONED = _rel_type("SANCTIONED")  # a Sanction node to its target
# what a dossier counts beside the facts, to read Sanction nodes and suggestions only where
# there are some (api/services/dossier.py)
DOSSIER_ASKED = ((SANCTIONED, False), (SUGGESTION, True), (SUGGESTION, False))
# the types a dossier's money follows (api/services/facts.py MONEY_TYPES), for plan_warmup
DOSSIER_MONEY = ("PAID", "GENERATED_REVENUE_FOR", "FUNDED", "FORFEITED")


def model_label(labels: list[str]) -> str:
    """The model label among a node's labels (entities also carry `Entity`)."""
    for label in labels:
        if label != ENTITY:
            return label
    return ENTITY


# --- statements (graph/statement_writes.py, statement_forget.py) -------------------------
# Writes read the aggregates they touch by index, fold in Python and write them back whole
# (`SET x = row.props`), so a write costs the same however many documents came before.

# The model version the graph was written with (graph/schema_version.py).
SCHEMA_VERSION = f"""
MATCH (s:{SCHEMA} {{id: $id}})
RETURN s.version AS version
"""

STAMP_SCHEMA = f"""
MERGE (s:{SCHEMA} {{id: $id}})
SET s.version = $version
RETURN count(s) AS n
"""

ANY_NODE = """
MATCH (n)
RETURN 1 AS found
LIMIT 1
"""

UPSERT_DOCUMENTS = """
UNWIND $rows AS row
MERGE (x:Document {id: row.id})
SET x += row.props
RETURN count(x) AS n
"""

DOCUMENTS_EXIST = """
UNWIND $docs AS doc
MATCH (d:Document {id: doc})
RETURN d.id AS id
"""

NODE_AGGREGATES = """
UNWIND $ids AS id
MATCH (x:Entity {id: id})
RETURN x.id AS id, labels(x) AS labels, properties(x) AS props
"""


def write_node_aggregates(label: str) -> str:
    """Create or replace entity nodes of one label whole; rows: {id, props}."""
    return (
        f"UNWIND $rows AS row\n"
        f"MERGE (x{node_pattern_labels(label)} {{id: row.id}})\n"
        f"SET x = row.props\n"
        f"RETURN count(x) AS n"
    )


UPDATE_NODE_AGGREGATES = f"""
UNWIND $rows AS row
MATCH (x:{ENTITY} {{id: row.id}})
SET x = row.props
RETURN count(x) AS n
"""

DELETE_NODE_AGGREGATES = """
UNWIND $ids AS id
MATCH (x:Entity {id: id})
DETACH DELETE x
RETURN count(*) AS n
"""

def create_mentions(label: str) -> str:
    """A document's statements of entities: MENTIONS edges (rows: {doc, id, m}); the entity
    node is created bare if new (its aggregate is written next)."""
    return (
        f"UNWIND $rows AS row\n"
        f"MATCH (d:Document {{id: row.doc}})\n"
        f"MERGE (x{node_pattern_labels(label)} {{id: row.id}})\n"
        f"CREATE (d)-[m:MENTIONS]->(x)\n"
        f"SET m = row.m\n"
        f"RETURN count(m) AS n"
    )

# Walked from the document (a few dozen MENTIONS), never from the entity: a hub has one
# MENTIONS per document, and joining at the hub would cost its whole degree per batch.
MENTIONS_OF_PAIRS = """
UNWIND $pairs AS p
MATCH (d:Document {id: p.doc})-[m:MENTIONS]->(x)
WHERE x.id = p.id
RETURN d.id AS doc, x.id AS id, properties(m) AS m
"""

DELETE_MENTIONS_OF_PAIRS = """
UNWIND $pairs AS p
MATCH (d:Document {id: p.doc})-[m:MENTIONS]->(x)
WHERE x.id = p.id
DELETE m
RETURN count(*) AS n
"""

MENTIONS_OF_ENTITIES = """
UNWIND $ids AS id
MATCH (x:Entity {id: id})
MATCH (d)-[m:MENTIONS]->(x)
RETURN x.id AS id, d.id AS doc, properties(m) AS m
"""

MENTIONS_OF_DOCUMENT = """
MATCH (d:Document {id: $doc})-[m:MENTIONS]->(x:Entity)
RETURN x.id AS id, properties(m) AS m
"""

DELETE_MENTIONS_OF_DOCUMENT = """
MATCH (d:Document {id: $doc})-[m:MENTIONS]->(:Entity)
DELETE m
RETURN count(*) AS n
"""

# A document's statement of a relation: a Claim node, linked from its Document.
CREATE_CLAIMS = f"""
UNWIND $rows AS row
MATCH (d:Document {{id: row.doc}})
CREATE (d)-[:{STATES}]->(c:{CLAIM})
SET c = row
RETURN count(c) AS n
"""

# Model version 3 -> 4 (graph/schema_version.py): claims written before ranks were, a batch
# at a time; n is 0 when none is left.
RANK_CLAIMS = f"""
MATCH (c:{CLAIM})
WHERE c.rank IS NULL
WITH c LIMIT $limit
SET c.rank = -c.confidence
RETURN count(c) AS n
"""

CLAIMS_BY_ID = f"""
UNWIND $ids AS id
MATCH (c:{CLAIM} {{id: id}})
RETURN properties(c) AS c
"""

DELETE_CLAIMS_BY_ID = f"""
UNWIND $ids AS id
MATCH (c:{CLAIM} {{id: id}})
DETACH DELETE c
RETURN count(*) AS n
"""

CLAIMS_OF_RELS = f"""
UNWIND $rels AS rel
MATCH (c:{CLAIM} {{rel: rel}})
RETURN properties(c) AS c
"""

CLAIMS_OF_DOCUMENT = f"""
MATCH (c:{CLAIM} {{doc: $doc}})
RETURN properties(c) AS c
"""


def _end_label(rel_type: str, end: str, label: str | None) -> str:
    spec = default_model().relationship(rel_type)
    allowed = spec.sources if end == "source" else spec.targets
    return _endpoint_label(_end_labels(rel_type, allowed, label))


def rel_ends_query(rel_type: str, source_label: str | None = None,
                   target_label: str | None = None) -> str:
    """Which rows' ends exist, with the aggregate relationship where there is one.

    Both ends are found by index, then joined (expand-into), so hubs cost nothing extra."""
    src = _end_label(rel_type, "source", source_label)
    dst = _end_label(rel_type, "target", target_label)
    return (
        f"UNWIND $rows AS row\n"
        f"MATCH (a:{src} {{id: row.source}})\n"
        f"MATCH (b:{dst} {{id: row.target}})\n"
        f"OPTIONAL MATCH (a)-[x:{_rel_type(rel_type)}]->(b)\n"
        f"WITH row, a, b, [r IN collect(x) WHERE r.key = row.key] AS xs\n"
        f"RETURN row.rel AS rel, a.id AS source, b.id AS target, row.key AS key,\n"
        f"       CASE WHEN size(xs) = 0 THEN null ELSE properties(xs[0]) END AS props"
    )


def write_rel_aggregates(rel_type: str, source_label: str | None = None,
                         target_label: str | None = None) -> str:
    """Create or replace aggregate relationships whole; rows: {source, target, key, props}."""
    src = _end_label(rel_type, "source", source_label)
    dst = _end_label(rel_type, "target", target_label)
    return (
        f"UNWIND $rows AS row\n"
        f"MATCH (a:{src} {{id: row.source}})\n"
        f"MATCH (b:{dst} {{id: row.target}})\n"
        f"MERGE (a)-[x:{_rel_type(rel_type)} {{key: row.key}}]->(b)\n"
        f"SET x = row.props\n"
        f"RETURN count(x) AS n"
    )


def rel_end_labels(rel_type: str, source_label: str | None = None,
                   target_label: str | None = None) -> tuple[str, str]:
    """The labels the ends of a relationship are found by: `Entity`, or `Document`."""
    return (_end_label(rel_type, "source", source_label),
            _end_label(rel_type, "target", target_label))


def rel_end_combos(model: GraphModel | None = None) -> list[tuple[str, str, str]]:
    """Every (type, source end label, target end label) a claim may record: the label each
    end is found by (`Entity` or `Document`, rel_end_labels) for every relationship type
    but MENTIONS (a document's statement of an entity is an edge, not a claim)."""
    model = model or default_model()
    out = []
    for rel_type, spec in model.relationships.items():
        if rel_type == "MENTIONS":
            continue
        ends = ({_endpoint_label((a,)) for a in spec.sources},
                {_endpoint_label((a,)) for a in spec.targets})
        out += [(rel_type, s, t) for s in sorted(ends[0]) for t in sorted(ends[1])]
    return out


def _at_ends(rel_type: str, src: str, dst: str, dialect: Dialect) -> str:
    """Both ends by index, then joined: walking out of one end would read all of its
    relationships of the type, ten thousand for a hub at 10k documents (see
    Dialect.join_ends for how each store is kept from doing so)."""
    if src not in (ENTITY, "Document") or dst not in (ENTITY, "Document"):
        raise ValueError("relationship ends are found as Entity or Document")
    return (
        f"UNWIND $rows AS row\n"
        f"MATCH (a:{src} {{id: row.source}})\n"
        f"MATCH (b:{dst} {{id: row.target}})\n"
        + dialect.join_ends("row, a, b", "x", f"(a)-[x:{_rel_type(rel_type)}]->(b)")
    )


def rel_aggregates_at(rel_type: str, src: str, dst: str, dialect: Dialect) -> str:
    """Aggregate relationships by identity; rows: {rel, source, target, key}."""
    return (_at_ends(rel_type, src, dst, dialect)
            + "WITH row, a, b, [r IN collect(x) WHERE r.key = row.key] AS xs\n"
            "WHERE size(xs) > 0\n"
            "RETURN row.rel AS rel, a.id AS source, b.id AS target, row.key AS key,\n"
            "       properties(xs[0]) AS props")


def delete_rel_aggregates(rel_type: str, src: str, dst: str, dialect: Dialect) -> str:
    return (_at_ends(rel_type, src, dst, dialect)
            + "WITH x, row WHERE x.key = row.key\nDELETE x\nRETURN count(*) AS n")


def update_rel_aggregates(rel_type: str, src: str, dst: str, dialect: Dialect) -> str:
    return (_at_ends(rel_type, src, dst, dialect)
            + "WITH x, row WHERE x.key = row.key\nSET x = row.props\nRETURN count(*) AS n")


GET_ENTITY = """
MATCH (n:Entity {id: $id})
RETURN n LIMIT 1
"""

GET_DOCUMENT = """
MATCH (n:Document {id: $id})
RETURN n LIMIT 1
"""

GET_ENTITIES = """
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n
"""


def neighbors(rel_types: list[str] | None) -> str:
    """One hop around an entity, both directions, optionally restricted to some types."""
    types = "|".join(_rel_type(t) for t in (rel_types or fact_types()))
    rel = f"[r:{types}]"
    return (
        f"MATCH (n:{ENTITY} {{id: $id}})-{rel}-(m)\n"
        f"RETURN r, m, startNode(r) = n AS outgoing\n"
        f"ORDER BY type(r), m.id\n"
        f"SKIP $offset LIMIT $limit"
    )


def fact_types() -> list[str]:
    """Every relationship type that states a fact between things: not MENTIONS (one per
    document: walking those would cross every document of a hub) nor POSSIBLY_SAME (a
    suggestion, never a join); the model's `fact` flag says which."""
    return list(default_model().fact_types)


def _var_length(rel_types: list[str] | None, low: int | None, high: int) -> str:
    """`[:A|B*low..high]`, every fact type when none are given; checked against the model."""
    types = "|".join(_rel_type(t) for t in (rel_types or fact_types()))
    hops = f"*{'' if low is None else low}..{high}"
    return f"[:{types}{hops}]" if types else f"[{hops}]"


def neighborhood(rel_types: list[str] | None, depth: int) -> str:
    """The distinct relationships on paths of up to `depth` hops out of an entity.

    De-duplicated on the server: a 3-hop neighbourhood repeats each near node in many paths,
    and shipping every copy costs far more than the traversal.
    """
    if not 1 <= depth <= 3:
        raise ValueError("depth must be 1..3")
    return (
        f"MATCH p = (n:{ENTITY} {{id: $id}})-{_var_length(rel_types, 1, depth)}-(m)\n"
        f"WITH p LIMIT $limit\n"
        f"UNWIND relationships(p) AS r\n"
        f"WITH DISTINCT r\n"
        f"RETURN r, startNode(r).id AS source, endNode(r).id AS target"
    )


def paths_of_length(rel_types: list[str] | None, hops: int) -> str:
    """Paths of exactly `hops` hops between two entities, any direction, simple paths only."""
    if not 1 <= hops <= 6:
        raise ValueError("hops must be 1..6")
    rel = _var_length(rel_types, hops, hops)
    return (
        f"MATCH p = (a:{ENTITY} {{id: $source}})-{rel}-(b:{ENTITY} {{id: $target}})\n"
        f"WHERE size([n IN nodes(p) WHERE n:Document]) = 0\n"
        f"RETURN p LIMIT $limit"
    )


# Counts one label or type at a time: both stores answer these from their own per-label
# and per-type counts, where grouping every node by its labels reads the whole graph (1.0 s
# for 205k nodes, against 44 ms for all labels and types one by one).
def count_nodes_of(label: str) -> str:
    return f"MATCH (n:{label}) RETURN count(n) AS n"


def count_relationships_of(rel_type: str) -> str:
    return f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS n"


def counted_labels(model: GraphModel) -> list[str]:
    """Every label a node of the graph has besides Entity and Schema (the model's, then
    claims and judgments)."""
    return [*model.nodes, CLAIM, JUDGMENT]


def counted_types(model: GraphModel) -> list[str]:
    return [*model.relationships, STATES]

FORGET_DOCUMENT_NODE = """
MATCH (d:Document {id: $doc})
DETACH DELETE d
RETURN count(*) AS n
"""


DOCUMENT_STATES = """
MATCH (d:Document)
RETURN d.id AS id, d.content_hash AS content_hash, d.complete AS complete
"""

# What the cross-language registry keeps of stored English documents (extract/lang/
# crosslink.py), so a run that writes a Japanese or Korean document links its names to them
# without extracting them again: each document's text, the entities it mentions with the
# name, aliases, values, mention offsets and evidence sentences it gives them, and the
# ends of its claims. A document stored before languages were recorded has none (the
# caller routes it), one stored before mention offsets were kept has only its evidence.
STORED_ENGLISH_NAMES = f"""
UNWIND $ids AS id
MATCH (d:Document {{id: id}})
WHERE coalesce(d.language, '') IN ['en', '']
OPTIONAL MATCH (d)-[m:MENTIONS]->(n:{ENTITY})
WITH d, collect(CASE WHEN n IS NULL THEN null ELSE {{
    id: n.id, labels: labels(n), name: m.name, aliases: m.aliases, props: m.props_json,
    starts: m.starts, ev_start: m.ev_start, ev_end: m.ev_end}} END) AS entities
OPTIONAL MATCH (d)-[:{STATES}]->(c:{CLAIM})
RETURN d.id AS id, d.language AS language, d.text AS text, entities,
       collect(CASE WHEN c IS NULL THEN null ELSE {{
           type: c.type, source: c.source, target: c.target, source_end: c.source_end,
           target_end: c.target_end}} END) AS relations
"""

MARK_DOCUMENT_COMPLETE = """
MATCH (d:Document {id: $doc})
SET d.complete = true
RETURN count(d) AS n
"""

LIST_DOCUMENTS = """
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.doc_type AS doc_type, d.date AS date,
       d.issuers AS issuers, d.language AS language, d.complete AS complete
ORDER BY d.date DESC, d.id
SKIP $offset LIMIT $limit
"""

DELETE_ALL = "MATCH (n) DETACH DELETE n"

# A document that states a relation, the first the store finds (a forget rehearsed at start,
# graph/plan_warmup.py).
A_STATING_DOCUMENT = f"""
MATCH (d:Document)-[:{STATES}]->(:{CLAIM})
RETURN d.id AS id
LIMIT 1
"""


@dataclass(frozen=True)
class Dialect:
    """The statements that differ between Neo4j and FalkorDB."""

    name: str
    # whether counting a node's relationships of one type and direction costs nothing
    # (Neo4j keeps the counts per node and type; FalkorDB walks incoming ones, so a
    # direction with a hub page is counted by its page instead)
    free_degrees: ClassVar[bool] = False

    def schema_statements(self, model: GraphModel) -> list[str]:
        """Constraints and indexes, the model's labels first: both stores list a node's
        labels in the order the graph first met them (not the order a statement names
        them), so a graph that meets Person before Entity answers labels(n) = [Person,
        Entity], and `labels(n)[0]` in the console is the domain label (docs/labels.md)."""
        raise NotImplementedError

    def search(self) -> str:
        raise NotImplementedError

    def search_light(self) -> str:
        """search() with light nodes (query API): common words hit hubs, whose full
        evidence lists would make a typeahead take a second."""
        return self.search().replace(
            "RETURN node, score", f"RETURN labels(node) AS labels, {_light('node')} AS node, score")

    def shortest_path(self, rel_types: list[str] | None, max_hops: int) -> str | None:
        """A single statement for the shortest path, or None to search by increasing length."""
        raise NotImplementedError

    def document_search(self) -> str:
        """Full-text over document titles and texts: ids and scores, filtered, best first."""
        raise NotImplementedError


    def call_with(self, var: str) -> str:
        """The opening of a subquery that sees `var` (the syntax differs)."""
        raise NotImplementedError

    def join_ends(self, keep: str, rel: str, pattern: str, where: str = "") -> str:
        """The relationships `rel` of `pattern` between its two end nodes, both already
        found by index, joined rather than walked out of one end; rows keep the variables
        `keep` (which name both ends), bind `rel` and meet `where` if given."""
        raise NotImplementedError

    def node_statements(self) -> str:
        """Up to $cap statements (MENTIONS) of each entity in $ids, the surest (for hubs,
        see ORDERED_UP_TO and VALUE_SOURCES): [{id, doc, <STATEMENT_FIELDS>}]."""
        return _NODE_STATEMENTS.format(call_id=self.call_with("id"),
                                       columns=_statement_columns("m"), fields=_FIELDS,
                                       order="\n  ORDER BY m.confidence DESC, d.id")

    def rel_statements(self, ordered: Sequence[bool] = (True,)) -> str:
        """Up to $cap claims of each aggregate relationship in $rels, chosen likewise.
        Several parts (`ordered` per part) are read in one statement, part i from $rels{i}
        with $cap{i} (rows say their `part`): a dossier lists its facts' statements with
        a cap per kind of fact, on relationships of every size, in one round trip."""
        parts = [_REL_STATEMENTS.format(
            call_rel=self.call_with("rel"), claim=CLAIM, columns=_statement_columns("c"),
            fields=_FIELDS,
            order=self.claims_surest_first() if o else "\n  WITH c", part=i,
            rels=f"rels{i}" if len(ordered) > 1 else "rels",
            cap=f"cap{i}" if len(ordered) > 1 else "cap") for i, o in enumerate(ordered)]
        return "UNION ALL".join(parts)

    def claims_surest_first(self) -> str:
        """What follows `MATCH (c:Claim {rel: rel})` to order one relationship's claims the
        surest first (confidence falling, then document id), ending in `WITH c`."""
        return "\n  WITH c\n  ORDER BY c.confidence DESC, c.doc"

    def payment_documents(self, rel_types: Sequence[str] = ()) -> str:
        """The documents of up to $cap statements of each Payment in $ids, the surest
        (node_statements order), with the entities joined to it by one of `rel_types`
        (payment_party_ids(); none asked, none read): [{id, doc, confidence, parties}],
        doc null for a payment no document states."""
        parties = (f"\nOPTIONAL MATCH (x:{ENTITY})-[:{_types(rel_types)}]-(p)\n"
                   f"WITH id, p, collect(DISTINCT x.id) AS parties" if rel_types else "")
        return _PAYMENT_DOCUMENTS.format(parties=parties,
                                         party_column="parties, " if rel_types else "")

    def degree(self, node: str, rel_type: str, outgoing: bool) -> str:
        """How many relationships of one type leave (or reach) a node, read from the
        store's adjacency rather than by walking them."""
        raise NotImplementedError

    def collected(self, query: str, columns: Sequence[str]) -> str | None:
        """`query` answering all its rows in one row, `rows`: a list of [values in
        `columns` order] in the order the rows came; or None where the store sends a
        result of many rows as cheaply as one (FalkorDB answers a whole result at once).
        `columns` must name every column `query` returns."""
        return None

    def together(self, reads: Sequence[tuple[str, Sequence[str]]]) -> str | None:
        """Several reads (statement, every column it returns) as one statement answering one
        row: column `r<i>` holds the i-th read's rows as lists of values in `columns` order,
        and its parameters come in a map, `$q<i>` (graph/stores/neo4j.py); or None where
        each statement does not cost a round trip of its own (FalkorDB)."""
        return None

    def forget_head(self) -> str | None:
        """The start of a forget as one statement, or None for one statement each: one row,
        whether the Document $doc is `complete` (null when there is none), its `claims`
        (their properties), its `mentions` ([{id, m, labels, props}]: the entity's id,
        the MENTIONS edge's properties as MENTIONS_OF_DOCUMENT gives them, and the entity's
        labels and properties as NODE_AGGREGATES does); and where the dialect has a
        forget_tail, the `aggregates` of its claims' relationships (rel_aggregates_at's
        rows, every type) and the hub `pages` of their directions (PAGES_BY_ID's rows;
        those that exist). A mention or aggregate may carry `left`: the statements other
        documents make of it (MENTIONS_OF_ENTITIES' {doc, m}; claims' properties), read
        where $doc supplied one of its values, so a forget folds it again without a read
        of its own (null or absent: not read)."""
        return None

    def forget_tail(self) -> str | None:
        """The end of a forget as one statement, or None for one statement per step with
        the Document last (graph/statement_forget.py). Of the map $changes: the
        relationships `rels` ({type, source_end, target_end, source, target, key, props})
        written, or deleted where props is null, the hub pages `pages_gone` deleted and
        `pages` ({id, props}) written, the entities `gone` deleted with their hub pages,
        the aggregates `keep` ({id, props}) written; then the claims, MENTIONS and Document
        of $doc deleted; returns `n`, the documents deleted. Only for a store whose forget
        is one transaction (the order of its parts does not show) and whose head reads the
        aggregates and pages."""
        return None

    def relationship_counts(self, skip: Collection[tuple[str, bool]] = (),
                            also: Sequence[tuple[str, bool]] = ()) -> str:
        """[{type, outgoing, n}] of the entity $id, every fact type, both directions but
        those in `skip` (a hub page counts them, graph/hub_pages.py), and the (type,
        outgoing) of `also` (a dossier asks whether to read sanctions and suggestions)."""
        return _RELATIONSHIP_COUNTS.format(degrees=self._degrees(skip, also))

    def _degrees(self, skip: Collection[tuple[str, bool]],
                 also: Sequence[tuple[str, bool]]) -> str:
        return _degrees(self, frozenset(skip), tuple(also))

    def counts_with_pages(self, also: Sequence[tuple[str, bool]] = ()) -> str | None:
        """relationship_counts(also=also) of the entity $id, every direction counted, and
        its hub pages, as one row: `counts` ([[type, outgoing, n]...], n > 0) and `pages`
        (PAGES_OF_ENTITY's rows as maps); None where counting a paged direction costs a
        walk (see free_degrees), so the pages are read first."""
        if not self.free_degrees:
            return None
        return (f"RETURN COLLECT {{ MATCH (n:{ENTITY} {{id: $id}})\n"
                f"                 UNWIND [{self._degrees((), also)}] AS c\n"
                f"                 WITH c WHERE c[2] > 0\n"
                f"                 RETURN c }} AS counts,\n"
                f"       COLLECT {{ MATCH (p:{PAGE} {{entity: $id}})\n"
                f"                 RETURN p {{.type, .outgoing, .count, .others, .keys}} }}"
                f" AS pages")

    def degrees_of(self, rel_type: str, outgoing: bool) -> str:
        """How many relationships of one type and direction each entity of $ids has."""
        return (f"UNWIND $ids AS id\n"
                f"MATCH (n:{ENTITY} {{id: id}})\n"
                f"RETURN id, {self.degree('n', rel_type, outgoing)} AS n")

    def total_degree(self, node: str) -> str:
        """How many relationships a node has, of every type and direction."""
        raise NotImplementedError

    def entities_over(self) -> str:
        """Ids of the entities with more than $over relationships in all (one pass over the
        entities, each counted from the store's adjacency)."""
        return (f"MATCH (n:{ENTITY})\n"
                f"WITH n, {self.total_degree('n')} AS d\n"
                f"WHERE d > $over\n"
                f"RETURN n.id AS id")

    def degrees_over(self) -> str:
        """[{id, type, outgoing, n}] of the entities $ids: every fact type and direction in
        which one has more than $over relationships."""
        degrees = ", ".join(f"[{_quote(t)}, {str(out).lower()}, {self.degree('n', t, out)}]"
                            for t in fact_types() for out in (True, False))
        return (f"UNWIND $ids AS id\n"
                f"MATCH (n:{ENTITY} {{id: id}})\n"
                f"UNWIND [{degrees}] AS c\n"
                f"WITH id, c WHERE c[2] > $over\n"
                f"RETURN id, c[0] AS type, c[1] AS outgoing, c[2] AS n")


@functools.lru_cache(maxsize=256)
def _degrees(dialect: Dialect, skip: frozenset[tuple[str, bool]],
             also: tuple[tuple[str, bool], ...]) -> str:
    """Dialect._degrees, built once per combination (every dossier counts its entity's)."""
    pairs = [(t, out) for t in fact_types() for out in (True, False)]
    pairs += [p for p in also if p not in pairs]
    return ", ".join(f"[{_quote(t)}, {str(out).lower()}, {dialect.degree('n', t, out)}]"
                     for t, out in pairs if (t, out) not in skip)


# a parameter in a statement's text ($name); our statements hold no `$` in string literals
_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


@functools.lru_cache(maxsize=256)
def _together(reads: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """Neo4jDialect.together, built once per combination of reads (a dossier's texts are
    kilobytes: rewriting their parameters on every call was client CPU).

    Each read in a subquery that answers exactly one row (an aggregation without a grouping
    key does, even over no rows), so no read's emptiness cuts another's. Its parameters
    become a map's entries ($ids -> $q0.ids): Neo4j keys a cached plan by the size class of
    each list and string parameter (see plan_warmup), and not of the values inside a map,
    so the plan is the text's whatever the sizes."""
    parts = []
    for i, (query, columns) in enumerate(reads):
        if not columns or not all(c.isidentifier() for c in columns):
            raise ValueError(f"not column names: {columns!r}")
        if "$(" in query:
            raise ValueError("a dynamic label or type cannot be moved into a map")
        body = _PARAMETER.sub(f"$q{i}.\\1", query.strip())
        parts.append(f"CALL () {{\n  CALL () {{\n{body}\n  }}\n"
                     f"  RETURN collect([{', '.join(columns)}]) AS r{i}\n}}\n")
    return "".join(parts) + "RETURN " + ", ".join(f"r{i}" for i in range(len(reads)))


# A claim as the row a forget finds its aggregate relationship by (rel_aggregates_at's rows,
# with the type and the labels its ends are found by; claims written before ends were
# recorded join entities).
_CLAIM_ROW = ("{rel: c.rel, type: c.type, source: c.source, target: c.target, "
              "key: coalesce(c.key, ''), source_end: coalesce(c.source_end, 'Entity'), "
              "target_end: coalesce(c.target_end, 'Entity')}")


# The statements left to an aggregate `x` whose values the document $doc supplied (its id,
# quoted as json.dumps writes it, is in x.value_sources), read with a forget's head: the
# forget folds such an aggregate again from them (graph/statement_forget.py), and read
# after the head they were a round trip of their own in 4 forgets of 5 on the 10k graph.
# Null for the others (nothing to fold); an aggregate the forget finds it must fold and
# that has none here (an id json.dumps escapes) is read after the head as before.
_SUPPLIED = "x.value_sources CONTAINS ('\"' + $doc + '\"')"
_LEFT_MENTIONS = (f"CASE WHEN {_SUPPLIED} THEN COLLECT {{ MATCH (o)-[n:MENTIONS]->(x)"
                  " WHERE o.id <> $doc RETURN {doc: o.id, m: properties(n)} } END")
_LEFT_CLAIMS = (f"CASE WHEN {_SUPPLIED} THEN COLLECT {{ MATCH (l:{CLAIM} {{rel: row.rel}})"
                " WHERE l.doc <> $doc RETURN properties(l) } END")


def forget_rels_key(rel_type: str, src: str, dst: str) -> str:
    """The entry of a forget tail's `$changes` that lists the aggregates of one type and
    ends to write or delete (Neo4jDialect.forget_tail)."""
    return _forget_rels_keys()[(rel_type, src, dst)]


@functools.lru_cache(maxsize=1)
def _forget_rels_keys() -> dict[tuple[str, str, str], str]:
    return {combo: f"rels{i}" for i, combo in enumerate(rel_end_combos())}


def _each_type(then: str) -> str:
    """A subquery over `row` ({type, source_end, target_end, source, target, key, ...}) that
    finds its aggregate relationship `x` and goes on with `then`, in one fixed text for every
    type: a branch per (type, ends) of the model, each taken only by rows of its own, so
    every relationship is found typed between its two ends found by index (as _at_ends);
    a type given as a value (`$(row.type)`) is planned untyped and walks the smaller end's
    every relationship, thousands between two hubs."""
    branches = []
    for rel_type, src, dst in rel_end_combos():
        branches.append(
            f"  WITH row WHERE row.type = {_quote(rel_type)} AND row.source_end = '{src}'"
            f" AND row.target_end = '{dst}'\n"
            f"  MATCH (a:{src} {{id: row.source}})\n"
            f"  MATCH (b:{dst} {{id: row.target}})\n"
            f"  OPTIONAL MATCH (a)-[x:{_rel_type(rel_type)}]->(b)\n"
            f"  WITH row, x WHERE x IS NOT NULL AND x.key = row.key\n"
            + "".join(f"  {line}\n" for line in then.splitlines()))
    return "CALL (row) {\n" + "  UNION ALL\n".join(branches) + "}\n"


# Neo4j plans a statement again, on its next call, once the graph's counts have moved far from
# those it was planned with (about fourfold growth at first, less as time passes). The forget's
# head and tail are large (a branch per relationship type and ends): planning them again cost
# 1.4-2.0 s each, so the first forget after a bulk ingest took 3.6 s at 1k documents and 5.4 s
# at 10k where the next took 60 ms, though the store had planned them at start
# (graph/plan_warmup.py). Both start every part from a unique-id index seek, whose plan does
# not depend on how many nodes there are (the plan made on an empty graph seeks, measured by
# EXPLAIN), so they keep the plan they have.
_KEEP_PLAN = "CYPHER replan=skip\n"


class Neo4jDialect(Dialect):
    # Neo4j's GetDegree reads a count kept per node and type. Counting every direction, the
    # paged ones too, keeps relationship_counts() one statement text whatever pages an
    # entity has: Neo4j plans each new text (hundreds of ms under load), caches by text.
    free_degrees: ClassVar[bool] = True

    def call_with(self, var: str) -> str:
        return f"CALL ({var}) {{"

    def claims_surest_first(self) -> str:
        # rank is minus confidence (written with the claim, model version 4), so the range
        # index on (rel, rank, doc) holds each relationship's claims in the order wanted and
        # the LIMIT stops after the first few: a hub's 73 listed facts read 212 index
        # entries instead of all their 1,498 claims sorted (server CPU of that read 10.7 ->
        # 6.5 ms). The planner picks the one-property rel index unless told; the IS NOT
        # NULL predicates let it seek the whole composite key (every claim has all three).
        return (f"\n  USING INDEX c:{CLAIM}(rel, rank, doc)"
                "\n  WHERE c.rank IS NOT NULL AND c.doc IS NOT NULL"
                "\n  WITH c\n  ORDER BY c.rel, c.rank, c.doc")

    def join_ends(self, keep: str, rel: str, pattern: str, where: str = "") -> str:
        # A MATCH is planned as a seek of one end and Expand(All) over its relationships of
        # the type, the other end's id filtered after (a WITH between does not stop it), so
        # forgetting a document read every LOCATED_IN into North Korea. An OPTIONAL
        # MATCH of two bound nodes is OptionalExpand(Into), which reads the ends' degrees
        # and walks from the smaller (tests/test_store_contract.py checks the plan).
        also = f" AND {where}" if where else ""
        return f"OPTIONAL MATCH {pattern}\nWITH {keep}, {rel} WHERE {rel} IS NOT NULL{also}\n"

    def forget_head(self) -> str | None:
        # the aggregates of the claims' relationships, of every type, and the hub pages of
        # their directions come in this one statement too (_each_type, _CLAIM_ROW):
        # a statement per type was two thirds of a forget's round trips
        return (
            _KEEP_PLAN +
            "OPTIONAL MATCH (d:Document {id: $doc})\n"
            "RETURN d.complete AS complete,\n"
            f"       COLLECT {{ MATCH (c:{CLAIM} {{doc: $doc}}) RETURN properties(c) }}"
            " AS claims,\n"
            f"       COLLECT {{ MATCH (:Document {{id: $doc}})-[m:MENTIONS]->(x:{ENTITY})\n"
            "                 RETURN {id: x.id, m: properties(m), labels: labels(x),\n"
            "                         props: properties(x), left: " + _LEFT_MENTIONS + "}\n"
            "               } AS mentions,\n"
            f"       COLLECT {{ MATCH (c:{CLAIM} {{doc: $doc}})\n"
            f"                 WITH {_CLAIM_ROW} AS row\n"
            + _each_type("RETURN properties(x) AS props, " + _LEFT_CLAIMS + " AS left") +
            "                 RETURN {rel: row.rel, source: row.source, target: row.target,\n"
            "                         key: row.key, props: props, left: left} } AS aggregates,\n"
            # the ids of graph/hub_pages.page_id
            f"       COLLECT {{ MATCH (c:{CLAIM} {{doc: $doc}})\n"
            "                 UNWIND [c.source + '|' + c.type + '|out',\n"
            "                         c.target + '|' + c.type + '|in'] AS page\n"
            "                 WITH DISTINCT page\n"
            f"                 MATCH (p:{PAGE} {{id: page}})\n"
            "                 RETURN {id: p.id, count: p.count, others: p.others,\n"
            "                         keys: p.keys} } AS pages"
        )

    def forget_tail(self) -> str | None:
        # one fixed text (planned once), each part a subquery run once whatever it finds;
        # the lists come in one map: Neo4j caches a plan by its parameters' types and, for
        # a list, its size (0, 1, up to 10, 100...), so five list parameters made a new
        # plan (12-15 s under load) for most forgets, and a map's lists do not count
        # The aggregates come in a list per (type, ends) of the model, `rels<i>` (an absent
        # one is null: no rows), each in a subquery of its own that only its rows run: a
        # branch per type taken row by row (_each_type) ran every row through all 24
        # branches, most of the tail's server time (24.5 of 41.5 ms CPU for 20 rows).
        rels = "".join(
            f"CALL () {{\n  UNWIND $changes.{forget_rels_key(rel_type, src, dst)} AS row\n"
            f"  MATCH (a:{src} {{id: row.source}})\n"
            f"  MATCH (b:{dst} {{id: row.target}})\n"
            f"  OPTIONAL MATCH (a)-[x:{_rel_type(rel_type)}]->(b)\n"
            f"  WITH row, x WHERE x IS NOT NULL AND x.key = row.key\n"
            f"  FOREACH (_ IN CASE WHEN row.props IS NULL THEN [1] ELSE [] END | DELETE x)\n"
            f"  FOREACH (_ IN CASE WHEN row.props IS NULL THEN [] ELSE [1] END |"
            f" SET x = row.props)\n"
            f"  RETURN count(*) AS {forget_rels_key(rel_type, src, dst)}\n}}\n"
            for rel_type, src, dst in rel_end_combos())
        return (
            _KEEP_PLAN + rels +
            f"CALL () {{\n  UNWIND $changes.pages_gone AS id\n  MATCH (p:{PAGE} {{id: id}})\n"
            f"  DELETE p\n  RETURN count(*) AS pages_gone\n}}\n"
            f"CALL () {{\n  UNWIND $changes.pages AS row\n  MERGE (p:{PAGE} {{id: row.id}})\n"
            f"  SET p = row.props\n  RETURN count(p) AS pages_written\n}}\n"
            f"CALL () {{\n  UNWIND $changes.gone AS id\n  MATCH (x:{ENTITY} {{id: id}})\n"
            f"  DETACH DELETE x\n  RETURN count(*) AS entities\n}}\n"
            f"CALL () {{\n  UNWIND $changes.gone AS id\n  MATCH (p:{PAGE} {{entity: id}})\n"
            f"  DELETE p\n  RETURN count(*) AS pages\n}}\n"
            f"CALL () {{\n  UNWIND $changes.keep AS row\n  MATCH (x:{ENTITY} {{id: row.id}})\n"
            f"  SET x = row.props\n  RETURN count(x) AS kept\n}}\n"
            f"CALL () {{\n  MATCH (c:{CLAIM} {{doc: $doc}})\n  DETACH DELETE c\n"
            f"  RETURN count(*) AS claims\n}}\n"
            f"CALL () {{\n  MATCH (d:Document {{id: $doc}})\n  DETACH DELETE d\n"
            f"  RETURN count(*) AS n\n}}\n"
            f"RETURN n"
        )

    def collected(self, query: str, columns: Sequence[str]) -> str | None:
        # Bolt sends each row as a message of its own, which the driver reads with two
        # socket reads and builds a Record of, one at a time: the 318 statements of the IT
        # workers' dossier took 21.5 ms as rows and 12.7 ms as one collected row
        # (interleaved, 10k graph). The subquery keeps the order its rows come in.
        if not all(c.isidentifier() for c in columns):
            raise ValueError(f"not column names: {columns!r}")
        return (f"CALL () {{\n{query.strip()}\n}}\n"
                f"RETURN collect([{', '.join(columns)}]) AS rows")

    def together(self, reads: Sequence[tuple[str, Sequence[str]]]) -> str | None:
        return _together(tuple((query, tuple(columns)) for query, columns in reads))

    def degree(self, node: str, rel_type: str, outgoing: bool) -> str:
        # planned as GetDegree: a count kept per node and type, not a walk
        arrow = f"-[:{_rel_type(rel_type)}]->" if outgoing else f"<-[:{_rel_type(rel_type)}]-"
        return f"COUNT {{ ({node}){arrow}() }}"

    def total_degree(self, node: str) -> str:
        return f"COUNT {{ ({node})--() }}"

    def schema_statements(self, model: GraphModel) -> list[str]:
        # the model's labels before Entity: see Dialect.schema_statements
        stmts = [f"CREATE INDEX {label.lower()}_{spec.key} IF NOT EXISTS "
                 f"FOR (n:{label}) ON (n.{spec.key})"
                 for label, spec in model.nodes.items() if label != "Document"]
        stmts += [
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
        ]
        stmts += [
            f"CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:{CLAIM}) REQUIRE n.id IS UNIQUE",
            f"CREATE INDEX claim_doc IF NOT EXISTS FOR (n:{CLAIM}) ON (n.doc)",
            f"CREATE INDEX claim_rel IF NOT EXISTS FOR (n:{CLAIM}) ON (n.rel)",
            f"CREATE INDEX claim_rank IF NOT EXISTS FOR (n:{CLAIM}) ON (n.rel, n.rank, n.doc)",
            f"CREATE CONSTRAINT schema_id IF NOT EXISTS FOR (n:{SCHEMA}) REQUIRE n.id IS UNIQUE",
            f"CREATE CONSTRAINT page_id IF NOT EXISTS FOR (n:{PAGE}) REQUIRE n.id IS UNIQUE",
            f"CREATE INDEX page_entity IF NOT EXISTS FOR (n:{PAGE}) ON (n.entity)",
        ]
        # a statement hinting an index that is still being filled would fail (claim_rank,
        # on a graph upgraded at this start): wait until every index is online
        stmts.append("CALL db.awaitIndexes(600)")
        stmts.append(
            "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS "
            "FOR (n:Entity) ON EACH [n.name, n.search_text]"
        )
        stmts.append(
            "CREATE FULLTEXT INDEX document_search IF NOT EXISTS "
            "FOR (n:Document) ON EACH [n.title, n.text]"
        )
        return stmts

    def document_search(self) -> str:
        return (
            "CALL db.index.fulltext.queryNodes('document_search', $q) YIELD node, score\n"
            f"WITH node AS d, score WHERE {_DOCUMENT_FILTERS}\n"
            "RETURN d.id AS id, score ORDER BY score DESC, d.id LIMIT $limit"
        )

    def search(self) -> str:
        return (
            "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score\n"
            "RETURN node, score LIMIT $limit"
        )

    def shortest_path(self, rel_types: list[str] | None, max_hops: int) -> str | None:
        rel = _var_length(rel_types, None, max_hops)
        return (
            f"MATCH (a:{ENTITY} {{id: $source}})\n"
            f"MATCH (b:{ENTITY} {{id: $target}})\n"
            f"MATCH p = shortestPath((a)-{rel}-(b))\n"
            f"RETURN p"
        )


class FalkorDialect(Dialect):
    def call_with(self, var: str) -> str:
        return f"CALL {{\n  WITH {var}"

    def forget_head(self) -> str | None:
        # one read instead of four (the document's state, its claims, its MENTIONS, then
        # the entities' aggregates): a forget's statements each cost a round trip, and
        # under load each one waits its turn on the server
        return (
            "OPTIONAL MATCH (d:Document {id: $doc})\n"
            f"OPTIONAL MATCH (c:{CLAIM} {{doc: $doc}})\n"
            "WITH d, collect(CASE WHEN c IS NULL THEN null ELSE properties(c) END) AS claims\n"
            f"OPTIONAL MATCH (d)-[m:MENTIONS]->(x:{ENTITY})\n"
            "RETURN d.complete AS complete, claims,\n"
            "       collect(CASE WHEN x IS NULL THEN null ELSE {id: x.id, m: properties(m),\n"
            "               labels: labels(x), props: properties(x)} END) AS mentions"
        )

    def join_ends(self, keep: str, rel: str, pattern: str, where: str = "") -> str:
        # The WITH keeps FalkorDB from folding the second lookup into a walk out of the
        # first end (every ISSUED of an agency, 10k at 100k documents, filtered by id: 150
        # ms per forgotten document instead of 0.5 ms).
        return f"WITH {keep}\nMATCH {pattern}\n" + (f"WHERE {where}\n" if where else "")

    def degree(self, node: str, rel_type: str, outgoing: bool) -> str:
        # counted on the type's adjacency matrix, without reading any relationship
        fn = "outdegree" if outgoing else "indegree"
        return f"{fn}({node}, {_quote(_rel_type(rel_type))})"

    def total_degree(self, node: str) -> str:
        return f"indegree({node}) + outdegree({node})"

    def schema_statements(self, model: GraphModel) -> list[str]:
        # the model's labels before Entity: see Dialect.schema_statements
        stmts = [f"CREATE INDEX FOR (n:{label}) ON (n.{spec.key})"
                 for label, spec in model.nodes.items() if label != "Document"]
        stmts += [
            f"CREATE INDEX FOR (n:{ENTITY}) ON (n.id)",
            "CREATE INDEX FOR (n:Document) ON (n.id)",
        ]
        stmts += [f"CREATE INDEX FOR (n:{CLAIM}) ON (n.{p})" for p in ("id", "doc", "rel")]
        stmts.append(f"CREATE INDEX FOR (n:{SCHEMA}) ON (n.id)")
        stmts += [f"CREATE INDEX FOR (n:{PAGE}) ON (n.{p})" for p in ("id", "entity")]
        stmts.append(f"CALL db.idx.fulltext.createNodeIndex('{ENTITY}', 'name', 'search_text')")
        stmts.append("CALL db.idx.fulltext.createNodeIndex('Document', 'title', 'text')")
        return stmts

    def document_search(self) -> str:
        return (
            "CALL db.idx.fulltext.queryNodes('Document', $q) YIELD node, score\n"
            f"WITH node AS d, score WHERE {_DOCUMENT_FILTERS}\n"
            "RETURN d.id AS id, score ORDER BY score DESC, d.id LIMIT $limit"
        )

    def search(self) -> str:
        return (
            f"CALL db.idx.fulltext.queryNodes('{ENTITY}', $q) YIELD node, score\n"
            f"RETURN node, score LIMIT $limit"
        )

    def shortest_path(self, rel_types: list[str] | None, max_hops: int) -> str | None:
        # FalkorDB runs shortestPath only directed and only in WITH/RETURN; the store
        # searches by increasing length with paths_of_length() instead.
        return None


NEO4J = Neo4jDialect("neo4j")
FALKOR = FalkorDialect("falkordb")


# --- Query API (api/services/): reads that join facts into answers ---------------------------
# Relationship types are formatted into the pattern (`[r:A|B]`) by builders that check each
# name against the model, never passed as `type(r) IN $types`: a filter after the expansion
# walks every relationship of the node first, and a hub has one MENTIONS per document.


def _types(rel_types: Sequence[str]) -> str:
    """`A|B` for a relationship pattern; every name checked against the model."""
    if not rel_types:
        raise ValueError("at least one relationship type is needed")
    return "|".join(_rel_type(t) for t in dict.fromkeys(rel_types))

PING = "RETURN 1 AS ok"

COUNT_DOCUMENTS = """
MATCH (d:Document)
RETURN count(d) AS n
"""

# Relationship counts of one entity by type and direction: a dossier states how many facts
# of each kind exist even when it lists only the first few (hubs have thousands). Each count
# is the store's degree of the node for one type and direction (Dialect.degree), so no
# relationship is walked; MENTIONS (one per document) are not counted: doc_count says.
_RELATIONSHIP_COUNTS = """
MATCH (n:Entity {{id: $id}})
UNWIND [{degrees}] AS c
WITH c WHERE c[2] > 0
RETURN c[0] AS type, c[1] AS outgoing, c[2] AS n
ORDER BY type, outgoing DESC
"""


DOCUMENTS_BY_ID = """
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.title AS title, d.date AS date, d.doc_type AS doc_type
"""

# The mention sentences one document gave for each entity it mentions (its MENTIONS edge).
DOCUMENT_ENTITY_SPANS = """
MATCH (d:Document {id: $id})-[m:MENTIONS]->(n:Entity)
RETURN n.id AS id, labels(n) AS labels, n.name AS name, m.ev_start AS starts, m.ev_end AS ends
ORDER BY n.id
LIMIT $limit
"""

# The evidence sentences one document gave for the relations it asserts (its claims).
DOCUMENT_RELATIONSHIP_SPANS = f"""
MATCH (d:Document {{id: $id}})-[:{STATES}]->(c:{CLAIM})
RETURN c.source AS source, c.type AS type, c.target AS target, c.ev_start AS starts,
       c.ev_end AS ends, c.modality AS modality, c.confidence AS confidence
ORDER BY c.id
LIMIT $limit
"""

# Countries an entity is located in, for search filters (ISO codes).
ENTITY_LOCATIONS = """
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[:LOCATED_IN]->(c:Country)
RETURN n.id AS id, collect(c.code) AS codes
"""

# The entity graph without documents and evidence, for networkx analytics.
ENTITY_GRAPH_NODES = """
MATCH (n:Entity)
RETURN n.id AS id, labels(n) AS labels, n.name AS name
"""

ENTITY_GRAPH_EDGES = """
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS source, type(r) AS type, b.id AS target
"""

# Light projections: an entity or relationship by its declared properties and aggregates,
# without index helpers, bookkeeping or document text. The store sends what is set, the
# heavy helpers blanked (naming every property of the model instead sends about a hundred
# nulls per row, the most of a hub's dossier); the store keeps only LIGHT_PROPERTIES.
_HEAVY = ("text", "value_sources", "alias_counts", "search_text")


def _light_properties(model: GraphModel) -> list[str]:
    names = {k for spec in model.nodes.values() for k in spec.properties}
    names |= {k for spec in model.relationships.values() for k in spec.properties}
    names |= set(model.statement) | set(model.aggregate)
    names -= set(_HEAVY)
    return [*sorted(names), "key", "complete"]


LIGHT_PROPERTIES = frozenset(_light_properties(default_model()))


def _light(v: str, heavy: Sequence[str] = _HEAVY) -> str:
    blank = ", ".join(f"{k}: null" for k in heavy)
    return f"{v} {{.*, {blank}}}"


def _heavy_of_relationships(model: GraphModel) -> tuple[str, ...]:
    """The heavy helpers a relationship can hold (its aggregate's bookkeeping): the others
    are the nodes' (text, search_text), and naming them would send a null per row."""
    names = {k for spec in model.relationships.values() for k in spec.properties}
    names |= set(model.aggregate)
    return tuple(k for k in _HEAVY if k in names)


_REL_HEAVY = _heavy_of_relationships(default_model())


# The statements behind entities and relationships, a few each (`$cap`): a hub has one per
# document, and a listing shows the first few and says how many there are (doc_count).
# Up to ORDERED_UP_TO statements the few are the surest (then by document id), so a graph
# gives the same answer in any store; past it, sorting would cost a hub a read of every
# statement on every dossier (20 ms at 10k documents), and the few are the store's first.
ORDERED_UP_TO = 500
# Only what a reader sees of a statement is sent (graph/light_rows.py `statement_of`), as
# columns: a map per row repeats its eight keys, which the store writes and the client
# parses for every statement (a hub's dossier reads about 300; as columns its largest read
# sends half the bytes and costs a third less). MENTIONS start only at a Document (the
# model): a label test on `d` costs FalkorDB a pass over the hub's whole row of MENTIONS
# (100k at 100k documents: 49 -> 11 ms) before the LIMIT.
STATEMENT_FIELDS = ("ev_start", "ev_end", "ev_text", "confidence", "modality", "frame",
                    "date_basis")
_FIELDS = ", ".join(STATEMENT_FIELDS)


def _statement_columns(var: str) -> str:
    return ", ".join(f"{var}.{k} AS {k}" for k in STATEMENT_FIELDS)


# The columns of the reads that answer many rows (StoreBase.run_rows): node_statements and
# NODE_STATEMENTS_OF_PAIRS, rel_statements, payment_documents (without parties when none are
# asked), DOCUMENTS_BY_ID, neighbor_pages, chain_steps_by_documents.
NODE_STATEMENT_COLUMNS = ("id", "doc", *STATEMENT_FIELDS)
REL_STATEMENT_COLUMNS = ("part", "rel", "doc", *STATEMENT_FIELDS)
PAYMENT_DOCUMENT_COLUMNS = ("id", "parties", "doc", "confidence")
DOCUMENT_COLUMNS = ("id", "title", "date", "doc_type")
NEIGHBOR_PAGE_COLUMNS = ("type", "outgoing", "labels", "r", "m")
CHAIN_STEP_COLUMNS = ("n", "source", "type", "labels", "r", "b")


_NODE_STATEMENTS = """
UNWIND $ids AS id
{call_id}
  MATCH (x:Entity {{id: id}})
  MATCH (d)-[m:MENTIONS]->(x)
  WITH d, m{order}
  LIMIT $cap
  RETURN d.id AS doc, {columns}
}}
RETURN id, doc, {fields}
"""

# An entity stated by more than ORDERED_UP_TO documents lists the statements its values
# were taken from (its `value_sources`), each found from its document: the first few of a
# hub's MENTIONS in any order cost FalkorDB a pass over all of them (100k at 100k documents).
VALUE_SOURCES = """
UNWIND $ids AS id
MATCH (x:Entity {id: id})
RETURN id, x.value_sources AS value_sources
"""

NODE_STATEMENTS_OF_PAIRS = f"""
UNWIND $pairs AS p
MATCH (d:Document {{id: p.doc}})
MATCH (x:Entity {{id: p.id}})
WITH p, d, x
MATCH (d)-[m:MENTIONS]->(x)
RETURN p.id AS id, d.id AS doc, {_statement_columns("m")}
"""

_REL_STATEMENTS = """
UNWIND ${rels} AS rel
{call_rel}
  MATCH (c:{claim} {{rel: rel}}){order}
  LIMIT ${cap}
  RETURN c.doc AS doc, {columns}
}}
RETURN {part} AS part, rel, doc, {fields}
"""

# The documents of payments' statements (up to $cap each, the surest, as node_statements,
# with each one's confidence to order them by) and their parties: a dossier's money names
# the documents behind each figure and the parties of each payment, and quotes the
# relationship's sentences, not the payment's, so the statements' text is not read. A
# payment no document states gives one row with a null doc, so its parties still come.
# The statements are ordered once and each payment's first $cap kept from its collected
# list: a payment is one document's figure, so its list is short, and a subquery per
# payment cost FalkorDB a third more (40 payments of a hub's dossier: 2.8 -> 1.9 ms).
_PAYMENT_DOCUMENTS = """
UNWIND $ids AS id
MATCH (p:Payment {{id: id}}){parties}
OPTIONAL MATCH (d)-[m:MENTIONS]->(p)
WITH id, {party_column}d, m
ORDER BY m.confidence DESC, d.id
WITH id, {party_column}collect([d.id, m.confidence])[..$cap] AS found
UNWIND found AS doc_confidence
RETURN id, {party_column}doc_confidence[0] AS doc, doc_confidence[1] AS confidence
"""

# benchmarks/ingest_scale.py: the nodes and relationships with the most statements (the ones
# that grew with the corpus when provenance was kept in lists), and a sample of statements.
BIGGEST_ENTITIES = """
MATCH (n:Entity)
RETURN properties(n) AS props
ORDER BY n.doc_count DESC
LIMIT $limit
"""

BIGGEST_RELATIONSHIPS = """
MATCH (:Entity)-[r]->(:Entity)
WHERE r.doc_count IS NOT NULL
RETURN properties(r) AS props
ORDER BY r.doc_count DESC
LIMIT $limit
"""

SAMPLE_STATEMENTS = f"""
MATCH (:Document)-[m:MENTIONS]->(:Entity)
RETURN properties(m) AS props
LIMIT $limit
UNION ALL
MATCH (c:{CLAIM})
RETURN properties(c) AS props
LIMIT $limit
"""

# The parties of payments: the entities joined to each by a money relationship.
def payment_party_ids(rel_types: Sequence[str]) -> str:
    return (
        f"UNWIND $ids AS id\n"
        f"MATCH (p:Payment {{id: id}})\n"
        f"OPTIONAL MATCH (x:{ENTITY})-[r:{_types(rel_types)}]-(p)\n"
        f"RETURN p.id AS id, collect(DISTINCT x.id) AS parties"
    )

# Every document that states something of an entity (chains keep to these documents).
DOCUMENTS_OF_ENTITY = """
MATCH (x:Entity {id: $id})
MATCH (d:Document)-[:MENTIONS]->(x)
RETURN d.id AS id
"""

# Every Sanction node on a target with the agencies or countries that issued it (light:
# the issuer is typically a hub such as OFAC). No issuer: a_labels is null.
ENTITY_SANCTIONS = f"""
MATCH (s:Sanction)-[:SANCTIONED]->(t:Entity {{id: $id}})
OPTIONAL MATCH (a:Entity)-[:ISSUED]->(s)
RETURN labels(s) AS s_labels, {_light("s")} AS s, labels(a) AS a_labels, {_light("a")} AS a
ORDER BY s.listing_date, s.id
"""


# An entity with the statements its values came from when it is stated by more than
# $ordered_up_to (ORDERED_UP_TO) documents: VALUE_SOURCES in the same read.
GET_ENTITIES_LIGHT = f"""
UNWIND $ids AS id
MATCH (n:Entity {{id: id}})
RETURN labels(n) AS labels, {_light("n")} AS n,
       CASE WHEN n.doc_count > $ordered_up_to THEN n.value_sources END AS value_sources
"""
ENTITY_COLUMNS = ("labels", "n", "value_sources")

# One entity's relationships to other entities, paginated in a stable order; the page is cut
# before anything is projected, so a hub costs its page, not its degree.
def neighbors_light(rel_types: Sequence[str]) -> str:
    return (
        f"MATCH (n:{ENTITY} {{id: $id}})-[r:{_types(rel_types)}]-(m:{ENTITY})\n"
        f"WITH n, r, m\n"
        f"ORDER BY type(r), m.id, r.key, startNode(r) = n\n"
        f"SKIP $offset LIMIT $limit\n"
        f"RETURN type(r) AS type, startNode(r) = n AS outgoing, labels(m) AS labels,\n"
        f"       {_light('r')} AS r, {_light('m')} AS m"
    )


def _far_end(rel_type: str, outgoing: bool) -> str:
    """The label pattern of the entity at the far end of a relationship: none when the model
    says that end is always an entity (a label test there reads the whole adjacency row of a
    hub, 28k relationships, before any LIMIT), `:Entity` when it may be a Document."""
    spec = default_model().relationship(rel_type)
    far = spec.targets if outgoing else spec.sources
    return f":{ENTITY}" if "Document" in far else ""


ORDERED = "ordered"  # the first by other end's id and key, read and sorted live
FIRST = "first"  # the store's first, read live (a hub direction without a page)
STORED = "stored"  # the first in order, from its hub page (graph/hub_pages.py)


def neighbor_pages(pages: Sequence[tuple[str, bool, str]], dialect: Dialect,
                   far: Sequence[str] | None = None) -> str:
    """_neighbor_pages(), its text built once per set of pages (a hub's dossier asks for the
    same one on every call: building it was a part of the dossier's client time)."""
    return _neighbor_pages(tuple(pages), dialect, None if far is None else tuple(far))


@functools.lru_cache(maxsize=512)
def _neighbor_pages(pages: tuple[tuple[str, bool, str], ...], dialect: Dialect,
                    far: tuple[str, ...] | None) -> str:
    """The first $limit relationships of each (type, outgoing, how) around an entity, in
    one statement. ORDERED pages are the first by other end's id and key, as
    neighbors_light() pages; FIRST ones are the store's first: ordering a hub's 28k
    relationships of a type reads every one of them on every dossier (see ORDERED_UP_TO);
    STORED ones are the relationships its hub page names, in the page's order (the same as
    ORDERED), found by index: parameter $p<i> for the i-th page, [[other end id, key]...].
    `far`: the only properties of the other ends to send, as a list of their values in the
    order of far_names(far) (a map would name every key, set or not), else a light map."""
    if not pages:
        raise ValueError("at least one page is needed")
    parts = []
    for i, (rel_type, outgoing, how) in enumerate(dict.fromkeys(pages)):
        other = (_light("m") if far is None else "[" + ", ".join(
            f"m.{name}" for name in far_names(far, rel_type, outgoing)) + "]")
        arrow = (f"-[r:{_rel_type(rel_type)}]->" if outgoing
                 else f"<-[r:{_rel_type(rel_type)}]-")
        if how == STORED:
            # each end by index, then joined: an expand-into, not a walk of the hub
            match = (f"MATCH (n:{ENTITY} {{id: $id}})\n"
                     f"UNWIND $p{i} AS it\n"
                     f"MATCH (m:{ENTITY} {{id: it[0]}})\n"
                     + dialect.join_ends("n, m, it", "r", f"(n){arrow}(m)", "r.key = it[1]")
                     + "WITH r, m\n")
        elif how in (ORDERED, FIRST):
            match = (f"MATCH (n:{ENTITY} {{id: $id}}){arrow}(m{_far_end(rel_type, outgoing)})\n"
                     f"WITH r, m\n"
                     + ("ORDER BY m.id, r.key\n" if how == ORDERED else ""))
        else:
            raise ValueError(f"no page kind {how!r}")
        parts.append(
            f"{match}"
            f"LIMIT $limit\n"
            f"RETURN {_quote(rel_type)} AS type, {str(outgoing).lower()} AS outgoing, "
            f"labels(m) AS labels,\n"
            f"       {_light('r', _REL_HEAVY)} AS r, {other} AS m")
    return "\nUNION ALL\n".join(parts)


def far_names(far: Sequence[str], rel_type: str | None = None,
              outgoing: bool = True) -> list[str]:
    """The properties neighbor_pages(far=...) sends of each other end, in order: `id`, then
    those of `far` that an end of `rel_type` in that direction can hold (the model names
    the labels of each end and the properties of each label: the others are null on every
    row, a third of a hub dossier's largest read)."""
    return list(_far_names(tuple(far), rel_type, outgoing))


@functools.lru_cache(maxsize=512)
def _far_names(far: tuple[str, ...], rel_type: str | None, outgoing: bool) -> tuple[str, ...]:
    if not all(name.isidentifier() for name in far):
        raise ValueError(f"not property names: {far!r}")
    names = tuple(dict.fromkeys(["id", *far]))
    if rel_type is None:
        return names
    model = default_model()
    spec = model.relationship(rel_type)
    held = set(model.aggregate)
    for label in spec.targets if outgoing else spec.sources:
        held |= set(model.node(label).properties)
    return tuple(n for n in names if n == "id" or n in held)


# --- hub pages (graph/hub_pages.py): a hub direction's count and first page, kept on write
PAGES_BY_ID = f"""
UNWIND $ids AS id
MATCH (p:{PAGE} {{id: id}})
RETURN p.id AS id, p.count AS count, p.others AS others, p.keys AS keys
"""

PAGES_OF_ENTITY = f"""
MATCH (p:{PAGE} {{entity: $id}})
RETURN p.type AS type, p.outgoing AS outgoing, p.count AS count, p.others AS others,
       p.keys AS keys
"""

WRITE_PAGES = f"""
UNWIND $rows AS row
MERGE (p:{PAGE} {{id: row.id}})
SET p = row.props
RETURN count(p) AS n
"""

DELETE_PAGES = f"""
UNWIND $ids AS id
MATCH (p:{PAGE} {{id: id}})
DELETE p
RETURN count(*) AS n
"""

DELETE_PAGES_OF_ENTITIES = f"""
UNWIND $ids AS id
MATCH (p:{PAGE} {{entity: id}})
DELETE p
RETURN count(*) AS n
"""

def first_of_direction(rel_type: str, outgoing: bool) -> str:
    """The first $limit relationships of one type and direction of the entity $id, by other
    end's id and key (the order of neighbors_light()), ends that are entities only."""
    arrow = (f"-[r:{_rel_type(rel_type)}]->" if outgoing
             else f"<-[r:{_rel_type(rel_type)}]-")
    return (f"MATCH (n:{ENTITY} {{id: $id}}){arrow}(m{_far_end(rel_type, outgoing)})\n"
            f"RETURN m.id AS other, r.key AS key\n"
            f"ORDER BY other, key\n"
            f"LIMIT $limit")


def count_neighbors(rel_types: Sequence[str]) -> str:
    """How many relationships neighbors_light() pages through (a listing's total)."""
    return (
        f"MATCH (n:{ENTITY} {{id: $id}})-[r:{_types(rel_types)}]-(m:{ENTITY})\n"
        f"RETURN count(r) AS n"
    )

# One step of a chain: outgoing edges of some types from a frontier of entities, kept only
# when one of the given documents supports them (so a chain stays within the documents that
# tell its story instead of wandering through hubs such as "DPRK IT workers").
# Two ways to the same rows: from the frontier's edges, each checked for a claim of one of
# the documents (costs the frontier's degree times the documents), or from the documents'
# claims, found by index, each joined to its edge (costs the documents' claims, however
# many edges the frontier has: a scheme such as a bureau is a hub). The store picks.
_CHAIN_STEP_RETURN = (
    "WITH DISTINCT a, r, b\n"
    "ORDER BY a.id, type(r), b.id, r.key\n"
    "LIMIT $limit\n"
    "RETURN a.id AS source, type(r) AS type, labels(b) AS labels, {r} AS r, {b} AS b"
)


def chain_step(rel_types: Sequence[str]) -> str:
    return (
        f"UNWIND $ids AS id\n"
        f"MATCH (a:{ENTITY} {{id: id}})-[r:{_types(rel_types)}]->(b:{ENTITY})\n"
        f"WITH a, r, b, a.id + '|' + type(r) + '|' + b.id + '|' + r.key AS rel\n"
        f"UNWIND $docs AS doc\n"
        f"MATCH (c:{CLAIM} {{id: doc + '|' + rel}})\n"
        + _CHAIN_STEP_RETURN.format(r=_light("r"), b=_light("b"))
    )


def chain_steps_by_documents(rel_types: Sequence[str], dialect: Dialect) -> str:
    """chain_step() from the documents' claims, for several frontiers at once, each with
    its own documents ($starts: [{n, ids, docs}]): a chain's step is one frontier, and a
    dossier follows each of its ties to the scheme's money in one statement instead of one
    per tie. Rows carry the frontier's `n`, in chain_step order within each (the caller
    keeps the first few); they are bounded by the claims of each frontier's few documents."""
    types = ", ".join(_quote(t) for t in dict.fromkeys(rel_types))
    return (
        f"UNWIND $starts AS start\n"
        f"UNWIND start.docs AS doc\n"
        f"MATCH (c:{CLAIM} {{doc: doc}})\n"
        f"WHERE c.source IN start.ids AND c.type IN [{types}]\n"
        f"WITH DISTINCT start.n AS n, c.rel AS rel, c.source AS source, c.target AS target\n"
        f"MATCH (a:{ENTITY} {{id: source}})\n"
        f"MATCH (b:{ENTITY} {{id: target}})\n"
        + dialect.join_ends("n, rel, a, b", "r", f"(a)-[r:{_types(rel_types)}]->(b)",
                            "a.id + '|' + type(r) + '|' + b.id + '|' + r.key = rel")
        + f"WITH DISTINCT n, a, r, b\n"
        f"ORDER BY n, a.id, type(r), b.id, r.key\n"
        f"RETURN n, a.id AS source, type(r) AS type, labels(b) AS labels, {_light('r')} AS r,"
        f" {_light('b')} AS b"
    )


# One breadth-first step around a frontier of entities, as bare relationship identities:
# deeper neighbourhoods and path searches walk level by level with a cap per level, so a hub
# in the frontier costs a bounded number of small rows instead of every path through it;
# the few relationships finally shown are read with RELATIONSHIPS_LIGHT.
def neighbor_step(rel_types: Sequence[str]) -> str:
    return (
        f"UNWIND $ids AS id\n"
        f"MATCH (a:{ENTITY} {{id: id}})-[r:{_types(rel_types)}]-(b:{ENTITY})\n"
        f"RETURN a.id AS source, b.id AS target, type(r) AS type, startNode(r) = a AS outgoing,\n"
        f"       r.key AS key, coalesce(b.doc_count, 0) AS weight\n"
        f"LIMIT $limit"
    )

# Relationships by identity (source, type, target, key), with their evidence. Both ends are
# found by index first and only then joined: walking out of one end would scan all of its
# relationships, tens of thousands for a hub.
RELATIONSHIPS_LIGHT = f"""
UNWIND $rows AS row
MATCH (a:Entity {{id: row.source}})
MATCH (b:Entity {{id: row.target}})
WITH row, a, b
MATCH (a)-[r]->(b)
WHERE type(r) = row.type AND r.key = row.key
RETURN a.id AS source, type(r) AS type, b.id AS target, {_light("r")} AS r
"""

# --- search (api/services/search.py, doc_search.py) ------------------------------------------
# The filters every document listing shares; a null parameter lets everything through.
# Dates are ISO strings, possibly partial: `until` compares the same number of characters.
_DOCUMENT_FILTERS = """($doc_type IS NULL OR d.doc_type = $doc_type)
  AND ($issuer IS NULL OR any(i IN coalesce(d.issuers, [])
                              WHERE i = $issuer OR i ENDS WITH ('(' + $issuer + ')')))
  AND ($since IS NULL OR d.date >= $since)
  AND ($until IS NULL OR substring(d.date, 0, size($until)) <= $until)"""

# Documents whose title or text contains one of the query's pieces (non-Latin scripts, which
# the full-text analyzers do not cut into words); the caller ranks them.
DOCUMENTS_CONTAINING = f"""
MATCH (d:Document)
WHERE any(g IN $grams WHERE d.title CONTAINS g OR d.text CONTAINS g) AND {_DOCUMENT_FILTERS}
RETURN d.id AS id, 1.0 AS score
ORDER BY d.date DESC, d.id
LIMIT $limit
"""

# The filtered document listing (no query), newest first, and its size.
DOCUMENTS_FILTERED = f"""
MATCH (d:Document)
WHERE {_DOCUMENT_FILTERS}
RETURN d.id AS id, d.title AS title, d.doc_type AS doc_type, d.date AS date,
       d.issuers AS issuers, d.language AS language, d.complete AS complete
ORDER BY d.date DESC, d.id
SKIP $offset LIMIT $limit
"""

COUNT_DOCUMENTS_FILTERED = f"""
MATCH (d:Document)
WHERE {_DOCUMENT_FILTERS}
RETURN count(d) AS n
"""

# Metadata and text of a page of documents, to cut snippets around the matched words.
DOCUMENTS_WITH_TEXT = """
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.title AS title, d.doc_type AS doc_type, d.date AS date,
       d.issuers AS issuers, d.language AS language, d.complete AS complete, d.text AS text
"""

# Every issuer and document type on record, for the search page's filters.
DOCUMENT_FACETS = """
MATCH (d:Document)
UNWIND coalesce(d.issuers, []) AS issuer
RETURN 'issuer' AS kind, issuer AS value, count(DISTINCT d) AS n
UNION ALL
MATCH (d:Document)
RETURN 'doc_type' AS kind, d.doc_type AS value, count(d) AS n
"""

# The targets of Sanction nodes: a search that meets a sanction shows its target instead.
SANCTION_TARGETS = f"""
UNWIND $ids AS id
MATCH (s:Sanction {{id: id}})-[:SANCTIONED]->(t:Entity)
RETURN s.id AS sanction, labels(t) AS labels, {_light("t")} AS node
"""

# Governments (ISO codes) that designated each of some entities, by edge or Sanction node.
DESIGNATING_GOVERNMENTS = """
UNWIND $ids AS id
MATCH (t:Entity {id: id})
OPTIONAL MATCH (g:Entity)-[:DESIGNATED]->(t)
OPTIONAL MATCH (s:Sanction)-[:SANCTIONED]->(t)
WITH t, collect(DISTINCT coalesce(g.code, g.country)) + collect(DISTINCT s.country) AS codes
RETURN t.id AS id, [c IN codes WHERE c IS NOT NULL] AS codes
"""

# How many relationships each of some entities has to other entities: graph pages size
# nodes by it and draw hubs as hubs.
ENTITY_DEGREES = """
UNWIND $ids AS id
MATCH (n:Entity {id: id})
OPTIONAL MATCH (n)-[r]-(:Entity)
RETURN id, count(r) AS degree
"""

# The parties of some Payment nodes (who paid, earned, received or forfeited them), for money
# tables that name the counterparty rather than repeat the amount.
PAYMENT_PARTIES = """
UNWIND $ids AS id
MATCH (p:Payment {id: id})-[r]-(x:Entity)
WHERE NOT x:Payment
RETURN id AS payment, type(r) AS type, startNode(r) = x AS from_party, x.id AS party,
       labels(x) AS labels, x.name AS name
ORDER BY payment, type, party
"""

# --- browse by role (api/services/browse.py): one row per entity (or case), unsorted --------
BROWSE_FACILITATORS = """
MATCH (p:Entity)-[:FACILITATED]->(x:Entity)
WITH p, collect(DISTINCT x.name) AS facilitated
OPTIONAL MATCH (p)-[s:SENTENCED]->(:Case)
RETURN p.id AS id, labels(p) AS labels, p.name AS name,
       coalesce(p.nationality, p.country) AS country, facilitated[0..5] AS facilitated,
       size(facilitated) AS facilitated_count, max(s.months) AS sentence_months,
       coalesce(p.doc_count, 0) AS documents
"""

BROWSE_DEFENDANTS = """
MATCH (p:Person)-[r:DEFENDANT_IN|CHARGED_WITH|SENTENCED]->(c:Case)
WITH p, c, collect(r) AS rs
RETURN p.id AS id, labels(p) AS labels, p.name AS name,
       coalesce(p.nationality, p.country) AS country, c.id AS case_id, c.name AS case_name,
       c.court AS court,
       [r IN rs WHERE type(r) = 'DEFENDANT_IN' | r.plea][0] AS plea,
       [r IN rs WHERE type(r) = 'DEFENDANT_IN' | r.status][0] AS status,
       [r IN rs WHERE type(r) = 'CHARGED_WITH' | r.charges][0] AS charges,
       [r IN rs WHERE type(r) = 'SENTENCED' | r.months][0] AS sentence_months,
       [r IN rs WHERE type(r) = 'SENTENCED' | r.date][0] AS sentence_date,
       coalesce(p.doc_count, 0) AS documents
"""

BROWSE_DESIGNATIONS = """
MATCH (g:Entity)-[r:DESIGNATED]->(t:Entity)
RETURN t.id AS id, labels(t) AS labels, t.name AS name, coalesce(g.code, g.country) AS government,
       g.name AS by, r.date AS date, r.program AS program
UNION ALL
MATCH (s:Sanction)-[:SANCTIONED]->(t:Entity)
RETURN t.id AS id, labels(t) AS labels, t.name AS name, s.country AS government,
       s.authority AS by, s.listing_date AS date, s.program AS program
"""

BROWSE_FRONTS = """
MATCH (o:Organization)
OPTIONAL MATCH (o)-[:FRONT_FOR]->(u:Entity)
WITH o, collect(DISTINCT u.name) AS fronts_for
WHERE o.kind = 'front_company' OR size(fronts_for) > 0
RETURN o.id AS id, labels(o) AS labels, o.name AS name, o.country AS country, fronts_for,
       coalesce(o.doc_count, 0) AS documents
"""

BROWSE_UNITS = """
MATCH (o:Entity)
WHERE (o.kind = 'dprk_unit') OR ('Agency' IN labels(o) AND o.country = 'KP')
OPTIONAL MATCH (x:Entity)-[:CONTROLLED_BY|FRONT_FOR]->(o)
RETURN o.id AS id, labels(o) AS labels, o.name AS name, o.kind AS kind,
       count(DISTINCT x) AS controls, coalesce(o.doc_count, 0) AS documents
"""

# Countries on record (code and name), for filters that show names rather than codes.
COUNTRY_NAMES = """
MATCH (c:Country)
WHERE c.code IS NOT NULL
RETURN c.code AS code, c.name AS name
ORDER BY c.name
"""
# --- end of the query API statements


# --- exchange (graph/exchange/): the whole graph in a stable order, and our own export back.
# Pages are ordered so that paging with SKIP never skips or repeats a row; ids are unique
# (entity ids carry their label, document ids have none) and a relationship is identified by
# its ends, type and key.
EXPORT_NODES = f"""
MATCH (n)
WHERE NOT n:{JUDGMENT} AND NOT n:{SCHEMA} AND NOT n:{PAGE}
RETURN n
ORDER BY n.id
SKIP $offset LIMIT $limit
"""

EXPORT_RELATIONSHIPS = """
MATCH (a)-[r]->(b)
RETURN a.id AS source, b.id AS target, r
ORDER BY a.id, type(r), b.id, r.key
SKIP $offset LIMIT $limit
"""


def import_nodes(label: str) -> str:
    """Create nodes exactly as an export holds them (rows: {props}); for an empty graph."""
    return (
        f"UNWIND $rows AS row\n"
        f"CREATE (x{node_pattern_labels(label)})\n"
        f"SET x = row.props\n"
        f"RETURN count(x) AS n"
    )


def import_relationships(rel_type: str, source_label: str, target_label: str) -> str:
    """Create relationships exactly as an export holds them (rows: {source, target, props})."""
    if rel_type == STATES:
        if (source_label, target_label) != ("Document", CLAIM):
            raise ValueError(f"{STATES} joins a Document to a {CLAIM}")
        src, dst = "Document", CLAIM
    else:
        spec = default_model().relationship(rel_type)
        src = _endpoint_label(_end_labels(rel_type, spec.sources, source_label))
        dst = _endpoint_label(_end_labels(rel_type, spec.targets, target_label))
    return (
        f"UNWIND $rows AS row\n"
        f"MATCH (a:{src} {{id: row.source}})\n"
        f"MATCH (b:{dst} {{id: row.target}})\n"
        f"CREATE (a)-[x:{rel_type if rel_type == STATES else _rel_type(rel_type)}]->(b)\n"
        f"SET x = row.props\n"
        f"RETURN count(x) AS n"
    )


# --- the trilateral view: who designated or warned about whom, and when -----------------

# Each row names the documents behind it: the claims of a relationship, the documents that
# mention a Sanction.
TRILATERAL_DESIGNATIONS = f"""
MATCH (g)-[r:DESIGNATED]->(t:Entity)
OPTIONAL MATCH (c:{CLAIM} {{rel: g.id + '|DESIGNATED|' + t.id + '|' + r.key}})
RETURN t.id AS target, t.name AS name, labels(t) AS labels, t.kind AS target_kind,
       g.id AS actor_id, g.name AS actor, g.code AS actor_code, g.country AS actor_country,
       r.date AS date, r.program AS program, r.legal_basis AS legal_basis,
       collect(c.doc) AS sources
"""

TRILATERAL_SANCTIONS = """
MATCH (s:Sanction)-[:SANCTIONED]->(t:Entity)
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(s)
RETURN t.id AS target, t.name AS name, labels(t) AS labels, t.kind AS target_kind,
       s.id AS actor_id, s.authority AS actor, s.country AS actor_code,
       null AS actor_country, s.listing_date AS date, s.program AS program,
       s.legal_basis AS legal_basis, collect(d.id) AS sources
"""

TRILATERAL_WARNINGS = f"""
MATCH (a)-[r:WARNS_ABOUT]->(t:Entity)
OPTIONAL MATCH (c:{CLAIM} {{rel: a.id + '|WARNS_ABOUT|' + t.id + '|' + r.key}})
WITH a, r, t, collect(c.doc) AS sources
OPTIONAL MATCH (i)-[:ISSUED]->(a)
RETURN t.id AS target, t.name AS name, labels(t) AS labels, t.kind AS target_kind,
       a.id AS actor_id, coalesce(a.name, a.title) AS actor, a.code AS actor_code,
       a.country AS actor_country, a.issuers AS actor_issuers, a.date AS date,
       collect(DISTINCT coalesce(i.code, i.country)) AS issuer_codes, sources
"""

DOCUMENT_DATES = """
MATCH (d:Document)
RETURN d.id AS id, d.date AS date
"""


# --- ingest (graph/ingest.py): documents are written in batches, so their state is read and
# their completion marked for a whole batch at once.
DOCUMENT_STATES_OF = """
UNWIND $docs AS doc
MATCH (d:Document {id: doc})
RETURN d.id AS id, d.content_hash AS content_hash, d.complete AS complete
"""

MARK_DOCUMENTS_COMPLETE = """
UNWIND $docs AS doc
MATCH (d:Document {id: doc})
SET d.complete = true
RETURN count(d) AS n
"""


# --- curation (graph/curation.py): analysts' judgments, stored apart from statements ---------
# Judgment nodes carry no edge, so forgetting or re-ingesting a document never touches them;
# they name what they judge by id. There are few (people write them), so reads take them all.
CREATE_JUDGMENT = f"""
CREATE (j:{JUDGMENT})
SET j = $props
RETURN j.id AS id
"""

LIST_JUDGMENTS = f"""
MATCH (j:{JUDGMENT})
RETURN j
ORDER BY j.at, j.id
"""

COUNT_JUDGMENTS = f"""
MATCH (j:{JUDGMENT})
RETURN count(j) AS n
"""

IMPORT_JUDGMENTS = f"""
UNWIND $rows AS row
CREATE (j:{JUDGMENT})
SET j = row
RETURN count(j) AS n
"""

# Does the graph hold this fact (any key), and what are the ends of a pair? Checked before a
# judgment is written, so an analyst cannot judge a fact or entity by a mistyped id.
FACT_EXISTS = f"""
MATCH (a:{ENTITY} {{id: $source}})-[r]->(b)
WHERE type(r) = $type AND b.id = $target
RETURN count(r) AS n
"""

ENTITY_LABELS = f"""
UNWIND $ids AS id
MATCH (n:{ENTITY} {{id: id}})
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> '{ENTITY}'] AS labels
"""

DOCUMENT_EXISTS = """
MATCH (d:Document {id: $id})
RETURN count(d) AS n
"""
# --- end of curation


# The console's worked examples for analysts (title, statement, parameters as JSON): run as
# written against the model's labels and types; tests/neo4j/test_cypher_lint.py lints them.
CONSOLE_EXAMPLES = (
    ("Facilitators", "MATCH (p:Person)-[r:FACILITATED]->(o)\nRETURN p, r, o LIMIT 25", ""),
    ("Designations by government",
     "MATCH (g)-[r:DESIGNATED]->(t)\nRETURN coalesce(g.code, g.country) AS government,"
     " count(t) AS targets\nORDER BY targets DESC", ""),
    ("Chapman's neighbourhood", "MATCH p = (n:Person {id: $id})-[*1..2]-(m)\nRETURN p LIMIT 60",
     '{"id": "person:christina-marie-chapman"}'),
    ("A path to the regime",
     "MATCH p = (a:Person {id: $id})-[:FACILITATED]->()-[*1..2]->(b:Country {code: 'KP'})\n"
     "RETURN p LIMIT 5", '{"id": "person:christina-marie-chapman"}'),
    ("Money to the regime",
     "MATCH (a)-[r:GENERATED_REVENUE_FOR|FUNDED]->(b)\nRETURN a, r, b LIMIT 50", ""),
    ("Sanctions by date",
     "MATCH (s:Sanction)-[:SANCTIONED]->(t)\n"
     "RETURN s.listing_date AS date, s.country AS government, t.name AS target\n"
     "ORDER BY date", ""),
)
