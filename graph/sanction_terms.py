"""Program and legal basis of a designation, where the sentence states them.

Extraction may leave a DESIGNATED relation without them; the evidence sentence often names
the legal authority ("pursuant to E.O. 13722") or the OFAC program tag ("[DPRK3]"). The
table is of stable public legal authorities (OFAC's program tags for the executive orders
of its North Korea and non-proliferation programs), never of names.
"""

from __future__ import annotations

import re

PROGRAM_OF_ORDER = {  # executive order -> OFAC program tag
    "13382": "NPWMD", "13466": "DPRK", "13551": "DPRK", "13570": "DPRK", "13687": "DPRK2",
    "13722": "DPRK3", "13810": "DPRK4", "13694": "CYBER2", "13757": "CYBER2",
    "14144": "CYBER4",
}
_ORDER = re.compile(r"\b(?:E\.\s?O\.|Executive Order)\s*(\d{5})\b")
_TAG = re.compile(r"\[(DPRK\d?|NPWMD|CYBER\d?|SDGT)\]")


def legal_basis_in(sentence: str) -> list[str]:
    """Executive orders a sentence cites, as `E.O. 13722`."""
    return list(dict.fromkeys(f"E.O. {n}" for n in _ORDER.findall(sentence)))


def program_of(legal_basis: list[str], sentence: str = "") -> str | None:
    """The program: a tag the sentence states, else the one its first cited order belongs to."""
    tag = _TAG.search(sentence)
    if tag:
        return tag.group(1)
    for basis in legal_basis:
        order = re.sub(r"\D", "", basis)
        if order in PROGRAM_OF_ORDER:
            return PROGRAM_OF_ORDER[order]
    return None
