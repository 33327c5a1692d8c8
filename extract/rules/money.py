"""PAID, GENERATED_REVENUE_FOR, FUNDED, FORFEITED: where each stated amount came from and went.

Money in these texts moves along one path (workers earn it, companies pay it, the regime
receives it, courts take it back), so each amount is tied to the party the cue word names:
the payer before "paid", the earner before "earned", the defendant "ordered to forfeit",
and the state or unit after "for" / "to" / "for the benefit of".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from extract.relations import DocContext, Found, SentenceView, Slot
from extract.rules.common import WORKERS, actors, is_dprk, possessive, workers

_FORFEIT = re.compile(r"\b(?:forfeit\w*|restitution|money\s+judgment|ordered\s+to\s+pay)\b", re.I)
_PAID = re.compile(r"\b(?:paid|pays|moved|transferred|sent|wired|laundered)\b", re.I)
_EARNED = re.compile(r"\b(?:earn\w*|generat\w*|brought\s+in|bring\s+in|revenue|raised|made|"
                     r"collected|obtained|income|proceeds)\b", re.I)
_FOR = re.compile(r"\b(?:for|to|benefit\s+of|on\s+behalf\s+of|attribute\w*\s+to)\b", re.I)
_REGIME_MONEY = re.compile(
    r"\b(?:revenue|earn\w*|income|proceeds|money|wages|salar\w*|paychecks|funds?|financ\w*|"
    r"foreign\s+currency|weapons?\s+programs?|keeps?\s+up\s+to|returned\s+to|sent\s+back|"
    r"channels?)\b",
    re.I,
)
_WORKER_WORD = re.compile(r"\b(?:workers?|they|their|schemes?|conspiracy)\b", re.I)
# "he was paid more than $89,000", "Travis ... received more than $50,000": the payee earned it
_RECEIVED = re.compile(r"\b(?:received|(?:was|were)\s+paid|collected|kept|pocketed)\b", re.I)
_PAID_WORKERS = re.compile(r"\bpaid\s+(?:the\s+|these\s+|North\s+Korean\s+|DPRK\s+)*"
                           r"(?:IT\s+)?workers\b", re.I)


def _amount_props(slot: Slot) -> dict[str, object]:
    return {k: slot.entity.properties[k] for k in ("amount_usd", "qualifier")
            if k in slot.entity.properties}


def money(view: SentenceView, context: DocContext) -> Iterator[Found]:
    payments = [s for s in view.slots if s.type == "Payment"]
    text = view.text
    group = workers(context)
    for pay in payments:
        before = text[:pay.start]
        forfeit = _FORFEIT.search(before[-90:]) or _FORFEIT.search(text[pay.end:pay.end + 25])
        if forfeit:
            person = _defendant_before(view, pay.start)
            if person is not None:
                yield Found("FORFEITED", person.id, pay.id, view.index,
                            {"amount_usd": pay.entity.properties.get("amount_usd")}, 0.7)
            continue
        paid = list(_PAID.finditer(before))
        if paid and not re.search(r"\b(?:were|was|been|be)\s+$", before[:paid[-1].start()]):
            payer = _subject_before(view, paid[-1].start())
            if payer is not None and payer.kind != WORKERS:
                yield Found("PAID", payer.id, pay.id, view.index, _amount_props(pay), 0.6)
        received = list(_RECEIVED.finditer(before))
        if received:
            payee = _subject_before(view, received[-1].start())
            if payee is None and re.match(r"^\s*(?:He|She)\b", text):
                noted = context.notes.get("subject")
                payee = noted if isinstance(noted, Slot) else None
            if payee is not None and payee.type == "Person":
                yield Found("GENERATED_REVENUE_FOR", payee.id, pay.id, view.index,
                            _amount_props(pay), 0.5)
                continue
        if group is not None and _PAID_WORKERS.search(before):
            yield Found("GENERATED_REVENUE_FOR", group.id, pay.id, view.index,
                        _amount_props(pay), 0.5)
        earned = _EARNED.search(text)
        if earned:
            earner = _subject_before(view, earned.start())
            if earner is None and group is not None and _WORKER_WORD.search(text):
                earner_id = group.id
            else:
                earner_id = earner.id if earner is not None else ""
            if earner_id and not paid:
                yield Found("GENERATED_REVENUE_FOR", earner_id, pay.id, view.index,
                            _amount_props(pay), 0.5)
        for target in _beneficiaries(view, pay):
            yield Found("FUNDED", pay.id, target.id, view.index, {}, 0.6)


def _beneficiaries(view: SentenceView, pay: Slot) -> list[Slot]:
    """The regime or unit the amount went to: after 'for'/'to', or the DPRK named nearby."""
    found = []
    for cue in _FOR.finditer(view.text):
        target = next((s for s in view.slots if s.start >= cue.end()
                       and s.start - cue.end() < 30 and (is_dprk(s.entity) or (
                           s.type == "Organization" and s.kind in {"dprk_unit", "company",
                                                                   "front_company"}))), None)
        if target is not None and abs(cue.start() - pay.start) < 120 and target not in found:
            found.append(target)
    if not found and re.search(r"\b(?:theft|stole|stolen|attribute)", view.text, re.I):
        found = [s for s in view.slots if is_dprk(s.entity)][:1]
    return found


def _subject_before(view: SentenceView, offset: int) -> Slot | None:
    candidates = [s for s in actors(view.slots) if s.end <= offset and not possessive(view, s)]
    return candidates[-1] if candidates else None


def _defendant_before(view: SentenceView, offset: int) -> Slot | None:
    candidates = [s for s in view.slots if s.type in {"Person", "Organization"}
                  and s.end <= offset and s.kind != WORKERS
                  and "judge" not in str(s.entity.properties.get("role", "")).lower()
                  and not re.search(r"Judge\s+$", view.text[max(0, s.start - 25):s.start])]
    return candidates[-1] if candidates else None


def regime_funding(view: SentenceView, context: DocContext) -> Iterator[Found]:
    """Workers (or the company that fields them) whose earnings reach the DPRK fund it."""
    regime = [s for s in view.slots if is_dprk(s.entity)]
    if not regime or not _REGIME_MONEY.search(view.text):
        return
    group = next((s for s in view.slots if s.kind == WORKERS), None)
    funder_id = group.id if group is not None else ""
    if not funder_id:
        first = next((s for s in view.slots if s.type == "Organization" and s.start < 5), None)
        if first is not None:
            funder_id = first.id
        elif (found := workers(context)) is not None and _WORKER_WORD.search(view.text):
            funder_id = found.id
    if funder_id:
        yield Found("FUNDED", funder_id, regime[0].id, view.index, {}, 0.5)


_EARNINGS = {"revenue", "wages", "fees", "payment", "other"}


def largest_earnings_fund_the_regime(context: DocContext) -> Iterable[Found]:
    """A document that says the money reached the regime ("the money ultimately funds North
    Korea's weapons programs") means the scheme's total: the largest amount earned or paid."""
    regime = next((v for v in context.views if any(is_dprk(s.entity) for s in v.slots)
                   and _REGIME_MONEY.search(v.text)), None)
    if regime is None or "country:KP" not in context.entities:
        return []
    earnings = [e for e in context.entities.values() if e.type == "Payment"
                and e.properties.get("kind") in _EARNINGS]
    if not earnings:
        return []
    total = max(earnings, key=lambda e: int(e.properties.get("amount_usd", 0)))
    return [Found("FUNDED", total.id, "country:KP", regime.index, {}, 0.5)]
