"""Amounts of money become Payment entities of their document.

One Payment per stated amount: the same amount twice in one sentence, or written two ways,
is two facts ("$308 million from A ... $50 million from B ... USD 50 million from C"); the
same words in another sentence restate one fact, whatever their capitals ("About $1.5
million" opening a sentence, "about $1.5 million" inside one), and a restatement whose
sentence gives the money no kind (a heading, a list line) is the restated amount of the one
kind the document gives those words (`join_unkinded`). A Payment keeps integer USD (`amount_usd`,
`amount_max_usd` for a range) or, in another currency, `amount` and `currency`, with its
qualifier and the kind its sentence gives it (`normalize/payments.py`).
"""

from __future__ import annotations

from typing import Any

from extract.mentions import DocMentions, MentionSpan
from extract.normalize import parse_amount, payment_kind
from extract.resolve.base import DocEntities, Merge, new_entity
from graph.ids import payment_id
from graph.model import ExtractedEntity


def _properties(text: str) -> tuple[str, dict[str, Any]] | None:
    money = parse_amount(text)
    if money is None or money.value <= 0:
        return None
    usd = money.usd()
    if usd is not None:
        props: dict[str, Any] = {"amount_usd": usd.value, "qualifier": usd.qualifier}
        if usd.high is not None:
            props["amount_max_usd"] = usd.high
        return f"USD {usd.value}", props
    value = float(money.value)
    props = {"amount": value, "currency": money.currency, "qualifier": money.qualifier}
    shown = int(value) if value.is_integer() else value
    return f"{money.currency} {shown}", props


def add_payment(result: DocEntities, mentions: DocMentions, m: MentionSpan, doc_id: str) -> None:
    read = _properties(m.text)
    if read is None:
        return
    name, props = read
    sentence = mentions.sentences[m.sent]
    kind = payment_kind(sentence.text, m.start - sentence.start)
    base = payment_id(doc_id, name, kind)  # never the amount alone (graph/ids.py)
    ident = base
    entity = result.entities.get(ident)
    n = 2
    while entity is not None and any(mentions.sentence_at(x.start) == m.sent or
                                     x.text.lower() != m.text.lower()
                                     for x in entity.mentions):
        ident = f"{base}-{n}"
        entity = result.entities.get(ident)
        n += 1
    if entity is None:
        entity = new_entity("Payment", name, {**props, "kind": kind}, 0.9, ident)
        result.entities[entity.id] = entity
    m.props = dict(props)
    result.add_mention(entity, m)


def join_unkinded(result: DocEntities, mentions: DocMentions) -> None:
    """An amount whose sentence names no kind ("other") restates the same words the
    document states elsewhere with a kind, when exactly one kinded Payment has them."""
    payments = [e for e in result.entities.values() if e.type == "Payment"]

    def words(entity: ExtractedEntity) -> set[str]:
        return {x.text.lower() for x in entity.mentions}

    for loose in [e for e in payments if e.properties.get("kind") == "other"]:
        said = words(loose)
        kinded = [e for e in payments if e.properties.get("kind") != "other"
                  and e.name == loose.name and words(e) == said]
        if len(kinded) != 1:
            continue
        kept = kinded[0]
        kept.mentions.extend(x for x in loose.mentions
                             if (x.start, x.end) not in {(k.start, k.end) for k in kept.mentions})
        kept.aliases.extend(a for a in loose.aliases if a not in kept.aliases)
        del result.entities[loose.id]
        for m in mentions.mentions:
            if m.entity == loose.id:
                m.entity = kept.id
        result.merges.append(Merge(kept.id, loose.name, "the same amount restated", 0.9))
