"""Whether a Japanese sentence states the fact its verb names, as extract/modality.py decides
for English: read from what follows the verb, up to the sentence's end.

- a plan (予定, 方針, 検討), a negation (していない), a possibility (可能性がある, おそれ) or a
  request (雇用しないよう求めた) states no fact;
- the words inside an open quotation (「…」) are the speaker's: no fact of the sentence;
- a hedge (疑い, とされる, とみられる, という, 容疑) makes the fact alleged.
"""

from __future__ import annotations

import re

from extract.lang.common import Span
from extract.lang.frames import CUES

_POSSIBLE = re.compile(r"可能性|おそれ|恐れ|かもしれ|懸念|^[^、。]{0,2}?(?:得る|うる)")
_REQUEST = re.compile(r"よう(?:に)?\s*(?:求め|要請|指示|促|呼びかけ|呼び掛け|命じ|要求)")
# (加える方向で調整している, 指定する構えだ, 指定に向けて調整: the act is still to come)
_PLAN = re.compile(r"計画|つもり|意向|目指|方向で|方向だ|調整(?:して|中|を進め)|構え|に向け")
_NEGATED = re.compile(r"(?:て|で)(?:い)?ない|では(?:な|ありません)|なかった|ません|"
                      r"ず(?:に|、|。)")
_HEDGE = re.compile(r"疑い|とされ|とみられ|と見られ|という|としている|容疑|と主張")
# how far a verb's own ending reaches: a plan two clauses later is another verb's
_ENDING = 16


def stated(text: str, span: Span, at: int) -> str | None:
    """The modality of the fact whose verb ends at `at`: "asserted", "alleged", or None
    when the sentence does not state it."""
    cues = CUES["ja"]
    ending = text[at:min(span.end, at + _ENDING)]
    if any(p.search(ending) for p in (cues.future, cues.negation, _NEGATED, _POSSIBLE,
                                      _REQUEST, _PLAN)):
        return None
    before = text[span.start:at]
    if before.count("「") > before.count("」") or before.count("『") > before.count("』"):
        return None
    return "alleged" if _HEDGE.search(text, at, span.end) else "asserted"
