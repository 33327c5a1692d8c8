"""What a relative clause or appositive describes, and how far a clause reaches in a list.

A path that ends on a relative pronoun ("a unit that is part of X") or walks up from a clause
must know which noun the clause describes; in a list of names, a clause set between two
items, or restricting one common noun, speaks of that item alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.members import thing_described

_RELATIVE = frozenset({"who", "which", "that", "whom"})


def antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause describes ("a unit that is part
    of", "X, which OFAC designated")."""
    if token.lower_ in _RELATIVE and token.head.dep_ == "relcl" and token.head.head.i != \
            token.head.i:
        return _who_described(token, token.head.head)
    return token


def _who_described(relative: Token, noun: Token) -> Token:
    """"who" is a person: "an official of X who works in Y" describes the official, not the
    firm the parser hung the clause on. "which" is a thing: "X, a front company housing IT
    workers, which generated $N" describes the company, not the workers (members.py)."""
    if relative.lower_ == "who" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.pos_ == "NOUN" and noun.ent_type_ not in {"PERSON", "Person", "NORP"}:
        return noun.head.head
    thing = thing_described(relative, noun)
    if thing is not None:
        return thing
    return noun


def clause_holder(noun: Token) -> Token:
    """The noun a relative clause describes, for a path that reached `noun` by walking up
    from the clause ("+nsubj[who] <relcl")."""
    for clause in noun.children:
        if clause.dep_ != "relcl":
            continue
        for relative in clause.children:
            if relative.lower_ in _RELATIVE and relative.dep_ in {"nsubj", "nsubjpass"}:
                return _who_described(relative, noun)
    return noun


def describes_alone(word: Token, holder: Token) -> bool:
    """A singular appositive describes its own head, not the names coordinated with it:
    in "A, the head of X, and B, the representative of Y", B alone represents Y. A plural
    one ("A and B, two of its officers") may sum up the list."""
    return word.dep_ == "appos" and word.head.i == holder.i and word.tag_ in {"NN", "NNP"}


def closed_before_next_item(word: Token, argument: Token) -> bool:
    """A relative clause set between two items of a list ("A, who was sanctioned in 2023,
    and B"; "A, which OFAC designated, and B") describes the item before it alone: the next
    item comes after the clause has closed, so what the clause says is not said of it; and
    where the items each have a clause, each clause is its own item's.
    `argument`: the clause's relative pronoun, or the noun a path reached by walking up
    from the clause at `word`."""
    noun = antecedent(argument)
    if noun is not argument:
        clause: Token | None = argument.head
    else:
        clause = next((c for c in noun.children if c.dep_ == "relcl"
                       and c.left_edge.i <= word.i <= c.right_edge.i), None)
    if clause is None:
        return False
    # "A, who heads X, and B, who represents Y": where another item has a clause of its
    # own, each clause describes its own item
    return any(c.i > clause.right_edge.i or any(g.dep_ == "relcl" for g in c.children)
               for c in noun.conjuncts)


def restricts(clause: Token, noun: Token) -> bool:
    """Whether a clause that describes a common noun picks out that noun alone: a
    restrictive modifier, not set off by a comma, belongs to the list item it follows. In
    "the defendants, the two firms and the people who move their money" only the people
    move the money; in "A and B, who moved the money", both did, and a name takes no
    restrictive clause, so after a name the clause covers the list. Bare nouns joined under
    one determiner share it ("firms and individuals that employ workers"); an item with a
    determiner or number of its own ("two firms employing workers") is complete."""
    if clause.dep_ not in {"acl", "relcl"} or clause.head.i != noun.i or noun.pos_ != "NOUN":
        return False
    if not any(c.dep_ in {"det", "nummod", "poss"} for c in noun.children):
        return False
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text not in {",", "(", "-", "–", "—", ";"}
