"""Reading a made-up Japanese text with the `ja` pipeline fixture (tests/conftest.py).

The Japanese construction tests all read short paragraphs of their own through the real
GiNZA pipeline; `run` is the one way they do it, with the document date the test's facts
are dated by and, for notices, the issuing state of the front matter.
"""

from __future__ import annotations

from extract.lang.ja import JapanesePipeline
from graph.model import DocumentMeta, Extraction

DATE = "2026-02-03"


def run(ja: JapanesePipeline, text: str, date: str = DATE,
        issuers: list[dict[str, str]] | None = None) -> Extraction:
    """The extraction of `text` as a document of `date` (issued by `issuers`, if given)."""
    return ja.extract(text, DocumentMeta(id="t", date=date, issuers=issuers or []))
