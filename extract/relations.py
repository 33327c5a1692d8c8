"""Relations: run the frames over the parse, read modality and dates, check the model.

`extract.frames` declares the frames; the `tkg_frames_v1` component has already matched
their paths in the pipeline (extract/frames/_compile.py). Here each predicate's matches are
grouped into a `Hit` (the predicate word and, per role, the entities the argument words
stand for), read for modality (extract/modality.py) and turned into the relations its frame
yields. Each family's document-level constructions (a list under a designation sentence,
the authors of a joint statement) add their own `Found` facts. Everything is then checked
and merged by extract/relation_merge.py; the types the frames read are in
extract/relation_context.py.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from extract import designator, modality
from extract.arguments import entities_of
from extract.clause_scope import (
    antecedent,
    clause_holder,
    closed_before_next_item,
    describes_alone,
    restricts,
)
from extract.employment_among import among_members
from extract.frames import Frame, Yields, families, frames_by_id
from extract.frames._compile import matches
from extract.frames._path_search import path_facts
from extract.frames._paths import borrows_wrongly
from extract.frames.designation_unnamed_sets import drop_named_sets
from extract.learned import pairs as learned_pairs
from extract.list_reach import appositive_owner, list_items, modifies_later_item
from extract.other_party import workers_stand_in
from extract.reference_evidence import add_reference_evidence
from extract.relation_context import DocContext, Found, Hit
from extract.relation_merge import merge
from extract.relative_clauses import closed_participle, fits_relative, singular_clause
from extract.respective import stated_pairs
from graph.model import (
    ExtractedEntity,
    ExtractedRelation,
    GraphModel,
    RejectedRelation,
    default_model,
)

# --- frames -----------------------------------------------------------------------------


_OWN_NEWS = frozenset({"sanctions_release"})


def _defaults(name: str, context: DocContext, hit: Hit) -> list[str]:
    if name == "issuer":
        # the issuing agency acts in its own release ("X is designated today"), not in an
        # advisory or statement that mentions a designation
        today = any(t.lower_ == "today" for t in hit.sentence)
        if context.meta.doc_type in _OWN_NEWS or today:
            return context.issuers()
        return []
    if name == "workers":
        # the workers stand for a party the sentence leaves implicit ("ran a laptop farm")
        return context.workers() if workers_stand_in(hit, context) else []
    if name == "collective":
        # the workers as the ones a scheme earned for ("the scheme brought in $N")
        return context.workers()
    if name == "designator":
        # the actor of the act an agentless designation continues: the sentence's, the
        # paragraph's, the issuer's own release (as its text named it), else the last the
        # document named; a country gives way to its agency acting (extract/designator.py)
        last = context.notes.get("designator")
        chosen = designator.in_sentence(hit, context) or designator.in_paragraph(
            hit, context) or designator.own_release(
                _defaults("issuer", context, hit)[:1], hit, context) or \
            designator.in_document(hit, context) or (
                list(last) if isinstance(last, list) else [])
        return designator.agency_for_country(chosen, hit.word.i, context)
    return []


def _yields_any(frame: Frame, types: frozenset[str]) -> bool:
    """Whether the frame can yield a relation of one of these types."""
    return any(y.type in types for y in frame.yields)


def _hits(context: DocContext, only: frozenset[str] | None = None) -> list[Hit]:
    frames = frames_by_id()
    if only is not None:  # the frames that can yield one of these relation types
        frames = {k: f for k, f in frames.items() if _yields_any(f, only)}
    grouped: dict[tuple[str, int], dict[str, list[tuple[int, int]]]] = {}
    for frame_id, role, path, word_at, argument_at in matches(context.doc):
        grouped.setdefault((frame_id, word_at), {}).setdefault(role, []).append(
            (path, argument_at))
    hits = []
    for (frame_id, word_i), roles in grouped.items():
        frame = frames.get(frame_id)
        if frame is None:
            continue
        word = context.doc[word_i]
        sent = context.sentence_of_token[word_i]
        sentence = context.sentence_span(sent)
        facts = context.sentence_facts(sent)  # a long sentence is read once, not per word
        filled: dict[str, list[str]] = {}
        paths: dict[str, int] = {}
        referred: set[str] = set()
        items: dict[str, int] = {}  # role -> items of its list in the parse
        for role, found in roles.items():
            allowed = frame.role_types.get(role)
            for path, argument_i in sorted(found):
                if borrows_wrongly(frame.roles[role][path], word):
                    continue
                argument = context.doc[argument_i]
                if "<relcl" in frame.roles[role][path]:
                    argument = clause_holder(argument)
                owner = appositive_owner(word, argument, lambda t: bool(context.index.at(t)))
                argument = owner or argument
                items[role] = max(items.get(role, 1), list_items(argument))
                if modality.is_speaker(argument) and not _a_document(argument, context) \
                        and not _speaks_in(word, argument) and \
                        not _describes_speaker(word, argument):
                    continue
                # the clause's own relative pronoun ("the people who help them") stands
                # for the noun the clause restricts
                alone = restricts(word, antecedent(argument)) or describes_alone(
                    word, argument) or (word.dep_ == "conj" and
                                        describes_alone(word.head, argument)) or \
                    closed_before_next_item(word, argument) or singular_clause(
                        word, argument) or owner is not None or modifies_later_item(
                        word, argument) or closed_participle(word, argument)
                for entity in entities_of(argument, context.index, alone=alone):
                    e = context.entities.get(entity)
                    if e is None or (allowed and e.type not in allowed) or (
                            e.unnamed and not frame.unnamed_ok
                            and e.type != "Advisory") or \
                            not fits_relative(word, argument, e):
                        continue
                    if entity not in filled.setdefault(role, []):
                        filled[role].append(entity)
                        if role not in paths and referring(argument, e):
                            referred.add(role)
                        paths.setdefault(role, path)
        hits.append(Hit(frame, word, sent, filled, paths, sentence,
                        facts=facts, referred=referred, items=items))
    hits.sort(key=lambda h: h.word.i)
    return hits


def _a_document(word: Token, context: DocContext) -> bool:
    """"The joint statement, published by X, said ...": a document that "says" is no
    quoted speaker; what it is (issued, warning) stays readable."""
    entity = context.entities.get(context.index.at(word))
    return entity is not None and entity.type in {"Advisory", "Document"}


def _speaks_in(word: Token, speaker: Token) -> bool:
    """"X said in a statement that ...": the speaker of the statement the predicate word
    names speaks in a document of its own, and is its issuer, not a quoted speaker."""
    return word.dep_ == "pobj" and word.head.lower_ == "in" and \
        word.head.head.i == speaker.head.i


def _describes_speaker(word: Token, speaker: Token) -> bool:
    """"X, a startup in Austin, said ...": a predicate inside the speaker's own phrase (an
    apposition or a participle on it) describes the speaker, as a fact of the text, not a
    fact the speaker tells."""
    return word.i != speaker.i and word.dep_ in {"appos", "acl"} and \
        speaker.left_edge.i <= word.i <= speaker.right_edge.i


_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})


def referring(word: Token, entity: ExtractedEntity) -> bool:
    """Whether the argument word only refers to a named entity: a personal pronoun ("he",
    "it"; a relative pronoun stands for a noun of its own sentence) or a definite common
    noun ("the company", "its subsidiary") that coreference linked to a name."""
    if entity.unnamed or entity.properties.get("kind") == "worker_group":
        return False  # a description is its own entity; the collective is its common noun
    word = antecedent(word)
    if word.pos_ == "PRON":
        return word.lower_ not in {"who", "which", "that", "whom", "whose"}
    # a capitalised plural term ('the "Defendants"', extract/defined_terms.py) refers too,
    # unless the word is part of the name itself ("the Philippines")
    term = word.pos_ == "PROPN" and word.lower_.endswith("s") and not any(
        word.lower_ in n.lower().split() for n in (entity.name, *entity.aliases))
    return (word.pos_ == "NOUN" or term) and any(
        c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in word.children)


def _ends(hit: Hit, roles: tuple[str, ...], context: DocContext) -> tuple[str, list[str]]:
    for role in roles:
        if hit.roles.get(role):
            return role, hit.roles[role]
    for role in roles:
        default = hit.frame.defaults.get(role)
        if default:
            found = _defaults(default, context, hit)
            if found:
                return role + "=" + default, found
    return "", []


def frame_facts(context: DocContext, only: frozenset[str] | None = None) -> list[Found]:
    found: list[Found] = []
    hits = _hits(context, only)
    designator.note_acts(hits, context)
    for hit in hits:
        if not any(hit.roles.values()) and not hit.frame.defaults and \
                hit.frame.complete is None:
            continue  # no role, none to default or complete: nothing to yield
        if hit.reading.modality == modality.NOT_STATED:
            context.notes.setdefault("not_stated", []).append(
                (hit.frame.id, hit.word.text, hit.reading.reason))
            continue
        if hit.frame.complete is not None:
            hit.frame.complete(hit, context)
        for role, default in hit.frame.defaults.items():
            if default == "designator" and hit.roles.get(role) and not _said_of(hit):
                context.notes["designator"] = list(hit.roles[role])
        for spec in hit.frame.yields:
            found.extend(_yield(hit, spec, context))
    return found


def _said_of(hit: Hit) -> bool:
    """A designation told in a relative clause ("X, which the State Department designated in
    2011", "X, designated by the ministry last year") describes its head noun, often by an
    earlier act of another agency: its agent is not the one the release's agentless
    designations ("Y is designated pursuant to ...") continue."""
    return designator.describes(hit.word)


def _yield(hit: Hit, spec: Yields, context: DocContext) -> list[Found]:
    source_role, sources = _ends(hit, spec.source, context)
    if spec.pairwise:
        pairs = [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
        target_role = source_role
    else:
        target_role, targets = _ends(hit, spec.target, context)
        pairs = stated_pairs(hit, (source_role, target_role), sources, targets, context)
    if not pairs:
        return []
    props: dict[str, Any] = dict(hit.props)
    props["_word"] = hit.word.i  # for dating; extract.dating removes it
    if hit.frame.properties is not None:
        extra = hit.frame.properties(hit, context, spec)
        if extra is None:  # the frame says this relation is not stated here
            return []
        props.update(extra)
    construction = hit.construction(source_role.split("=")[0], target_role.split("=")[0])
    if "=" in source_role or "=" in target_role:
        construction += "+default"
    stand_in = ",".join(r.split("=")[1] for r in (source_role, target_role) if "=" in r)
    if {source_role, target_role} & hit.referred:
        construction += "+ref"
    result = []
    for source, target in pairs:
        if spec.when is not None:
            a, b = context.entities.get(source), context.entities.get(target)
            if a is None or b is None or not spec.when(a, b):
                continue
        if spec.holds is not None and not spec.holds(hit, context, source, target):
            continue
        result.append(Found(spec.type, source, target, hit.sent, dict(props), hit.frame.id,
                            construction, hit.reading.modality, stand_in=stand_in))
    return result


# --- the whole document ----------------------------------------------------------------


def extract_relations(context: DocContext, model: GraphModel | None = None,
                      only: frozenset[str] | None = None
                      ) -> tuple[list[ExtractedRelation], list[RejectedRelation]]:
    """Every frame on every predicate, then every family's document constructions. With
    `only`, just the frames and families that can yield those relation types (a first
    reading that needs one kind of fact need not pay for all the others)."""
    from extract.dating import date_facts

    model = model or default_model()
    found = frame_facts(context, only)
    for family in families():
        if only is None or any(_yields_any(f, only) for f in family.frames):
            for rule in family.document_rules:
                found.extend(rule(context))
    if only is None:
        found.extend(path_facts(context, found))
        found.extend(learned_pairs.learned_facts(context, found))  # pairs no frame related
        found.extend(among_members(context, found))  # firms picked out of an employer group
    found = drop_named_sets(found, context)  # a counted set whose members are named
    found = date_facts(found, context, model)
    found = designator.one_designator_per_target(found, context)
    relations, rejected = merge(found, context, model)
    add_reference_evidence(relations, context.mentions)  # an end named in another sentence
    return relations, rejected
