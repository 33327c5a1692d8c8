"""Render the graph model as Markdown (docs/model.md), so the documentation derives from it.

    .venv/bin/python -m graph.model_docs > docs/model.md
"""

from __future__ import annotations

from collections.abc import Mapping

from graph.model import GraphModel, PropertySpec, default_model


def _prop_line(spec: PropertySpec) -> str:
    notes = []
    if spec.required:
        notes.append("required")
    if spec.enum:
        notes.append("one of " + ", ".join(f"`{v}`" for v in spec.enum))
    if spec.help:
        notes.append(spec.help)
    return f"| `{spec.name}` | {spec.type} | {'; '.join(notes)} |"


def _values(where: Mapping[str, tuple[str, ...]]) -> str:
    return "; ".join(f"`{p}` in {', '.join(v)}" for p, v in where.items()) or "-"


def render(model: GraphModel) -> str:
    out = [
        "# The graph model",
        "",
        "Generated from `graph/model.yaml` by `python -m graph.model_docs`; do not edit by hand.",
        "",
        f"Schema version {model.version}. Every node but Document also carries the label "
        "`Entity`, indexed on `id`. Facts are statements: what each document says of an "
        "entity is kept on its `MENTIONS` edge, what it says of a relation on a "
        f"`{model.claim.label}` node (see below and docs/statements.md). Every entity node "
        "and relationship holds only these aggregates, derived from its statements:",
        "",
        "| property | type | meaning |",
        "| --- | --- | --- |",
        *(_prop_line(spec) for spec in model.aggregate.values()),
        "",
        f"### {model.claim.label}",
        "",
        f"{model.claim.help} Linked from its Document by `{model.claim.link}`; indexed on "
        "`id`, `doc` and `rel`.",
        "",
        "| property | type | meaning |",
        "| --- | --- | --- |",
        *(_prop_line(spec) for spec in model.claim.properties.values()),
        "",
        "Every relation a document asserts also records these statement fields (on its "
        "claim; the aggregate relationship carries those of its best claim):",
        "",
        "| field | type | meaning |",
        "| --- | --- | --- |",
        *(_prop_line(spec) for spec in model.statement.values()),
        "",
        "## Nodes",
    ]
    for label, node in model.nodes.items():
        out += ["", f"### {label}", ""]
        if node.help:
            out += [node.help, ""]
        out += [f"Key: `{node.key}`. FollowTheMoney schema: `{node.ftm or '-'}`. "
                f"Searchable: {', '.join(node.searchable) or '-'}.", "",
                "| property | type | notes |", "| --- | --- | --- |",
                *(_prop_line(p) for p in node.properties.values())]
    out += ["", "## Classes of entity", "",
            "Finer than labels, for what a relationship's end refuses (`refuse`; "
            "`graph/signatures.py`). Extraction rejects a relation whose end falls in a "
            "class that end refuses.", "",
            "| class | labels | where | unless | why |", "| --- | --- | --- | --- | --- |"]
    for name, entity_class in model.classes.items():
        out.append(f"| `{name}` | {' / '.join(entity_class.labels)} | "
                   f"{_values(entity_class.where)} | {_values(entity_class.unless)} | "
                   f"{entity_class.help} |")
    out += ["", "## Relationships", "",
            "| type | from | to | refuses | properties | meaning |",
            "| --- | --- | --- | --- | --- | --- |"]
    for rtype, rel in model.relationships.items():
        props = ", ".join(f"`{p.name}` ({p.type})" for p in rel.properties.values()) or "-"
        refuses = "; ".join(f"{end}: {', '.join(f'`{c}`' for c in names)}"
                            for end, names in rel.refuse.items()) or "-"
        out.append(f"| `{rtype}` | {' / '.join(rel.sources)} | {' / '.join(rel.targets)} | "
                   f"{refuses} | {props} | {rel.help} |")
    judgment = model.judgment
    out += ["", f"## Analysts' judgments: `{judgment.label}`", "", judgment.help, "",
            "Stored apart from what documents state (no edge touches them), so re-ingest and "
            "`tkg forget` leave them alone; the latest judgment of a subject wins. See "
            "`graph/curation.py`.", "",
            "| property | type | notes |", "| --- | --- | --- |",
            *(_prop_line(p) for p in judgment.properties.values())]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(render(default_model()), end="")
