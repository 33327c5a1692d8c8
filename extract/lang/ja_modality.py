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
from extract.lang.cues import CUES

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


# a quotation that tells what is still to come: 「近く…に加える」, 「今後…指定する方針だ」
_QUOTED_FUTURE = re.compile(r"近く|近日|今後|いずれ|これから|来週|来月|年内|方針|予定|検討|"
                            r"考え(?:だ|です)|つもり|意向")
# a quotation whose last predicate is past or a status: 「…に加えた」, 「…指定しました」,
# 「…指定している」 (a non-past verb, 「…に加える」, is what the speaker will do)
_QUOTED_DONE = re.compile(r"(?:た|ました|だった|でした|ている|ています|てきた|てきました)"
                          r"[。！!]?\s*$")


def quoted_plan(sentence: str, at: int) -> bool:
    """Whether the predicate at `at` stands inside a quotation (「…」と述べた) that reports a
    plan: a future word in the quote, or a last predicate that is not past. The speaker's
    past act (「Xを制裁対象に加えた」と発表した) is still told, so it is no plan."""
    before = sentence[:at]
    if before.count("「") > before.count("」"):
        opening, closing = before.rfind("「"), "」"
    elif before.count("『") > before.count("』"):
        opening, closing = before.rfind("『"), "』"
    else:
        return False
    close = sentence.find(closing, at)
    quote = sentence[opening + 1:close if close >= 0 else len(sentence)]
    return bool(_QUOTED_FUTURE.search(quote)) or not _QUOTED_DONE.search(quote)


# the end of a clause with a verb of its own (対象とし、 / 指定し、 / 加え、): what follows is
# another predicate with its own arguments
_CLAUSE_END = re.compile(r"(?:し|え|め|せ|て)、")


# the end of the grounds an act is taken on (…に違反したとして、): a sanction word before it
# is the grounds' (the sanctions violated), the act's predicate comes after it
_GROUNDS_END = re.compile(r"[たるだ]\s*として\s*[、，]")


def own_clause(predicate: re.Pattern[str], sentence: str,
               match: re.Match[str]) -> re.Match[str]:
    """The predicate's match kept inside its own clause. A match may run from a designation
    clause over its comma into the next one (Aを資産凍結の対象とし、Bの指定は先送りした: from
    資産凍結 to 指定), so the next clause's ending (先送り) would negate A's listing. When the
    match crosses the end of a clause and the clause before has a predicate of its own,
    that one is the match (its ending then is the next clause, which B's own verb takes)."""
    grounds = _GROUNDS_END.search(sentence, match.start(), match.end())
    later = predicate.search(sentence, grounds.end()) if grounds else None
    if later is not None:
        return later  # 北朝鮮が制裁に違反したとして、Xを指定した: the act after its grounds
    cut = _CLAUSE_END.search(sentence, match.start(), match.end())
    if cut is None or cut.end() >= match.end():
        return match
    return predicate.search(sentence, match.start(), cut.end()) or match
