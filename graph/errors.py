"""One small error hierarchy for the whole project.

Each error carries the HTTP status the API answers with and a one-line `detail` meant for
people; the CLI prints the detail and exits with `exit_code`, never a traceback.
"""

from __future__ import annotations


class TkgError(Exception):
    """Base of every error trilateral-kg raises on purpose."""

    status: int = 500
    exit_code: int = 1

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail

    def to_dict(self) -> dict[str, object]:
        return {"detail": self.detail, "status": self.status}


class ModelError(TkgError):
    """The graph model file, or a row checked against it, is wrong."""

    status = 500


class InvalidInput(TkgError):
    """A request, parameter or document the caller sent cannot be used."""

    status = 422


class DocumentError(InvalidInput):
    """One document could not be read or extracted; the batch goes on without it."""


class NotFound(TkgError):
    status = 404


class Unauthorized(TkgError):
    status = 401


class ReadOnlyViolation(TkgError):
    """A write was sent through a read-only door (console, `tkg query`, /api/cypher)."""

    status = 403


class QueryError(TkgError):
    """The store rejected a Cypher statement (syntax, unknown function, bad parameter)."""

    status = 400


class QueryLimitExceeded(QueryError):
    """The store stopped a query at one of its limits (memory per query, rows)."""


class QueryTimeout(TkgError):
    status = 504


class StoreBusy(TkgError):
    """Too many heavy queries are already waiting; the caller should try again shortly."""

    status = 429


class StoreUnavailable(TkgError):
    """The store cannot be reached, refused our credentials, or could not start."""

    status = 503
    exit_code = 2


class CommitUnknown(StoreUnavailable):
    """The store went away while committing a transaction: whether it was applied is unknown
    (the server may have committed it before the connection dropped)."""


class StoreError(TkgError):
    """The store failed in a way the caller did not cause."""

    status = 500


class Conflict(TkgError):
    """The request contradicts what is on record (a merge that an earlier split forbids)."""

    status = 409
