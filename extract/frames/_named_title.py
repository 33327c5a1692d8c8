"""The name a class noun titles: a firm named with its kind written before the name.

"China-based front company Hwasan Tech Co.", "the Chinese firm Yanji Kumbit Technology",
"the DPRK-controlled bank Kumsong Bank": the class noun ("company", "firm", "bank") stands
right before the name and the parser joins the two, either as a compound of the name's head
("company" -> "Co.") or with the name as the noun's apposition ("firm" <- "Technology").
The words that modify the class noun (a place-based participle, a demonym, an owner
before "-controlled") then describe the named firm, which the entity index does not know
from the class noun itself (it is no mention of the firm).

Only a name that follows the class noun at once is read: "U.S.-based companies hired the
workers" names no firm, and a person's nationality before his name ("Chinese national
Wang") titles a Person, which the callers leave alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extract.relation_context import DocContext

# singular class nouns of firms that may stand before a firm's name
TITLE_NOUNS = frozenset({"company", "firm", "bank", "corporation", "entity", "business",
                         "organization", "enterprise", "subsidiary", "conglomerate", "outfit",
                         "exchange"})


def titled(noun: Token, context: DocContext) -> str:
    """The Organization a class noun titles (see the module), or ""."""
    if noun.lower_ not in TITLE_NOUNS:
        return ""
    return _named_after(noun, context, "Organization")


def titled_person(noun: Token, context: DocContext) -> str:
    """The Person a post noun titles: "its North Korean CEO Pak Chol Su", "Kumsan Bank
    representative Ri Chol Nam", "the Hanul Trading representative Pak Chol Su": the post
    written right before the name, which the parser makes a compound of the name's head or
    gives the name as its apposition. The post's own modifiers and owner are read by the
    frame of the post noun as for "P, the representative of X"."""
    return _named_after(noun, context, "Person")


def _named_after(noun: Token, context: DocContext, kind: str) -> str:
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return ""
    # the class noun may have been read as a description of its own ("the Chinese firm"),
    # never as a name
    own = context.entities.get(context.index.at(noun))
    if own is not None and not own.unnamed:
        return ""
    name = context.index.at(doc[noun.i + 1])
    entity = context.entities.get(name) if name else None
    if entity is None or entity.type != kind:
        return ""
    joined = (noun.dep_ == "compound" and context.index.at(noun.head) == name) or any(
        c.dep_ == "appos" and context.index.at(c) == name for c in noun.children)
    return name if joined else ""
