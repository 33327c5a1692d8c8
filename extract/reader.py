"""Read one file given on the command line into (body, meta), or say clearly why not.

`.md` files carry front matter (corpus.frontmatter); anything else is plain text whose id is
the file stem. Files that are not statements are refused with a reason (empty, binary, not
UTF-8, too large, no words); HTML is accepted after its tags are stripped, because agencies
publish statements as web pages. Offsets in the result count in the cleaned text.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from corpus.frontmatter import CorpusDocument, decode, parse_document, plain_document
from graph.errors import DocumentError
from graph.model import DocumentMeta

MAX_FILE_BYTES = 5_000_000  # about 800,000 words; larger files should be split
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|table|tr|td|span|a|b|i|em|strong)\b[^>]*>",
                  re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


class _TextOnly(HTMLParser):
    """Keeps text, turns block elements into line breaks, drops scripts and styles."""

    _BLOCKS: ClassVar[set[str]] = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                                   "tr", "title"}
    _SKIP: ClassVar[set[str]] = {"script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text)) or len(_TAG.findall(text[:20_000])) >= 5


def strip_html(text: str) -> str:
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    joined = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in joined.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def read_statement(path: Path, max_bytes: int = MAX_FILE_BYTES) -> tuple[str, DocumentMeta]:
    """(body, meta) of a statement file; raises DocumentError with a reason otherwise."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if path.is_dir():
        raise DocumentError(f"{path}: is a folder, not a file")
    if size == 0:
        raise DocumentError(f"{path}: the file is empty")
    if size > max_bytes:
        raise DocumentError(f"{path}: the file is {size / 1e6:.1f} MB; the limit is "
                            f"{max_bytes / 1e6:.0f} MB (split it into smaller documents)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    text = decode(data, path)
    document: CorpusDocument
    if path.suffix.lower() in {".md", ".markdown"} or text.startswith("---\n"):
        document = parse_document(text, path)
    else:
        document = plain_document(text, path)
    body = document.body
    if looks_like_html(body):
        body = strip_html(body)
    if not body.strip():
        raise DocumentError(f"{path}: the document has no text")
    if not _WORD.search(body):
        raise DocumentError(f"{path}: the document contains no sentences (no words at all)")
    return body, document.meta
