"""From an argument word of the parse to the entities it stands for.

A frame's path ends on one word. That word stands for an entity when it lies inside a
resolved mention (a name, an unnamed actor, a pronoun that coreference resolved). Around it,
English adds entities the path does not walk:

- coordination: "A, B and C" (every conjunct; "as well as" too);
- apposition: "the company, X" / "X, the company" (the appositive's entity when the word
  itself is not one);
- partitives: "two of the workers", "one of its front companies" (the "of" object; not
  a described set some members of which act: extract/members.py);
- lists introduced by "including", "such as", "among them" under a general noun
  ("three companies, including X and Y").

Words under "except (for)", "excluding", "other than" never stand for an argument.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.argument_words import KNOWN_AS, comitative_words, indefinite_singular, name_given
from extract.clause_scope import antecedent
from extract.described_by import named_after_description
from extract.entity_index import EntityIndex
from extract.excluded import excluded, previous_word
from extract.list_items import (
    next_item_on_appositive,
    next_item_on_residence,
    next_items_after_semicolon,
)
from extract.members import member_partitive, unnamed
from extract.normalize.numbers import COUNT_WORDS

_PARTITIVE_HEADS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                              "nine", "ten", "some", "many", "most", "all", "each", "several",
                              "both", "none", "any", "few", "dozens", "hundreds", "thousands",
                              "members", "member", "part", "half",
                              # collectives of people: "teams of IT workers"
                              "team", "teams", "delegation", "delegations", "group", "groups",
                              "cell", "cells", "number", "network", "contingent"})
_LIST_PREPS = frozenset({"including", "like", "among"})
GOVERNMENTS = frozenset({"government", "governments"})
# "... found jobs at 120 firms, a scheme that earned $N": an appositive that names an act
# sums up the clause before it; it describes no entity, whatever noun it follows
_SUMMING_UP = frozenset({"scheme", "conspiracy", "plot", "fraud", "ploy", "ruse", "effort",
                         "campaign", "arrangement", "practice", "tactic", "move", "step"})


def _own(token: Token, index: EntityIndex) -> list[str]:
    """The entity the word itself names, else the one an appositive, partitive or an
    'including' list under it names."""
    if index.at(token):
        named = named_after_description(token, index)
        if named:
            return named
        if indefinite_singular(token):
            # "X, a DPRK IT worker employed by Y": an indefinite singular description of a
            # name stands for that name, even where a group's name covers its words
            described = _described(token, index)
            if described and described != [index.at(token)]:
                return described
        own = index.every(token)
        # "four individuals, including A and B": a description and the names it lists
        # under it, members of its set and so of its kind (the parser may hang another
        # noun's list on it: "individuals who worked with banks, including Tongil Bank");
        # a name's own "including" (its units, its staff) is not itself
        if token.pos_ == "NOUN":
            kinds = {e.split(":", 1)[0] for e in own}
            own += [e for e in _listed_under(token, index)
                    if e not in own and e.split(":", 1)[0] in kinds]
        return own
    if token.lower_ in GOVERNMENTS:
        # "the ROK government", "the government of Japan": the state it governs
        # (with their conjuncts: "the Japanese and South Korean governments")
        states = [e for c in token.children if c.dep_ in {"compound", "amod", "poss"}
                  for x in (c, *c.conjuncts) for e in index.every(x)
                  if e.startswith("country:")]
        # "released (sanctioned) by the governments of the United States, Japan and the
        # ROK", "the governments of Japan and the ROK designated X": the agent of an act,
        # the states (docs/annotation.md: the designator is the state when the text names
        # its government). The subject that opens a joint statement is not read here:
        # its authors are the agencies that sign it (issuance.authors skips it)
        if (token.dep_ == "pobj" and token.head.lower_ == "by") or token.dep_ == "nsubj":
            states += [e for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"
                       for e in _with_conjuncts(o, index, depth=1)
                       if e.startswith("country:")]
        if states:
            return states
    if token.dep_ == "appos" and token.lemma_.lower() in _SUMMING_UP:
        return []
    if token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.i < token.i and \
            index.at(token.head):
        listed = _list_described(token, index)
        if listed:
            return listed
        # "A, a firm affiliated with X, and B, a front company": a description in
        # apposition to a name is that name, whatever later item the parser hangs on it
        return index.every(token.head)
    found: list[str] = []
    quantifier = token.lower_ in _PARTITIVE_HEADS or token.tag_ == "CD"
    for child in token.children:
        if child.dep_ == "appos" or (quantifier and child.dep_ in {"nmod", "npadvmod"}):
            found.extend(_with_conjuncts(child, index, depth=1))
        elif child.dep_ == "acl" and child.lower_ in KNOWN_AS:
            # "the office, known as Department 53," "a unit called Bureau 614": the name
            # the noun goes by (not "known for its software", "named after its founder")
            found.extend(e for n in name_given(child) for e in index.every(n))
        elif child.dep_ == "prep" and (
                (child.lower_ == "of" and (token.lower_ in _PARTITIVE_HEADS
                                           or token.tag_ == "CD"))
                or child.lower_ in _LIST_PREPS
                or (child.lower_ == "as" and previous_word(child) == "such")):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                members = _with_conjuncts(pobj, index, depth=1)
                if child.lower_ == "of" and member_partitive(token, pobj):
                    members = [e for e in members if not unnamed(e)]
                found.extend(members)
    if not found:
        found.extend(_examples_of_clause_noun(token, index))
    if not found:
        found.extend(_among_them_after(token, index))
    if not found:
        found.extend(index.listed_after_colon(token))
    if not found:
        found.extend(_described(token, index))
    return found


def _examples_of_clause_noun(token: Token, index: EntityIndex) -> list[str]:
    """'groups linked to the DPRK, such as X': after a comma, the examples belong to the
    plural noun the participle describes, not to the name that ends the participle's
    phrase, where the parser hangs them (a name has no examples)."""
    if token.tag_ != "NNS":
        return []
    found: list[str] = []
    for clause in token.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        for name in clause.subtree:
            if name.tag_ not in {"NNP", "NNPS"}:
                continue
            for prep in name.children:
                if prep.dep_ == "prep" and prep.lower_ == "as" and \
                        previous_word(prep) == "such" and prep.i >= 2 and \
                        prep.doc[prep.i - 2].text == ",":
                    found.extend(e for o in prep.children if o.dep_ == "pobj"
                                 for e in _with_conjuncts(o, index, depth=1))
    return found


def _listed_under(token: Token, index: EntityIndex) -> list[str]:
    found: list[str] = []
    for child in token.children:
        if child.dep_ == "prep" and (child.lower_ in _LIST_PREPS or (
                child.lower_ == "as" and previous_word(child) == "such")):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(_with_conjuncts(pobj, index, depth=1))
    found.extend(e for e in _among_them_after(token, index) if e not in found)
    return found


def _among_them_after(token: Token, index: EntityIndex) -> list[str]:
    """"15 North Koreans, among them A and B": the parser may hang the names on the verb or
    on another noun and "among them" on the first name, which still lists the noun's set."""
    doc = token.doc
    if token.tag_ not in {"NNS", "NNPS"} or token.i + 3 >= len(doc) or \
            doc[token.i + 1].text != "," or doc[token.i + 2].lower_ != "among" or \
            doc[token.i + 3].lower_ != "them" or doc[token.i + 3].head.i != token.i + 2:
        return []
    name = doc[token.i + 2].head
    if name.i <= token.i + 3 or not index.at(name):
        return []
    return _with_conjuncts(name, index, depth=1)


