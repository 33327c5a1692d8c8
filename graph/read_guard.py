"""What analyst Cypher may call, checked before any store sees the statement.

The stores refuse writes themselves; this guard closes what they do not: procedures are
limited to a list of ones that only read, and on FalkorDB no procedure may be called inside
a `CALL { }` subquery, because FalkorDB 4.16 crashes (signal 11 while planning the
subquery) on a statement as small as `CALL { CALL db.labels() } RETURN 1`, read-only or not,
and even when only asked for its plan.

The checks read the statement with comments and string literals blanked out, so a word
inside a string can neither trigger nor hide a refusal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.errors import InvalidInput, QueryLimitExceeded, ReadOnlyViolation

# Procedures that only read, on either store; anything else is refused by name.
READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.indexes",
    "db.idx.fulltext.querynodes", "db.idx.fulltext.queryrelationships",
    "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
    "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
})

# range() builds its whole list before FalkorDB's per-query memory limit looks at it
# (range(1, 100000000) took 1.5 GB and 15 s), so lists this long are refused up front.
MAX_RANGE = 10_000_000
_RANGE = re.compile(r"\brange\s*\(\s*(-?\d+)\s*,\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?\)", re.I)

_COMMENTS = re.compile(r"//[^\n]*|/\*.*?(?:\*/|$)", re.S)
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", re.S)
_BACKTICKS = re.compile(r"`(?:[^`]|``)*`")
_CALL = re.compile(r"\bCALL\b", re.I)
_SUBQUERY = re.compile(r"CALL\s*(?:\([^)]*\)\s*)?\{", re.I)  # CALL { } and Neo4j's CALL (x) { }
_NAME = re.compile(r"\s*((?:[A-Za-z_][A-Za-z0-9_]*|`[^`]*`)(?:\s*\.\s*(?:[A-Za-z_][A-Za-z0-9_]*"
                   r"|`[^`]*`))*)")


def code_only(query: str) -> str:
    """The statement with comments and string literals blanked (same length, same offsets).

    Backtick-quoted names are kept (they can name procedures); strings are blanked first so
    a quote inside a backtick name cannot open a string.
    """
    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    return _STRINGS.sub(blank, _COMMENTS.sub(blank, query))


def _procedure_calls(code: str) -> Iterator[tuple[int, str]]:
    """(offset, lower-case dotted name) of every `CALL name`; subqueries (`CALL {`) are skipped.

    A CALL followed by anything that is neither a name nor `{` is reported with an empty
    name, so it is refused rather than guessed at.
    """
    for match in _CALL.finditer(code):
        if _SUBQUERY.match(code, match.start()):
            continue
        rest = code[match.end():]
        name = _NAME.match(rest)
        text = name.group(1) if name else ""
        plain = re.sub(r"\s+", "", text).replace("`", "").lower()
        yield match.start(), plain


def _subquery_spans(code: str) -> list[tuple[int, int]]:
    """[start, end) of the body of every `CALL { ... }`, matched by brace depth."""
    spans = []
    for call in _CALL.finditer(code):
        opener = _SUBQUERY.match(code, call.start())
        if opener is None:
            continue
        depth, start = 0, opener.end() - 1
        for i in range(start, len(code)):
            if code[i] == "{":
                depth += 1
            elif code[i] == "}":
                depth -= 1
                if depth == 0:
                    spans.append((start, i))
                    break
        else:
            spans.append((start, len(code)))  # unclosed: the store will reject it, we refuse
    return spans


def check_procedures(query: str, *, subquery_procedures: bool = True) -> None:
    """Refuse procedures that are not known to only read, and (when the store cannot plan
    them) procedure calls inside `CALL { }` subqueries."""
    if "\x00" in query:
        raise InvalidInput("the statement must not contain NUL characters")
    code = code_only(query)
    calls = list(_procedure_calls(code))
    for _, name in calls:
        if name not in READ_PROCEDURES:
            shown = name[:60] or "(no name)"
            raise ReadOnlyViolation(
                f"this door is read-only: procedure {shown!r} is not one of the read "
                f"procedures it allows ({', '.join(sorted(READ_PROCEDURES))})")
    if subquery_procedures or not calls:
        return
    spans = _subquery_spans(code)
    for offset, name in calls:
        if any(start < offset < end for start, end in spans):
            raise InvalidInput(
                f"procedure calls inside CALL {{ }} subqueries are refused on this store "
                f"(the store cannot run them safely); call {name} outside the subquery")


def check_ranges(query: str) -> None:
    """Refuse range() over literal bounds longer than MAX_RANGE values.

    Only literal bounds can be judged before the query runs; a computed bound is left to
    the store's own limits (time, memory per query).
    """
    for match in _RANGE.finditer(code_only(query)):
        start, end = int(match.group(1)), int(match.group(2))
        step = int(match.group(3) or 1) or 1
        count = max(0, (end - start) // step + 1)
        if count > MAX_RANGE:
            raise QueryLimitExceeded(
                f"range() of {count:,} values is refused: lists longer than {MAX_RANGE:,} "
                "values are built whole before any limit can stop them")


def check_statement(query: str, *, subquery_procedures: bool = True) -> None:
    """Every check analyst Cypher goes through before a store sees it."""
    check_procedures(query, subquery_procedures=subquery_procedures)
    check_ranges(query)


_RANGE_CALL = re.compile(r"(?<![\w.$`])range\s*\(", re.I)
_BOUNDS = "tkg_range_bounds"  # the guard's own list-comprehension variable
RANGE_VALUE_BYTES = 16  # one list value in FalkorDB (100,000,000 values took 1.6 GB)


def _arguments(code: str, opener: int) -> tuple[list[tuple[int, int]], int] | None:
    """[start, end) of each top-level argument of the call whose `(` is at `opener`, and the
    offset after its `)`; None when the call is not closed."""
    depth, start, spans = 0, opener + 1, []
    for i in range(opener, len(code)):
        char = code[i]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                spans.append((start, i))
                return spans, i + 1
        elif char == "," and depth == 1:
            spans.append((start, i))
            start = i + 1
    return None


def guard_ranges(query: str, max_values: int) -> str:
    """The statement with every range() call made to fail before it builds a list longer
    than `max_values`, whatever its bounds are (literals, parameters, arithmetic).

    FalkorDB allocates range()'s whole list first and only then compares the query's memory
    with its QUERY_MEM_CAPACITY: `WITH 100000000 AS n RETURN size(range(1, n))` took 1.6 GB
    before it was stopped. Each call becomes a one-element list comprehension that evaluates
    its bounds once and hands range() a step of 0 when the list would be too long; the store
    refuses a zero step before allocating anything (translated by falkor_errors.py). Counting
    in floats keeps bounds near the 64-bit limits from overflowing the check.
    """
    def blank(match: re.Match[str]) -> str:
        return " " * len(match.group(0))

    code = _BACKTICKS.sub(blank, code_only(query))
    pieces: list[str] = []
    last = position = 0
    while (match := _RANGE_CALL.search(code, position)) is not None:
        found = _arguments(code, match.end() - 1)
        if found is None or len(found[0]) not in (2, 3):
            position = match.end()  # not a call range() accepts: the store rejects it
            continue
        spans, end = found
        start, stop, *step = [guard_ranges(query[a:b], max_values) for a, b in spans]
        bound = _BOUNDS
        count = f"(toFloat({bound}[1]) - toFloat({bound}[0])) / toFloat({bound}[2])"
        pieces += [query[last:match.start()],
                   f"[{bound} IN [[{start}, {stop}, {step[0] if step else '1'}]] | "
                   f"range({bound}[0], {bound}[1], CASE WHEN {count} >= {max_values} "
                   f"THEN 0 ELSE {bound}[2] END)][0]"]
        last = position = end
    pieces.append(query[last:])
    return "".join(pieces)


def lift_range_literals(query: str, params: dict[str, object]) -> tuple[str, dict[str, object]]:
    """The statement with range()'s literal bounds passed as parameters instead.

    FalkorDB folds `range(1, 3000000)` into a constant list when it plans the statement and
    keeps that plan in its per-thread plan cache: each distinct probe left ~46 MB behind
    (measured), so a series of them grew the server by gigabytes. With parameters the list
    is built when the query runs and freed after it.
    """
    code = code_only(query)
    matches = list(_RANGE.finditer(code))
    if not matches:
        return query, params
    lifted = dict(params)
    pieces: list[str] = []
    last = 0
    number = 0
    for match in matches:
        for group in range(1, 4):
            if match.group(group) is None:
                continue
            while f"tkg_literal_{number}" in lifted:
                number += 1
            name = f"tkg_literal_{number}"
            lifted[name] = int(match.group(group))
            pieces += [query[last:match.start(group)], f"${name}"]
            last = match.end(group)
    pieces.append(query[last:])
    return "".join(pieces), lifted
