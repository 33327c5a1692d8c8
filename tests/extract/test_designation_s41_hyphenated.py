"""DESIGNATED from a designator hyphenated to the participle ("the OFAC-designated X",
"X, a Treasury-sanctioned company"): an earlier act, never dated by the document."""

from __future__ import annotations

import pytest

from tests.extract.conftest import dated, extract

_FIRM = "Ostrava Kumhwa Export Corporation"


def _designations(text: str) -> list[tuple[str, str, object]]:
    return dated(extract(text, doc_type="news"), "DESIGNATED")


@pytest.mark.parametrize("text", [
    f"The OFAC-designated {_FIRM} opened accounts in Dubai.",
    f"The workers were paid through {_FIRM}, an OFAC-designated company.",
])
def test_the_hyphenated_designator_designates_the_named_company(text: str) -> None:
    assert _designations(text) == [("Office of Foreign Assets Control", _FIRM, None)]


@pytest.mark.parametrize("text", [
    f"The so-called designated {_FIRM} hired them.",
    f"{_FIRM} hired OFAC-designated workers.",
    f"The DPRK-controlled {_FIRM} hired them.",
])
def test_no_designation_without_a_designator_or_a_named_target(text: str) -> None:
    assert _designations(text) == []
