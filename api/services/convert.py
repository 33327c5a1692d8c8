"""Store dicts -> API models: statements become evidence, element ids become entity ids.

Every service goes through these few functions so a fact looks the same wherever it
appears, and hub-sized evidence lists are capped in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from api.schemas import EntityBrief, EntityRef, EvidenceOut, HopOut
from api.services.amounts import amount_text
from api.services.trust import band, modality_of, strongest
from graph.queries import ENTITY
from graph.store import Row

EVIDENCE_CAP = 20  # sentences listed per fact; evidence_total tells how many exist
HIDDEN = frozenset({"sources", "statements", "sources_total", "confidence", "search_text",
                    "key", "text", "value_sources", "alias_counts"})


def label_of(node: Row) -> str:
    """The model label of a node (every entity also carries the technical `Entity` label)."""
    for label in node.get("labels", ()):
        if label != ENTITY:
            return str(label)
    return ENTITY


def node_id(node: Row) -> str:
    return str(node["properties"].get("id", node["element_id"]))


def node_name(node: Row) -> str:
    props = node["properties"]
    if label_of(node) == "Payment":  # "$17.1 million (revenue)" rather than "USD 17100000"
        readable = amount_text(props)
        if readable:
            return readable
    return str(props.get("name") or props.get("title") or props.get("id") or "")


def public_properties(props: Mapping[str, Any]) -> dict[str, Any]:
    """Properties without provenance and index helpers (those are reported separately)."""
    return {k: v for k, v in props.items() if k not in HIDDEN}


def evidence_of(statements: list[Mapping[str, Any]], cap: int = EVIDENCE_CAP
                ) -> list[EvidenceOut]:
    """Each statement's sentences, with how that document states the fact."""
    return [EvidenceOut(**e) for e in _evidence(statements, cap, with_empty=True)]


def _evidence(statements: Iterable[Mapping[str, Any]], cap: int, *, with_empty: bool
              ) -> list[dict[str, Any]]:
    """evidence_of()'s items as the keyword arguments of EvidenceOut. Without `with_empty`
    a statement stated without a sentence (an issuer from the front matter) still takes its
    place among the first `cap` but is not built (provenance() drops it)."""
    out: list[dict[str, Any]] = []
    taken = 0
    for st in statements:
        if taken >= cap:  # the rest would be cut: not built (a hub's facts list 20 each)
            break
        texts = st.get("text") or ()
        doc = str(st["doc"])
        modality, frame = st.get("modality"), st.get("frame")
        confidence, basis = st.get("confidence"), st.get("date_basis")
        if not texts:
            taken += 1
            if with_empty:
                out.append({"document": doc, "start": 0, "end": 0, "text": "",
                            "modality": modality, "frame": frame, "confidence": confidence,
                            "date_basis": basis})
            continue
        for start, end, text in zip(st.get("start") or (), st.get("end") or (), texts,
                                    strict=False):
            if taken >= cap:
                break
            taken += 1
            out.append({"document": doc, "start": int(start), "end": int(end),
                        "text": str(text), "modality": modality, "frame": frame,
                        "confidence": confidence, "date_basis": basis})
    return out


def provenance(props: Mapping[str, Any], cap: int = EVIDENCE_CAP) -> dict[str, Any]:
    """Keyword arguments for a Provenance model from a light node's or relationship's
    properties, whose statements the store attached
    (graph/store_statements.py `attach_*_statements`). Its evidence items are EvidenceOut's
    fields, left for the model that holds them to validate: in one call for all its
    sentences rather than a model built per sentence (a hub's dossier quotes hundreds)."""
    statements = props.get("statements") or ()
    evidence = [e for e in _evidence(statements, cap, with_empty=False) if e["text"]]
    confidence = props.get("confidence")
    total = props.get("sources_total")
    listed = sum(len(st.get("text") or ()) for st in statements)
    conf = float(confidence) if confidence is not None else None
    judgment = props.get("judgment")
    stated = [modality_of(props), *(st.get("modality") for st in statements)]
    return {"sources": [str(s) for s in props.get("sources") or ()], "evidence": evidence,
            "evidence_total": max(listed, int(total)) if isinstance(total, int) else listed,
            "confidence": conf, "band": band(conf), "modality": strongest(stated),
            "judgment": str(judgment) if judgment else None,
            "statements_total": int(total) if isinstance(total, int) else len(statements)}


def entity_ref(node: Row) -> EntityRef:
    return EntityRef(**entity_fields(node))


def entity_fields(node: Row) -> dict[str, str]:
    """EntityRef's fields, for a model that holds the reference to validate with the rest."""
    return {"id": node_id(node), "label": label_of(node), "name": node_name(node)}


def entity_brief(node: Row) -> EntityBrief:
    return EntityBrief(id=node_id(node), label=label_of(node), name=node_name(node),
                       properties=public_properties(node["properties"]))


def edge_fields(rel: Row, ids: Mapping[str, str],
                prov: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Keyword arguments for EdgeOut and its subclasses; `ids` maps element id -> entity id.
    `prov`: provenance(rel's properties) when the caller has it."""
    props = rel["properties"]
    return {"id": str(rel["element_id"]), "type": str(rel["type"]),
            "source": ids.get(str(rel["start"]), str(rel["start"])),
            "target": ids.get(str(rel["end"]), str(rel["end"])),
            "properties": public_properties(props),
            **(provenance(props) if prov is None else prov)}


def hop_out(rel: Row, before: Row, ids: Mapping[str, str]) -> HopOut:
    """A relationship as a step away from `before`: forward if it starts there."""
    forward = str(rel["start"]) == str(before["element_id"])
    return HopOut(direction="forward" if forward else "backward", **edge_fields(rel, ids))


def amount(props: Mapping[str, Any], key: str = "amount_usd") -> int | None:
    """A whole-dollar amount stored under `key` (`amount_max_usd`: a range's high end)."""
    value = props.get(key)
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
