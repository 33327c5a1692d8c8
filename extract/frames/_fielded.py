"""The worker collective "employed" by a DPRK organization is fielded by it (CONTROLLED_BY),
not given a job: the test the employment frames apply to their employers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit


def north_korean(word: Token) -> bool:
    """A noun that says it is North Korean: "a DPRK company", "a North Korean firm"."""
    return any(c.dep_ in {"amod", "compound", "nmod"} and (
        c.lower_ == "dprk" or (c.lower_ == "korean" and c.i > 0
                               and c.doc[c.i - 1].lower_ == "north")) for c in word.children)


def fielded_by_the_dprk(hit: Hit, context: DocContext) -> None:
    """The worker collective "employed" by a DPRK organization is fielded by it: "a DPRK
    company that employs IT workers abroad" answers for them (CONTROLLED_BY); a foreign
    firm that hires them gives them jobs."""
    from extract.frames._compile import matches

    if not any(context.entities[w].properties.get("kind") == "worker_group"
               for w in hit.roles.get("worker", [])):
        return
    words = [context.doc[argument] for frame, role, _, word, argument in matches(context.doc)
             if frame == hit.frame.id and role == "employer" and word == hit.word.i]
    # "North Korean IT workers applied ..., and they were hired by 309 U.S. businesses": a
    # subject path may reach the workers themselves; their "North Korean" describes no
    # employer
    workers = set(hit.roles.get("worker", []))
    words = [w for w in words if context.index.at(w) not in workers]
    described = any(north_korean(w) or (w.dep_ == "appos" and north_korean(w.head))
                    or any(c.dep_ == "appos" and north_korean(c) for c in w.children)
                    for w in words)
    rulers = [e for e in hit.roles.get("employer", [])
              if described or context.entities[e].properties.get("country") == "KP"]
    if rulers:
        hit.roles["employer"] = [e for e in hit.roles["employer"] if e not in rulers]
        hit.roles["ruler"] = rulers
        hit.paths["ruler"] = hit.paths.get("employer", 0)
