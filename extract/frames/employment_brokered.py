"""EMPLOYED_AT and FACILITATED for work a third party brokered: the one who contracts
workers out or arranges their jobs is not their employer.

- "X contracted (hired, farmed, leased) the workers out to Y", "the workers were contracted
  out to Y by X": the verb with the particle "out" lends the workers to Y. Y is where they
  worked (EMPLOYED_AT workers -> Y); X helped them get that work (FACILITATED, only when the
  ones lent out are the DPRK side, as for "placed the workers with firms"). The plain verb
  ("X contracted the workers") still makes X the employer (employment.py), which therefore
  skips the verb with "out".
- "X arranged (lined up, procured) employment (jobs, contracts) for the workers at Y": the
  job is the workers', at Y; X only arranged it (facilitation.py reads the help). Unlike
  "obtained jobs at Y", the subject of "arranged" never holds the job, so the worker is
  only the one the work is "for".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._collective import collective_in
from extract.frames._paths import OBJECT, SUBJECT, object_prep, prep
from extract.frames.employment import (
    EMPLOYERS,
    JOBS,
    JOBS_FOR,
    LENDING,
    WORKERS,
    is_employer,
    lent_out,
)
from extract.frames.facilitation import dprk_side

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_OUT = (">prt|prep[out]",)
_BROKERING = ("arrange", "procure", "line", "broker", "organize", "organise")


def _lent(role: str) -> Callable[[Hit, DocContext], None]:
    """The collective for `role`; nothing unless the verb's "out" is the particle."""
    fill = collective_in(role)

    def run(hit: Hit, context: DocContext) -> None:
        if not lent_out(hit.word):
            hit.roles.clear()
            return
        fill(hit, context)
    return run


_JOB = (Yields("EMPLOYED_AT", ("worker",), ("employer",), when=is_employer),)

FRAMES = (
    Frame("employment-lent-out", 1, LENDING,
          {"worker": OBJECT, "employer": (*prep("to"), ">prep[out] >prep[to] >pobj")},
          _JOB, role_types={"worker": WORKERS, "employer": EMPLOYERS},
          requires=_OUT, unnamed_ok=True, complete=_lent("worker"),
          base_confidence=0.6),
    Frame("facilitation-lent-out", 1, LENDING,
          {"helper": SUBJECT, "helped": OBJECT},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types={"helper": ("Person", "Organization"), "helped": WORKERS},
          requires=_OUT, complete=_lent("helped"), base_confidence=0.6),
    # "arranged employment for the workers at Y", "lined up jobs at Y for the workers"
    Frame("employment-arranged", 1, _BROKERING,
          {"worker": JOBS_FOR,
           "employer": (*object_prep("at|with|in"), *prep("at|with"))},
          _JOB, role_types={"worker": WORKERS, "employer": EMPLOYERS},
          requires=(f">dobj[{JOBS}]",), unnamed_ok=True, base_confidence=0.6),
)
