"""Name search that forgives romanization and reads other scripts.

Latin names: full-text candidates (the whole query, then each word), re-ranked with
rapidfuzz on the plain and the romanization-folded spelling, so "Song Kyong Sik" ranks
"Son Kyong Sik" first and "Jinyong" finds Chinyong. A match on one word of the query alone
(a shared given name: "Jong" in "Kim Jong Un") is scaled down by the share of query words
the name covers, so full-name matches come first.

Hangul, kana and Han: names are indexed by their character bigrams (graph/search_keys.py),
so such queries find them through the same index; they are ranked by how much of the query
the name holds.

Sanction records are never hits of their own: a sanction that matches shows its target,
and every hit lists the governments that designated it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from rapidfuzz import fuzz

from api.schemas import SearchHit, SearchPage
from api.services.convert import entity_ref, label_of
from api.services.judgments import resolve_candidates
from graph.errors import InvalidInput
from graph.search_keys import name_words, romanization_key, widening_words
from graph.store import GraphStore, Row

CANDIDATES = 200  # full-text hits examined per search
WORD_SEARCHES = 6  # extra one-word searches that widen the candidates
FLOOR = 0.6  # below this, a candidate found by a single word is dropped
SUGGEST = 0.55  # a near miss at least this close is offered as "did you mean"
COVERED = 85  # a query word counts as covered by a name word this similar (0..100)
SHOWN_ON_TARGET = "Sanction"  # label whose matches are shown on their target
_ISO = re.compile(r"^[A-Za-z]{2}$")
_SPACE = re.compile(r"\s+")


def searchable_labels(store: GraphStore) -> list[str]:
    return [lb for lb in store.model.entity_labels if lb != SHOWN_ON_TARGET]


def is_native(text: str) -> bool:
    """True when the text holds letters of a non-Latin script (Hangul, kana, Han, ...)."""
    return any(ch.isalpha() and not unicodedata.name(ch, "LATIN").startswith("LATIN")
               for ch in text)


def grams(text: str) -> list[str]:
    """Character pairs of the non-space text: "심현섭" -> ["심현", "현섭"]."""
    compact = _SPACE.sub("", text)
    if len(compact) <= 2:
        return [compact] if compact else []
    return list(dict.fromkeys(compact[i:i + 2] for i in range(len(compact) - 1)))


def _folded(text: str) -> str:
    return " ".join(romanization_key(w) for w in name_words(text))


def coverage(query: str, text: str) -> float:
    """Share of the query's words found (fuzzily, romanization-blind) among the name's."""
    q_words = name_words(query)
    t_words = name_words(text)
    if not q_words or not t_words:
        return 0.0
    t_keys = [romanization_key(w) for w in t_words]
    t_all = ["".join(t_words)]  # "kimsangman" written as one word
    hits = 0
    for word in q_words:
        key = romanization_key(word)
        if any(fuzz.ratio(word, t) >= COVERED or fuzz.ratio(key, k) >= COVERED
               for t, k in zip(t_words, t_keys, strict=True)) or word in t_all:
            hits += 1
    return hits / len(q_words)


def similarity(query: str, text: str) -> float:
    """0..1: how well `text` (a name or alias) answers `query`, romanization-blind."""
    if is_native(query):
        q, t = _SPACE.sub("", query), _SPACE.sub("", text)
        contained = 0.95 if q and q in t else 0.0
        return round(max(contained, fuzz.ratio(q, t) / 100), 4)
    plain_q, plain_t = " ".join(name_words(query)), " ".join(name_words(text))
    fold_q, fold_t = _folded(query), _folded(text)
    whole = max(fuzz.token_sort_ratio(plain_q, plain_t), fuzz.token_sort_ratio(fold_q, fold_t))
    part = max(fuzz.token_set_ratio(plain_q, plain_t), fuzz.token_set_ratio(fold_q, fold_t))
    base = (0.4 * whole + 0.6 * part) / 100
    return round(base * (0.4 + 0.6 * coverage(query, text)), 4)


def _names(node: Row) -> list[str]:
    props = node["properties"]
    return [n for n in [str(props.get("name") or ""),
                        *(str(a) for a in props.get("aliases") or [])] if n]


def _best_name(query: str, node: Row) -> tuple[float, str]:
    names = _names(node)
    return max((similarity(query, n), n) for n in names) if names else (0.0, "")


def _countries(node: Row, located: dict[str, list[str]]) -> list[str]:
    props = node["properties"]
    codes = [props.get(k) for k in ("code", "country", "nationality")]
    codes += located.get(str(props.get("id")), [])
    return list(dict.fromkeys(str(c).upper() for c in codes if c))


def check_filters(store: GraphStore, label: str | None, country: str | None) -> None:
    if label is not None and label not in store.model.entity_labels:
        raise InvalidInput(f"type must be one of {', '.join(searchable_labels(store))}")
    if country is not None and not _ISO.match(country):
        raise InvalidInput("country must be a two-letter code such as KP or US")


def candidates(store: GraphStore, query: str) -> dict[str, tuple[Row, bool]]:
    """id -> (node, found by the all-words search); sanctions replaced by their targets."""
    found: dict[str, tuple[Row, bool]] = {}
    for hit in store.search_light(query, limit=CANDIDATES):
        found[str(hit["node"]["properties"].get("id"))] = (hit["node"], True)
    # Latin words, and the bigrams of Hangul/kanji/kana runs: one wrong character then
    # still leaves most bigrams to find the entity by
    words = [w for w in widening_words(query) if len(w) >= 2]
    if len(words) > 1 or not found:
        for word in words[:WORD_SEARCHES]:
            for hit in store.search_light(word, limit=CANDIDATES):
                found.setdefault(str(hit["node"]["properties"].get("id")),
                                 (hit["node"], False))
    sanctions = [k for k, (node, _) in found.items() if label_of(node) == SHOWN_ON_TARGET]
    if sanctions:
        targets = store.sanction_targets(sanctions)
        for sid in sanctions:
            _, all_words = found.pop(sid)
            target = targets.get(sid)
            if target is not None:
                found.setdefault(entity_ref(target).id, (target, all_words))
    return resolve_candidates(store, found)  # merged entities are one hit


def _suggestion(query: str, scored: list[tuple[float, bool, str, Row]],
                dropped: list[tuple[float, str]]) -> str | None:
    """A close name on record when the query itself is no name on record."""
    if scored and scored[0][0] >= 0.9:
        return None
    pool = [(s, m) for s, _, m, _ in scored] + dropped
    best = max(pool, default=None)
    if best is None or best[0] < SUGGEST or best[1].lower() == query.lower():
        return None
    return best[1]


def search(store: GraphStore, query: str, *, label: str | None = None,
           country: str | None = None, limit: int = 20, offset: int = 0) -> SearchPage:
    query = query.strip()
    check_filters(store, label, country)
    if not name_words(query):  # nothing any index could match
        return SearchPage(query=query, total=0, limit=limit, offset=offset, items=[])
    found = candidates(store, query)
    located = store.entity_locations(found) if country else {}
    scored: list[tuple[float, bool, str, Row]] = []
    dropped: list[tuple[float, str]] = []
    for node, all_words in found.values():
        if label is not None and label_of(node) != label:
            continue
        if country is not None and country.upper() not in _countries(node, located):
            continue
        score, matched = _best_name(query, node)
        if all_words or score >= FLOOR:
            scored.append((score, all_words, matched, node))
        else:
            dropped.append((score, matched))
    scored.sort(key=lambda s: (-s[0], not s[1], len(s[2]), entity_ref(s[3]).id))
    by_type = Counter(label_of(s[3]) for s in scored)
    page = scored[offset:offset + limit]
    ids = [entity_ref(s[3]).id for s in page]
    located.update(store.entity_locations(ids) if page else {})
    designated = store.designating_governments(ids) if page else {}
    hits = [SearchHit(**entity_ref(node).model_dump(), score=score, matched=matched,
                      aliases=list(node["properties"].get("aliases") or []),
                      countries=_countries(node, located),
                      designated_by=designated.get(entity_ref(node).id, []))
            for score, _, matched, node in page]
    return SearchPage(query=query, total=len(scored), limit=limit, offset=offset, items=hits,
                      by_type=dict(by_type.most_common()),
                      did_you_mean=_suggestion(query, scored, dropped))
