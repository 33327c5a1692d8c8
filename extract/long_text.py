"""Read a long document in bounded pieces, so spaCy's cost stays linear in its length.

The small model's entity recognizer slows down per token as a Doc grows (a 200 kB Doc cost
five times a 50 kB one per character), and a text with no sentence ends would hand the
parser and every per-sentence rule one unbounded sentence. A document longer than
`PIECE_CHARS` is therefore cut into contiguous pieces, each read by `nlp.pipe`, and the
pieces are joined back into one Doc whose text is the original text character for
character, so every offset (mentions, evidence sentences) stays exact.

A piece ends, by preference, at a blank line, a line break, a sentence end, a space, or
(only inside one enormous token) anywhere; the start of each piece is a sentence start.
Documents up to `PIECE_CHARS` (every corpus document) are read whole, exactly as before.
Components that keep results outside the token arrays (`doc.user_data`: the frame
matches, as token indices) run once on the joined Doc.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

PIECE_CHARS = 20_000  # about 4,000 tokens: far below where the recognizer slows down
WHOLE_DOC_COMPONENTS = ("tkg_frames_v1",)  # they write doc.user_data, which joining drops
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“(\[]?[A-Z])")
_WHITESPACE_RUN = re.compile(r"\s*")


def cut_points(text: str, limit: int = PIECE_CHARS) -> list[int]:
    """Offsets where pieces end (the last is len(text)); no piece is longer than `limit`."""
    points: list[int] = []
    start = 0
    while len(text) - start > limit:
        start = _cut(text, start, start + limit)
        points.append(start)
    points.append(len(text))
    return points


def _cut(text: str, start: int, end: int) -> int:
    """The best place to end a piece in text[start:end]: the latest break of the strongest
    kind in its second half (a piece never shrinks below half the limit)."""
    low = start + (end - start) // 2
    for separator in ("\n\n", "\n"):
        found = text.rfind(separator, low, end)
        if found >= 0:
            return _after_whitespace(text, found, end)
    last_sentence_end = None
    for match in _SENTENCE_END.finditer(text, low, end):
        last_sentence_end = match
    if last_sentence_end is not None:
        return last_sentence_end.end()
    found = max(text.rfind(" ", low, end), text.rfind("\t", low, end))
    if found >= 0:
        return _after_whitespace(text, found, end)
    return end  # one token longer than half a piece: no better place exists


def _after_whitespace(text: str, position: int, end: int) -> int:
    """Past the whitespace at `position`, so the next piece starts with a word."""
    match = _WHITESPACE_RUN.match(text, position, end)
    return match.end() if match is not None else position + 1


def read(nlp: Language, text: str, limit: int = PIECE_CHARS, n_process: int = 1) -> Doc:
    """`nlp(text)`, piece by piece when the text is longer than `limit`; the pieces are
    shared among `n_process` worker processes (one piece at a time, so each gets a share)."""
    if len(text) <= limit:
        return nlp(text)
    points = cut_points(text, limit)
    pieces = [text[a:b] for a, b in zip([0, *points[:-1]], points, strict=True)]
    whole_doc = [name for name in WHOLE_DOC_COMPONENTS if name in nlp.pipe_names]
    processes = max(1, min(n_process, len(pieces)))
    docs = list(nlp.pipe(pieces, disable=whole_doc, n_process=processes, batch_size=1))
    if len(docs) != len(pieces):  # the pipeline's error handler dropped a failing piece
        raise ValueError(f"{len(pieces) - len(docs)} of {len(pieces)} pieces failed")
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    for name in whole_doc:
        joined = nlp.get_pipe(name)(joined)
    return joined
