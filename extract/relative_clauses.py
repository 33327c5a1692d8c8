"""Which items of a list a relative clause after the list describes.

A non-restrictive clause after a list of names ("A and B, who moved the money") may describe
every item or the last one alone. English marks which in two ways, both read here:

- agreement: a subject relative takes the number of what it describes, so "A and B, who
  heads X" (heads, is, was, has) describes B alone, while "who head X" or "who headed X"
  may describe the list;
- animacy: "who" is said of people and "which" of things, so in "A Ltd. and B, who worked
  for Y" the company did not work for Y, and in "A and B Ltd., which operated from Y" the
  person is not placed there; a plural verb ("which were sanctioned") sums up a mixed list
  under either pronoun.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import ExtractedEntity

_RELATIVE = frozenset({"who", "which", "that"})
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
# singular finite forms: present third person (VBZ) and the singular past of "be"
_SINGULAR = frozenset({"was", "is", "has", "does"})
_PLURAL = frozenset({"were", "are", "have", "do"})
# bodies that are things, never "who": companies, fronts, banks
_THINGS = frozenset({"company", "front_company", "bank"})


def subject_relative(word: Token, argument: Token) -> Token | None:
    """The relative pronoun that is the subject of the clause through which a frame
    reached `argument` (the pronoun itself, or the noun the clause at `word` describes)."""
    if argument.lower_ in _RELATIVE:
        return argument if argument.dep_ in _SUBJECT and argument.head.dep_ == "relcl" \
            else None
    for clause in argument.children:
        if clause.dep_ == "relcl" and clause.left_edge.i <= word.i <= clause.right_edge.i:
            return next((c for c in clause.children
                         if c.lower_ in _RELATIVE and c.dep_ in _SUBJECT), None)
    return None


def _finite(relative: Token) -> list[Token]:
    verb = relative.head
    return [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]


def singular_clause(word: Token, argument: Token) -> bool:
    """'A and B, who heads X': a clause whose verb is singular describes the last item
    alone."""
    relative = subject_relative(word, argument)
    if relative is None:
        return False
    return any(v.tag_ == "VBZ" or v.lower_ in _SINGULAR for v in _finite(relative))


def fits_relative(word: Token, argument: Token, entity: ExtractedEntity) -> bool:
    """False for a list item the clause's pronoun cannot describe: a person under "which",
    a company or bank under "who"."""
    relative = subject_relative(word, argument)
    if relative is None or any(v.tag_ == "VBP" or v.lower_ in _PLURAL for v in
                               _finite(relative)):
        return True  # a plural verb sums up a mixed list under either pronoun
    if relative.lower_ == "which":
        return entity.type != "Person"
    if relative.lower_ == "who":
        return not (entity.type == "Organization"
                    and entity.properties.get("kind") in _THINGS)
    return True


_OWN_CLAUSE = frozenset({"acl", "relcl", "appos"})


def closed_participle(word: Token, argument: Token) -> bool:
    """A participle clause set after one item of a list ("A, based in China, and B, based in
    Russia"; "A, controlled by X, and B") describes that item alone when the next item comes
    after the clause has closed, or when another item has a clause of its own: each place is
    its own item's. After the whole list ("A and B, both based in China") it may describe
    every item. The participle clause's counterpart of `closed_before_next_item` for
    relative clauses."""
    if word.dep_ != "acl" or word.head.i != argument.i or word.i < argument.i:
        return False
    return any(c.i > word.right_edge.i
               or any(g.dep_ in _OWN_CLAUSE and g.i > c.i for g in c.children)
               for c in argument.conjuncts if c.i != argument.i)
