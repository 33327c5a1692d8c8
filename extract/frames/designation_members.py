"""DESIGNATED for the members a later sentence lists for a counted designation target.

"The Government has decided to designate four individuals and two entities as targets of
its sanctions. The individuals are A, B, C and D. ... The two entities are E and F, a company
under G." The counted target (extract/designation_sets.py) stands for the members a later
copular sentence lists for it:
- "The (four) individuals are A, B, C and D", "The two entities are E and F": a definite
  plural subject whose noun counts the same kind (people, organizations) as the set; the
  names after the copula are the members, read by their punctuation
  (extract/punctuated_lists.py: a description after a name is passed over). There
  must be exactly as many names of that kind as the count: a count that does not match
  names no members ("The two entities are A, B and C" is some other list);
- "The designated individuals include A and B", "The four individuals are officials,
  including A and B": "include"/"including" names some of the members, never more than the
  count;
- "The fourth entity (facing sanctions) is X", "The fifteenth individual, X, ...": an
  ordinal subject names one member, within the count;
- "A, one of the sanctioned individuals, ...", "A is one of the designated firms": a
  partitive of the set restricted by the act's participle names one member;
- "The individuals are as follows:" (or "are:") and one item per member on the lines
  under it (the name each item opens with; as many items as the count);
- "They are A and B" right after the act: only when the names match one counted set of the
  act exactly (its kind and its number);
- "A statement named (identified) the three individuals as A, B and C": a naming verb whose
  definite object takes up the set by its own noun and number, the names after "as".
The subject may be restricted only by the act's own words ("designated", "sanctioned",
"newly added to the list", "facing sanctions", "to be hit with sanctions"): "the
individuals arrested are", "the victims are", "the individuals in the photo are" speak of
someone else. The designator is the act's (its agent, else the designator in force there);
the nearest earlier counted set of the kind within ten sentences is the one the subject
takes up. A negated copula, a modal one ("will be"), or a sentence dated before the
document ("The individuals sanctioned in 2022 were ...") names none.
"""

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
from extract.relation_context import Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext

FRAME_ID = "designation-members.v1"
_OWN_NEWS = frozenset({"sanctions_release", "news"})
_REACH = 10  # sentences a counted set may be taken up in
_DEFINITE = frozenset({"the", "these", "those"})
# participles of the act itself: "one of the sanctioned individuals"
_DESIGNATING = frozenset({"designate", "sanction", "blacklist", "designated", "sanctioned",
                          "blacklisted"})
# "named the three individuals as A, B and C": naming verbs whose "as" gives the members
_NAMING = frozenset({"name", "identify", "list"})
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20}


def _set_for(context: DocContext, sent: int, kind: str, count: int | None
             ) -> CountedSet | None:
    before = [s for s in counted_sets(context) if s.sent < sent and sent - s.sent <= _REACH
              and s.kind == kind]
    if not before:
        return None
    chosen = before[-1]
    if count is not None and count != chosen.count:
        return None
    return chosen


def _members(context: DocContext, sent: int, start: int, kind: str) -> list[str]:
    from extract.punctuated_lists import read_items

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
    if not kind or not any(c.dep_ == "det" and c.lower_ in _DEFINITE
                           for c in subject.children):
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
    """"The fourth entity is X", "The fifteenth individual, X, is ..."."""
    ordinal = next((c for c in subject.children if c.dep_ == "amod"
                    and c.lower_ in _ORDINALS), None)
    kind = kind_of(subject)
    if ordinal is None or not kind or subject.tag_ != "NN" or not restricted_by_act(subject):
        return None
    chosen = _set_for(context, sent, kind, None)
    if chosen is None or _ORDINALS[ordinal.lower_] > chosen.count:
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
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in whole.children):
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
    if not kind or count is None or not restricted_by_act(obj) or not any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children):
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


def _reading(context: DocContext, sent: int, verb: Token) -> tuple[CountedSet, list[str]] | None:
    if verb.lower_ == "one":
        return _read_one_of(context, sent, verb)
    if verb.lemma_ in _NAMING:
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


def _naming(verb: Token) -> bool:
    """A naming verb of the text's own sentence; the parser may hang it on its subject
    ("A statement named ...": "named" a clause on "statement")."""
    return verb.lemma_ in _NAMING and verb.pos_ == "VERB" and verb.dep_ in {"ROOT", "conj",
                                                                            "acl"}


def _dated_before(context: DocContext, sent: int) -> bool:
    """"The two individuals sanctioned in 2021 were A and B": a list of an earlier act."""
    from extract.dating import sentence_dates

    date = context.meta.date
    return bool(date) and any(iso < date[:len(iso)] for _, iso in
                              sentence_dates(context, sent))


def member_designations(context: DocContext) -> list[Found]:
    """One DESIGNATED per member a copular sentence lists for a counted target."""
    from extract.dating import earlier_act, sentence_dates
    from extract.relations import _ends

    sets = counted_sets(context)
    if not sets:
        return []
    found: list[Found] = []
    first = min(s.sent for s in sets)
    for sent in range(first + 1, len(context.mentions.sentences)):
        for verb in context.sentence_span(sent):
            if verb.lower_ != "one" and not _naming(verb) and (
                    verb.lemma_ not in {"be", "include"} or verb.pos_ not in {"AUX", "VERB"}
                    or verb.dep_ not in {"ROOT", "conj"}):
                continue
            read = _reading(context, sent, verb)
            if read is None or earlier_act(context, verb.i, sent) or \
                    _dated_before(context, sent):
                continue
            chosen, members = read
            _, agents = _ends(chosen.hit, ("agent",), context)
            props: dict[str, object] = {"_word": verb.i}
            basis = "sentence"
            dates = sentence_dates(context, chosen.sent)
            if dates:  # the act is dated by its own sentence
                props["date"] = min(dates, key=lambda d: abs(d[0] - chosen.hit.word.i))[1]
            elif context.meta.date and context.meta.doc_type in _OWN_NEWS:
                props["date"], basis = context.meta.date, "document"
            found += [Found("DESIGNATED", agent, member, sent, dict(props), FRAME_ID,
                            "members", date_basis=basis)
                      for agent in agents for member in members]
    return found


FRAMES = ()
DOCUMENT_RULES = (member_designations,)
