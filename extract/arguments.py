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

import bisect
import re
from itertools import pairwise

from spacy.tokens import Token

from extract.members import member_partitive, thing_described, unnamed

_PARTITIVE_HEADS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                              "nine", "ten", "some", "many", "most", "all", "each", "several",
                              "both", "none", "any", "few", "dozens", "hundreds", "thousands",
                              "members", "member", "part", "half",
                              # collectives of people: "teams of IT workers"
                              "team", "teams", "delegation", "delegations", "group", "groups",
                              "cell", "cells", "number", "network", "contingent"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_LIST_PREPS = frozenset({"including", "like", "among"})
_GOVERNMENTS = frozenset({"government", "governments"})
_EXCEPT = frozenset({"except", "excluding", "but", "besides"})


_LIST_GAP = re.compile(r"^\s*(?:,|;|,?\s*(?:and|or|as\s+well\s+as|and\s+also))\s*(?:the\s+)?$",
                       re.IGNORECASE)


_JOINING = re.compile(r"\b(?:and|or|as\s+well\s+as)\b", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"^['’]s?\s*$")
_POSSESSOR = re.compile(r"['’]s?\s")


class EntityIndex:
    """Token position -> entity id, from the resolved mentions of one document."""

    def __init__(self, size: int, text: str = "") -> None:
        self.by_token: list[str] = [""] * size
        self.spans: list[tuple[int, int, int, int, str]] = []  # tok start/end, char start/end
        self.text = text
        self.possessed: dict[int, str] = {}  # token start of "A" in "A's B" -> B
        self._starts: list[int] = []  # token starts of the sorted spans (set by finish)
        self._longest = 0
        # a plural reference is one mention per member on the same words ("the two men",
        # extract/groups.py): the words stand for every member
        self._on_words: dict[tuple[int, int], list[str]] = {}
        self._grouped: dict[int, list[str]] = {}

    def set(self, start: int, end: int, entity: str, chars: tuple[int, int] = (-1, -1)) -> None:
        for i in range(max(0, start), min(end, len(self.by_token))):
            if not self.by_token[i]:
                self.by_token[i] = entity
        members = self._on_words.setdefault((start, end), [])
        if entity not in members:
            members.append(entity)
        if len(members) > 1:
            for i in range(max(0, start), min(end, len(self.by_token))):
                if self.by_token[i] in members:
                    self._grouped[i] = members
        if chars[0] >= 0:
            self.spans.append((start, end, chars[0], chars[1], entity))

    def listed_after_colon(self, token: Token) -> list[str]:
        """'against four nationals: A, B and C', 'the following persons: A, B': the names
        listed after the colon that ends the phrase of a counted noun."""
        end = token.right_edge.i + 1
        doc = token.doc
        counted = any(c.dep_ == "nummod" or c.lower_ == "following" for c in token.children)
        if not counted or end >= len(doc) or doc[end].text != ":":
            return []
        first = next((s for s in self._starting_from(end + 1, end + 2) if s[0] == end + 1 or (
            s[0] == end + 2 and doc[end + 1].lower_ == "the")), None)
        if first is None:
            return []
        return [first[4], *self.listed_with(doc[first[0]])]

    def finish(self, possessors: frozenset[str] = frozenset()) -> None:
        """`possessors`: entities that, written "A's B" right before another of them, only
        address B ("the Treasury's Office of Foreign Assets Control" is the Office); their
        words are read as B's."""
        self.spans.sort()
        self._starts = [s[0] for s in self.spans]
        self._longest = max((s[1] - s[0] for s in self.spans), default=0)
        if not possessors:
            return
        for a, b in pairwise(self.spans):
            if a[4] in possessors and b[4] in possessors and a[4] != b[4] and \
                    _POSSESSIVE_GAP.match(self.text[a[3]:b[2]]):
                for i in range(a[0], a[1]):
                    self.by_token[i] = b[4]
                self.possessed[a[0]] = b[4]

    def listed_with(self, token: Token) -> list[str]:
        """Names in a plain list with the one at `token` ("A, B and C"), when the parse of a
        list of multi-word names went astray: neighbours joined only by commas, "and",
        "or", "as well as"."""
        at = self._span_at(token.i)
        if at < 0:
            return []
        found: list[str] = []
        joined = False
        for step in (-1, 1):
            k = at
            while 0 <= k + step < len(self.spans):
                a, b = (self.spans[k], self.spans[k + step]) if step > 0 else (
                    self.spans[k + step], self.spans[k])
                gap = self.text[a[3]:b[2]]
                neighbour = self.spans[k + step]
                if not _LIST_GAP.match(gap) or _POSSESSOR.match(self.text, neighbour[3]):
                    # "A, B's chief representative": B owns what follows, no list item
                    break
                if _is_country(neighbour[4]) != _is_country(self.spans[at][4]):
                    # a list holds places or actors: "B, the China-based representative"
                    # puts no country in a list with the person before it
                    break
                joined = joined or bool(_JOINING.search(gap))
                k += step
                # "X and the Treasury's Office ...": the item is the Office
                found.append(self.possessed.get(self.spans[k][0], self.spans[k][4]))
        kinds = {e.split(":")[0] for e in (self.spans[at][4], *found)}
        if not joined and len(kinds) > 1 and "country" in kinds:
            # "controlled by North Korea, Yanbian Silverstar in China and ...": commas
            # alone between a state and a company are an apposition, not a list
            return []
        return found

    def _starting_from(self, low: int, high: int) -> list[tuple[int, int, int, int, str]]:
        """The spans starting at tokens low..high, in list order."""
        if len(self._starts) != len(self.spans):  # not sorted by finish() yet
            return [s for s in self.spans if low <= s[0] <= high]
        return self.spans[bisect.bisect_left(self._starts, low):
                          bisect.bisect_right(self._starts, high)]

    def _span_at(self, i: int) -> int:
        """Index of the first span holding token i, or -1."""
        candidates = range(len(self.spans))
        if len(self._starts) == len(self.spans):
            # sorted spans: one holding i starts after i - longest and not after i; looking
            # only there keeps a long document's many lists from being quadratic
            candidates = range(bisect.bisect_right(self._starts, i - self._longest),
                               bisect.bisect_right(self._starts, i))
        return next((k for k in candidates if self.spans[k][0] <= i < self.spans[k][1]), -1)

    def at(self, token: Token) -> str:
        return self.by_token[token.i] if token.i < len(self.by_token) else ""

    def every(self, token: Token) -> list[str]:
        """Every entity the word stands for: the members of a set, else its one entity."""
        entity = self.at(token)
        if not entity:
            return []
        return list(self._grouped.get(token.i, [entity]))


