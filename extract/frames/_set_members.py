"""How a later sentence lists the members of a counted designation target: the readings
behind extract/frames/designation_members.py (its docstring tells the forms), each giving
the counted set taken up and the members named, or None."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.designation_sets import (
    CountedSet,
    count_of,
    counted_sets,
    hit_with_sanctions,
    kind_of,
    restricted_by_act,
)
from extract.punctuated_lists import read_items

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext

REACH = 10  # sentences a counted set may be taken up in
DEFINITE = frozenset({"the", "these", "those"})
# participles of the act itself: "one of the sanctioned individuals"
_DESIGNATING = frozenset({"designate", "sanction", "blacklist", "designated", "sanctioned",
                          "blacklisted"})
# "named the three individuals as A, B and C": naming verbs whose "as" gives the members
NAMING = frozenset({"name", "identify", "list"})
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20}


def definite(noun: Token) -> bool:
    """"the individuals", "these entities": the noun takes up something named before."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _set_for(context: DocContext, sent: int, kind: str, count: int | None
             ) -> CountedSet | None:
    before = [s for s in counted_sets(context) if s.sent < sent and sent - s.sent <= REACH
              and s.kind == kind]
    if not before:
        return None
    chosen = before[-1]
    if count is not None and count != chosen.count:
        return None
    return chosen


def _members(context: DocContext, sent: int, start: int, kind: str) -> list[str]:
    return [e for e in read_items(context, sent, start)
            if context.entities[e].type == kind]


def _ends_in_colon(context: DocContext, sent: int) -> bool:
    words = [t for t in context.sentence_span(sent) if not t.is_space]
    return bool(words) and words[-1].text == ":"


def _items_under(context: DocContext, sent: int, kind: str) -> list[str]:
    """"The individuals are as follows:" and one line per member: the name each item
    opens with; an item that opens with no member of the kind makes it some other list."""
    from extract.frames.designation_inline import semicolon_parts

    members: list[str] = []
    for item in sorted(i for i, lead in context.leads.items() if lead == sent):
        first = semicolon_parts(context, item, context.mentions.sentences[item].start)[:1]
        if not first or context.entities[first[0]].type != kind:
            return []
        members.append(first[0])
    return members


def _including(verb: Token) -> Token | None:
    """"are officials, including A and B": the first member after "including"."""
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        for prep in attr.children:
            if prep.dep_ == "prep" and prep.lower_ == "including":
                return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _read_plural(context: DocContext, sent: int, verb: Token, subject: Token
                 ) -> tuple[CountedSet, list[str]] | None:
    kind = kind_of(subject)
    if not kind or not definite(subject):
        return None
    if not restricted_by_act(subject):
        return None
    chosen = _set_for(context, sent, kind, count_of(subject))
    if chosen is None:
        return None
    if verb.lemma_ == "include":
        members, some = _members(context, sent, verb.i + 1, kind), True
    else:
        first = _including(verb)
        some = first is not None
        members = _members(context, sent, first.left_edge.i if first else verb.i + 1, kind)
    if not members and _ends_in_colon(context, sent):
        members = _items_under(context, sent, kind)
    if not members or len(members) > chosen.count or (not some and
                                                      len(members) != chosen.count):
        return None
    return chosen, members


def _read_ordinal(context: DocContext, sent: int, verb: Token, subject: Token
                  ) -> tuple[CountedSet, list[str]] | None:
    """"The fourth entity is X", "The fifteenth individual, X, is ..."; and the one member
    of a set of one, "(two individuals and one entity ...) The entity is X", where the
    singular subject is definite and the set it takes up counts exactly one."""
    ordinal = next((c for c in subject.children if c.dep_ == "amod"
                    and c.lower_ in _ORDINALS), None)
    kind = kind_of(subject)
    if not kind or subject.tag_ != "NN" or not restricted_by_act(subject):
        return None
    if ordinal is None and not definite(subject):
        return None
    chosen = _set_for(context, sent, kind, None)
    if chosen is None:
        return None
    if ordinal is None:
        if chosen.count != 1:  # a singular takes up only a set of one
            return None
    elif _ORDINALS[ordinal.lower_] > chosen.count:
        return None
    words = [c for c in subject.children if c.dep_ == "appos"] or \
        [c for c in verb.children if c.dep_ == "attr"]
    from extract.arguments import entities_of

    members = [e for w in words for e in entities_of(w, context.index)
               if e in context.entities and context.entities[e].type == kind
               and not context.entities[e].unnamed]
    return (chosen, members[:1]) if len(members) == 1 else None


