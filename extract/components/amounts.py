"""`tkg_amounts_v1`: money amounts found by their form, before the statistical NER.

The small model misses amounts written "USD 600,000" or "$284,555.92" in a list of
obligations, and sometimes leaves the qualifier ("more than", "or more") outside the span.
A dollar amount has a fixed shape, so a pattern finds it reliably and `normalize.parse_money`
can read the whole phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

_QUALIFIER = (r"(?:(?:more\s+than|over|about|approximately|nearly|almost|up\s+to|at\s+least|"
              r"roughly|around|some|less\s+than|under|in\s+excess\s+of|an\s+estimated)\s+)?")
MONEY = re.compile(
    _QUALIFIER
    + r"(?:US\$|USD|U\.S\.\s?\$|\$)\s?\d[\d,]*(?:\.\d+)?"
    + r"(?:\s?(?:million|billion|thousand|trillion|[MBK]|bn|mn)\b)?"
    + r"(?:\s+or\s+(?:more|less))?"
)


def mark_amounts(doc: Doc) -> Doc:
    spans = []
    for match in MONEY.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), label="MONEY",
                             alignment_mode="expand", span_id="amount")
        if span is not None:
            spans.append(span)
    if spans:
        kept = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end
                                               for s in spans)]
        doc.ents = filter_spans([*spans, *kept])
    return doc


@Language.factory("tkg_amounts_v1", assigns=["doc.ents"], default_config={})
def make_amounts(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_amounts
