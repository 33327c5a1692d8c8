"""Who designates in a Japanese or Korean sentence that names no designator.

A release speaks for its own government (政府/정부 elsewhere in it, `self`), so an agentless
designation falls to that government. A Korean sentence whose construction only carries on
a designation reported before it (the passive "X도 명단에 올랐다", "X는 제재를 받았다", the
followup "대상에는 X가 포함됐다", the partitive "이 중 X는") is different: it continues the
act before it, whose designator the report named (docs/annotation.md: a sentence that names
no actor continues the designator named before it). A Korean report of a US designation
that says 정부 elsewhere for the ROK government must not hand the US's targets to the ROK.
"""

from __future__ import annotations

from extract.lang.common import DocBuilder
from extract.lang.roles import self_country

# the Korean frames that only carry on a designation reported before them (frames.py)
# (the partitive, "이 중 X는", reads the actor of the sentence before it itself, and none when
# that sentence only recalls an act: relations.py)
_CONTINUING = ("designation-passive", "designation-followup")


def agentless_designators(builder: DocBuilder, frame: str) -> list[str]:
    """The designators of a designation sentence that names none (frame: the frame's name);
    empty when neither the document's own government nor an earlier designator is known."""
    if builder.lang == "ko" and frame.startswith(_CONTINUING) and builder.last_designators:
        return list(builder.last_designators)
    own = self_country(builder)
    return [own.id] if own is not None else list(builder.last_designators)
