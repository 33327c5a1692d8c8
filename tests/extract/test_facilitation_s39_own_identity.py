"""One who conceals its own North Korean identity is a worker: the means it used ("by
providing false documents") served itself, so the worker collective stands in for no
helped party (extract/frames/facilitation.py). Invented names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_OPENING = ("A court unsealed an indictment against four North Korean remote workers. ")


def _helpers(text: str) -> list[str]:
    found = extract(_OPENING + text, doc_type="indictment", issuers=[{"country": "US"}])
    return sorted(source for source, _ in relations(found, "FACILITATED"))


def test_hiding_ones_own_north_korean_identity_helps_no_one() -> None:
    assert _helpers("Kim Chol Nam concealed his North Korean identity from two companies "
                    "by providing false identification documents.") == []
    text = ("Kim Chol Nam and Ri Song Il were charged. The defendants concealed their North "
            "Korean identities from two companies by providing false identification "
            "documents.")
    assert _helpers(text) == []


def test_hiding_the_workers_identities_is_help() -> None:
    text = ("Dario Ashton concealed the workers' North Korean identities from two companies "
            "by providing false identification documents.")
    assert _helpers(text) == ["Dario Ashton"]
