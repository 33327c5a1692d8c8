"""Documents: filtered listings and full-text search over titles and texts, with snippets.

The store's full-text index finds the documents (every word, each also as a prefix); a query
in a non-Latin script is matched by its character pairs instead, as the analyzers do not cut
Hangul or Japanese into words. Snippets are cut here from the page's texts only: a search
never ships 10,000 texts to find the ten it shows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from api.schemas import DocumentHit, DocumentList, SnippetPart
from api.services.ratings import apply_ratings
from api.services.search import grams, is_native
from api.services.trust import source_kind
from graph.errors import InvalidInput
from graph.search_keys import name_words
from graph.store import GraphStore, Row

MAX_LIMIT = 500
MATCHES = 1000  # full-text matches ranked per search
SNIPPETS = 2  # passages shown per document
CONTEXT = 90  # characters either side of a matched word
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class DocumentFilters:
    doc_type: str | None = None
    issuer: str | None = None
    since: str | None = None
    until: str | None = None

    def params(self) -> dict[str, Any]:
        return {"doc_type": self.doc_type, "issuer": self.issuer, "since": self.since,
                "until": self.until}

    @property
    def active(self) -> bool:
        return any(self.params().values())


def check_date(value: str | None, name: str) -> str | None:
    """An ISO date, possibly partial (2024, 2024-05, 2024-05-16), or a short 422."""
    if not value:
        return None
    match = _DATE.match(value.strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = (int(g) if g else 1 for g in match.groups())
        dt.date(year, month, day)
    except ValueError:
        raise InvalidInput(f"{name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD") from None
    return value.strip()


def make_filters(store: GraphStore, *, doc_type: str | None = None, issuer: str | None = None,
                 since: str | None = None, until: str | None = None) -> DocumentFilters:
    types: list[str] = list(store.model.node("Document").properties["doc_type"].enum or [])
    if doc_type and doc_type not in types:
        raise InvalidInput(f"doc_type must be one of {', '.join(types)}")
    since, until = check_date(since, "since"), check_date(until, "until")
    if since and until and since[:len(until)] > until:
        raise InvalidInput("since must not be after until")
    return DocumentFilters(doc_type=doc_type or None, issuer=(issuer or "").strip() or None,
                           since=since, until=until)


def _hit(row: Row, **extra: Any) -> DocumentHit:
    issuers = [str(i) for i in row.get("issuers") or []]
    kind, reliability = source_kind(row.get("doc_type"), issuers)
    return DocumentHit(id=str(row["id"]), title=row.get("title"), doc_type=row.get("doc_type"),
                       date=row.get("date"), issuers=issuers, language=row.get("language"),
                       complete=row.get("complete"), source_kind=kind,
                       reliability=reliability, **extra)


def _pattern(query: str) -> re.Pattern[str] | None:
    if is_native(query):
        pieces = sorted(grams(query), key=len, reverse=True)
    else:
        pieces = [rf"\b{re.escape(w)}\w*" for w in name_words(query)]
    return re.compile("|".join(pieces), re.IGNORECASE) if pieces else None


def snippets(text: str, query: str, count: int = SNIPPETS) -> list[list[SnippetPart]]:
    """Up to `count` passages around matched words, the words marked as hits."""
    pattern = _pattern(query)
    found = list(pattern.finditer(text)) if pattern else []
    out: list[list[SnippetPart]] = []
    end_of_last = -1
    for match in found:
        if match.start() < end_of_last or len(out) >= count:
            continue
        lo, hi = max(0, match.start() - CONTEXT), min(len(text), match.end() + CONTEXT)
        if lo:  # start and end on word boundaries, not inside a word
            space = text.find(" ", lo, match.start())
            lo = space + 1 if space >= 0 else lo
        if hi < len(text):
            space = text.rfind(" ", match.end(), hi)
            hi = space if space >= 0 else hi
        parts: list[SnippetPart] = [SnippetPart(text="…" if lo else "", hit=False)]
        cursor = lo
        for m in (m for m in found if lo <= m.start() and m.end() <= hi):
            parts.append(SnippetPart(text=text[cursor:m.start()], hit=False))
            parts.append(SnippetPart(text=m.group(0), hit=True))
            cursor = m.end()
        parts.append(SnippetPart(text=text[cursor:hi] + ("…" if hi < len(text) else ""),
                                 hit=False))
        out.append([p for p in parts if p.text])
        end_of_last = hi
    if not out and text:
        out.append([SnippetPart(text=text[:2 * CONTEXT] + ("…" if len(text) > 2 * CONTEXT
                                                           else ""), hit=False)])
    return out


def search_documents(store: GraphStore, query: str, filters: DocumentFilters | None = None, *,
                     limit: int = 20, offset: int = 0) -> DocumentList:
    """Documents matching `query` (or all, with no query) under the filters, best first."""
    f = filters or DocumentFilters()
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise InvalidInput(f"limit must be 1..{MAX_LIMIT} and offset not negative")
    query = query.strip()
    if not query:
        rows, total = store.documents_filtered(f.params(), limit=limit, offset=offset)
        listed = DocumentList(items=[_hit(r) for r in rows], total=total, limit=limit,
                              offset=offset)
        apply_ratings(store, listed.items)
        return listed
    ranked: dict[str, float] = {}
    if is_native(query):
        for row in store.documents_containing(grams(query), f.params(), limit=MATCHES):
            ranked.setdefault(str(row["id"]), float(row["score"]))
    for row in store.search_documents(query, f.params(), limit=MATCHES):
        ranked.setdefault(str(row["id"]), float(row["score"]))
    order = sorted(ranked, key=lambda d: (-ranked[d], d))
    page = order[offset:offset + limit]
    texts = store.documents_with_text(page)
    top = max(ranked.values(), default=1.0) or 1.0
    items = [_hit(texts[d], score=round(ranked[d] / top, 4),
                  snippets=snippets(str(texts[d].get("text") or ""), query))
             for d in page if d in texts]
    apply_ratings(store, items)
    return DocumentList(query=query, items=items, total=len(order), limit=limit, offset=offset)


def facets(store: GraphStore) -> dict[str, list[tuple[str, int]]]:
    """Issuers and document types on record with their document counts, most used first."""
    issuers: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for row in store.document_facets():
        if row["value"]:
            (issuers if row["kind"] == "issuer" else types)[str(row["value"])] += int(row["n"])
    return {"issuers": issuers.most_common(), "doc_types": types.most_common()}
