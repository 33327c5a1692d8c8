"""Name search that forgives romanization: full-text candidates, re-ranked by fuzzy similarity.

The full-text index already folds common romanization alternations (graph/search_keys.py),
but it needs every word to match. We widen the candidates with one search per word, then
score each candidate's name and aliases with rapidfuzz, on the plain spelling and on the
folded one, so "Song Kyong Sik" ranks "Son Kyong Sik" first and "Jinyong" finds Chinyong.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from api.schemas import SearchHit, SearchPage
from api.services.convert import entity_ref, label_of
from graph.errors import InvalidInput
from graph.search_keys import name_words, romanization_key, widening_words
from graph.store import GraphStore, Row

CANDIDATES = 200  # full-text hits examined per search
WORD_SEARCHES = 6  # extra one-word searches that widen the candidates
FLOOR = 0.6  # below this, a candidate found by a single word is dropped
_ISO = re.compile(r"^[A-Za-z]{2}$")


def _folded(text: str) -> str:
    return " ".join(romanization_key(w) for w in name_words(text))


def similarity(query: str, text: str) -> float:
    """0..1: how well `text` (a name or alias) answers `query`, romanization-blind."""
    plain_q, plain_t = " ".join(name_words(query)), " ".join(name_words(text))
    fold_q, fold_t = _folded(query), _folded(text)
    whole = max(fuzz.token_sort_ratio(plain_q, plain_t), fuzz.token_sort_ratio(fold_q, fold_t))
    part = max(fuzz.token_set_ratio(plain_q, plain_t), fuzz.token_set_ratio(fold_q, fold_t))
    return round((0.4 * whole + 0.6 * part) / 100, 4)


def _best_name(query: str, node: Row) -> tuple[float, str]:
    props = node["properties"]
    names = [str(props.get("name") or ""), *(str(a) for a in props.get("aliases") or [])]
    return max((similarity(query, n), n) for n in names if n) if any(names) else (0.0, "")


def _countries(node: Row, located: dict[str, list[str]]) -> list[str]:
    props = node["properties"]
    codes = [props.get(k) for k in ("code", "country", "nationality")]
    codes += located.get(str(props.get("id")), [])
    return list(dict.fromkeys(str(c).upper() for c in codes if c))


def check_filters(store: GraphStore, label: str | None, country: str | None) -> None:
    if label is not None and label not in store.model.entity_labels:
        raise InvalidInput(f"type must be one of {', '.join(store.model.entity_labels)}")
    if country is not None and not _ISO.match(country):
        raise InvalidInput("country must be an ISO 3166 alpha-2 code such as KP or US")


def candidates(store: GraphStore, query: str) -> dict[str, tuple[Row, bool]]:
    """id -> (node, found by the all-words search)."""
    found: dict[str, tuple[Row, bool]] = {}
    for hit in store.search_light(query, limit=CANDIDATES):
        found[str(hit["node"]["properties"].get("id"))] = (hit["node"], True)
    # Latin words, and the bigrams of Hangul/kanji/kana runs: one wrong character then
    # still leaves most bigrams to find the entity by
    words = [w for w in widening_words(query) if len(w) >= 2]
    if len(words) > 1 or not found:
        for word in words[:WORD_SEARCHES]:
            for hit in store.search_light(word, limit=CANDIDATES):
                found.setdefault(str(hit["node"]["properties"].get("id")), (hit["node"], False))
    return found


def search(store: GraphStore, query: str, *, label: str | None = None,
           country: str | None = None, limit: int = 20, offset: int = 0) -> SearchPage:
    query = query.strip()
    check_filters(store, label, country)
    if not name_words(query):  # nothing an index could match (punctuation, other scripts)
        return SearchPage(query=query, total=0, limit=limit, offset=offset, hits=[])
    found = candidates(store, query)
    located = store.entity_locations(found) if country else {}
    scored: list[tuple[float, bool, str, Row]] = []
    for node, all_words in found.values():
        if label is not None and label_of(node) != label:
            continue
        if country is not None and country.upper() not in _countries(node, located):
            continue
        score, matched = _best_name(query, node)
        if all_words or score >= FLOOR:
            scored.append((score, all_words, matched, node))
    scored.sort(key=lambda s: (-s[0], not s[1], len(s[2]), entity_ref(s[3]).id))
    page = scored[offset:offset + limit]
    located.update(store.entity_locations(entity_ref(s[3]).id for s in page) if page else {})
    hits = [SearchHit(**entity_ref(node).model_dump(), score=score, matched=matched,
                      aliases=list(node["properties"].get("aliases") or []),
                      countries=_countries(node, located))
            for score, _, matched, node in page]
    return SearchPage(query=query, total=len(scored), limit=limit, offset=offset, hits=hits)
