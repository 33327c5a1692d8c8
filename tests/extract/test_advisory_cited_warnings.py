"""WARNS_ABOUT as a reading of the whole document: a news story that only cites an
advisory says that it exists, not what it warns about; where a sentence names the workers
with it, or where a government's own advisory cites it, the warning stands. Invented
titles."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

TITLE = "Guidance on Remote Hiring of North Korean IT Workers"


def warns(text: str, doc_type: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type=doc_type), "WARNS_ABOUT")


def test_a_news_story_citing_an_advisory_states_no_warning() -> None:
    text = (f"North Korean IT workers took jobs at a bakery chain in Ohio. The {TITLE} was "
            "released by the Department of State in June 2024. The chain has since moved "
            "its payroll to another bank.")
    assert (TITLE, "DPRK IT workers") not in warns(text, "news")


def test_a_news_sentence_naming_the_workers_with_the_advisory_keeps_it() -> None:
    text = (f"The {TITLE}, released by the Department of State in June 2024, describes how "
            "North Korean IT workers hide their identities.")
    assert (TITLE, "DPRK IT workers") in warns(text, "news")


def test_an_advisory_citing_another_keeps_the_warning() -> None:
    text = (f"North Korean IT workers took jobs at a bakery chain in Ohio. This advisory "
            f"builds on the {TITLE} released by the Department of State in June 2024.")
    assert (TITLE, "DPRK IT workers") in warns(text, "advisory")
