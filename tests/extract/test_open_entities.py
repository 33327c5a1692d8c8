"""Entities the lists have never seen, read from the text: how a counted description is
named, ... Each construction has a look-alike that must read otherwise (sentences and
names invented for the test)."""

from __future__ import annotations

from extract.descriptors import find_descriptors
from tests.extract.conftest import extract


def _unnamed(text: str) -> dict[str, tuple[int | None, str]]:
    return {e.name: (e.count, e.count_qualifier) for e in extract(text, doc_type="news").entities
            if e.unnamed}


def test_a_described_count_is_named_by_its_description() -> None:
    # docs/annotation.md: the count of a described group is a property, not its name
    found = _unnamed("The Ohio facilitators placed North Korean IT workers at more than 80 "
                     "Canadian firms.")
    assert found.get("Canadian firms") == (80, "more_than")
    [counted] = find_descriptors("workers were hired by nearly 25 U.S.-based businesses")
    assert (counted.name, counted.count) == ("U.S.-based businesses", 25)


def test_a_bare_count_keeps_its_number() -> None:
    # look-alike: nothing but the count tells "six other individuals" apart
    [bare] = find_descriptors("The ministry also listed six other individuals.")
    assert (bare.name, bare.count) == ("six other individuals", 6)
