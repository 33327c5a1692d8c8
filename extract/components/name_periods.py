"""A name's last syllable that the tokenizer took for a month abbreviation.

The model's tokenizer keeps "Jun." whole as the abbreviation of June. "Jun" is also a
common last syllable of Korean, Chinese and Japanese given names, so a name ending a
sentence ("... its president, Kim Song Jun.") loses its last part to a token that is
neither name nor full stop, and the sentence runs on into the next. The component runs
first, before any tagging, and splits the period off where the token ends a name rather
than abbreviating a date: a capitalized word comes before it and no day number after it
("on Jun. 5, 2023" keeps its month).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

_SYLLABLES_NOT_MONTHS = frozenset({"Jun."})


def _ends_a_name(doc: Doc, index: int) -> bool:
    before = doc[index - 1] if index > 0 else None
    after = doc[index + 1] if index + 1 < len(doc) else None
    return (before is not None and before.text[:1].isupper() and before.text.isalpha()
            and not (after is not None and after.text[:1].isdigit()))


def split_name_periods(doc: Doc) -> Doc:
    if not any(word in doc.text for word in _SYLLABLES_NOT_MONTHS):
        return doc  # most documents: no token to look at
    found = [t for t in doc if t.text in _SYLLABLES_NOT_MONTHS and _ends_a_name(doc, t.i)]
    if not found:
        return doc
    with doc.retokenize() as retokenizer:
        for token in found:
            retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
    return doc


@Language.factory("tkg_name_periods_v1", default_config={})
def make_name_periods(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return split_name_periods
