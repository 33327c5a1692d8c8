"""DESIGNATED with the designator the sentence itself names, where the release's own
designator would otherwise stand in: "X was among five people designated by OFAC", "the
firms sanctioned by the EU include X", "the new U.S. sanctions target X", "X has been added
to the UK Sanctions List", "X was hit with U.S. sanctions", "the UK listed X under the DPRK
sanctions regime". "list" designates only onto a sanctions regime or list."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract, relations

_FIRM = "Tallowmere Software Exchange Center"
_PERSON = "Ryom Chol Gwang"
# a wire's own name: no designator of the document stands in for the sentence's
_WIRE = [{"country": "", "agency": "Example Wire"}]


def _designations(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news", issuers=_WIRE), "DESIGNATED")


@pytest.mark.parametrize("text, designator", [
    (f"{_PERSON} was among five people designated by OFAC on Tuesday.",
     "Office of Foreign Assets Control"),
    (f"The firms sanctioned by Japan include {_FIRM}.", "Japan"),
    (f"The new U.S. sanctions target {_FIRM}.", "United States"),
    (f"{_FIRM} has been added to the UK Sanctions List.", "United Kingdom"),
    (f"{_PERSON} was hit with U.S. sanctions for hosting the workers.", "United States"),
    (f"The United Kingdom has today listed {_FIRM} under the DPRK sanctions regime.",
     "United Kingdom"),
])
def test_the_designator_the_sentence_names(text: str, designator: str) -> None:
    target = _PERSON if _PERSON in text else _FIRM
    assert _designations(text) == [(designator, target)]


@pytest.mark.parametrize("text", [
    f"The company listed {_FIRM} on its client list.",
    f"The indictment listed {_FIRM} under the heading of co-conspirators.",
    f"Japan has not listed {_FIRM} under its sanctions regime.",
])
def test_listing_that_is_no_designation(text: str) -> None:
    assert _designations(text) == []
