"""A name its own clause refers back to with "his" or "her" is a person's name, even where the
small model took it for a body; nothing else is made a person by it."""

from __future__ import annotations

import pytest

from tests.extract.conftest import extract, relations


def _persons(text: str) -> set[str]:
    return {e.name for e in extract(text, doc_type="press_release").entities
            if e.type == "Person"}


@pytest.mark.parametrize(("text", "name"), [
    ("Marcus Pelt helped North Korean IT workers obtain remote jobs at U.S. companies "
     "from his home in Ohio.", "Marcus Pelt"),
    ("Marcus Pelt ran the laptop farm for the overseas workers out of his garage.",
     "Marcus Pelt"),
])
def test_a_subject_its_clause_calls_his_or_her_is_a_person(text: str, name: str) -> None:
    assert name in _persons(text)


def test_the_person_then_carries_the_clauses_facts() -> None:
    result = extract("Marcus Pelt helped North Korean IT workers obtain remote jobs at U.S. "
                     "companies from his home in Ohio.", doc_type="press_release")
    assert ("Marcus Pelt", "DPRK IT workers") in relations(result, "FACILITATED")


@pytest.mark.parametrize(("text", "name"), [
    # a body is "its"
    ("Carver Lane Holdings moved the funds to its accounts in Hong Kong.",
     "Carver Lane Holdings"),
    # someone else between the name and the pronoun: the pronoun may be theirs
    ("Tallow Point Systems hired Jane Roe for her skills.", "Tallow Point Systems"),
    ("Tallow Point Systems told the defendant to use his accounts.", "Tallow Point Systems"),
    ("Tallow Point Systems paid the woman for her work.", "Tallow Point Systems"),
    # a person named just before may be the one the pronoun stands for
    ("Kim Song founded the company in 2019. Tallow Point moved the funds to his accounts in "
     "Hong Kong.", "Tallow Point"),
    # the name is not the clause's subject
    ("The workers were paid by Tallow Point Systems through his accounts.",
     "Tallow Point Systems"),
])
def test_no_person_where_the_pronoun_may_stand_for_someone_else(text: str, name: str) -> None:
    assert name not in _persons(text)
