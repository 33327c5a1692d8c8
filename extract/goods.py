"""Goods sold with no buyer named are no help to anyone in particular.

The facilitation frames let the worker collective stand in for a helped party the sentence
leaves implicit ("X ran a laptop farm", "X opened accounts", "X hosted laptops"): those acts
only make sense inside the workers' scheme. Trade is different: "a Chinese firm that supplied
laptops and servers", "X sold computer equipment" names a seller of ordinary goods, whose
buyer may be a state body, a front company or anyone; guessing the workers there made false
facts on real releases. So a verb of trade whose object is ordinary goods lets no default
stand in for the buyer. Means that belong to the scheme (identities, accounts, paychecks, a
laptop farm) and acts of handling what the workers' employers sent (hosting, receiving,
reshipping laptops) keep the default.
"""

from __future__ import annotations

from spacy.tokens import Token

_TRADE = frozenset({"supply", "provide", "sell", "rent", "lend", "lease", "buy", "procure",
                    "deliver", "furnish", "export", "import"})
_GOODS = frozenset({"laptop", "laptops", "computer", "computers", "equipment", "software",
                    "hardware", "server", "servers", "electronics", "device", "devices",
                    "router", "routers", "goods", "components", "parts", "cables"})


def goods_without_buyer(word: Token) -> bool:
    """The predicate trades ordinary goods (its object, or the subject of its passive)."""
    if word.lemma_ not in _TRADE:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in _GOODS
               for c in word.children)