def _is_country(entity: str) -> bool:
    return entity.startswith("country:")


def _previous(token: Token) -> str:
    return token.doc[token.i - 1].lower_ if token.i > 0 else ""


_PRETEND = frozenset({"pose", "pretend", "masquerade", "impersonate", "pass", "present"})


def _pretended(token: Token) -> bool:
    """What someone poses as is nobody in the facts: "posed as U.S. citizens", also where
    the parser reads "posed as U.S. citizens to get hired" as a clause marked by "as"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in _PRETEND:
        return True
    return token.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_ in _PRETEND and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in head.children)


def _excluded(token: Token) -> bool:
    """Under 'except (for)' / 'other than' within two steps; what someone poses as."""
    if _pretended(token):
        return True
    for ancestor in list(token.ancestors)[:3]:
        if ancestor.dep_ == "prep" and ancestor.lower_ in _EXCEPT:
            return True
        if ancestor.lower_ == "than" and _previous(ancestor) == "other":
            return True
    return False


def _own(token: Token, index: EntityIndex) -> list[str]:
    """The entity the word itself names, else the one an appositive, partitive or an
    'including' list under it names."""
    if index.at(token):
        if _indefinite_singular(token):
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
    if token.lower_ in _GOVERNMENTS:
        # "the ROK government", "the government of Japan": the state it governs
        states = [e for c in token.children if c.dep_ in {"compound", "amod", "poss"}
                  for e in index.every(c) if e.startswith("country:")]
        # "released (sanctioned) by the governments of the United States, Japan and the
        # ROK": the agent of an act. Not the subject that opens a joint statement, whose
        # authors are the agencies that sign it (docs/annotation.md)
        if token.dep_ == "pobj" and token.head.lower_ == "by":
            states += [e for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"
                       for e in _with_conjuncts(o, index, depth=1)
                       if e.startswith("country:")]
        if states:
            return states
    if token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.i < token.i and \
            index.at(token.head):
        # "A, a firm affiliated with X, and B, a front company": a description in
        # apposition to a name is that name, whatever later item the parser hangs on it
        return index.every(token.head)
    found: list[str] = []
    quantifier = token.lower_ in _PARTITIVE_HEADS or token.tag_ == "CD"
    for child in token.children:
        if child.dep_ == "appos" or (quantifier and child.dep_ in {"nmod", "npadvmod"}):
            found.extend(_with_conjuncts(child, index, depth=1))
        elif child.dep_ == "acl" and child.lower_ in _KNOWN_AS:
            # "the office, known as Department 53," "a unit called Bureau 614": the name
            # the noun goes by (not "known for its software", "named after its founder")
            found.extend(e for n in _name_given(child) for e in index.every(n))
        elif child.dep_ == "prep" and (
                (child.lower_ == "of" and (token.lower_ in _PARTITIVE_HEADS
                                           or token.tag_ == "CD"))
                or child.lower_ in _LIST_PREPS
                or (child.lower_ == "as" and _previous(child) == "such")):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                members = _with_conjuncts(pobj, index, depth=1)
                if child.lower_ == "of" and member_partitive(token, pobj):
                    members = [e for e in members if not unnamed(e)]
                found.extend(members)
    if not found:
        found.extend(index.listed_after_colon(token))
    if not found:
        found.extend(_described(token, index))
    return found


_KNOWN_AS = frozenset({"known", "called", "named", "dubbed"})


def _name_given(participle: Token) -> list[Token]:
    """The name "known as X" / "called X" gives its noun."""
    if participle.lower_ == "known":
        return [o for p in participle.children if p.dep_ == "prep" and p.lower_ == "as"
                for o in p.children if o.dep_ == "pobj"]
    return [c for c in participle.children if c.dep_ in {"oprd", "dobj", "attr", "xcomp"}]


def _listed_under(token: Token, index: EntityIndex) -> list[str]:
    found: list[str] = []
    for child in token.children:
        if child.dep_ == "prep" and (child.lower_ in _LIST_PREPS or (
                child.lower_ == "as" and _previous(child) == "such")):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(_with_conjuncts(pobj, index, depth=1))
    return found


def _indefinite_singular(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.tag_ == "NN" and token.dep_ in {"appos", "attr"} \
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)


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
    for child in token.children:
        if child.dep_ == "prep" and (child.lower_ == "alongside" or (
                child.lower_ == "with" and _previous(child) in {"together", "along"})):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(_with_conjuncts(pobj, index, depth=2))
    return found


def _with_conjuncts(token: Token, index: EntityIndex, depth: int = 0,
                    alone: bool = False) -> list[str]:
    found = list(_own(token, index)) if depth < 3 else index.every(token)
    if index.at(token) and not alone and token.pos_ != "PRON":
        # a list of names is read by adjacency only between names: "A, a firm that hires
        # workers, and its director" lists no workers with "its"
        found.extend(index.listed_with(token))
        found.extend(_next_item_on_appositive(token, index))
    found.extend(_comitative(token, index))
    if alone or (token.dep_ == "appos" and token.pos_ == "NOUN"):
        # "A, a UAE-based firm, and B, a Hong Kong company": the parser may join B to the
        # appositive, but B is the next item of the list, not another UAE-based firm
        return [e for e in found if e]
    for conjunct in token.conjuncts:
        if conjunct.i == token.i or _excluded(conjunct):
            continue
        if index.at(conjunct):
            found.extend(index.every(conjunct))
        elif depth < 2:
            found.extend(_own(conjunct, index))
    return [e for e in found if e]


def _next_item_on_appositive(token: Token, index: EntityIndex) -> list[str]:
    """"sanctioned A, a company in X that found contracts for the workers, and its director,
    P": the parser joins the next item to A's appositive; the item is named (P), or is a
    noun whose own appositive names it. A common noun with no name ("and its staff") adds
    nothing."""
    found: list[str] = []
    for appos in token.children:
        if appos.dep_ != "appos" or appos.pos_ != "NOUN" or index.at(appos):
            continue
        for item in appos.conjuncts:
            if item.i == appos.i or _excluded(item):
                continue
            if index.at(item):
                found.extend(index.every(item))
            else:
                found.extend(e for c in item.children if c.dep_ == "appos" and index.at(c)
                             for e in index.every(c))
    return found


def antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause describes ("a unit that is part
    of", "X, which OFAC designated")."""
    if token.lower_ in _RELATIVE and token.head.dep_ == "relcl" and token.head.head is not \
            token.head:
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


# a noun that gives someone's own name: "operates under the name X", "under the alias X"
# names the actor itself, not a second party
_NAMING = frozenset({"name", "names", "alias", "aliases", "pseudonym", "moniker", "guise",
                     "brand", "banner"})


def entities_of(token: Token, index: EntityIndex, alone: bool = False) -> list[str]:
    """Every entity an argument word stands for, in text order, without repeats; `alone`:
    the word's own entities, not those of the words coordinated with it."""
    token = antecedent(token)
    if _excluded(token) or (token.lower_ in _NAMING and not index.at(token)):
        return []
    seen: list[str] = []
    for entity in _with_conjuncts(token, index, alone=alone):
        if entity not in seen:
            seen.append(entity)
    return seen
