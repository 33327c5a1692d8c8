""""A, 36, and B, 52, of <town>, <state>, and <town>, <state>, respectively": a list of
persons with a list of their towns, paired in order (location_rules.residences). The parser
hangs "of" on the last person; without "respectively" the towns are the last person's
alone, so the pairing is read only with that word and only when both lists are as long.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extract.relation_context import DocContext


def _town(item: Token) -> str:
    """A town with the state written after it: "El Paso, Texas" -> "El Paso , Texas"."""
    doc = item.doc
    start = min([item.i] + [c.i for c in item.children if c.dep_ == "compound"])
    name = doc[start:item.i + 1].text
    state = next((c for c in item.children if c.dep_ == "appos"), None)
    if state is not None:
        name += " , " + doc[state.left_edge.i:state.i + 1].text
    return name


def respective_places(prep: Token, context: DocContext) -> list[tuple[str, str]] | None:
    """(person, place as written) for each person of the list, or None when the of-phrase
    is no "respectively" construction (or the lists do not pair)."""
    doc, head = prep.doc, prep.head
    after = max(t.i for t in prep.subtree) + 1
    while after < len(doc) and doc[after].is_punct:
        after += 1
    # the word right after the towns, wherever the parser hangs it
    if after >= len(doc) or doc[after].lower_ != "respectively":
        return None
    first = head
    while first.dep_ == "conj":
        first = first.head
    # a comma or "and" before the first name: the list began earlier and was misread
    start = min([first.i] + [c.i for c in first.children if c.dep_ == "compound"])
    if start > 0 and doc[start - 1].lower_ in {",", "and"}:
        return []
    persons = [context.index.at(t) for t in sorted((first, *first.conjuncts),
                                                    key=lambda t: t.i)]
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or not all(persons) or any(
            context.entities[p].type != "Person" for p in persons):
        return []
    towns = [_town(t) for t in sorted((place, *place.conjuncts), key=lambda t: t.i)]
    if len(towns) != len(persons) or len(persons) < 2:
        return []
    return list(zip(persons, towns, strict=True))
