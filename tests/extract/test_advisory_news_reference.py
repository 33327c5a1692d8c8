"""A news story's undated "the joint statement, published by <agency>, said ...": the one
advisory of that kind and issuer that came out in the week the story reports; the
statement that "says" is no quoted speaker, so who published it is read. An older
statement needs its date. Names of the public record (extract/gazetteer/advisories.yaml)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

TEXT = ("The joint statement, published by Japan's Foreign Ministry on behalf of the three "
        "governments, said the workers now lean on artificial intelligence tools.")
STATEMENT = "Joint Statement on North Korean Information Technology Workers"


def issued(date: str) -> list[tuple[str, str]]:
    return relations(extract(TEXT, doc_type="news", date=date), "ISSUED")


def test_an_undated_statement_in_the_news_of_its_week_is_that_statement() -> None:
    assert ("Ministry of Foreign Affairs of Japan", STATEMENT) in issued("2025-08-28")


def test_an_undated_statement_in_later_news_is_not_linked() -> None:
    assert not [t for _, t in issued("2025-11-03") if t == STATEMENT]


def test_a_speaker_who_is_a_person_is_still_no_actor() -> None:
    text = ("Deputy Minister Hanae Kirishima, published by Japan's Foreign Ministry, said the "
            "workers now lean on artificial intelligence tools.")
    assert not relations(extract(text, doc_type="news", date="2025-08-28"), "ISSUED")
