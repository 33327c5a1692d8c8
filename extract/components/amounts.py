"""`tkg_amounts_v1`: money amounts found by their form, before the statistical NER.

The small model misses amounts written "USD 600,000", "$2.3m" or "KRW 1.2 billion", cuts
ranges ("between $250 million and $600 million") in two and sometimes leaves the qualifier
("more than", "or more") outside the span. An amount has a fixed shape, so a pattern finds it
reliably and `normalize.parse_amount` can read the whole phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from extract.doc_text import doc_text

# headlines capitalize the qualifier and the scale word ("Up to $5 Million"): both are read
# without regard to case, or the amount would lose its scale and read "$5". A qualifier is a
# whole word: "under" ends "launder", "over" ends "turnover", "some" ends "handsome"
_QUALIFIER = (r"(?i:\b(?:more\s+than|over|about|approximately|nearly|almost|up\s+to|at\s+least|"
              r"roughly|around|some|less\s+than|under|in\s+excess\s+of|an\s+estimated)\s+){0,2}")
_MARK = r"(?:US\$|USD|U\.S\.\s?\$|\$|KRW|₩|JPY|¥|EUR|€)"
_SCALE = r"(?:\s?(?:(?i:million|billion|thousand|trillion)|[MBKmbk]n?|mn)\b)?"
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# "$2.3m", "USD2.3 million", "KRW 1.2 billion", "1.2 billion won", "500 million yen"
_AMOUNT = (rf"(?:{_MARK}\s?{_NUMBER}{_SCALE}|{_NUMBER}{_SCALE}\s(?:won|yen|dollars|euros)\b)")
MONEY = re.compile(
    _QUALIFIER
    + rf"(?:(?:between|from)\s+{_AMOUNT}\s+(?:and|to)\s+{_MARK}?\s?{_NUMBER}{_SCALE}"
    + rf"|{_AMOUNT}(?:\s?[-–]\s?{_MARK}?{_NUMBER}{_SCALE}|\s+to\s+{_MARK}\s?{_NUMBER}{_SCALE})?)"
    + r"(?:\s+or\s+(?:more|less))?"
)


def mark_amounts(doc: Doc) -> Doc:
    spans = []
    for match in MONEY.finditer(doc_text(doc)):
        start = match.start()
        particle = re.match(r"(?:over|up)\s+(?!to\b)", match.group(0))
        before = doc.char_span(start, start + 1, alignment_mode="expand")
        if particle and before is not None and before.start > 0 and \
                doc[before.start - 1].tag_.startswith("VB"):
            start += particle.end()  # "handed over $2 million": a particle, not a bound
        span = doc.char_span(start, match.end(), label="MONEY",
                             alignment_mode="expand", span_id="amount")
        if span is not None:
            spans.append(span)
    if spans:
        kept = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end
                                               for s in spans)]
        doc.ents = filter_spans([*spans, *kept])
    return doc


@Language.factory("tkg_amounts_v1", requires=["token.tag"], assigns=["doc.ents"],
                  default_config={})
def make_amounts(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_amounts
