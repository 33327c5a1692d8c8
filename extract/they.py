"""'They' as the subject that continues a subject listing named actors.

"Kim and Park admitted that they hosted the laptops": "they" is the subject of a clause
under a verb whose own subject lists two or more named actors. "Acme Ltd. and Bolt LLC
recruited the workers. They paid them in cash.": "they" opens the next sentence as its main
verb's subject, and the last sentence's main subject listed named actors. Nothing else is
resolved: "they" after a plural noun ("the workers ... they"), in a relative clause
("companies that believed they had hired"), or after a subject naming one actor stays
unresolved; a subject that mixes named actors with an unnamed one is no set. The one plural
actor that is a single entity, the DPRK IT worker collective, is taken up the same way when
a subject names it alone: "North Korean IT workers hide who they are. They live in China";
and so is part of it, by a quantifier opening the next sentence ("Most are based in China",
"Many of them work in Laos"). When the last sentence's subject is no actor at all ("A grand
jury indicted 14 nationals. They are charged with ..."), "they" takes up the one plural
actor that sentence names (a list, a counted description, the collective), and nothing when
it names two.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extract.groups import GROUP_TYPES, group_spans
from extract.mentions import DocMentions, MentionSpan
from extract.resolve.base import DocEntities
from extract.token_lookup import with_lower

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"ccomp", "advcl", "conj"})


class _Words:
    """Token -> the entities of the mentions that cover it (every member of a set)."""

    def __init__(self, doc: Doc, mentions: DocMentions, result: DocEntities) -> None:
        self.of: dict[int, list[str]] = {}
        self.unnamed: set[int] = set()
        self.groups: dict[int, str] = {}  # token -> the counted description it is part of
        for m in mentions.mentions:
            e = result.entities.get(m.entity) if m.entity else None
            if e is None or m.tok_start < 0:
                continue
            for i in range(m.tok_start, min(m.tok_end, len(doc))):
                if e.unnamed:
                    self.unnamed.add(i)
                    if e.type in GROUP_TYPES and e.count and e.count > 1:
                        self.groups[i] = e.id
                elif e.type in GROUP_TYPES and e.id not in self.of.setdefault(i, []):
                    self.of[i].append(e.id)

    def named_set(self, subject: Token) -> tuple[str, ...]:
        """The named actors a subject lists: itself and its conjuncts, two or more, none
        of them unnamed or without an entity."""
        found: list[str] = []
        for word in (subject, *subject.conjuncts):
            if word.i in self.unnamed or not self.of.get(word.i):
                return ()
            found.extend(e for e in self.of[word.i] if e not in found)
        return tuple(found) if len(found) >= 2 else ()

    def collective(self, subject: Token, result: DocEntities) -> tuple[str, ...]:
        """The worker collective, when a subject names it and nothing else: one entity,
        and a plural one, so that "they" can only be it."""
        if subject.conjuncts or subject.i in self.unnamed:
            return ()
        found = self.of.get(subject.i, [])
        if len(found) == 1 and result.entities[found[0]].properties.get("kind") == \
                "worker_group":
            return (found[0],)
        return ()


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _antecedent(they: Token, words: _Words, result: DocEntities) -> tuple[str, ...]:
    verb = they.head
    if verb.dep_ in _CLAUSES and verb.head.i != verb.i:  # "A and B admitted that they ..."
        subject = _subject(verb.head)
        if subject is not None and subject.i < they.i and subject.lower_ == "they" and \
                subject.dep_ in _SUBJECTS and subject.head.dep_ == "ROOT":
            # "They admitted that they hosted ...": the clause's "they" is the main
            # subject's, which continues the last sentence's subject
            return _antecedent(subject, words, result)
        if subject is not None and subject.i < they.i and subject.lower_ != "they":
            return words.named_set(subject) or words.collective(subject, result)
        return ()
    if verb.dep_ != "ROOT" or any(t.dep_ in _SUBJECTS for t in they.sent if t.i < they.i):
        return ()
    sent_start = they.sent.start
    if sent_start == 0:
        return ()
    previous = they.doc[sent_start - 1].sent
    subject = _subject(previous.root)
    if subject is None:
        return ()
    # "North Korean IT workers hide who they are. They (Most, Many of them) live in
    # China": the last sentence's subject was the collective, and only it
    found = words.named_set(subject) or words.collective(subject, result)
    if found or they.lower_ != "they" or _actor(subject, words) or \
            subject.tag_ in {"NNS", "NNPS"}:
        return found  # a plural subject that is no entity ("The firms ...") is "they"
    return _one_plural_actor(previous, words, result)


def _actor(word: Token, words: _Words) -> bool:
    return word.pos_ == "PRON" or any(
        t.i in words.of or t.i in words.unnamed for t in word.subtree)


def _one_plural_actor(sentence: Span, words: _Words, result: DocEntities
                      ) -> tuple[str, ...]:
    """"A grand jury indicted 14 North Korean nationals. They are charged with ...": when
    the last sentence's subject is no actor (a court, a grand jury, an indictment), "they"
    takes up its one plural actor: a list of named actors, a counted description or the
    collective. Two of them, or a plural actor beside a singular one of its type that the
    parse could read as its own list, leave it unresolved."""
    found: set[tuple[str, ...]] = set()
    for token in sentence:
        if token.dep_ == "conj":
            continue  # read as part of its list from the list's first item
        if token.i in words.groups:
            found.add((words.groups[token.i],))
        elif token.i in words.of:
            members = words.named_set(token) or words.collective(token, result)
            if members:
                found.add(members)
    return found.pop() if len(found) == 1 else ()


# a quantifier opening a sentence as its subject stands for part of the last subject:
# "Most are based in China", "Many of them work in Laos" (never "None", "Few")
_PART = frozenset({"most", "many", "some", "several"})
_WHOLE = frozenset({"each", "both", "all"})
# every word that may open the readings below ("they", a part, the whole of them)
_SUBJECT_WORDS = _PART | _WHOLE | {"they"}


def _part_of_them(token: Token) -> bool:
    if token.lower_ not in _PART or token.i != token.sent.start:
        return False
    rest = [c for c in token.children if c.dep_ != "punct"]
    return not rest or (len(rest) == 1 and rest[0].lower_ == "of" and any(
        o.lower_ == "them" for o in rest[0].children))


def _part_in_clause(token: Token) -> bool:
    """"North Korea sent IT workers to Laos, and many were controlled by Y": a bare
    quantifier as the subject of a later clause of the sentence (a conjunct or a clause
    under a verb) is part of the one plural actor the sentence named before it; only the
    worker collective is read this way (a part of a list of named firms is no fact about
    any one of them)."""
    if token.lower_ not in _PART or token.i == token.sent.start or \
            token.head.dep_ not in {"conj", "ccomp"}:
        return False
    rest = [c for c in token.children if c.dep_ != "punct"]
    return not rest


def _whole_of_them(token: Token) -> bool:
    """"Each of them", "both of them", "all of them" opening a sentence as its subject:
    every member of the set "they" would stand for."""
    if token.lower_ not in _WHOLE or token.i != token.sent.start:
        return False
    rest = [c for c in token.children if c.dep_ != "punct"]
    return len(rest) == 1 and rest[0].lower_ == "of" and any(
        o.lower_ == "them" for o in rest[0].children)


def _is_collective(ident: str, result: DocEntities) -> bool:
    e = result.entities.get(ident)
    return e is not None and e.properties.get("kind") == "worker_group"


def resolve_they(doc: Doc, mentions: DocMentions, result: DocEntities) -> list[MentionSpan]:
    """Add one mention per member for every subject "they" resolved; return them."""
    words: _Words | None = None
    added: list[MentionSpan] = []
    for token in with_lower(doc, _SUBJECT_WORDS):
        inner = _part_in_clause(token)
        whole = _whole_of_them(token)
        if (token.lower_ != "they" and not _part_of_them(token) and not inner
                and not whole) or token.dep_ not in _SUBJECTS:
            continue
        words = words or _Words(doc, mentions, result)
        if token.i in words.of or token.i in words.unnamed:
            continue
        if inner:  # "... sent IT workers abroad, and many were controlled by ..."
            members = _one_plural_actor(doc[token.sent.start:token.i], words, result)
            if len(members) != 1 or not _is_collective(members[0], result):
                continue
        else:
            members = _antecedent(token, words, result)
        if whole and not (len(members) == 1 and _is_collective(members[0], result)) and (
                len(members) < 2 or (token.lower_ == "both" and len(members) != 2)):
            continue  # "both of them" are two; "each of them" at least two
        if token.lower_ != "they" and not whole and not inner and (
                len(members) != 1 or not words.collective(
                    _subject(token.doc[token.sent.start - 1].sent.root) or token, result)):
            continue  # "Most" takes up the collective, not a list of named actors
        if members:
            added.extend(group_spans(mentions, result.entities, token.idx,
                                     token.idx + len(token), members, "they"))
    mentions.add(added)
    return added
