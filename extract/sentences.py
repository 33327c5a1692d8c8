"""`tkg_line_breaks_v1`: sentence boundaries at Markdown structure the statistical senter misses.

The small model's senter was trained on running prose; corpus documents are Markdown with
headings and list items that carry no final period, so without help a heading is glued to
the next paragraph and evidence sentences run across two facts. Blank lines, list items,
headings and lines ending in punctuation are certain boundaries; a single line break in the
middle of a hard-wrapped sentence is left to the model.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from extract.doc_text import doc_text

_LIST_START = re.compile(r"\s*(?:[-*•#]|\d+[.)]\s)")
_SHORT_LINE = 70  # a line this short with no final period is a heading or a label


def _hard_breaks(text: str) -> set[int]:
    """Offsets of newline characters that certainly end a sentence."""
    breaks: set[int] = set()
    start = 0
    for match in re.finditer("\n", text):
        pos = match.start()
        line = text[start:pos].rstrip()
        rest = text[pos + 1:pos + 8]
        if (not line or line.endswith((".", ";", ":", "!", "?", '"', "”"))
                or len(line) < _SHORT_LINE or rest.startswith("\n") or _LIST_START.match(rest)):
            breaks.add(pos)
        start = pos + 1
    return breaks


_NO_BREAK = re.compile(r"\b(?:v|vs|No|Co|Corp|Inc|Ltd)\.[ \t]+(?=\S)")
# a release's dateline opening a paragraph: "PORTLAND —", "NASHVILLE, Tenn. -". The parser
# may take the place for the subject of the first sentence ("PORTLAND — A, 46, of B, was
# sentenced": A hung on PORTLAND), so the sentence begins after the dash
_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+){0,2}"
                       r"(?:,[ ][A-Z][a-z]{1,4}\.(?:[ ]?[A-Z][a-z]?\.)?)?"
                       r"[ \t]+(?:[—–]|--?)[ \t]+(?=[A-Z])")


def _token_at(doc: Doc, offset: int) -> int | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else None


def mark_line_breaks(doc: Doc) -> Doc:
    """Set boundaries by character offsets, so a long document costs a few regex passes
    rather than a Python loop over every token."""
    text = doc_text(doc)
    for match in _NO_BREAK.finditer(text):  # "United States v. Chapman" is one sentence
        index = _token_at(doc, match.end())
        if index is not None and index > 0:
            doc[index].is_sent_start = False
    _no_start_mid_line(doc)
    for match in _DATELINE.finditer(text):
        index = _token_at(doc, match.end())
        if index is not None and index > 0 and doc[index].idx == match.end():
            doc[index].is_sent_start = True
    for pos in sorted(_hard_breaks(text)):
        following = re.compile(r"\S").search(text, pos)
        if following is None:
            continue
        index = _token_at(doc, following.start())
        if index is not None and index > 0 and doc[index].idx == following.start():
            doc[index].is_sent_start = True
    return doc


def _no_start_mid_line(doc: Doc) -> None:
    """A sentence never starts right after a word on the same line. The small parser splits
    a paragraph after its first word when a heading stands above it ("Kim Ung Sun\n\nKim |
    Ung Sun is a North Korean official ..."), cutting the subject off its verb; only
    punctuation (a period, an abbreviation's dot, a bracket, a quotation mark) or a line
    break lets a new sentence begin. Read as arrays: it runs on every token of every text."""
    if len(doc) < 2:
        return
    rows = doc.to_array([IS_PUNCT, IS_SPACE, SPACY, IDX, LENGTH]).astype(numpy.int64)
    chars = numpy.frombuffer(doc.text.encode("utf-32-le"), dtype=numpy.uint32)
    last_chars = chars[numpy.maximum(rows[:, 3] + rows[:, 4] - 1, 0)]
    free = (rows[:, 0] == 1) | (rows[:, 1] == 1) | (rows[:, 2] == 0) | (last_chars == ord("."))
    starts = doc.to_array([SENT_START]).astype(numpy.int64)
    closed = numpy.flatnonzero(~free[:-1]) + 1
    starts[closed] = -1
    doc.from_array([SENT_START], cast(Ints2d, starts.astype(numpy.uint64).reshape(-1, 1)))


@Language.factory(
    "tkg_line_breaks_v1",
    requires=["token.is_sent_start"],
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_line_breaks(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_line_breaks


# --- A sentence that ends on an abbreviation ---------------------------------------------
# The tokenizer keeps "U.S." whole, so "... found jobs in the U.S. Lena Markova sold ..." has
# no period token of its own and the parser reads one sentence with two main verbs; the second
# clause then gives nothing (or lends its words to the first). A dotted abbreviation ends the
# sentence when both sides are clauses: the words before it (in its sentence) hold a finite
# verb of a main clause, and the capitalized words after it start a clause with a finite verb
# of its own. It does not end the sentence when it modifies what follows ("the U.S. Attorney
# Clara Voss", "U.S. companies", "the U.S. Treasury sanctioned ..."): there no main-clause verb
# comes before it, or no verb after it. Verbs of saying and thinking are left out of the
# before-test ("said the U.S. Treasury sanctioned ..." is one sentence: its object is the
# clause), and so is anything after a subordinator or a relative pronoun ("Workers who moved to
# the U.S. Army bases were ..." continues), and so is an abbreviation opening a phrase after
# a comma (", the U.S. Attorney's Office announced on June 3" is the reporting clause).

_ABBREVIATION = re.compile(r"^(?:(?:[A-Z]\.){2,}|(?:Co|Inc|Corp|Ltd|Jr|Sr)\.)$")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBORDINATE = frozenset({"WDT", "WP", "WP$", "WRB"})
_SUBORDINATORS = frozenset({
    "that", "if", "when", "while", "because", "although", "though", "since", "after",
    "before", "until", "unless", "whether", "as", "once", "where",
})
# verbs of saying and thinking, in the forms a finite verb takes (the lemmatizer runs later)
_COMPLEMENT_BASES = (
    "say", "announce", "state", "note", "add", "tell", "believe", "report", "claim", "allege",
    "argue", "show", "find", "learn", "think", "know", "agree", "confirm", "reveal",
    "indicate", "warn", "explain", "acknowledge", "admit", "assert", "contend", "suggest",
    "hear", "mean", "insist", "write", "estimate", "expect", "hope", "fear", "suspect",
    "understand", "realize", "conclude", "determine", "disclose", "emphasize", "stress",
)
_COMPLEMENT_VERBS = frozenset(
    {form for base in _COMPLEMENT_BASES
     for form in (base, base + "s", base + "ed", base.rstrip("e") + "ed", base + "d")}
    | {"said", "told", "thought", "knew", "found", "heard", "meant", "wrote", "understood",
       "argues", "learnt"})


def _finite(doc: Doc, index: int) -> bool:
    """A finite verb by its tag; a past participle right after a noun and right before its
    object is the tagger's misreading of a past tense ("The scheme targeted firms ...") where
    the run-on sentence made it guess (a reduced relative, "firms targeted in ...", takes no
    object)."""
    token = doc[index]
    if token.tag_ in _FINITE:
        return True
    return (token.tag_ == "VBN" and 0 < index < len(doc) - 1
            and doc[index - 1].tag_ in {"NN", "NNS", "NNP", "NNPS", "PRP"}
            and doc[index + 1].tag_ in {"DT", "NN", "NNS", "JJ", "CD", "PRP$"})


def _main_clause_verb(doc: Doc, start: int, end: int) -> bool:
    """A finite verb of a main clause in doc[start:end]: the first finite verb, with no
    subordinator or relative pronoun before it, and not a verb of saying or thinking whose
    object the abbreviation may open (a preposition in between shows the object is a
    phrase: "found jobs in the U.S.")."""
    for token in doc[start:end]:
        if token.tag_ in _SUBORDINATE or token.lower_ in _SUBORDINATORS:
            return False
        if _finite(doc, token.i):
            return (token.lower_ not in _COMPLEMENT_VERBS
                    or any(t.tag_ == "IN" for t in doc[token.i + 1:end]))
    return False


def _clause_follows(doc: Doc, start: int) -> bool:
    """A capitalized word at `start` opening a clause: a finite verb follows before the
    sentence's end punctuation (the new subject is the words in between), and before any
    relative pronoun or subordinator, whose verb is a clause of the name's own ("Haebit
    Trading Co. Limited, which is based in China": "Limited" goes on the name)."""
    if start >= len(doc) or not doc[start].text[:1].isupper():
        return False
    for token in doc[start + 1:]:
        if token.is_sent_start or token.text in {".", "!", "?", ";"}:
            return False
        if token.tag_ in _SUBORDINATE or token.lower_ in _SUBORDINATORS:
            return False
        if _finite(doc, token.i):
            return True
    return False


def _sentence_start(doc: Doc, index: int) -> int:
    """The first token of the sentence `index` is in. Before the parser runs, only line
    breaks mark sentences, so a full stop before `index` also ends one: the verb of an
    earlier sentence of the paragraph is no main-clause verb before the abbreviation."""
    while index > 0 and not doc[index].is_sent_start and \
            doc[index - 1].text not in _FULL_STOPS:
        index -= 1
    return index


_FULL_STOPS = frozenset({".", "!", "?"})
# the suffix of a company name after "Co.": "X Co. Ltd. and Y were ..." goes on the name
_NAME_SUFFIXES = frozenset({"Ltd.", "Ltd", "Limited", "LLC", "L.L.C.", "Inc.", "Inc", "LLP",
                            "PLC", "Corp.", "GmbH", "JSC", "LTD", "LTD."})


def _opens_a_phrase(doc: Doc, index: int) -> bool:
    """The abbreviation opens a phrase set off by punctuation (", the U.S. Attorney's Office
    announced"): a reporting clause or an appositive that goes on past it, not the end of an
    object or a prepositional phrase ("jobs in the U.S.", "hired by Valdin Corp.")."""
    before = index - 1
    while before >= 0 and doc[before].tag_ in {"DT", "PRP$"}:
        before -= 1
    return before < 0 or doc[before].is_punct


def mark_abbreviation_ends(doc: Doc) -> Doc:
    """Start a sentence after a dotted abbreviation that ends a clause before a new one."""
    for token in doc[1:-1]:
        if not _ABBREVIATION.match(token.text) or doc[token.i + 1].is_sent_start \
                or _opens_a_phrase(doc, token.i):
            continue
        follower = token.i + 1
        if doc[follower].text in _NAME_SUFFIXES:
            continue
        if (_clause_follows(doc, follower)
                and _main_clause_verb(doc, _sentence_start(doc, token.i), token.i)):
            doc[follower].is_sent_start = True
    return doc


@Language.factory(
    "tkg_abbreviation_ends_v1",
    requires=["token.tag", "token.is_sent_start"],
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_abbreviation_ends(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_abbreviation_ends
