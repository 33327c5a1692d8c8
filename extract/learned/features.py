"""Features of an ordered pair of entity mentions in one sentence, read from the parse.

No feature carries an end's name or its words: only what joins the two ends, so a model
trained on them generalises to names it never saw. For the mention heads `a` (source) and
`b` (target):

- the shortest dependency path between them, up from `a` to the lowest common ancestor and
  down to `b`: as one sequence of dependency labels and the lemmas of the words passed
  (`seq:`, only when short), as the labels alone (`deps:`), and as a bag of its lemmas
  (`pl:`) and of its directed labels (`pd:`); the sequence also joined with the end types;
- the lowest common ancestor's lemma and part of speech (`lca:`, `lcapos:`), also joined
  with the end types;
- the end types (`types:`), each end's own dependency label (`da:`, `db:`), their order in
  the sentence and the token distance (bucketed);
- whether another entity mention lies between them (`between:`), and the lemmas of the
  words between when they are few (`bw:`);
- negation and modal words on the path or hanging from it (`neg`, `modal:`).

`hashed` folds the strings into a fixed number of buckets with a stable hash (crc32), so
the weights file is an array, not a vocabulary.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence

from spacy.tokens import Token

MAX_SEQUENCE = 7  # tokens on the path (ends included) for the full sequence feature
MAX_BETWEEN = 4  # words between the ends for their lemmas
_MODAL = frozenset({"may", "might", "could", "would", "should", "will", "shall", "can",
                    "plan", "intend", "seek", "offer", "propose", "if", "whether", "attempt",
                    "try", "want", "hope", "expect", "consider"})
_NEGATION = frozenset({"not", "never", "no", "n't", "neither", "nor", "without"})


def ancestors_path(token: Token) -> list[Token]:
    """The token and its heads up to the root of its sentence."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 60:
        chain.append(chain[-1].head)
    return chain


def dependency_path(a: Token, b: Token) -> tuple[list[Token], Token, list[Token]]:
    """(a up to below the common ancestor, the lowest common ancestor, below it down to
    b): the words passed going up from `a` and coming down to `b`, ends included."""
    up = ancestors_path(a)
    down = ancestors_path(b)
    on_b = {t.i: k for k, t in enumerate(down)}
    for k, token in enumerate(up):
        if token.i in on_b:
            return up[:k], token, list(reversed(down[:on_b[token.i]]))
    # different sentences' trees: no path (never asked for one sentence)
    return up, up[-1], list(reversed(down))


def _bucket(distance: int) -> str:
    for limit in (2, 5, 10, 20):
        if distance <= limit:
            return f"<={limit}"
    return ">20"


def _lemma(token: Token) -> str:
    if token.like_num:
        return "#num"
    return token.lemma_.lower()


def pair_features(a: Token, b: Token, a_type: str, b_type: str,
                  mentions_between: int, between: Sequence[Token]) -> list[str]:
    """The feature strings of the pair (source head `a`, target head `b`)."""
    types = f"{a_type}>{b_type}"
    up, lca, down = dependency_path(a, b)
    features = ["bias", f"types:{types}", f"order:{'ab' if a.i < b.i else 'ba'}",
                f"dist:{_bucket(abs(a.i - b.i))}", f"da:{a.dep_}", f"db:{b.dep_}",
                f"da:{types}:{a.dep_}", f"db:{types}:{b.dep_}",
                f"between:{min(mentions_between, 2)}"]
    # the sequence: labels going up (the word's own label), the ancestor, labels coming down
    steps = [f"{t.dep_}^" for t in up]
    inner = [*up[1:], *([lca] if lca != a and lca != b else []), *down[:-1]]
    steps_down = [f"_{t.dep_}" for t in down]
    deps = " ".join([*steps, "*", *steps_down])
    features += [f"deps:{deps}", f"deps:{types}:{deps}", f"plen:{min(len(inner), 6)}"]
    if len(up) + len(down) + 1 <= MAX_SEQUENCE:
        parts = [f"{t.dep_}^ {_lemma(t)}" if k else f"{t.dep_}^" for k, t in enumerate(up)]
        parts.append(_lemma(lca) if lca != a and lca != b else "=")
        parts += [f"{_lemma(t)} _{t.dep_}" if k < len(down) - 1 else f"_{t.dep_}"
                  for k, t in enumerate(down)]
        sequence = " ".join(parts)
        features += [f"seq:{sequence}", f"seq:{types}:{sequence}"]
    else:
        features.append("seq:long")
    for token in inner:
        features += [f"pl:{_lemma(token)}", f"pl:{types}:{_lemma(token)}"]
    features += [f"pd:{s}" for s in [*steps, *steps_down]]
    features += [f"lca:{_lemma(lca)}", f"lcapos:{lca.pos_}", f"lca:{types}:{_lemma(lca)}",
                 f"lcapos:{types}:{lca.pos_}"]
    if lca in (a, b):
        features.append(f"lca:end:{'a' if lca == a else 'b'}")
    if len(between) <= MAX_BETWEEN:
        features += [f"bw:{_lemma(t)}" for t in between]
        features.append("bwseq:" + " ".join(_lemma(t) for t in between))
    features += _hedges([*inner, lca])
    return features


def _hedges(path: Iterable[Token]) -> list[str]:
    found: list[str] = []
    for token in path:
        for word in [token, *token.children]:
            if word.dep_ == "neg" or word.lower_ in _NEGATION:
                found.append("neg")
            elif word.lemma_.lower() in _MODAL and (word == token or word.dep_ in {
                    "aux", "mark", "advmod", "xcomp"}):
                found.append(f"modal:{word.lemma_.lower()}")
    return sorted(set(found))


def hashed(features: Iterable[str], dim: int) -> list[int]:
    """The buckets of the features (crc32, stable across runs and machines); repeated
    buckets are kept once: the features are indicators."""
    return sorted({zlib.crc32(f.encode("utf-8")) % dim for f in features})
