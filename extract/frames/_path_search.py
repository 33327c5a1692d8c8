"""A general argument search: a family's verb, its logical subject and object found by
walking the parse, for facts on a dependency path no frame lists.

The frames (extract/frames/*.py) list their paths one by one. This module reads a few
families in one general way instead: for every verb of a family's lemma class it finds the
verb's logical subject and logical object by following the parse outward, however the
sentence is built:

- subject: the verb's own subject (`nsubj`), its passive agent ("by X"), the noun an
  active relative clause or a present participle describes ("a firm that hired",
  "a firm hiring"), the subject of the verb it is coordinated with when it has none of its
  own ("X recruited and employed Y"), the subject of the verb whose infinitive or gerund it
  is ("X went on to hire", "X is accused of helping");
- object: the direct object, the passive subject, the noun a past participle or a passive
  or object relative clause describes ("workers hired by", "a firm which X designated",
  "a firm that makes apps and that X designated", "the workers it fields"), and the object
  of the prepositions a family names ("worked for X").

Each end is then read as entities (coordination and apposition by extract/arguments.py)
of the types the family's relation joins. A relation is proposed only when both ends are
filled, the verb is asserted (extract/modality.py: no negation, plan, offer, request,
condition or quotation), no end is a quote's speaker, and no frame already states the same
(type, source, target) in the document: the search adds facts, never evidence to a
frame's. Its readings carry their own frame id ("path-<family>.v1"), so the calibration
judges them apart; until it has, they rest on their low prior alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract import modality
from extract.arguments import entities_of
from extract.clause_scope import closed_before_next_item, restricts
from extract.frames import Frame
from extract.frames._past import a_past_tie
from extract.frames.control import not_a_firm_of_a_person
from extract.frames.employment import is_employer, is_job
from extract.relation_context import Found
from extract.token_lookup import with_lemma
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext

_RELATIVE = frozenset({"who", "whom", "which", "that"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we"})
# verbs whose infinitive's subject is their object or someone else, not their subject
# ("X asked Y to hire", "X knew Y to be helping"): the infinitive shares no subject
_NOT_SHARING = frozenset({"ask", "urge", "tell", "order", "direct", "instruct", "force",
                          "allow", "let", "enable", "help", "permit", "know", "believe",
                          "suspect", "consider", "find", "report", "want", "expect",
                          "require", "encourage", "advise", "warn", "cause", "get"})
_SUBJECT = "subject"
_OBJECT = "object"


@dataclass(frozen=True)
class PathFamily:
    """One family read by the search: its verbs, which end the logical subject and object
    give, the prepositions whose object is the logical object, and the relation's types."""

    name: str
    relation: str
    verbs: frozenset[str]
    source: str  # _SUBJECT or _OBJECT: what the relation's source is to the verb
    source_types: tuple[str, ...]
    target_types: tuple[str, ...]
    preps: frozenset[str] = frozenset()  # "work for X": X is the object
    when: Callable[[ExtractedEntity, ExtractedEntity], bool] | None = None
    dated: str = ""

    @property
    def frame_id(self) -> str:
        return f"path-{self.name}.v1"

    @property
    def frame(self) -> Frame:
        return Frame(f"path-{self.name}", 1, tuple(sorted(self.verbs)), {}, (),
                     dated=self.dated, base_confidence=0.5)


_ACTORS = ("Person", "Organization")
FAMILIES = (
    PathFamily("designation", "DESIGNATED", frozenset({"designate", "sanction", "blacklist"}),
               _SUBJECT, ("Agency", "Country"), _ACTORS, dated="act"),
    PathFamily("employment", "EMPLOYED_AT", frozenset({"hire", "employ", "recruit"}),
               _OBJECT, _ACTORS, ("Organization",), when=is_employer),
    PathFamily("employment-work", "EMPLOYED_AT", frozenset({"work"}), _SUBJECT, _ACTORS,
               ("Organization",), preps=frozenset({"for", "at"}), when=is_job),
    PathFamily("facilitation", "FACILITATED",
               frozenset({"help", "assist", "facilitate", "aid", "abet"}), _SUBJECT,
               _ACTORS, _ACTORS),
    PathFamily("control", "CONTROLLED_BY",
               frozenset({"control", "own", "oversee", "supervise", "field"}), _OBJECT,
               ("Organization",), ("Organization", "Agency", "Country", "Person"),
               when=not_a_firm_of_a_person),
    PathFamily("funding", "FUNDED", frozenset({"fund", "finance", "bankroll"}), _SUBJECT,
               ("Payment", "Organization", "Person"), ("Country", "Organization")),
)
PATH_FRAMES = tuple(family.frame for family in FAMILIES)
_BY_LEMMA: dict[str, list[PathFamily]] = {}
for _family in FAMILIES:
    for _verb in _family.verbs:
        _BY_LEMMA.setdefault(_verb, []).append(_family)
_LEMMAS = frozenset(_BY_LEMMA)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in {"acl", "conj"} and
        not any(c.dep_ in {"aux", "nsubj"} for c in verb.children))


def _relative_noun(verb: Token) -> Token | None:
    """The noun the relative clause `verb` belongs to, also for a second clause coordinated
    with the first ("a firm that makes apps and that X designated")."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        if clause.head.pos_ in {"NOUN", "PROPN"} and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            # "X, a firm that sells routers and that Canada sanctioned": the parser may
            # join the second clause to the name itself
            return clause.head
        clause = clause.head
    if clause.dep_ == "relcl" and clause.head.i != clause.i and not _across_of(
            clause.head, clause):
        return clause.head
    return None


def _across_of(noun: Token, clause: Token) -> bool:
    """"the bureau of the ministry, which X designated": a clause after "N1 of N2" may
    describe either noun, and the parser's choice is a guess; no reading."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and noun.i < p.i and
               p.right_edge.i < clause.left_edge.i for p in noun.children)