def _list_described(token: Token, index: EntityIndex) -> list[str]:
    """'A and B, two officials who ...': a plural appositive after a list of names (the
    parser hangs it on the last) describes every name of the list, if it counts them
    right; a singular one describes the last name only."""
    if token.tag_ != "NNS":
        return []
    items = [t for t in token.head.conjuncts if index.at(t)] + [token.head]
    items = sorted(set(items), key=lambda t: t.i)
    if len(items) < 2:
        return []
    counts = [COUNT_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
              for c in token.children if c.dep_ == "nummod"]
    if counts and counts[0] != len(items):
        return []
    return [e for t in items for e in index.every(t)]


def _described(token: Token, index: EntityIndex) -> list[str]:
    """A common noun that describes a named entity stands for it: the appositive ("X, a
    company based in Y") and the predicate noun ("X is an entity registered in Y")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return []
    if token.dep_ == "appos":
        entity = index.at(token.head)
        return [entity] if entity else []
    if token.dep_ == "attr":
        for subject in token.head.children:
            if subject.dep_ in {"nsubj", "nsubjpass"}:
                entity = index.at(subject)
                return [entity] if entity else []
    return []


def _comitative(token: Token, index: EntityIndex) -> list[str]:
    """'X, together with Y', 'X alongside Y', 'X along with Y': Y shares X's role."""
    found: list[str] = []
    for child in comitative_words(token):
        if child.dep_ == "prep" and (child.lower_ == "alongside" or (
                child.lower_ == "with" and previous_word(child) in {"together", "along"})):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(_with_conjuncts(pobj, index, depth=2))
    return found


