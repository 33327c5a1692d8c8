"""The next item of a list of names, where the parser hangs it on the previous item's modifier.

A list of people or firms each described in passing ("A, a company in X that found work for
the workers, and its director, P"; "A, 41, of Macon, Georgia, and B, 37, of Reno, Nevada")
is often parsed with the second item joined to the first item's appositive, or to the place
of its "of <town>" residence, instead of to the first item. The item is still the list's.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.entity_index import EntityIndex
from extract.excluded import excluded


def next_item_on_appositive(token: Token, index: EntityIndex) -> list[str]:
    """"sanctioned A, a company in X that found contracts for the workers, and its director,
    P": the parser joins the next item to A's appositive; the item is named (P), or is a
    noun whose own appositive names it. A common noun with no name ("and its staff") adds
    nothing."""
    found: list[str] = []
    for appos in token.children:
        if appos.dep_ != "appos" or appos.pos_ != "NOUN" or index.at(appos):
            continue
        for item in appos.conjuncts:
            if item.i == appos.i or excluded(item):
                continue
            if index.at(item):
                found.extend(index.every(item))
            else:
                found.extend(e for c in item.children if c.dep_ == "appos" and index.at(c)
                             for e in index.every(c))
    return found


def next_item_on_residence(token: Token, index: EntityIndex) -> list[str]:
    """"charged A, 41, of Macon, Georgia, and B, 37, a Belarusian national": a person's
    residence ("of <town>, <state>") is no entity, and the parser joins the next named
    person to the town; that person's own residence may hold the item after it. Only a
    person, after the town, counts: a place listed with the town ("of Macon and Atlanta")
    is still the residence."""
    found: list[str] = []
    people, seen = [token], {token.i}
    while people:
        person = people.pop()
        own = index.at(person)
        if not own or not own.startswith("person:"):
            continue
        for prep in person.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for town in prep.children:
                if town.dep_ != "pobj" or index.at(town):
                    continue
                for item in town.conjuncts:
                    named = index.at(item)
                    if item.i > town.i and item.i not in seen and named and \
                            named.startswith("person:"):
                        seen.add(item.i)
                        found.extend(index.every(item))
                        people.append(item)
    return found


def next_items_after_semicolon(token: Token, index: EntityIndex) -> list[str]:
    """"A, B, all of China; C, of New Jersey; D and E of Taiwan were indicted": a list whose
    items carry their homes is cut by semicolons, and the parser hangs the item after a
    semicolon on the first item as its appositive (the items after it as that one's
    conjuncts). One person is never another's appositive across a semicolon, so a person
    there is the next item of the list of people."""
    own = index.at(token)
    if not own or not own.startswith("person:"):
        return []
    found: list[str] = []
    doc = token.doc
    for appos in token.children:
        named = index.at(appos)
        left = appos.left_edge.i
        if appos.dep_ != "appos" or not named or not named.startswith("person:") or \
                left == 0 or doc[left - 1].text != ";":
            continue
        found.extend(index.every(appos))
        for item in appos.conjuncts:
            listed = index.at(item)
            if item.i > appos.i and listed and listed.startswith("person:") and \
                    not excluded(item):
                found.extend(index.every(item))
    return found
