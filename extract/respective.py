"""The pairs a frame's two role lists state: every source with every target, or, with
"respectively", item by item in the order the sentence writes them
(extract/list_reach.respective_pairs says when two lists pair).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.list_reach import respective_pairs

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit


def _respectively(hit: Hit) -> bool:
    if hit.facts is not None:
        return "respectively" in hit.facts.words
    return any(t.lower_ == "respectively" for t in hit.sentence)


def _in_text_order(ids: list[str], hit: Hit, context: DocContext) -> list[str]:
    """The entities by where the sentence first names them: a role's list may be gathered
    out of order (an appositive read before the names it describes), and "respectively"
    pairs the lists in the order they are written. One the sentence does not name keeps
    its place after those it does."""
    first: dict[str, int] = {}
    for m in context.mentions.in_sentence(context.sentence_of_token[hit.word.i]):
        if m.entity in ids:
            first[m.entity] = min(first.get(m.entity, m.tok_start), m.tok_start)
    return sorted(ids, key=lambda e: first.get(e, len(hit.word.doc)))


def stated_pairs(hit: Hit, ends: tuple[str, str], sources: list[str],
                 targets: list[str], context: DocContext) -> list[tuple[str, str]]:
    if _respectively(hit):
        source_role, target_role = (e.split("=")[0] for e in ends)
        paired = respective_pairs(_in_text_order(sources, hit, context),
                                  _in_text_order(targets, hit, context),
                                  hit.items.get(source_role, 1),
                                  hit.items.get(target_role, 1))
        if paired is not None:
            return paired
    return [(s, t) for s in sources for t in targets]
