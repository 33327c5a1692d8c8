"""Amounts of money become Payment entities of their document.

One Payment per stated amount: the same amount twice in one sentence, or written two ways,
is two facts ("$308 million from A ... $50 million from B ... USD 50 million from C"); the
same words in another sentence restate one fact. A Payment keeps integer USD (`amount_usd`,
`amount_max_usd` for a range) or, in another currency, `amount` and `currency`, with its
qualifier and the kind its sentence gives it (`normalize/payments.py`).
"""

from __future__ import annotations

from typing import Any

from extract.mentions import DocMentions, MentionSpan
from extract.normalize import parse_amount, payment_kind
from extract.resolve.base import DocEntities, new_entity
from graph.ids import payment_id


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
    while entity is not None and any(mentions.sentence_at(x.start) == m.sent or x.text != m.text
                                     for x in entity.mentions):
        ident = f"{base}-{n}"
        entity = result.entities.get(ident)
        n += 1
    if entity is None:
        entity = new_entity("Payment", name, {**props, "kind": kind}, 0.9, ident)
        result.entities[entity.id] = entity
    m.props = dict(props)
    result.add_mention(entity, m)
