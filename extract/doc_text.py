"""A Doc's text, joined once per document.

spaCy builds `Doc.text` anew on every access by joining every token's text and whitespace;
a dozen of our components each read it once per document, which together cost about as
much as one of them. The text of a Doc never changes (a retokenizer merges or splits tokens
but keeps the characters), so the last document's text is kept with the Doc itself: the
identity check cannot be fooled by a new Doc at a freed one's address while the Doc is
held here. The components between two of spaCy's batched stages read one document after
another, so the one-entry cache is what they need.
"""

from __future__ import annotations

from spacy.tokens import Doc

_last: tuple[Doc | None, str] = (None, "")


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once for the document read last."""
    global _last
    if _last[0] is not doc:
        _last = (doc, doc.text)
    return _last[1]
