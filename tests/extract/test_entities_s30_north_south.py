""""The North's defense ministry" in a text about the two Koreas is North Korea's ministry,
never the issuer's own; "the South's foreign ministry" is South Korea's; with no Korea in
the text, "the North" names no state (sentences invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract

_YONHAP = [{"country": "KR", "agency": "Yonhap"}]


def _agencies(text: str) -> dict[str, str]:
    result = extract(text, doc_type="news", issuers=_YONHAP)
    return {e.name: str(e.properties.get("country", "")) for e in result.entities
            if e.type == "Agency"}


def test_the_norths_ministry_is_north_koreas() -> None:
    found = _agencies("South Korea sanctioned two firms on Friday. The firms are run by the "
                      "North's defense ministry, officials said.")
    assert "KR" not in found.values()
    assert "KP" in found.values()


def test_no_korea_no_half() -> None:
    found = _agencies("The memo was sent to the North's defense ministry in 1862.")
    assert "KP" not in found.values()
