"""Chain steps: the edges leaving a frontier that given documents support (a dossier follows
a tie through the documents that state it to the scheme's money)."""

from __future__ import annotations

from collections.abc import Sequence

from graph import queries
from graph.light_rows import light_node, light_rel
from graph.store_base import Row
from graph.store_statements import StatementReads

CHAIN_DOCUMENTS_BY_INDEX = 100  # a chain step this few documents reads their claims first


class ChainReads(StatementReads):
    """chain_step and chain_steps, read from the documents' claims or from the edges."""

    def chain_step(self, ids: Sequence[str], rel_types: Sequence[str], docs: Sequence[str], *,
                   limit: int = 500, cap: int = 20) -> list[Row]:
        """Outgoing edges of `rel_types` from `ids` that one of `docs` supports (light)."""
        self._check_types(rel_types)
        if not rel_types:
            return []
        # few documents: from their claims (a hub in the frontier would cost its degree);
        # many (a hub's own documents): from the frontier's edges
        if len(docs) <= CHAIN_DOCUMENTS_BY_INDEX:
            return self._steps_by_documents([(ids, docs)], rel_types, limit=limit, cap=cap)[0]
        rows = self.run(queries.chain_step(rel_types), {
            "ids": list(dict.fromkeys(ids)), "docs": list(dict.fromkeys(docs)),
            "limit": int(limit)})
        out = [_step(r) for r in rows]
        self.attach_rel_statements((o["relationship"] for o in out), cap)
        return out

    def chain_steps(self, starts: Sequence[tuple[str, Sequence[str]]], rel_types: Sequence[str],
                    *, limit: int = 500, cap: int = 20) -> list[list[Row]]:
        """chain_step([id], rel_types, docs) for each (id, docs) of `starts`, in one statement
        for all whose documents are few (a dossier follows each of its ties to the scheme's
        money): the first `limit` steps of each, in chain_step order, with their statements
        attached in one read."""
        self._check_types(rel_types)
        out: list[list[Row]] = [[] for _ in starts]
        if not rel_types:
            return out
        few = [n for n, (_, docs) in enumerate(starts)
               if docs and len(set(docs)) <= CHAIN_DOCUMENTS_BY_INDEX]
        for n, steps in zip(few, self._steps_by_documents(
                [([starts[n][0]], starts[n][1]) for n in few], rel_types, limit=limit, cap=cap),
                            strict=True):
            out[n] = steps
        for n, (ident, docs) in enumerate(starts):
            if len(set(docs)) > CHAIN_DOCUMENTS_BY_INDEX:  # a hub's documents: its own read
                out[n] = self.chain_step([ident], rel_types, docs, limit=limit, cap=cap)
        return out

    def _steps_by_documents(self, frontiers: Sequence[tuple[Sequence[str], Sequence[str]]],
                            rel_types: Sequence[str], *, limit: int, cap: int
                            ) -> list[list[Row]]:
        """The steps of each (ids, docs) frontier read from its documents' claims, in one
        statement: the first `limit` of each in chain_step order, statements attached."""
        out: list[list[Row]] = [[] for _ in frontiers]
        if not frontiers:
            return out
        starts = [{"n": n, "ids": list(dict.fromkeys(ids)), "docs": list(dict.fromkeys(docs))}
                  for n, (ids, docs) in enumerate(frontiers)]
        for r in self.run_rows(queries.chain_steps_by_documents(rel_types, self.dialect),
                               {"starts": starts}, queries.CHAIN_STEP_COLUMNS):
            steps = out[int(r["n"])]
            if len(steps) < limit:
                steps.append(_step(r))
        self.attach_rel_statements((s["relationship"] for steps in out for s in steps), cap)
        return out


def _step(r: Row) -> Row:
    """A chain step's row as {source, node, relationship}, light."""
    node = light_node(r["labels"], r["b"])
    return {"source": r["source"], "node": node, "relationship": light_rel(
        str(r["source"]), str(r["type"]), str(node["element_id"]), r["r"])}

