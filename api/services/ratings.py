"""Documents as analysts rated them: a rating replaces the source kind guessed from the type.

`trust.source_kind` guesses what a document is from its type and issuers; an analyst who
read it knows better. The rating is a judgment (graph/curation.py), so it survives
re-ingest, and the answer says who rated it, when and why.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, Protocol

from api.schemas import JudgmentOut
from graph import curation
from graph.store import GraphStore

Reliability = Literal["high", "medium", "low"]
# What each rating means in the words and bands the pages use (api/services/trust.py).
RATED: dict[str, tuple[str, Reliability]] = {
    "government_release": ("government release", "high"),
    "court_record": ("court record", "high"),
    "news_report": ("news report", "medium"),
    "unverified": ("unverified", "low"),
}


class Rated(Protocol):
    id: str
    source_kind: str
    reliability: Reliability
    rating: JudgmentOut | None


def apply_ratings(store: GraphStore, documents: Iterable[Rated]) -> None:
    """Set each rated document's source kind, reliability and rating, in place."""
    documents = list(documents)
    if not documents:
        return
    ratings = curation.load_verdicts(store).ratings
    for doc in documents:
        j = ratings.get(doc.id)
        if j is None or j.reliability not in RATED:
            continue
        doc.source_kind, doc.reliability = RATED[j.reliability]
        doc.rating = JudgmentOut(id=j.id, kind="rate", author=j.author, at=j.at,
                                 reason=j.reason, document=j.document,
                                 reliability=j.reliability)
