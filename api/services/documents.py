"""Documents with their text and the spans the graph took from them, linked to entities.

Spans come from the graph itself (the ev_* lists each document contributed to entities and
relationships), not from re-running extraction, so a reader sees exactly what was stored.
"""

from __future__ import annotations

from typing import Any

from api.schemas import DocumentList, DocumentOut, EntityRef, SpanOut
from api.services.convert import label_of
from api.services.doc_search import search_documents
from api.services.ratings import apply_ratings
from api.services.trust import source_kind
from graph.errors import NotFound
from graph.store import GraphStore, Row


def _summary(props: dict[str, Any]) -> dict[str, Any]:
    return {"id": str(props.get("id")), "title": props.get("title"),
            "doc_type": props.get("doc_type"), "date": props.get("date"),
            "issuers": list(props.get("issuers") or []), "language": props.get("language"),
            "complete": props.get("complete")}


def list_documents(store: GraphStore, *, limit: int = 100, offset: int = 0) -> DocumentList:
    """Every document, newest first (search_documents with no query and no filter)."""
    return search_documents(store, "", limit=limit, offset=offset)


def _ref(row: Row) -> EntityRef:
    labels = [lb for lb in row.get("labels") or [] if lb != "Entity"]
    return EntityRef(id=str(row["id"]), label=labels[0] if labels else "Entity",
                     name=str(row.get("name") or row["id"]))


def _spans(text: str, starts: list[Any], ends: list[Any]) -> list[tuple[int, int]]:
    """Offsets that fit the text; anything else would point readers at the wrong words."""
    out = []
    for s, e in zip(starts or [], ends or [], strict=False):
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text):
            out.append((s, e))
    return list(dict.fromkeys(out))


def document(store: GraphStore, doc_id: str) -> DocumentOut:
    try:
        node = store.get_entity(doc_id)
    except NotFound:
        raise NotFound(f"no document with id {doc_id!r}") from None
    if label_of(node) != "Document":
        raise NotFound(f"no document with id {doc_id!r} ({doc_id!r} is an entity)")
    props = node["properties"]
    text = str(props.get("text") or "")
    found = store.document_spans(doc_id)
    refs = {str(r["id"]): _ref(r) for r in found["entities"]}
    spans = [SpanOut(start=s, end=e, text=text[s:e], kind="mention", entity=refs[str(r["id"])])
             for r in found["entities"] for s, e in _spans(text, r["starts"], r["ends"])]
    missing = {str(r[k]) for r in found["relationships"] for k in ("source", "target")} - set(refs)
    if missing:
        for eid, node_row in store.get_entities_light(missing, cap=0).items():
            refs[eid] = EntityRef(id=eid, label=label_of(node_row),
                                  name=str(node_row["properties"].get("name") or eid))
    for r in found["relationships"]:
        source, target = refs.get(str(r["source"])), refs.get(str(r["target"]))
        spans += [SpanOut(start=s, end=e, text=text[s:e], kind="evidence", entity=source,
                          relationship=str(r["type"]), target=target)
                  for s, e in _spans(text, r["starts"], r["ends"])]
    spans.sort(key=lambda sp: (sp.start, sp.end, sp.kind))
    entities = sorted({refs[str(r["id"])].id: refs[str(r["id"])]
                       for r in found["entities"]}.values(), key=lambda r: (r.label, r.name))
    kind, reliability = source_kind(props.get("doc_type"), props.get("issuers") or [])
    out = DocumentOut(**_summary(props), source_kind=kind, reliability=reliability,
                      source_urls=list(props.get("source_urls") or []),
                      content_hash=props.get("content_hash"), text=text, entities=entities,
                      spans=spans)
    apply_ratings(store, [out])
    return out