def _relative(verb: Token, deps: set[str]) -> bool:
    return any(c.dep_ in deps and c.lower_ in _RELATIVE for c in verb.children)


def _own(verb: Token, deps: set[str]) -> list[Token]:
    return [c for c in verb.children if c.dep_ in deps and c.lower_ not in _RELATIVE]


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The words that give a verb's logical subject (see the module's docstring)."""
    if depth > 3:
        return []
    if _passive(verb):
        return [o for a in verb.children if a.dep_ == "agent" for o in a.children
                if o.dep_ == "pobj"]
    own = _own(verb, {"nsubj"})
    if own:
        return own
    noun = _relative_noun(verb)
    if noun is not None and (_relative(verb, {"nsubj"}) or verb.dep_ == "conj"):
        return [noun]
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return [verb.head]
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return []  # a relative pronoun of another role, or a subject of its own
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"} and not _passive(head):
        return subjects(head, depth + 1)
    if verb.dep_ == "xcomp" and head.lemma_ not in _NOT_SHARING:
        return subjects(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        return subjects(head.head, depth + 1)
    return []


def _object_gap(verb: Token) -> bool:
    """A relative clause with a subject of its own and no object: what it lacks is its
    object, the noun it describes. "the workers it fields" (no relative word, a pronoun
    subject); "a firm that makes apps and that Washington blacklisted" (the parser takes
    the second "that" for a conjunction)."""
    if _own(verb, {"dobj"}) or not _own(verb, {"nsubj"}) or _relative(verb, {"nsubj"}):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    pronoun = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in _PRONOUNS
                                           for c in verb.children)
    return marked or pronoun


def objects(verb: Token, preps: frozenset[str] = frozenset(), depth: int = 0) -> list[Token]:
    """The words that give a verb's logical object (see the module's docstring)."""
    found = _own(verb, {"dobj", "nsubjpass"})
    found += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
              for o in p.children if o.dep_ == "pobj"]
    noun = _relative_noun(verb)
    if noun is not None and (_relative(verb, {"dobj", "nsubjpass"}) or _object_gap(verb)):
        found.append(noun)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        found.append(verb.head)
    if not found and depth < 3 and verb.dep_ == "conj" and _passive(verb) and \
            _passive(verb.head) and not _own(verb, {"nsubj"}):
        return objects(verb.head, preps, depth + 1)
    return found


def _entities(verb: Token, words: Iterable[Token], context: DocContext,
              types: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    for word in words:
        if modality.is_speaker(word) or _list_item(word):
            continue
        # a clause set between two items of a list ("A, who heads X, and B, who ...") or
        # restricting a common noun ("the firms and the people who help them") describes
        # its own noun, not the nouns coordinated with it
        alone = closed_before_next_item(verb, word) or restricts(verb, word)
        for entity in entities_of(word, context.index, alone=alone):
            e = context.entities.get(entity)
            if e is not None and e.type in types and not e.unnamed and entity not in found:
                found.append(entity)
    return found


def _list_item(word: Token) -> bool:
    """A counted plural the parser hung as an apposition on a singular name ("Department
    53, two front companies employing workers, ...") is the next item of a list, not a
    second name for the first."""
    return word.dep_ == "appos" and word.tag_ == "NNS" and word.head.tag_ in {"NNP", "NN"}


def path_facts(context: DocContext, stated: Iterable[Found]) -> list[Found]:
    """The family readings of the document that no frame reading already states."""
    # two entities a frame already relates in any way were read by a rule written for
    # their construction ("a DPRK company that employs workers" fields them: control, not
    # a job): the search does not second-guess it
    known = {frozenset((f.source, f.target)) for f in stated}
    # and a verb a frame read for the relation keeps the ends the frame chose
    read_by_frames = {(f.type, f.props.get("_word")) for f in stated}
    found: list[Found] = []
    for word in with_lemma(context.doc, _LEMMAS):
        families = _BY_LEMMA.get(word.lemma_)
        # a clause's verb the tagger took for a noun ("the workers it fields")
        if not families or (word.pos_ != "VERB" and word.dep_ not in {"relcl", "acl"}):
            continue
        sent = context.sentence_of_token[word.i]
        reading = modality.read(word, "asserted", context.sentence_span(sent),
                                context.sentence_facts(sent))
        if reading.modality == modality.NOT_STATED:
            continue
        for family in families:
            # "formerly owned by Y": a past owner (extract/frames/_past.py)
            if family.relation == "CONTROLLED_BY" and a_past_tie(word):
                continue
            if (family.relation, word.i) not in read_by_frames:
                found.extend(_read(word, family, context, sent, reading.modality, known))
    return found


def _read(word: Token, family: PathFamily, context: DocContext, sent: int,
          stated_as: str, known: set[frozenset[str]]) -> list[Found]:
    subject_words = subjects(word)
    object_words = objects(word, family.preps)
    if not subject_words or not object_words:
        return []
    source_words, target_words = (subject_words, object_words) \
        if family.source == _SUBJECT else (object_words, subject_words)
    sources = _entities(word, source_words, context, family.source_types)
    targets = _entities(word, target_words, context, family.target_types)
    result: list[Found] = []
    for source in sources:
        for target in targets:
            key = frozenset((source, target))
            if source == target or key in known:
                continue
            if family.when is not None and not family.when(context.entities[source],
                                                           context.entities[target]):
                continue
            known.add(key)
            result.append(Found(family.relation, source, target, sent, {"_word": word.i},
                                family.frame_id, "path", stated_as))
    return result
