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
