"""Uncounted definite plurals that take up a list: "the companies", "these firms", "those
entities", "the individuals".

"Norvale Soft LLC and Tarsk Bay Ltd. recruited the workers. The companies paid them $2
million." The reference counts nothing, so only its number (two or more) and its noun's kind
(firms or persons) tie it to a set: it stands for the one list of named actors of that kind
in its own sentence before it or the two sentences before, and only when the text leaves no
other reading (a set is never guessed; extract/plurals.py reads the counted forms). It is
left unresolved when:
- the noun is restricted ("the companies that hired them", "the firms in Laos", "the
  companies, which ..."): a restrictive modifier picks a set of its own;
- two different lists of that kind, a list that goes on past its names ("A, B and other
  firms"), or a rival coordination the model misread stand in the window;
- another plural of that kind stands between the start of the list's sentence and the
  reference that the list is not ("placed the workers at U.S. firms. The companies paid
  ..." may mean the U.S. firms), unless it is the counted description that announces the
  list itself ("two firms, A and B"); one before the list's sentence is less recent than
  the list and no rival;
- a heading stands between (a new topic), or a member of the list is a quote's speaker.
A noun without a determiner ("Companies should verify ...") is generic and never read.

"Each" or "All" (or "Each of them") as the subject opening a sentence is every member of
the list that closes the sentence before it ("The indictment names four nationals: A, B, C and D.
Each is charged with ..."): the list is the last thing read, and nothing but punctuation
follows it; a list inside its sentence, or a sentence that ends on anything else, leaves
"Each" unresolved.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extract.antecedents import heading_between, is_speaker, plural_description
from extract.groups import GROUP_TYPES, Listed, coordinations, group_spans, named_lists
from extract.mentions import DocMentions, MentionSpan
from extract.resolve.base import DocEntities
from extract.token_lookup import with_lower
from graph.model import ExtractedEntity

_FIRMS = frozenset({"company", "firm", "entity", "business", "organization", "corporation",
                    "bank", "front", "subsidiary", "employer", "client", "enterprise"})
_PERSONS = frozenset({"individual", "person", "man", "woman", "national", "citizen",
                      "facilitator", "conspirator", "co-conspirator", "broker", "trader",
                      "banker", "associate", "executive", "official", "officer"})
# "the agencies", "the same agencies": the offices a text listed as acting together
_AGENCIES = frozenset({"agency", "department", "ministry", "office", "authority", "bureau"})


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


AGENCY_NOUNS = "|".join(sorted(_plural(w) for w in _AGENCIES))
# "agencies" and "authorities" fit any office; the others say what each office is
_OFFICE_PLURALS = {_plural(w): w for w in _AGENCIES - {"agency", "authority"}}
_FIRM_NOUNS = "companies|firms|entities|businesses|organizations|corporations|fronts"
_PERSON_NOUNS = "individuals|persons|men|women|nationals|facilitators|conspirators"
# "the companies", "these sanctioned firms"; never a count ("the two firms": plurals.py)
_REFERENCE = re.compile(
    rf"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:(?:sanctioned|designated|listed|above|same)\s+)?"
    rf"(?P<noun>{_FIRM_NOUNS}|{_PERSON_NOUNS}|{AGENCY_NOUNS})\b")
_WINDOW = 2  # sentences back
# what restricts a noun to a set of its own
_RESTRICTING = frozenset({"relcl", "acl", "prep", "appos", "nmod"})
# "two firms, A and B", "two companies—A and B—": a counted description that announces
# the list it stands before
_ANNOUNCES = re.compile(r"\s*(?:[,:—–-]|--)\s*$")


def _token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span[-1]


def _restricted(noun: Token) -> bool:
    """"the companies that hired them", "the firms in Laos", "the companies, which ...",
    "the firms named above": a modifier after the noun picks a set of its own."""
    return any(c.dep_ in _RESTRICTING and c.i > noun.i and not _a_time(c)
               for c in noun.children)


def _a_time(prep: Token) -> bool:
    """"issued by the same agencies in 2022": a date the parser hangs on the noun tells
    when the clause's act was, not which of them."""
    return prep.dep_ == "prep" and prep.lower_ in {"in", "on", "during", "since"} and any(
        o.dep_ == "pobj" and (o.ent_type_ == "DATE" or bool(re.fullmatch(r"\d{4}", o.text)))
        for o in prep.children)


def fits_noun(noun: str, members: tuple[str, ...],
              entities: dict[str, ExtractedEntity]) -> bool:
    """"the ministries" are ministries: an office noun other than "agencies" or
    "authorities" takes up only a list whose every name says it ("the ministries" after the
    police agency and two ministries is no reference to that list)."""
    word = _OFFICE_PLURALS.get(noun.lower())
    return word is None or all(word in entities[m].name.lower() for m in members
                               if m in entities)


def _kind(noun: str) -> tuple[str, frozenset[str]]:
    if re.fullmatch(_FIRM_NOUNS, noun.lower()):
        return "Organization", _FIRMS
    if re.fullmatch(AGENCY_NOUNS, noun.lower()):
        return "Agency", _AGENCIES
    return "Person", _PERSONS


def _announcing(mentions: DocMentions, m: MentionSpan, listed: Listed,
                result: DocEntities) -> bool:
    e = result.entities.get(m.entity)
    return bool(e is not None and e.count == len(listed.members) and m.end <= listed.start
                and _ANNOUNCES.match(mentions.text[m.end:listed.start]))


