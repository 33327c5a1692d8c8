"""DESIGNATED for each item of a list under a designating sentence that ends in a colon.

"Today, OFAC designated the following individuals:" over one line per target: each item's
first name is a target of the lead's act, by the designator the lead names (else the
release's issuer), with the lead's legal basis. The act is dated by the lead sentence: a
date an item states ("born 12 May 1981", "date of birth: ...") identifies its target and
never dates the act (extract/dating.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from extract.frames.designation import (
    _frame_words,
    legal_basis,
    list_designators,
    listed_designation,
)
from extract.frames.designation_inline import semicolon_parts

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Found


def list_designations(context: DocContext) -> Iterable[Found]:
    """A designating sentence ending in a colon, then one target per list item."""
    found: list[Found] = []
    by_lead: dict[int, list[int]] = {}
    for item, lead in context.leads.items():
        by_lead.setdefault(lead, []).append(item)
    designating = {h[3] for h in _frame_words(context)}
    for lead, items in by_lead.items():
        sentence = context.mentions.sentences[lead]
        words = [i for i in designating if sentence.tok_start <= i < sentence.tok_end]
        if not words:
            continue
        agents = list_designators(context, lead)
        basis = legal_basis(sentence.text)
        date = _lead_date(context, lead, words[0])
        for item in items:
            sentence = context.mentions.sentences[item]
            targets = semicolon_parts(context, item, sentence.start)
            listed = [listed_designation(agent, target, item, words[0], basis,
                                         "designation-list-items.v1", "list")
                      for agent in agents for target in targets]
            for f in listed:
                if date:
                    f.props["date"], f.date_basis = date, "sentence"
            found += listed
    return found


def _lead_date(context: DocContext, lead: int, word: int) -> str:
    """The date the designating sentence over a list gives its act ("Today, OFAC designated
    the following:"): the items are that act's, and a date an item states is its target's
    (a birth date), never the act's. Empty for an act the lead only recalls."""
    from extract.dating import recalled, stated_date

    return "" if recalled(context, word) else stated_date(context, lead, word)


DOCUMENT_RULES = (list_designations,)
