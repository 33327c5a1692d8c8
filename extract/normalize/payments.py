"""What kind of money an amount is (revenue, theft, forfeiture, reward, ...), from its words.

The graph keeps one Payment per stated amount with a `kind`, so a query can sum revenue
without adding rewards to it. The nearest cue word to the amount decides; the cues are
ordinary English, not phrases from any one document.
"""

from __future__ import annotations

import re

_CUES: tuple[tuple[str, str], ...] = (
    ("reward_offer", r"\breward(?:s|ed)?\b|\bRewards for Justice\b|\boffer(?:s|ed|ing)?\s+"
                     r"(?:of\s+)?up\s+to\b"),
    ("restitution", r"\brestitution\b"),
    ("fine", r"\bfin(?:e|es|ed)\b|\bpenalt(?:y|ies)\b"),
    ("forfeiture", r"\bforfeit(?:ure|ed|s)?\b|\bmoney judgment\b|\bjudgment of\b|"
                   r"\bgive\s+up\b|\bgave\s+up\b|\bsurrender\w*"),
    ("seizure", r"\bseiz(?:e|ed|ure|ures|ing)\b|\bfrozen\b|\bfroze\b|\bconfiscat\w*"),
    ("laundering", r"\blaunder\w*"),
    ("theft", r"\bst(?:ole|olen|eal|ealing|eals)\b|\btheft\w*\b|\bhack\w*\b|\bheist\w*\b"),
    ("loss", r"\blos(?:s|ses|t)\b|\bdamage\w*\b|\bremediation\b|\bcost\w*\b"),
    ("fees", r"\bfees?\b|\bcommissions?\b|\bcut\s+of\b"),
    ("wages", r"\bsalar(?:y|ies)\b|\bwages?\b|\bpaychecks?\b"),
    ("revenue", r"\brevenue\w*\b|\bearn\w*\b|\bgenerat\w*\b|\bincome\b|\bproceeds\b|"
                r"\braise[sd]?\b|\bbrought in\b|\bmade\b|\bprofits?\b"),
    ("payment", r"\bpa(?:id|y|ys|ying|yment|yments)\b|\btransfer\w*\b|\bmoved\b|\bsent\b|"
                r"\bmanag\w+\b|\bhand(?:ed|s|ing)?\s+over\b"),
)
_COMPILED = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _CUES)


# "$410,000 in restitution", "$1.2 million in fines", "$3 million in stolen funds": the
# noun after "in" says what the amount is, whatever verb stands nearer ("to pay"); the
# amount's own qualifier ("more than $1.1 million in salary") comes before it
_IN_KIND = re.compile(r"^(?:(?:more|less|than|about|approximately|nearly|almost|roughly|around|"
                      r"over|under|up|to|at|least|some|an|estimated|in\s+excess\s+of)\s+)*"
                      r"\S+(?:\s+(?:million|billion|thousand|dollars|USD|yen|won|euros?))*"
                      r"\s+in\s+(?P<noun>[\w-]+(?:\s+[\w-]+){0,2})", re.IGNORECASE)


# what a court or an agency took: "forfeit $N in profits", "seized $N in earnings" are a
# forfeiture and a seizure of what had been income, not income
_TAKEN = frozenset({"forfeiture", "seizure", "restitution", "fine"})
_INCOME = frozenset({"revenue", "wages", "fees", "payment"})


def payment_kind(sentence: str, offset: int) -> str:
    """Kind of the amount at `offset` in `sentence`: the noun of "$N in <noun>" when it is a
    cue (unless it names income and the nearest cue an act of taking it), else the
    nearest cue, 'other' if none."""
    own = _IN_KIND.match(sentence[offset:offset + 80])
    noun = ""
    if own:
        noun = next((kind for kind, pattern in _COMPILED
                     if pattern.search(own.group("noun"))), "")
    best: tuple[int, int, str] | None = None
    for rank, (kind, pattern) in enumerate(_COMPILED):
        for match in pattern.finditer(sentence):
            distance = abs(match.start() - offset)
            if best is None or (distance, rank) < (best[0], best[1]):
                best = (distance, rank, kind)
    nearest = best[2] if best else "other"
    if noun and not (noun in _INCOME and nearest in _TAKEN):
        return noun
    return nearest