def _other_plural(doc: Doc, mentions: DocMentions, result: DocEntities, listed: Listed,
                  first_sent: int, start: int, type_: str, lemmas: frozenset[str]) -> bool:
    """Whether another plural of the reference's kind stands in the window: an unnamed
    plural actor of that type, or a plural noun of that kind no mention of the list
    covers."""
    members = set(listed.members)
    covered: set[int] = set()
    for sent in range(first_sent, mentions.sentence_at(start) + 1):
        for m in mentions.in_sentence(sent):
            if m.start >= start or not m.entity:
                continue
            e = result.entities.get(m.entity)
            if e is None:
                continue
            if e.id in members or _announcing(mentions, m, listed, result):
                covered.update(range(m.tok_start, m.tok_end))
                continue
            if e.unnamed and e.type == type_ and plural_description(e):
                return True
            covered.update(range(m.tok_start, m.tok_end))
    first = mentions.sentences[first_sent].tok_start
    for token in doc[first:]:
        if token.idx >= start:
            break
        if token.tag_ == "NNS" and token.lemma_.lower() in lemmas and token.i not in covered:
            return True
    return False


def spoken(doc: Doc | None, mentions: DocMentions, listed: Listed) -> bool:
    """Whether the list names the speakers of a quote ('"...," said A and B'): what the
    next sentence tells is not the speakers' act."""
    return any(m.entity in listed.members and listed.start <= m.start < listed.end
               and is_speaker(doc, m) for m in mentions.in_sentence(listed.sent))


def _the_list(mentions: DocMentions, result: DocEntities, doc: Doc, start: int,
              type_: str, lemmas: frozenset[str]) -> Listed | None:
    sent = mentions.sentence_at(start)
    first_sent = max(0, sent - _WINDOW)
    types = (type_,) if type_ == "Agency" else GROUP_TYPES
    lists = [x for x in named_lists(mentions, result.entities, types)
             if x.end <= start and first_sent <= x.sent <= sent and x.type == type_]
    if not lists or any(not x.complete for x in lists) or \
            len({x.members for x in lists}) != 1:
        return None
    listed = lists[-1]
    places = {(x.start, x.end) for x in lists}
    for a, b, s, _size, kinds in coordinations(mentions, result.entities):
        if (a, b) not in places and b <= start and first_sent <= s <= sent and \
                kinds <= {type_}:
            return None  # a coordination the model misread: another set of that kind
    if heading_between(mentions.text, listed.end, start):
        return None
    if spoken(doc, mentions, listed):
        return None  # '"...," said A and B. The individuals ...': the quote's source
    # from the list's own sentence: a plural before it ("... unless the companies paid
    # them. OFAC designated A and B. The companies ...") is less recent than the list
    if _other_plural(doc, mentions, result, listed, listed.sent, start, type_, lemmas):
        return None
    return listed


_CLOSING = re.compile(r"^[\s.;:!?)\]\"”’']*$")


def _closing_list(mentions: DocMentions, result: DocEntities, sent: int) -> Listed | None:
    """The complete list of named actors that closes sentence `sent`, if any."""
    sentence = mentions.sentences[sent]
    lists = [x for x in named_lists(mentions, result.entities) if x.sent == sent]
    if not lists:
        return None
    last = lists[-1]
    if not last.complete or not _CLOSING.match(mentions.text[last.end:sentence.end]):
        return None
    return last


_SINGULAR = frozenset({"is", "was", "has", "does"})


def _singular_all(token: Token) -> bool:
    """"All was lost", "All is well": a mass "all", not a set of actors."""
    verb = token.head
    return token.lower_ == "all" and (verb.lower_ in _SINGULAR or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in _SINGULAR for c in verb.children))


_EACH = frozenset({"each", "all"})


def _resolve_each(doc: Doc, mentions: DocMentions, result: DocEntities
                  ) -> list[MentionSpan]:
    added: list[MentionSpan] = []
    for token in with_lower(doc, _EACH):
        if token.i != token.sent.start or \
                token.dep_ not in {"nsubj", "nsubjpass"} or _singular_all(token):
            continue
        rest = [c for c in token.children if c.dep_ != "punct"]
        if rest and not (len(rest) == 1 and rest[0].lower_ == "of" and any(
                o.lower_ == "them" for o in rest[0].children)):
            continue  # "Each of the companies", "Each defendant": not this reading
        sent = mentions.sentence_at(token.idx)
        if sent <= 0 or any(m.entity and m.start <= token.idx < m.end
                            for m in mentions.in_sentence(sent)):
            continue
        listed = _closing_list(mentions, result, sent - 1)
        if listed is None or spoken(doc, mentions, listed) or \
                heading_between(mentions.text, listed.end, token.idx):
            continue
        spans = group_spans(mentions, result.entities, token.idx, token.idx + len(token),
                            listed.members, "each")
        mentions.add(spans)
        added.extend(spans)
    return added


def resolve_plural_references(doc: Doc | None, mentions: DocMentions,
                              result: DocEntities) -> list[MentionSpan]:
    """Add one mention per member for every uncounted definite plural resolved."""
    if doc is None:
        return []
    added: list[MentionSpan] = []
    for match in _REFERENCE.finditer(mentions.text):
        start, end = match.start(), match.end()
        sent = mentions.sentence_at(start)
        if sent < 0 or any(m.entity and m.start < end and start < m.end
                           for m in mentions.in_sentence(sent)):
            continue  # a name, a description or a resolved reference holds these words
        noun = _token(doc, match.start("noun"), end)
        if noun is None or noun.tag_ != "NNS" or _restricted(noun):
            continue
        type_, lemmas = _kind(match.group("noun"))
        listed = _the_list(mentions, result, doc, start, type_, lemmas)
        if listed is None or not fits_noun(match.group("noun"), listed.members,
                                           result.entities):
            continue
        spans = group_spans(mentions, result.entities, start, end, listed.members,
                            match.group("noun").lower())
        mentions.add(spans)
        added.extend(spans)
    return added + _resolve_each(doc, mentions, result)
