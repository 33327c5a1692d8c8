"""SENTENCED: a court imposed a sentence on a person (and the person is a defendant).

Constructions: "X was sentenced (today) to N months", "the judge sentenced X to",
"X, who was sentenced", "the sentencing of X". A sentence that is scheduled, expected or
future ("is scheduled to be sentenced", "faces up to 20 years", "will be sentenced") is not
a done act: extract/modality.py reads it. Terms come from the "to ..." phrase of the verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._cases import case_of
from extract.frames._paths import OBJECT
from extract.normalize import parse_duration_months

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_SUPERVISED = re.compile(r"\b(\w+(?:[\s-]\w+)?)\s+years?\s+of\s+supervised\s+release", re.I)


def _term(hit: Hit) -> str:
    for child in hit.word.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            return " ".join(t.text for t in child.subtree)[3:]
    return ""


def _properties(hit: Hit, context: DocContext, spec: Yields) -> dict[str, object]:
    if spec.type == "DEFENDANT_IN":
        return {"role": "defendant"}
    props: dict[str, object] = {}
    term = parse_duration_months(_term(hit)) if _term(hit) else None
    if term is not None:
        props["months"] = term.value
        props["qualifier"] = term.qualifier
    release = _SUPERVISED.search(context.sentence_text(hit.sent))
    if release:
        years = parse_duration_months(f"{release.group(1)} years")
        if years is not None:
            props["supervised_release_months"] = years.value
    return props


_YIELDS = (Yields("SENTENCED", ("defendant",), ("case",)),
           Yields("DEFENDANT_IN", ("defendant",), ("case",)))

FRAMES = (
    Frame("sentencing", 1, ("sentence",), {"defendant": OBJECT}, _YIELDS,
          modality="sentenced", role_types={"defendant": ("Person",)}, dated="act",
          complete=case_of, properties=_properties, base_confidence=0.85),
)