def _describes_one_name(token: Token, index: EntityIndex) -> bool:
    """"A, its CEO B, and C, a Russia-based front company": an indefinite singular
    description in apposition to a name is that one name, not an item of the list the name
    closes (the descriptor's span sits next to the names only by the commas)."""
    return indefinite_singular(token) and token.dep_ == "appos" and \
        bool(_described(token, index))


def _with_conjuncts(token: Token, index: EntityIndex, depth: int = 0,
                    alone: bool = False) -> list[str]:
    found = list(_own(token, index)) if depth < 3 else index.every(token)
    if index.at(token) and not alone and token.pos_ != "PRON" and len(index.every(token)) < 2:
        # a list of names is read by adjacency only between names: "A, a firm that hires
        # workers, and its director" lists no workers with "its"; nor is a set reference
        # a name ("To pass as staff of U.S. firms, the defendants opened ...")
        if not _describes_one_name(token, index):
            found.extend(index.listed_with(token))
        found.extend(next_item_on_appositive(token, index))
        found.extend(next_item_on_residence(token, index))
        found.extend(next_items_after_semicolon(token, index))
    found.extend(_comitative(token, index))
    if alone or (token.dep_ == "appos" and token.pos_ == "NOUN"):
        # "A, a UAE-based firm, and B, a Hong Kong company": the parser may join B to the
        # appositive, but B is the next item of the list, not another UAE-based firm
        return [e for e in found if e]
    for conjunct in token.conjuncts:
        if conjunct.i == token.i or excluded(conjunct):
            continue
        if index.at(conjunct):
            found.extend(index.every(conjunct))
        elif depth < 2:
            found.extend(_own(conjunct, index))
    if depth == 0:
        found.extend(_repeated_preposition(token, index))
    return [e for e in found if e]


def _repeated_preposition(token: Token, index: EntityIndex) -> list[str]:
    """"hired by A, a logistics firm, and by B", "worked at A and at B": the preposition
    itself is repeated and the parser joins the two prepositions, not their objects; the
    object of the second shares the first's role. Only the same preposition: "at A and
    with B" may be two roles."""
    head = token.head
    if token.dep_ != "pobj" or head.pos_ != "ADP":
        return []
    if any(c.dep_ == "relcl" for c in token.children):
        return []  # "from A, which had hired them, and from B": the clause is A's alone
    found: list[str] = []
    for other in head.conjuncts:
        if other.i == head.i or other.lower_ != head.lower_:
            continue
        for pobj in other.children:
            if pobj.dep_ == "pobj" and not excluded(pobj):
                found.extend(_with_conjuncts(pobj, index, depth=1))
    return found


# a noun that gives someone's own name: "operates under the name X", "under the alias X"
# names the actor itself, not a second party
_NAMING = frozenset({"name", "names", "alias", "aliases", "pseudonym", "moniker", "guise",
                     "brand", "banner"})


def entities_of(token: Token, index: EntityIndex, alone: bool = False) -> list[str]:
    """Every entity an argument word stands for, in text order, without repeats; `alone`:
    the word's own entities, not those of the words coordinated with it."""
    token = antecedent(token)
    if excluded(token) or (token.lower_ in _NAMING and not index.at(token)):
        return []
    seen: list[str] = []
    for entity in _with_conjuncts(token, index, alone=alone):
        if entity not in seen:
            seen.append(entity)
    return seen
