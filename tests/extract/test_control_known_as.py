"""A common noun stands for the name it is "known as" / "called": "The office, known as
Bureau 614, belongs to the ministry". Invented names; "known for" names nothing."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def controlled(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), "CONTROLLED_BY")


def test_a_noun_known_as_a_name_stands_for_it() -> None:
    text = ("The office, known as Bureau 614, belongs to the Ministry of the People's Armed "
            "Forces and sells radios abroad.")
    assert ("Bureau 614", "Ministry of the People's Armed Forces") in controlled(text)


def test_a_noun_known_for_something_names_nothing() -> None:
    text = ("The office, known for its radios, belongs to the Ministry of the People's Armed "
            "Forces.")
    assert not controlled(text)
