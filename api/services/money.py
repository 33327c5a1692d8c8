"""Money an analyst can quote: amounts grouped by kind, never added across kinds, offers never
counted as money that moved, figures from different documents for the same thing shown side
by side, ranges kept as ranges, and every figure naming its documents.

Two amounts are taken for figures of the same thing when different documents state them, of
the same kind, about compatible parties (the same ones, or one names none), and they agree
within AGREE (10 %): "$2.8 billion" in one report and "$2.84 billion" in another are two
estimates of one theft, not $5.64 billion. Amounts one document states separately are
different things and add up; figures from different documents may overlap, so a total
across documents is a span (at least the largest one document's sum, at most all added),
and a span of estimates makes a span too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from api.schemas import MoneyFigure, MoneyFlows, MoneyGroup, MoneyOut, SchemeMoney
from api.services.convert import EVIDENCE_CAP, amount, entity_ref, label_of, provenance
from api.services.facts import MONEY_TYPES, Related
from graph.store import GraphStore, Row

AGREE = 0.10
NOT_MOVED = {"reward_offer": "a reward offer is an offer, not money that moved",
             "other": "amounts of unknown kind are not added"}
NOT_MOVED_MODALITIES = {"offer"}
ESTIMATES_NOTE = "estimates are shown beside the stated figures, not added to them"
TIES = ("FACILITATED", "EMPLOYED_AT", "CONTROLLED_BY", "FRONT_FOR")  # hops to a scheme
SCHEME_KINDS = ("revenue", "wages", "fees", "laundering", "theft")
MAX_SCHEMES = 10  # a hub is tied to thousands; a dossier names the first few schemes


@dataclass
class _Item:
    record: MoneyOut
    parties: frozenset[str]

    def __post_init__(self) -> None:
        # read once: every pair of a group's items is compared (_clusters)
        self.low: int | None = self.record.amount_usd
        self.high: int | None = self.record.amount_max_usd or self.record.amount_usd
        self.documents = frozenset(self.record.documents)


def _direction(item: Related) -> str:
    """in: money that reached the entity (paid to it, funding it, revenue generated for it);
    out: money it paid, forfeited, or generated for others (a facilitator's scheme revenue
    went to the workers and the regime, not to her)."""
    return "out" if item.outgoing else "in"


def record(item: Related, center_is_payment: bool = False) -> MoneyOut:
    """One money relationship of the centre as a figure with its documents."""
    is_payment = label_of(item.node) == "Payment"
    props = item.node["properties"] if is_payment else {}
    value = amount(props) if is_payment else amount(item.props)
    if value is None:
        value = amount(item.props)
    high = amount(props, "amount_max_usd") if is_payment else None
    prov = item.provenance()
    node_docs = [str(d) for d in props.get("sources") or []]
    documents = list(dict.fromkeys([*node_docs, *prov["sources"]]))
    return MoneyOut(
        direction="in" if _direction(item) == "in" else "out", relation=item.type,
        payment=entity_ref(item.node) if is_payment else None,
        counterparty=None if is_payment and not center_is_payment else entity_ref(item.node),
        amount_usd=value, amount_max_usd=high,
        qualifier=props.get("qualifier") or item.props.get("qualifier"),
        kind=props.get("kind") or ("payment" if item.type == "PAID" else None),
        documents=documents, **prov)


def _same_thing(a: _Item, b: _Item) -> bool:
    if a.documents & b.documents or a.low is None or b.low is None:
        return False  # one document's separate amounts are separate things
    if a.parties and b.parties and a.parties != b.parties:
        return False
    lo, hi = max(a.low, b.low), min(a.high or a.low, b.high or b.low)
    return lo <= hi * (1 + AGREE)


def _clusters(items: list[_Item]) -> list[list[_Item]]:
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if _same_thing(items[i], items[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[_Item]] = {}
    for i, item in enumerate(items):
        groups.setdefault(root(i), []).append(item)
    return list(groups.values())


def _figure(cluster: list[_Item]) -> MoneyFigure:
    lows = [i.low for i in cluster if i.low is not None]
    highs = [i.high for i in cluster if i.high is not None]
    docs = list(dict.fromkeys(d for i in cluster for d in i.record.documents))
    return MoneyFigure(low_usd=min(lows) if lows else None, high_usd=max(highs) if highs else None,
                       estimates=[i.record for i in cluster], documents=docs)


def group(direction: str, kind: str, items: list[_Item]) -> MoneyGroup:
    figures = [_figure(c) for c in _clusters(items)]
    figures.sort(key=lambda f: -(f.high_usd or 0))
    docs = list(dict.fromkeys(d for f in figures for d in f.documents))
    out = MoneyGroup(direction="in" if direction == "in" else "out", kind=kind,
                     figures=figures, documents=docs)
    offers = any(e.modality in NOT_MOVED_MODALITIES for f in figures for e in f.estimates)
    if kind in NOT_MOVED or offers:
        out.note = NOT_MOVED.get(kind, "offers are not money that moved")
    elif any(f.low_usd is None for f in figures):
        out.note = "an amount is not stated"
    else:
        # An estimate ("between $250 million and $600 million a year", said of a whole
        # programme) is a judgement about the same money the stated figures count, not more
        # money: it is shown beside the total, never added into it.
        stated = [f for f in figures if not _estimated(f)]
        if not stated:
            out.note = ESTIMATES_NOTE
            return out
        _add_up(out, stated)
        if len(stated) < len(figures):
            out.note = "; ".join(filter(None, [out.note, ESTIMATES_NOTE]))
    return out


def _estimated(figure: MoneyFigure) -> bool:
    return all(e.modality == "estimate" for e in figure.estimates)


def _add_up(out: MoneyGroup, figures: list[MoneyFigure]) -> None:
    """Amounts one document lists are distinct things and add up; different documents'
    figures may overlap (a two-year total and one year's thefts), so across documents the
    total is a span: at least the largest one document's sum, at most all added."""
    by_source: dict[tuple[str, ...], list[MoneyFigure]] = {}
    for f in figures:
        by_source.setdefault(tuple(sorted(f.documents)), []).append(f)
    lows = [sum(f.low_usd or 0 for f in fs) for fs in by_source.values()]
    highs = [sum(f.high_usd or f.low_usd or 0 for f in fs) for fs in by_source.values()]
    out.total_low_usd, out.total_high_usd = max(lows), sum(highs)
    if len(by_source) > 1:
        out.note = ("figures from different documents may overlap: the total is at least "
                    "the largest one document's sum and at most all of them added")


def groups_of(records: Sequence[MoneyOut], parties: dict[str, frozenset[str]]
              ) -> list[MoneyGroup]:
    by_key: dict[tuple[str, str], list[_Item]] = {}
    seen: set[tuple[str, str]] = set()
    for r in records:
        ident = (r.direction, r.payment.id if r.payment else f"{r.relation}|{r.counterparty}")
        if ident in seen:  # a payment reached by two relationships is one amount
            continue
        seen.add(ident)
        key = (r.direction, r.kind or "other")
        by_key.setdefault(key, []).append(
            _Item(r, parties.get(r.payment.id, frozenset()) if r.payment else frozenset()))
    return [group(d, k, items) for (d, k), items in sorted(by_key.items())]


def ordered_total(orders: list[MoneyOut]) -> int:
    """The sum of orders a court made (a case's forfeitures). A report that restates the
    court's figures (a news article on the sentencing) is not a second order: each amount
    counts as often as the one document that lists it most often, so two orders of one sum
    still add up."""
    listed: dict[int, Counter[str]] = {}
    for order in orders:
        for doc in order.sources or [""]:
            listed.setdefault(order.amount_usd or 0, Counter())[doc] += 1
    return sum(value * max(by_doc.values()) for value, by_doc in listed.items())


def single_total(groups: list[MoneyGroup], direction: str) -> int | None:
    mine = [g for g in groups if g.direction == direction]
    if len(mine) != 1 or mine[0].total_low_usd is None:
        return None  # nothing, or several kinds: no one total means anything
    if mine[0].total_low_usd != mine[0].total_high_usd:
        return None  # a span: read total_low_usd..total_high_usd in groups
    return mine[0].total_low_usd


def money_flows(store: GraphStore, center: Row, related: list[Related]) -> MoneyFlows:
    """The centre's own money, grouped, plus the money of schemes it is tied to."""
    center_is_payment = label_of(center) == "Payment"
    items = [i for i in related if i.type in MONEY_TYPES]
    payments = {str(i.node["element_id"]): i.node for i in items
                if label_of(i.node) == "Payment"}
    center_id = entity_ref(center).id
    parties = {p: frozenset(x for x in xs if x != center_id) for p, xs in
               store.attach_payment_documents(payments, 5, list(MONEY_TYPES)).items()}
    records = [record(i, center_is_payment) for i in items]
    groups = groups_of(records, parties)
    return MoneyFlows(incoming=[r for r in records if r.direction == "in"],
                      outgoing=[r for r in records if r.direction == "out"],
                      groups=groups, total_in_usd=single_total(groups, "in"),
                      total_out_usd=single_total(groups, "out"),
                      scheme=scheme_money(store, center, related))


def scheme_ties(related: Iterable[Related]) -> list[Related]:
    """The ties whose schemes' money a dossier shows: only what the entity itself
    facilitated, worked for, is controlled by or fronts for (the ties others have to it,
    hundreds on a hub, are their schemes, not its own), the first MAX_SCHEMES."""
    return [t for t in related if t.type in TIES and t.outgoing
            and label_of(t.node) != "Payment"][:MAX_SCHEMES]


def scheme_money(store: GraphStore, center: Row, related: Iterable[Related]) -> list[SchemeMoney]:
    """Revenue (and the like) of what the centre facilitated, worked for, controlled or
    fronted for, as the documents that tie them state it: the hop is named. A scheme is
    found through the first EVIDENCE_CAP documents of its tie (`Related.documents` when
    read with the tie, else its listed statements, read again if the listing was cut)."""
    out: list[SchemeMoney] = []
    center_id = entity_ref(center).id
    ties = scheme_ties(related)
    unread = [t for t in ties if t.documents is None]
    if any(len(t.props.get("statements") or []) < min(EVIDENCE_CAP, t.props.get("sources_total")
                                                      or 0) for t in unread):
        # a hub's dossier lists few statements per fact: read them as any dossier would
        store.attach_rel_statements([t.relationship for t in unread], cap=EVIDENCE_CAP)
    tie_docs = [t.documents if t.documents is not None else provenance(t.props)["sources"]
                for t in ties]
    # one read for every tie's scheme money, one for their statements, one for the payments'
    steps_of = store.chain_steps([(entity_ref(t.node).id, docs) for t, docs in
                                  zip(ties, tie_docs, strict=True)],
                                 list(MONEY_TYPES), limit=50, cap=5)
    found: list[tuple[Related, list[str], Row]] = []
    payments: dict[str, Row] = {}
    for tie, docs, steps in zip(ties, tie_docs, steps_of, strict=True):
        for step in steps:
            node = step["node"]
            if label_of(node) != "Payment" or node["properties"].get("kind") not in SCHEME_KINDS:
                continue
            if entity_ref(node).id == center_id:
                continue
            # a payment reached through two ties is one node: its statements are read once
            node = payments.setdefault(str(node["element_id"]), node)
            found.append((tie, docs, {**step, "node": node}))
    store.attach_payment_documents(payments, 5)
    for tie, docs, step in found:
        money = record(Related(step["relationship"], step["node"], True))
        out.append(SchemeMoney(via=tie.type, via_direction="out" if tie.outgoing else "in",
                               scheme=entity_ref(tie.node), via_sources=docs, money=money))
    return out