def _read_they(context: DocContext, sent: int, verb: Token) -> tuple[CountedSet, list[str]] | None:
    """"They are A and B" right after the act: one counted set of it matches exactly."""
    if verb.lemma_ != "be":
        return None
    found = []
    for chosen in (s for s in counted_sets(context) if s.sent == sent - 1):
        members = _members(context, sent, verb.i + 1, chosen.kind)
        if len(members) == chosen.count:
            found.append((chosen, members))
    return found[0] if len(found) == 1 else None


def _read_one_of(context: DocContext, sent: int, one: Token
                 ) -> tuple[CountedSet, list[str]] | None:
    """"A, one of the sanctioned individuals, ...", "A is one of the designated firms": a
    named member of the counted set, which the partitive restricts by the act itself."""
    from extract.arguments import entities_of

    whole = next((g for p in one.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), None)
    if whole is None or whole.tag_ not in {"NNS", "NNPS"} or not restricted_by_act(whole):
        return None
    if not any(c.lemma_.lower() in _DESIGNATING for c in whole.children
               if c.dep_ in {"amod", "acl"}):
        return None  # "one of the individuals" alone may be any set's member
    if not definite(whole):
        return None
    kind = kind_of(whole)
    chosen = _set_for(context, sent, kind, count_of(whole)) if kind else None
    if chosen is None:
        return None
    if one.dep_ == "appos":
        named = one.head
    elif one.dep_ == "attr":
        named = next((c for c in one.head.children if c.dep_ == "nsubj"), one)
    else:
        return None
    members = [e for e in entities_of(named, context.index, alone=True)
               if e in context.entities and context.entities[e].type == kind
               and not context.entities[e].unnamed]
    return (chosen, members) if len(members) == 1 else None


def _read_named_as(context: DocContext, sent: int, verb: Token
                   ) -> tuple[CountedSet, list[str]] | None:
    """"A statement named the three individuals as A, B and C": the object takes up the
    counted set by its own noun and number, the names after "as" are all its members."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    names = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                  for g in p.children if g.dep_ == "pobj"), None)
    if obj is None or names is None or obj.tag_ not in {"NNS", "NNPS"}:
        return None
    kind, count = kind_of(obj), count_of(obj)
    if not kind or count is None or not restricted_by_act(obj) or not definite(obj):
        return None
    chosen = _set_for(context, sent, kind, count)
    if chosen is None or context.doc[chosen.noun].lemma_ != obj.lemma_:
        return None  # "the two men" after "two individuals" may be others
    members = _members(context, sent, names.left_edge.i, kind)
    return (chosen, members) if len(members) == chosen.count else None


def _misread_subject(verb: Token) -> Token | None:
    """"The two firms to be hit with sanctions are A and B": the parser may make the
    infinitive a clause of "are" and the set its passive subject."""
    return next((s for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
                 and hit_with_sanctions(c) for s in c.children if s.dep_ == "nsubjpass"),
                None)


def reading(context: DocContext, sent: int, verb: Token) -> tuple[CountedSet, list[str]] | None:
    """The counted set the sentence of `verb` takes up and the members it names, or None."""
    if verb.lower_ == "one":
        return _read_one_of(context, sent, verb)
    if verb.lemma_ in NAMING:
        return _read_named_as(context, sent, verb)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or \
        _misread_subject(verb)
    if subject is None or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD")
                              for c in verb.children):
        return None  # "are not", "will be": no members of this act
    if subject.lower_ == "they":
        return _read_they(context, sent, verb)
    if subject.tag_ in {"NNS", "NNPS"}:
        return _read_plural(context, sent, verb, subject)
    return _read_ordinal(context, sent, verb, subject)
