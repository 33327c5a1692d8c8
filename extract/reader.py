"""Read the documents people have into one form, or say clearly why a file cannot be read.

Markdown with front matter (corpus.frontmatter; a `.md` file without it is an error, as
`tkg corpus check` says), plain text, HTML (the page's main text,
without navigation, scripts and styles) and PDF (its text layer). Documents without front
matter take their title from their first line (plain text, PDF) or `<title>` / `<h1>`
(HTML), and their date where they state one (an HTML date meta tag or `<time>`, or a date
on one of the first lines). Offsets in the result count in the text that is kept.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from corpus.frontmatter import FENCE, CorpusDocument, decode, parse_document, plain_document
from extract import reader_html
from graph.errors import DocumentError
from graph.model import DocumentMeta

MAX_FILE_BYTES = 5_000_000  # about 800,000 words; larger files should be split
MARKDOWN = (".md", ".markdown")
TEXT = (".txt", ".text")
HTML = (".html", ".htm", ".xhtml")
PDF = (".pdf",)
SUFFIXES = MARKDOWN + TEXT + HTML + PDF
MAX_TITLE = 300
_WORD = re.compile(r"[^\W\d_]{2,}")
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MDY = re.compile(r"\b(" + "|".join(_MONTHS) + r")\.?\s+(\d{1,2}),\s*(\d{4})\b", re.I)
_DMY = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", re.I)
DATE_LINES = 5  # a date counts as the document's only near its top


def kind_of(path: Path) -> str | None:
    """'markdown', 'text', 'html' or 'pdf' by the file's suffix; None for other files."""
    suffix = path.suffix.lower()
    for kind, suffixes in (("markdown", MARKDOWN), ("text", TEXT), ("html", HTML),
                           ("pdf", PDF)):
        if suffix in suffixes:
            return kind
    return None


def stated_date(text: str) -> str:
    """An ISO date written on one of the first lines of a text ('' when none is)."""
    head = "\n".join(line for line in text.splitlines()[:DATE_LINES * 3] if line.strip())
    head = "\n".join(head.splitlines()[:DATE_LINES])
    for pattern in (_ISO_DATE, _MDY, _DMY):
        match = pattern.search(head)
        if match is None:
            continue
        a, b, c = match.groups()
        try:
            if pattern is _ISO_DATE:
                return dt.date(int(a), int(b), int(c)).isoformat()
            if pattern is _MDY:
                return dt.date(int(c), _MONTHS[a.lower()], int(b)).isoformat()
            return dt.date(int(c), _MONTHS[b.lower()], int(a)).isoformat()
        except ValueError:
            continue
    return ""


def first_line_title(text: str) -> str:
    for line in text.splitlines():
        line = " ".join(line.split()).strip("#*= ").strip()
        if _WORD.search(line):
            return line[:MAX_TITLE]
    return ""


def _text_document(text: str, path: Path, title: str = "", date: str = "") -> CorpusDocument:
    doc = plain_document(text, path)
    doc.meta = DocumentMeta(id=doc.meta.id, title=title or first_line_title(text),
                            date=date or stated_date(text))
    return doc


def _pdf_text(data: bytes, path: Path) -> tuple[str, str]:
    """(text, title from the PDF's metadata) of a PDF's text layer."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError(f"{path}: the PDF is encrypted; save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata = reader.metadata
        title = str(metadata.title or "").strip() if metadata is not None else ""
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(f"{path}: not a readable PDF ({type(exc).__name__})") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise DocumentError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first")
    return text.replace("\r\n", "\n").replace("\r", "\n") + "\n", title


def read_any(path: Path, max_bytes: int = MAX_FILE_BYTES) -> CorpusDocument:
    """Any document file tkg reads, as a CorpusDocument; DocumentError with a reason if not."""
    try:
        if path.is_dir():
            raise DocumentError(f"{path}: is a folder, not a file")
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if size == 0:
        raise DocumentError(f"{path}: the file is empty")
    if size > max_bytes:
        raise DocumentError(f"{path}: the file is {size / 1e6:.1f} MB; the limit is "
                            f"{max_bytes / 1e6:.0f} MB (split it into smaller documents)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return read_bytes(data, path)


def read_bytes(data: bytes, path: Path) -> CorpusDocument:
    """A document from its bytes; `path` names it (its suffix says the format when the
    content does not)."""
    kind = kind_of(path)
    if kind == "pdf" or data.startswith(b"%PDF-"):
        text, title = _pdf_text(data, path)
        doc = _text_document(text, path, title=title)
    else:
        text = decode(data, path)
        if kind == "markdown" or text.startswith(FENCE + "\n"):
            doc = parse_document(text, path)
            if reader_html.looks_like_html(doc.body):
                doc.body = reader_html.main_text(doc.body).text
            doc.meta.title = doc.meta.title or first_line_title(doc.body)
            doc.meta.date = doc.meta.date or stated_date(doc.body)
        elif kind == "html" or reader_html.looks_like_html(text):
            page = reader_html.main_text(text)
            doc = _text_document(page.text, path, title=page.title, date=page.date)
        else:
            doc = _text_document(text, path)
    if not doc.body.strip():
        raise DocumentError(f"{path}: the document has no text")
    if not _WORD.search(doc.body):
        raise DocumentError(f"{path}: the document contains no sentences (no words at all)")
    return doc


def read_statement(path: Path, max_bytes: int = MAX_FILE_BYTES) -> tuple[str, DocumentMeta]:
    """(body, meta) of a statement file; raises DocumentError with a reason otherwise."""
    document = read_any(path, max_bytes)
    return document.body, document.meta
