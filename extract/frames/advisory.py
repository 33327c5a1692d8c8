"""WARNS_ABOUT: an advisory, agency or state warns about a person or organization.

Constructions: "X warns (businesses) about/of/against Y", "X expresses concern about Y",
"the advisory names/identifies/highlights/describes Y (as ...)", "concerns about Y"; and,
for the whole document, every advisory a document names warns about the DPRK IT worker
collective when the document is about them (the subject of this domain's advisories).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._paths import OBJECT, SUBJECT, prep
from extract.frames.issuance import this_document

if TYPE_CHECKING:
    from extract.relations import DocContext, Found

WARNERS = ("Advisory", "Document", "Agency", "Country")
THREATS = ("Person", "Organization")
# the DPRK's state warns about nobody (graph/model.yaml refuses it); a platform or a
# company an advisory names is where the workers are found, not what it warns about
_YIELDS = (Yields("WARNS_ABOUT", ("warner",), ("threat",),
                  when=lambda a, b: b.properties.get("kind") not in {"platform", "company"}),)
_TYPES = {"warner": WARNERS, "threat": THREATS}
_ABOUT = prep("about|of|against|regarding|over|to")

FRAMES: tuple[Frame, ...] = (
    Frame("warning", 1, ("warn", "alert", "caution", "remind"),
          {"warner": SUBJECT, "threat": (*_ABOUT, ">dobj >prep[about|of|against] >pobj")},
          _YIELDS, role_types=_TYPES, complete=this_document("warner"), base_confidence=0.7),
    Frame("warning-concern", 1, ("concern", "concerns", "warning", "warnings", "alert",
                                 "threat"),
          {"warner": ("<dobj >nsubj", ">poss", "<pobj <prep >nsubj"), "threat": _ABOUT},
          _YIELDS, pos=("NOUN",), role_types=_TYPES, base_confidence=0.6),
    Frame("warning-names", 1, ("name", "identify", "highlight", "describe", "cite", "flag",
                               "single"),
          {"warner": SUBJECT, "threat": OBJECT}, _YIELDS,
          role_types={"warner": ("Advisory", "Document"), "threat": THREATS},
          complete=this_document("warner"), base_confidence=0.6),
)


ADVISED = ("Organization", "Agency", "Country")
_ADVICE_TARGET = (*OBJECT, *prep("on|upon"), ">dobj >prep[on] >pobj", ">ccomp >nsubj")
_ADVICE = "guidance|advice|recommendations|information|assistance|tips|indicators|measures"

FRAMES = (*FRAMES,
          # "the advisory urges freelance platforms to ...", "this PSA calls on companies"
          Frame("advice", 1, ("urge", "advise", "encourage", "recommend", "call", "ask",
                              "remind", "help", "guide", "inform"),
                {"advisory": SUBJECT, "audience": _ADVICE_TARGET},
                # the DPRK's state and its workers are never the audience: the model
                # refuses them (classes dprk_state, worker_group)
                (Yields("ADVISES", ("advisory",), ("audience",)),),
                role_types={"advisory": ("Advisory", "Document"), "audience": ADVISED},
                complete=this_document("advisory"), unnamed_ok=True, base_confidence=0.6),
          # "this advisory provides guidance / recommendations to companies"
          Frame("advice-provide", 1, ("provide", "offer", "give"),
                {"advisory": SUBJECT, "audience": (f">dobj[{_ADVICE}] >prep[to|for] >pobj",
                                                   f"+dobj[{_ADVICE}] >prep[to|for] >pobj",
                                                   f"+dobj[{_ADVICE}] >dative")},
                (Yields("ADVISES", ("advisory",), ("audience",)),),
                role_types={"advisory": ("Advisory", "Document"), "audience": ADVISED},
                complete=this_document("advisory"), unnamed_ok=True, base_confidence=0.6),
          # "this guidance is intended for / aimed at / addressed to companies"
          Frame("advice-audience", 1, ("intend", "aim", "address", "direct", "design", "write"),
                {"advisory": (">nsubjpass",), "audience": prep("for|at|to")},
                (Yields("ADVISES", ("advisory",), ("audience",)),),
                role_types={"advisory": ("Advisory", "Document"), "audience": ADVISED},
                complete=this_document("advisory"), unnamed_ok=True, base_confidence=0.6))


def advisories_warn_about_workers(context: DocContext) -> Iterable[Found]:
    """Every advisory a document about the DPRK IT workers names warns about them."""
    from extract.relations import Found

    workers = context.workers()
    if not workers:
        return []
    from extract.frames.issuance import self_advisory

    self_advisory(context)  # the document's own advisory, when it is one
    found = []
    for advisory in context.of_type("Advisory"):
        sent = next((m.sent for m in context.mentions.mentions if m.entity == advisory.id), -1)
        found.append(Found("WARNS_ABOUT", advisory.id, workers[0], sent, {},
                           "advisory-workers.v1", "document", inferred=True))
    return found


DOCUMENT_RULES = (advisories_warn_about_workers,)
