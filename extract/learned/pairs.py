"""Relations the learned pair scorer adds: pairs of entities named in one sentence that the
frames left unrelated.

Candidates: every ordered pair (a, b) of named entities mentioned in one sentence whose
types some fact relation of graph/model.yaml joins (the model's signatures, never a list
here), and that no frame, document construction or path search related in any way. The
scorer (extract/learned/model.py) gives each the probability of every relation type the
signatures allow; a pair above its type's threshold becomes a `Found` with frame
`learned-<TYPE>`, so the calibration bins it apart.

The frames' gates hold here too: every verb on the dependency path between the two ends
(the lowest common ancestor included) is read by extract/modality.py, and any negation,
plan, offer, request, condition, quotation or pretence there states no fact; an end that is
a quote's speaker is no end; two names joined only by a list (coordination, apposition,
punctuation) state nothing about each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract import modality
from extract.learned.features import dependency_path, hashed, pair_features
from extract.learned.model import load
from extract.relation_context import Found
from graph.model import ExtractedEntity, GraphModel, default_model

if TYPE_CHECKING:
    from extract.relation_context import DocContext

# when set (benchmarks/train_pairs.py), every document's entities and candidates, the pairs
# the frames related among them, are appended here
RECORD: list[tuple[dict[str, ExtractedEntity], list[Candidate]]] | None = None
_LIST_DEPS = frozenset({"conj", "cc", "punct", "appos", "compound", "npadvmod", "dep"})


@dataclass(frozen=True)
class Candidate:
    source: str
    target: str
    sent: int
    word: int  # the lowest common ancestor, for dating
    allowed: tuple[str, ...]  # relation types the signatures allow between the ends
    features: tuple[str, ...]
    stated_as: str  # modality.NOT_STATED when a gate refuses the pair
    related: bool = False  # a frame related the pair (recorded for training only)


def allowed_types(model: GraphModel, a_type: str, b_type: str) -> tuple[str, ...]:
    return tuple(t for t in model.fact_types if a_type in model.relationship(t).sources
                 and b_type in model.relationship(t).targets)


def _heads(context: DocContext, sent: int) -> dict[str, list[tuple[Token, int, int]]]:
    """Entity -> (head, first token, end token) of each of its mentions in the sentence."""
    found: dict[str, list[tuple[Token, int, int]]] = {}
    for m in context.mentions.in_sentence(sent):
        entity = context.entities.get(m.entity) if m.entity else None
        if entity is None or entity.unnamed or m.tok_end <= m.tok_start:
            continue
        span = context.doc[m.tok_start:m.tok_end]
        found.setdefault(m.entity, []).append((span.root, m.tok_start, m.tok_end))
    return found


def _closest(a: list[tuple[Token, int, int]], b: list[tuple[Token, int, int]]
             ) -> tuple[tuple[Token, int, int], tuple[Token, int, int]]:
    """The two mentions joined by the shortest dependency path."""
    def length(pair: tuple[tuple[Token, int, int], tuple[Token, int, int]]) -> int:
        up, _, down = dependency_path(pair[0][0], pair[1][0])
        return len(up) + len(down)
    return min(((x, y) for x in a for y in b), key=length)


def _gate(a: Token, b: Token, context: DocContext, sent: int) -> str:
    """The modality the sentence states the pair with, or NOT_STATED."""
    if modality.is_speaker(a) or modality.is_speaker(b):
        return modality.NOT_STATED
    up, lca, down = dependency_path(a, b)
    if all(t.dep_ in _LIST_DEPS for t in [*up, *down]):
        return modality.NOT_STATED  # "A and B", "A, B": listed together
    sentence, facts = context.sentence_span(sent), context.sentence_facts(sent)
    stated = "asserted"
    for word in [*up[1:], lca, *down[:-1]]:
        if word.pos_ not in {"VERB", "AUX"} and word != lca:
            continue
        reading = modality.read(word, "asserted", sentence, facts)
        if reading.modality == modality.NOT_STATED:
            return modality.NOT_STATED
        if word == lca or stated == "asserted":
            stated = reading.modality
    return stated


def candidates(context: DocContext, found: list[Found],
               model: GraphModel | None = None) -> list[Candidate]:
    model = model or default_model()
    known = {frozenset((f.source, f.target)) for f in found}
    result: list[Candidate] = []
    for sent in range(len(context.mentions.sentences)):
        heads = _heads(context, sent)
        if len(heads) < 2:
            continue
        spans = sorted((start, end, e) for e, ms in heads.items() for _, start, end in ms)
        for a_id, b_id in permutations(heads, 2):
            related = frozenset((a_id, b_id)) in known
            if related and RECORD is None:
                continue
            a_type, b_type = context.entities[a_id].type, context.entities[b_id].type
            allowed = allowed_types(model, a_type, b_type)
            if not allowed:
                continue
            (a, a_start, a_end), (b, b_start, b_end) = _closest(heads[a_id], heads[b_id])
            low, high = (a_end, b_start) if a_start < b_start else (b_end, a_start)
            between = sum(1 for s, _, e in spans if e not in (a_id, b_id) and low <= s < high)
            words = list(context.doc[low:high]) if high > low else []
            features = pair_features(a, b, a_type, b_type, between, words)
            _, lca, _ = dependency_path(a, b)
            result.append(Candidate(a_id, b_id, sent, lca.i, allowed, tuple(features),
                                    _gate(a, b, context, sent), related))
    return result


def learned_facts(context: DocContext, found: list[Found]) -> list[Found]:
    """The relations the scorer adds (none when it is switched off or has no weights)."""
    scorer = load()
    if RECORD is None and (scorer is None or not scorer.on):
        return []
    pairs = candidates(context, found)
    if RECORD is not None:
        RECORD.append((dict(context.entities), pairs))
    if scorer is None or not scorer.on:
        return []
    result: list[Found] = []
    for pair in pairs:
        if pair.related or pair.stated_as == modality.NOT_STATED:
            continue
        rel_type, _ = scorer.decide(hashed(pair.features, scorer.dim), pair.allowed)
        if rel_type:
            result.append(Found(rel_type, pair.source, pair.target, pair.sent,
                                {"_word": pair.word}, f"learned-{rel_type}", "learned",
                                pair.stated_as))
    return result
