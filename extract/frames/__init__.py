"""Relation frames: one module per relation family, each declaring its predicates as data.

A frame names the words that carry a fact (verb lemmas and their nominalizations), the
dependency paths from such a word to each of its roles (agent, patient, beneficiary, ...)
and which relations of graph/model.yaml the filled roles state. `extract.frames.compile`
turns every path into a spaCy `DependencyMatcher` pattern; `extract.relations` maps the
matched tokens to entities and checks each relation against the model.

Adding a family is one new module here that defines `FRAMES` (and, for a new relation
type, its entry in graph/model.yaml); modules whose name starts with "_" are helpers.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Found, Hit


@dataclass(frozen=True)
class Yields:
    """One relation a filled frame states: type, and the roles that give its two ends.

    Each end lists roles in order of preference: the first role the sentence fills is used
    ("FUNDED from the amount, else from the earner").
    """

    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    # a condition on the two entities (a "work for" a state is control, for a firm a job)
    when: Callable[[ExtractedEntity, ExtractedEntity], bool] | None = None
    # both ends from one role, every pair once (the parties of a meeting)
    pairwise: bool = False
    # a condition on the two entity ids in the sentence that states them (a document the
    # sentence names with its issuer, "the FBI PSA", was issued by no other)
    holds: Callable[[Hit, DocContext, str, str], bool] | None = None


@dataclass(frozen=True)
class Frame:
    """A predicate and its roles, as data.

    `roles` maps a role name to dependency paths from the predicate (see extract/frames/
    _paths.py for the path notation). `defaults` names the entity a role takes when the
    sentence leaves it empty ("issuer": the agency that issued the release; "workers": the
    document's DPRK IT worker collective). `modality` is the default modality of what the
    frame states ("charged" for an indictment verb); extract/modality.py may override it.
    """

    name: str
    version: int
    lemmas: tuple[str, ...]
    roles: Mapping[str, tuple[str, ...]]
    yields: tuple[Yields, ...]
    pos: tuple[str, ...] = ("VERB",)
    defaults: Mapping[str, str] = field(default_factory=dict)
    modality: str = "asserted"
    # extra conditions on the predicate word itself, as DependencyMatcher RIGHT_ATTRS
    anchor: Mapping[str, object] = field(default_factory=dict)
    # paths that must exist for the predicate to count ("run" only with a "farm" object)
    requires: tuple[str, ...] = ()
    # entity types a role accepts (others are not that role: a Payment is never a payer);
    # what the model then refuses is reported as rejected, never dropped silently
    role_types: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # whether an unnamed actor ("an Arizona woman", "over 300 U.S. companies") may fill
    # its roles: yes for the chain of a scheme (who helped, worked, paid, earned); no for
    # designations, control, places and statements, where a count ("six individuals")
    # only sums up the named entities the text lists
    unnamed_ok: bool = False
    # "act": a dated act (a designation, a charge): dated by its sentence, else by the
    # document when the document reports it as its own news; an act the sentence only
    # recalls, without a date, is not a new act. "event": dated when the sentence says so.
    dated: str = ""
    # hooks: fill roles the parse cannot (the case of a defendant), and relation properties
    complete: Callable[[Hit, DocContext], None] | None = None
    properties: Callable[[Hit, DocContext, Yields], dict[str, object] | None] | None = None
    base_confidence: float = 0.7

    @property
    def id(self) -> str:
        return f"{self.name}.v{self.version}"


DocumentRule = Callable[["DocContext"], Iterable["Found"]]


@dataclass(frozen=True)
class Family:
    """What one family module offers: its frames and its document-level constructions."""

    module: str
    frames: tuple[Frame, ...]
    document_rules: tuple[DocumentRule, ...] = ()


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    """Every family module under extract/frames, in name order."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Family(info.name, tuple(getattr(module, "FRAMES", ())),
                            tuple(getattr(module, "DOCUMENT_RULES", ()))))
    return tuple(found)


def all_frames() -> tuple[Frame, ...]:
    return tuple(frame for family in families() for frame in family.frames)


@lru_cache(maxsize=1)
def frames_by_id() -> dict[str, Frame]:
    """Each frame by its id (the first of a repeated id), the argument search's included,
    built once: the calibration asks for a frame's base confidence once per fact, and
    scanning every frame for it each time showed in the profile; the relations read their
    hits' frames from it."""
    from extract.frames._path_search import PATH_FRAMES

    found: dict[str, Frame] = {}
    for frame in (*all_frames(), *PATH_FRAMES):
        found.setdefault(frame.id, frame)
    return found


def frame_by_id(frame_id: str) -> Frame:
    frame = frames_by_id().get(frame_id)
    if frame is None:
        raise KeyError(frame_id)
    return frame
