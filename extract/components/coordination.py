"""A name listed among people is a person's name: coordination agrees in kind.

The small model sometimes reads an unfamiliar personal name as an organization where it
stands in a list of people ("In <state>, <Name>, <Person> and <Person> each pleaded
guilty"). A list joins words of one kind, so a model ORG with no company or office word,
written as two to four capitalized words, whose list holds two or more of the model's
persons and no organization, is read as a person. A company listed with people keeps its
reading when a company word marks it ("<Name> LLC, <Person> and <Person>"), and a list
with an organization in it proves nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extract.components.span_context import AGENCY_HEAD, ORG_HEAD

_WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?$")


def _members(token: Token) -> list[Token]:
    """Every conjunct of the list the token stands in (the token included)."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    found = [head]
    for t in head.subtree:
        if t.dep_ == "conj" and t.i != head.i:
            chain = t
            while chain.dep_ == "conj" and chain.head.i != chain.i:
                chain = chain.head
            if chain.i == head.i:
                found.append(t)
    return found


def listed_with_persons(span: Span) -> bool:
    """Is this ORG span a personal name standing in a list of the model's persons?"""
    words = span.text.split()
    if not 2 <= len(words) <= 4 or not all(_WORD.match(w) for w in words):
        return False
    if ORG_HEAD.search(span.text) or AGENCY_HEAD.search(span.text):
        return False
    persons = orgs = 0
    for member in _members(span.root):
        if span.start <= member.i < span.end:
            continue
        label = member.ent_type_
        if label in {"PERSON", "Person"}:
            persons += 1
        elif label:
            orgs += 1
    return persons >= 2 and orgs == 0
