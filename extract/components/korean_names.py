"""`tkg_korean_names_v1`: Korean personal names in every romanization and order.

A Korean name is a family name from the shared surname table (gazetteer/
korean_surnames.yaml) and a given name of one or two romanized syllables, written apart
("Kim Sang Man"), hyphenated ("Choe Myong-chol") or joined ("Kim Sangman"), in Korean
order or Western order ("Myung-chul Choi", "Jiho Han"), with the family name in capitals
as sanctions lists print it ("CHOE Myong Chol"). The small English model misses many of
these or cuts a family name that is also an English word ("An", "O"), so this component
marks them before `ner` runs. The reading is by syllable structure, so names no list has
ever held are found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.doc_text import doc_text
from extract.names import (
    COMMON_SURNAMES,
    KOREAN_SURNAMES,
    SURNAME_ENGLISH_WORDS,
    SURNAME_RANK,
    family_last,
    fold,
    given_syllables,
)

# a run of capitalized words (hyphenated parts allowed) on one line
_RUN = re.compile(r"\b[A-Z][A-Za-z]*(?:-[A-Za-z]+)?(?:[ \t]+[A-Z][A-Za-z]*(?:-[A-Za-z]+)?)*")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
# verbs and nouns a headline glues after a name ("Kim Sang Man Sentenced")
_NOT_GIVEN = {"jan", "january", "feb", "march", "april", "may", "june", "july", "aug", "sept",
              "oct", "nov", "dec", "monday", "tuesday", "friday", "sunday", "korea", "china",
              "japan", "seoul", "the", "and"}
_HEADLINE = {"sentenced", "charged", "indicted", "pleads", "pleaded", "arrested", "convicted",
             "designated", "sanctioned", "extradited", "said", "says"}


def _given(words: list[str], family_caps: bool, family: str) -> bool:
    """Do `words` read as a Korean given name next to this family name?"""
    if any(fold(w) in SURNAME_ENGLISH_WORDS and len(words) == 1 for w in words):
        return False
    if any(fold(w) in _NOT_GIVEN for w in words):
        return False
    syllables = [given_syllables(w) for w in words]
    if 0 in syllables or sum(syllables) > 2:
        return False
    if sum(syllables) == 2:
        return True
    # a one-syllable given name ("Hwang Chol") needs a family name that is common and not an
    # English word, or printed in capitals
    folded = fold(family)
    return family_caps or (SURNAME_RANK.get(folded, 99) < COMMON_SURNAMES
                           and folded not in SURNAME_ENGLISH_WORDS)


def reads_as_korean_name(words: list[str]) -> bool:
    """True when 2-3 words are a Korean name in either order."""
    if not 2 <= len(words) <= 3 or any(not w[:1].isupper() for w in words):
        return False
    first, last = words[0], words[-1]
    if fold(first) in KOREAN_SURNAMES and not family_last(words):
        english = fold(first) in SURNAME_ENGLISH_WORDS and not first.isupper()
        if english and (len(words) < 3 and "-" not in words[1]):
            return False  # "An Arizona", "On April": an article or preposition, not a name
        return _given(words[1:], first.isupper() and len(first) > 1, first)
    if fold(last) in KOREAN_SURNAMES and family_last(words):
        if fold(last) in SURNAME_ENGLISH_WORDS and not last.isupper():
            return False  # "Kwang Song": read family-first or not at all
        return sum(given_syllables(w) for w in words[:-1]) == 2 and \
            _given(words[:-1], last.isupper(), last)
    return False


def find_korean_names(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of Korean names: the longest window of a capitalized run that reads
    as a name and ends the run (or is followed only by a headline verb)."""
    for run in _RUN.finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start(), m.group(0))
                 for m in _WORD.finditer(run.group(0))]
        tail = len(words)
        while tail > 0 and fold(words[tail - 1][2]) in _HEADLINE:
            tail -= 1
        for size in (3, 2):
            start = tail - size
            if start < 0:
                continue
            window = [w[2] for w in words[start:tail]]
            before = words[start - 1][2] if start else ""
            if before and not before.isupper() and given_syllables(before):
                continue  # "Jing Bin Huang": the window would cut a longer name
            if reads_as_korean_name(window):
                yield words[start][0], words[tail - 1][1]
                break


def _syllable_abbreviation(ent: Span, start: int, end: int) -> bool:
    """An abbreviation a list matched inside a name printed in capitals is one of its
    given-name syllables ("KANG TAE BOK": not the Bank of Korea): one word in capitals,
    after the family name, within the name."""
    text = ent.text
    return len(ent) == 1 and text.isupper() and text.isalpha() and \
        start < ent.start_char and ent.end_char <= end and given_syllables(text) == 1


def mark_korean_names(doc: Doc) -> Doc:
    spans: list[Span] = []
    yielded: set[tuple[int, int]] = set()
    for start, end in find_korean_names(doc_text(doc)):
        inside = [e for e in doc.ents if e.start_char < end and start < e.end_char]
        if not all(_syllable_abbreviation(e, start, end) for e in inside):
            continue  # a known name, a title or a company already covers it
        span = doc.char_span(start, end, label="Person", span_id="shape:korean_name",
                             alignment_mode="contract")
        if span is not None and len(span):
            spans.append(span)
            yielded.update((e.start, e.end) for e in inside)
    if spans:
        kept = [e for e in doc.ents if (e.start, e.end) not in yielded]
        doc.ents = sorted([*kept, *spans], key=lambda s: s.start)
    return doc


@Language.factory("tkg_korean_names_v1", assigns=["doc.ents"], default_config={})
def make_korean_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_korean_names
