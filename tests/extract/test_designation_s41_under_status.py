"""DESIGNATED from the status "X is (remains, has been) under <owner's> sanctions": only with
the owner named, dated only by the sentence; no owner, another body's, a negated or a
possible status, and other things one is "under" give nothing."""

from __future__ import annotations

import pytest

from tests.extract.conftest import dated, extract

_FIRM = "Tallowmere Soft Trading Company"


def _designations(text: str) -> list[tuple[str, str, object]]:
    return dated(extract(text, doc_type="news"), "DESIGNATED")


def test_a_dated_status_is_dated_by_its_sentence() -> None:
    assert _designations(f"{_FIRM} has been under U.S. sanctions since 2018.") == [
        ("United States", _FIRM, "2018")]


def test_an_undated_status_takes_no_date_of_the_document() -> None:
    assert _designations(f"{_FIRM} remains under sanctions imposed by the United "
                         "States.") == [("United States", _FIRM, None)]


@pytest.mark.parametrize("text", [
    f"{_FIRM} is under sanctions.",
    f"{_FIRM} is under UN sanctions.",
    f"{_FIRM} is not under U.S. sanctions.",
    f"{_FIRM} could be under U.S. sanctions.",
    f"{_FIRM} is under investigation by the United States.",
    f"{_FIRM} was under pressure from U.S. sanctions.",
])
def test_no_designation_without_a_named_owner_or_a_stated_status(text: str) -> None:
    assert _designations(text) == []
