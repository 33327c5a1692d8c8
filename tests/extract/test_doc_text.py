"""`doc_text` keeps the last document's text: each new Doc gets its own."""

from __future__ import annotations

from spacy.lang.en import English

from extract.doc_text import doc_text


def test_each_document_gets_its_own_text() -> None:
    nlp = English()
    first, second = nlp("Alpha  beta.\n"), nlp("Gamma delta")
    assert doc_text(first) == first.text == "Alpha  beta.\n"
    assert doc_text(second) == "Gamma delta"
    assert doc_text(first) == "Alpha  beta.\n"
    for _ in range(50):  # a freed Doc's address reused by a new one must not give old text
        text = f"Text {_} here"
        assert doc_text(nlp(text)) == text
