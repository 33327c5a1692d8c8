"""Stable entity ids, so the same thing read in two documents lands on one node."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(name: str) -> str:
    """Lower-case ASCII slug: accents folded, runs of anything else turned into '-'."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", folded.lower()).strip("-")


def entity_id(label: str, name: str) -> str:
    """`{label lower}:{slug}`; countries keep their upper-case ISO code (`country:KP`)."""
    if label == "Country" and len(name) == 2 and name.isalpha():
        return f"country:{name.upper()}"
    slug = slugify(name)
    if not slug:
        raise ValueError(f"cannot make an id from an empty name for {label}")
    return f"{label.lower()}:{slug}"


def has_label(ident: str, label: str) -> bool:
    """Whether `ident` was made by `entity_id` for `label` (its prefix)."""
    return ident.startswith(f"{label.lower()}:")


def payment_id(doc_id: str, amount: int | str, kind: str = "", *, party: str = "",
               date: str = "") -> str:
    """A payment as one document states it: `payment:{doc}#{kind}-usd-{amount}` (then the
    party and date where known). `amount` is whole US dollars, or a stated amount such as
    "KRW 1000000". Never the amount alone: $5,000,000 in a reward offer and $5,000,000 of
    revenue in another document are two things, and two strangers' $17 million are two
    payments. The same document read again gives the same id."""
    stated = f"usd-{amount}" if isinstance(amount, int) else slugify(amount)
    parts = [slugify(kind) or "money", stated, slugify(party), slugify(date)]
    return f"payment:{slugify(doc_id)}#" + "-".join(p for p in parts if p)


def sanction_id(government: str, target: str, date: str = "") -> str:
    """One designation act: the designating government (or authority), the target and the
    year. Documents that date the same act to the day, the month or the year (a release and
    later reports on it) name one Sanction; program and legal basis are its values."""
    return entity_id("Sanction", " ".join(p for p in (government, target, date[:4]) if p))
