"""Chains an analyst follows: facilitator to regime money, and a sanctioned target's network.

A facilitation chain runs facilitator -> (workers) -> company -> payment or revenue -> the
regime (North Korea or a DPRK unit). It is read only from the documents that mention the
facilitator: hubs such as "DPRK IT workers" join every case in the corpus, and a chain that
crossed from one case into another would claim money the facilitator never touched.
"""

from __future__ import annotations

from api.schemas import (
    AmountOut,
    ChainOut,
    FacilitationOut,
    MoneyGroup,
    MoneyOut,
    RelatedOut,
    SanctionsChainOut,
)
from api.services.convert import amount, entity_brief, entity_ref, hop_out, label_of, node_id
from api.services.dossier import load_entity, related_facts
from api.services.facts import related_out, sanctions
from api.services.money import groups_of, single_total
from api.services.trust import modality_of, strongest
from graph.store import GraphStore, Row

# the facilitator's own acts, and the company they run or work for ("facilitator -> company
# -> revenue -> regime"): the CEO of a designated front firm reaches the regime through it
FIRST_STEP = ("FACILITATED", "EMPLOYED_AT")
ONWARD = ("FACILITATED", "EMPLOYED_AT", "CONTROLLED_BY", "FRONT_FOR", "PAID",
          "GENERATED_REVENUE_FOR", "FUNDED")
MAX_HOPS = 6
MAX_OPEN = 300  # unfinished chains carried to the next step
STEP_CAP = 1000  # edges read per step
REGIME_KINDS = ("dprk_unit",)

Chain = tuple[list[Row], list[Row]]  # nodes, relationships


def is_regime(node: Row) -> bool:
    """North Korea itself, its agencies and units, and KP organizations of the party kind."""
    props, label = node["properties"], label_of(node)
    if label == "Country":
        return bool(props.get("code") == "KP" or props.get("id") == "country:KP")
    if label == "Agency":
        return bool(props.get("country") == "KP")
    if label == "Organization":
        kind = props.get("kind")
        return kind in REGIME_KINDS or (kind == "other" and props.get("country") == "KP")
    return False


def _walk(store: GraphStore, start: Row, docs: list[str]) -> list[Chain]:
    done: list[Chain] = []
    open_chains: list[Chain] = [([start], [])]
    for depth in range(MAX_HOPS):
        ends = list(dict.fromkeys(node_id(nodes[-1]) for nodes, _ in open_chains))
        steps = store.chain_step(ends, FIRST_STEP if depth == 0 else ONWARD, docs,
                                 limit=STEP_CAP)
        steps.sort(key=lambda s: (s["relationship"]["type"], node_id(s["node"])))
        by_source: dict[str, list[Row]] = {}
        for step in steps:
            by_source.setdefault(str(step["source"]), []).append(step)
        grown: list[Chain] = []
        for nodes, rels in open_chains:
            seen = {node_id(n) for n in nodes}
            for step in by_source.get(node_id(nodes[-1]), []):
                if node_id(step["node"]) in seen:
                    continue
                chain = ([*nodes, step["node"]], [*rels, step["relationship"]])
                (done if is_regime(step["node"]) else grown).append(chain)
        open_chains = grown[:MAX_OPEN]
        if not open_chains:
            break
    return done


def _shape(chain: Chain, docs: set[str]) -> ChainOut:
    nodes, rels = chain
    ids = {str(n["element_id"]): node_id(n) for n in nodes}
    amounts = [AmountOut(payment=entity_ref(n), amount_usd=amount(n["properties"]),
                         amount_max_usd=amount(n["properties"], "amount_max_usd"),
                         qualifier=n["properties"].get("qualifier"),
                         kind=n["properties"].get("kind"),
                         documents=_stated_by(_hops_at(rels, i), docs),
                         modality=strongest(modality_of(r["properties"])
                                            for r in _hops_at(rels, i)))
               for i, n in enumerate(nodes) if label_of(n) == "Payment"]
    documents = sorted({s for r in rels for s in r["properties"].get("sources") or []} & docs)
    return ChainOut(nodes=[entity_brief(n) for n in nodes],
                    hops=[hop_out(r, nodes[i], ids) for i, r in enumerate(rels)],
                    regime=entity_ref(nodes[-1]), amounts=amounts, documents=documents)


def facilitation(store: GraphStore, facilitator: str, *, limit: int = 50,
                 offset: int = 0) -> FacilitationOut:
    start = load_entity(store, facilitator)
    docs = [str(d) for d in start["properties"].get("sources") or []]
    if len(docs) < int(start["properties"].get("sources_total") or 0):  # a hub: read them all
        docs = store.documents_of(facilitator)
    chains = [_shape(c, set(docs)) for c in _walk(store, start, docs)]
    chains.sort(key=lambda c: (-len(c.amounts), len(c.hops), [n.id for n in c.nodes]))
    money = chain_money(chains)
    return FacilitationOut(facilitator=entity_ref(start), items=chains[offset:offset + limit],
                           total=len(chains), limit=limit, offset=offset,
                           total_usd=single_total(money, "out"), money=money)


def chain_money(chains: list[ChainOut]) -> list[MoneyGroup]:
    """The distinct amounts on the chains under the dossier's money rules: two documents'
    figures for one scheme's revenue ("at least $6.8 million" when charged, "$17.1 million"
    at sentencing) are estimates side by side, never one sum."""
    distinct: dict[str, MoneyOut] = {}
    for chain in chains:
        for a in chain.amounts:
            distinct.setdefault(a.payment.id, MoneyOut(
                direction="out", relation="FUNDED", payment=a.payment, amount_usd=a.amount_usd,
                amount_max_usd=a.amount_max_usd, qualifier=a.qualifier, kind=a.kind,
                documents=a.documents, sources=a.documents, modality=a.modality))
    return groups_of(list(distinct.values()), {})


def _hops_at(rels: list[Row], i: int) -> list[Row]:
    """The hops into and out of the chain's i-th node."""
    return rels[max(i - 1, 0):i + 1]


def _stated_by(hops: list[Row], docs: set[str]) -> list[str]:
    """The documents of the hops into and out of an amount: those that state it there."""
    return sorted({str(d) for r in hops for d in r["properties"].get("sources") or []} & docs)



def sanctions_chain(store: GraphStore, target: str) -> SanctionsChainOut:
    """Who designated the target, when and under what, and what it controls or fronts for."""
    node = load_entity(store, target)
    related = related_facts(store, target, store.relationship_counts(target))

    def pick(rel_type: str, outgoing: bool) -> list[RelatedOut]:
        return [related_out(node, r) for r in related
                if r.type == rel_type and r.outgoing == outgoing]

    return SanctionsChainOut(target=entity_ref(node),
                             designations=sanctions(store, target, related),
                             controlled_by=pick("CONTROLLED_BY", True),
                             controls=pick("CONTROLLED_BY", False),
                             fronts_for=pick("FRONT_FOR", True),
                             fronted_by=pick("FRONT_FOR", False))
