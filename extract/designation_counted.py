"""DESIGNATED (and DEFENDANT_IN) for the members a counted target names after a colon.

"The two individuals named on Thursday were sanctioned for acting for those fronts: A,
who heads the delegation in Laos, and B, who is the company's representative in China";
"OFAC imposed sanctions on three firms: A, a trading house in Dalian, B and C". The
designated target is a counted plural ("two individuals", "three firms") and the members
follow the colon that closes the sentence's designating part. The members are read from
the colon on by extract/punctuated_lists.py, where a relative clause or a
description after a member only describes it; they stand for the counted target only when
there are exactly as many of them as the count says (a count that does not match is
some other list: "three firms: A and B were among them" names no three). Charges are told
the same way ("an indictment against five men: A and B, both North Korean nationals, and C,
D and E"), so the court frames read their defendants with the same check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.normalize.numbers import COUNT_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

_TARGET_DEPS = frozenset({"nsubjpass", "dobj"})


def count_of(noun: Token) -> int | None:
    for child in noun.children:
        if child.dep_ == "nummod":
            text = child.lower_
            if text.isdigit():
                return int(text)
            return COUNT_WORDS.get(text)
    return None


def counted_target(word: Token) -> Token | None:
    """The counted plural the designating word acts on: its passive subject or object,
    or the object of "on"/"against" after it ("imposed sanctions on three firms")."""
    candidates = [c for c in word.children if c.dep_ in _TARGET_DEPS]
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "against"}:
            candidates += [g for g in child.children if g.dep_ == "pobj"]
    for dobj in (c for c in word.children if c.dep_ == "dobj"):
        for prep in (g for g in dobj.children if g.dep_ == "prep"
                     and g.lower_ in {"on", "against"}):
            candidates += [g for g in prep.children if g.dep_ == "pobj"]
    for noun in candidates:
        if noun.tag_ in {"NNS", "NNPS"} and count_of(noun):
            return noun
    return None


def counted_members(hit: Hit, context: DocContext, role: str = "target") -> None:
    """Fill the hit's `role` (a designation's targets, a charge's defendants) with the
    members a colon lists for its counted argument."""
    from extract.punctuated_lists import read_items

    if hit.roles.get(role):
        return  # the parse already reached named arguments
    noun = counted_target(hit.word)
    if noun is None:
        return
    count = count_of(noun)
    colon = next((t for t in context.sentence_span(hit.sent)
                  if t.text == ":" and t.i > max(hit.word.i, noun.i)), None)
    if colon is None or count is None:
        return
    members = read_items(context, hit.sent, colon.i + 1, counted=True)
    if len(members) == count:
        hit.roles[role] = members


# the links from an "including" up to the designating verb that keep it in the verb's own
# phrase (not in a clause that describes a target: "four men who ran firms including A")
_PHRASE = frozenset({"prep", "pobj", "amod", "acomp", "conj", "dobj", "nsubjpass", "appos"})


def including_members(hit: Hit, context: DocContext) -> None:
    """"designated four individuals and two entities as subject to sanctions, including A
    and B": where the verb acts on a counted set (and the parse reached no named target),
    the names after an "including" of the verb's own phrase are designated too (the parser
    hangs "including" on the nearest noun, here "sanctions")."""
    from extract.arguments import entities_of

    targets = hit.roles.get("target", [])
    word = hit.word
    noun = counted_target(word)
    if any(not context.entities[t].unnamed for t in targets) or (not targets and noun is None):
        return
    the_set = {noun.i, *(c.i for c in noun.conjuncts)} if noun is not None else set()
    for token in word.subtree:
        if token.lower_ != "including" or token.dep_ != "prep" or token.i < word.i:
            continue
        link = token
        while link.i != word.i and link.dep_ in _PHRASE:
            link = link.head
        # on the set itself, or after a clause that describes it, "including" may list
        # that clause's nouns ("four men who worked with banks, including B")
        if link.i != word.i or token.head.i in the_set or any(
                t.dep_ in {"relcl", "acl"} and word.i < t.i < token.i for t in word.subtree):
            continue
        named = [e for c in token.children if c.dep_ == "pobj"
                 for e in entities_of(c, context.index)
                 if e in context.entities and not context.entities[e].unnamed
                 and context.entities[e].type in {"Person", "Organization"}]
        hit.roles["target"] = [*targets, *(e for e in named if e not in targets)]
        return
