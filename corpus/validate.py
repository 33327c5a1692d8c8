"""The rules a document's id, title, links and front-matter sizes must meet, in one place.

`tkg corpus check` reports them with file and line; ingest (`tkg ingest`, POST
/api/documents) refuses a document that breaks them. Ids are limited to a safe set of
characters so every id can be put in a URL path and read back through every endpoint;
source links must be http(s), since a `javascript:` link on the document page would run in
the app's origin when clicked. Sizes are limited per field because front matter is read
before anything else and a title of megabytes would be stored and served on every page.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_ID = 200
MAX_TITLE = 500
MAX_TEXT = 500  # any other text value (agency, doc_type, language, date)
MAX_URL = 2000
MAX_LIST = 50  # source_urls, issuers
MAX_FRONT_MATTER = 64_000  # characters between the fences


def id_problem(value: Any) -> str | None:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        return f"id {str(value)[:60]!r} must be lower-case letters, digits and single '-'"
    if len(value) > MAX_ID:
        return f"id is {len(value)} characters long; at most {MAX_ID} are allowed"
    return None


def title_problem(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "title must be non-empty text"
    if len(value) > MAX_TITLE:
        return f"title is {len(value)} characters long; at most {MAX_TITLE} are allowed"
    if any(unicodedata.category(c) == "Cc" and c not in "\t" for c in value):
        return "title must not contain control characters (line breaks, NUL)"
    return None


def url_problem(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"source URL {value!r} must be an http(s) URL"
    if len(value) > MAX_URL:
        return f"source URL is {len(value)} characters long; at most {MAX_URL} are allowed"
    if value != value.strip() or any(unicodedata.category(c) == "Cc" for c in value):
        return f"source URL {value[:80]!r} must not have spaces at its ends or control characters"
    parsed = urlparse(value)
    if parsed.scheme.lower() not in ("http", "https") or not parsed.netloc:
        return f"source URL {value[:80]!r} must be an http(s) URL"
    return None


def size_problems(front_matter: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(dotted key, message) for every list or text value over its limit."""
    for key, value in front_matter.items():
        if isinstance(value, list) and len(value) > MAX_LIST:
            yield key, f"{key} has {len(value)} entries; at most {MAX_LIST} are allowed"
        limit = {"id": MAX_ID, "title": MAX_TITLE}.get(key, MAX_TEXT)
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items[:MAX_LIST]):
            where = f"{key}.{i}" if isinstance(value, list) else key
            texts = item.values() if isinstance(item, dict) else [item]
            item_limit = MAX_URL if key == "source_urls" else limit
            for text in texts:
                if isinstance(text, str) and len(text) > item_limit:
                    yield where, (f"{where} is {len(text)} characters long; at most "
                                  f"{item_limit} are allowed")
                elif isinstance(text, list | dict):
                    yield where, f"{where} must be text, not a nested list or mapping"


def ingest_problems(front_matter: dict[str, Any], doc_id: str) -> list[str]:
    """Why a document must not be stored: its id, title, links and sizes."""
    problems = [message for _, message in size_problems(front_matter)]
    if (problem := id_problem(doc_id)) is not None:
        problems.append(problem)
    title = front_matter.get("title")
    if title not in (None, "") and (problem := title_problem(title)) is not None:
        problems.append(problem)
    urls = front_matter.get("source_urls")
    if urls not in (None, []):
        if not isinstance(urls, list):
            problems.append("source_urls must be a list of http(s) URLs")
        else:
            problems.extend(p for p in map(url_problem, urls[:MAX_LIST]) if p is not None)
    return list(dict.fromkeys(problems))


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits joined by single '-' (accents dropped)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_ID].strip("-")


def derive_id(body: str, name: str | None = None) -> str:
    """An id for a document that states none: its file name when that makes a valid id,
    else one derived from its text, so two different documents never share an id."""
    if name is not None:
        candidate = slug(name)
        if candidate and id_problem(candidate) is None:
            return candidate
    return "doc-" + hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:16]
