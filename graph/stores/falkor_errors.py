"""FalkorDB's error replies turned into our error types, by what the server said, not by
what the user wrote.

FalkorDB answers every failure as a Redis error reply, so the only way to tell a timeout
from a syntax error is the reply itself. We compare the whole reply with the few fixed
messages the server sends for the conditions we care about; a reply that merely contains
such words (a syntax error quoting a user's `timeout`, say) is just a rejected statement.
Syntax errors quote the statement as the server saw it, which may be the client's
`CYPHER name=value` parameter header; that quote is dropped and the position is given in
the user's own statement (the server counts it there unless the error is in the header).
"""

from __future__ import annotations

import re

from redis.exceptions import ResponseError

from graph.errors import (
    QueryError,
    QueryLimitExceeded,
    QueryTimeout,
    ReadOnlyViolation,
    StoreError,
    TkgError,
)

READ_ONLY = "graph.RO_QUERY is to be executed only on read-only queries"
TIMED_OUT = "Query timed out"
MEMORY = "Query's mem consumption exceeded capacity"
TIMEOUT_ABOVE_MAX = "The query TIMEOUT parameter value cannot exceed the TIMEOUT_MAX"
_SYNTAX = re.compile(r"^errMsg: (?P<msg>.*?) line: \d+, column: \d+, offset: (?P<offset>\d+)"
                     r" errCtx: (?P<ctx>.*) errCtxOffset: \d+$", re.S)
# the reply to range() with a step of 0, which read_guard.guard_ranges also hands it when
# the list would be longer than one query's memory allows
RANGE_STEP = "ArgumentError: step argument to range() can't be 0"
MAX_DETAIL = 300


def syntax_detail(text: str, positions: bool = True) -> str:
    """The server's complaint without its echo of the statement or of the parameter
    header; the position is given when it is one in the user's statement (not when the
    statement was rewritten before it was sent)."""
    match = _SYNTAX.match(text)
    if match is None:
        return text[:MAX_DETAIL]
    if match.group("ctx").startswith("CYPHER "):
        return match.group("msg")[:MAX_DETAIL] + " (in the parameters)"
    if not positions:
        return match.group("msg")[:MAX_DETAIL]
    where = f" (at character {int(match.group('offset')) + 1} of the statement)"
    return match.group("msg")[:MAX_DETAIL] + where


def translate(exc: ResponseError, *, positions: bool = True) -> TkgError:
    text = str(exc).strip()
    if text == READ_ONLY:
        return ReadOnlyViolation("this door is read-only: the statement would write, "
                                 "so it was refused and nothing was written")
    if text == TIMED_OUT:
        return QueryTimeout("the query ran past its time limit and was stopped by the store")
    if text == MEMORY:
        return QueryLimitExceeded("the query needed more memory than one query may use, so the "
                                  "store stopped it; narrow it down (fewer rows, a LIMIT)")
    if text == RANGE_STEP:
        return QueryLimitExceeded("range() was refused before its list was built: it would "
                                  "hold more values than one query's memory allows (or its "
                                  "step is 0)")
    if text.startswith(TIMEOUT_ABOVE_MAX):
        return StoreError("the query asked for a longer time limit than the store allows "
                          "(TKG_QUERY_TIMEOUT_MS is above TKG_STORE_TIMEOUT_MS)")
    return QueryError(f"the store rejected the statement: {syntax_detail(text, positions)}")
