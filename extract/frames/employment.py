"""EMPLOYED_AT: a worker (person or group) held a job at an organization.

Constructions: "X hired/employed/recruited Y", "Y was hired by/at X"; "Y worked for/at/with
X", "Y obtained/got/secured jobs at X"; "Z placed Y at/with X" (Z facilitated, Y worked at
X); "Y, an employee/representative/member/official/developer of (at) X", "X's
representative Y", "Y is a member of X"; "X paid one of the workers" (a firm paying
wages to a worker employs him). A job with a state or a DPRK unit is control rather than
employment (control.py).
"""

from __future__ import annotations

from extract.frames import Frame, Yields
from extract.frames._paths import HOLDER, OBJECT, SUBJECT, object_prep, prep
from graph.model import ExtractedEntity

WORKERS = ("Person", "Organization")
EMPLOYERS = ("Organization",)
EMPLOYER_KINDS = frozenset({"company", "front_company", "bank", "platform", "dprk_unit", "",
                            "other", "group"})


def is_employer(worker: ExtractedEntity, employer: ExtractedEntity) -> bool:
    return employer.type == "Organization" and \
        str(employer.properties.get("kind", "")) in EMPLOYER_KINDS and \
        str(worker.properties.get("kind", "")) not in {"company", "front_company", "bank"}


def is_job(worker: ExtractedEntity, employer: ExtractedEntity) -> bool:
    """Work for a firm or a bank is a job; for a state or a DPRK unit it is control."""
    return is_employer(worker, employer) and employer.properties.get("kind") not in {
        "dprk_unit", "group"}


_YIELDS = (Yields("EMPLOYED_AT", ("worker",), ("employer",), when=is_employer),)
_TYPES = {"worker": WORKERS, "employer": EMPLOYERS}
_JOBS = "job|jobs|employment|work|positions|position|contracts|contract|roles|role"

FRAMES = (
    Frame("employment", 1, ("hire", "employ", "recruit", "engage", "retain", "onboard"),
          {"employer": (*SUBJECT, *prep("at|by")), "worker": OBJECT}, _YIELDS,
          role_types=_TYPES, unnamed_ok=True, base_confidence=0.75),
    Frame("employment-work", 1, ("work", "serve", "act"),
          {"worker": SUBJECT, "employer": prep("for|at|with|in|on", of="behalf")},
          (Yields("EMPLOYED_AT", ("worker",), ("employer",), when=is_job),),
          role_types=_TYPES, unnamed_ok=True, base_confidence=0.6),
    Frame("employment-represent", 1, ("represent",),
          {"worker": SUBJECT, "employer": OBJECT}, _YIELDS, role_types=_TYPES,
          unnamed_ok=True, base_confidence=0.65),
    # "X heads Y's delegation", "X leads one of Y's teams": a post in Y
    Frame("employment-post", 1, ("head", "lead", "manage", "run", "direct", "supervise"),
          {"worker": SUBJECT, "employer": (">dobj >poss", ">dobj >prep[of] >pobj >poss",
                                           ">dobj >prep[of] >pobj")},
          _YIELDS, role_types=_TYPES, unnamed_ok=True, base_confidence=0.6,
          requires=(">dobj[delegation|delegations|team|teams|office|branch|unit|group|"
                    "groups|one|division|operations]",)),
    Frame("employment-job", 1, ("obtain", "get", "secure", "land", "find", "hold", "win",
                                "gain", "take"),
          {"worker": SUBJECT, "employer": (*object_prep("at|with|in"), *prep("at|with"))},
          _YIELDS, role_types=_TYPES, requires=(f">dobj[{_JOBS}]",), unnamed_ok=True,
          base_confidence=0.65),
    Frame("employment-placement", 1, ("place", "embed", "insert", "get"),
          {"worker": OBJECT, "employer": prep("at|with|in|into")},
          _YIELDS, role_types=_TYPES, unnamed_ok=True, base_confidence=0.6),
    Frame("employment-role", 1, ("employee", "representative", "member", "official",
                                 "worker", "banker", "agent", "operative", "staff",
                                 "officer", "employees", "members", "officials",
                                 "representatives", "developer", "engineer", "programmer",
                                 "developers", "engineers", "programmers"),
          {"worker": (*HOLDER, ">appos"),
           "employer": (*prep("of|at|for|in|with"), ">poss", ">compound")},
          _YIELDS, pos=("NOUN",), role_types=_TYPES, unnamed_ok=True, base_confidence=0.65),
    Frame("employment-wages", 1, ("pay",),
          {"employer": SUBJECT, "worker": (">dobj", ">dative", ">nsubjpass")}, _YIELDS,
          role_types={"employer": EMPLOYERS, "worker": WORKERS}, unnamed_ok=True,
          base_confidence=0.5),
)
