"""Sentence spans of a document's text, for the evidence an entity or relation cites: the
extractor's own sentences where its evidence shows them, else a cheap splitter (no spaCy
here: graph/ knows nothing of it)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

# Longest evidence the fallback splitter gives: in a text without sentence ends (a list of
# names) its "sentence" is the whole text, which every entity would then store as evidence
# (a 1 MB list of 40 companies made a write of 72 MB, refused by the store).
MAX_SPLIT_SENTENCE = 2_000

Evidence = tuple[int, int, str]  # (start, end, sentence)

_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“(\[]?[A-Z0-9])|\n+")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "jr", "sr", "st", "no", "inc", "ltd", "co", "corp",
                  "u.s", "e.o", "u.n", "v", "vs", "gen", "col", "lt", "sgt", "jan", "feb",
                  "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "d.c", "n.d", "s.d"}


class Sentences:
    """Sentence spans of one text: the extractor's own where its evidence shows them, else
    a cheap splitter (no spaCy here: graph/ knows nothing of it)."""

    def __init__(self, text: str, known: Iterable[Evidence] = ()) -> None:
        self.text = text
        self.known = sorted({(s, e, t) for s, e, t in known if 0 <= s < e <= len(text)})
        self._known_starts = [s for s, _, _ in self.known]
        self._starts: list[int] | None = None

    def _split(self) -> list[int]:
        starts = [0]
        for m in _BREAK.finditer(self.text):
            if m.group().startswith("\n"):
                starts.append(m.end())
                continue
            word = _last_word(self.text, m.start()).lower().lstrip("(\"“")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            starts.append(m.end())
        return starts

    def around(self, start: int, end: int) -> Evidence | None:
        i = bisect.bisect_right(self._known_starts, start) - 1
        if i >= 0 and self.known[i][1] >= end:
            return self.known[i]
        if self._starts is None:
            self._starts = self._split()
        j = bisect.bisect_right(self._starts, start) - 1
        if j < 0:
            return None
        s = self._starts[j]
        e = self._starts[j + 1] if j + 1 < len(self._starts) else len(self.text)
        if e - s > MAX_SPLIT_SENTENCE:
            s, e = _around(self.text, s, e, start, end)
        raw = self.text[s:e]
        s += len(raw) - len(raw.lstrip())
        e -= len(raw) - len(raw.rstrip())
        return (s, e, self.text[s:e]) if s < e else None


def _last_word(text: str, end: int) -> str:
    """`text[:end].rsplit(None, 1)[-1]` (or ""), without copying all of a long text for
    each sentence end: a window before `end` grows until the word is whole in it."""
    window = 64
    while True:
        low = max(0, end - window)
        parts = text[low:end].rsplit(None, 1)
        if low == 0 or len(parts) == 2:
            return parts[-1] if parts else ""
        window *= 4


def _around(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """About MAX_SPLIT_SENTENCE characters of text[s:e] around text[start:end], cut at
    spaces so no word is split; the offsets stay those of the text."""
    half = max(0, (MAX_SPLIT_SENTENCE - (end - start)) // 2)
    low, high = max(s, start - half), min(e, end + half)
    if low > s:
        space = text.find(" ", low, start)
        low = space + 1 if space >= 0 else low
    if high < e:
        space = text.rfind(" ", end, high)
        high = space if space >= 0 else high
    return low, high
