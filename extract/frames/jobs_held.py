"""EMPLOYED_AT, two constructions the employment family (employment.py) does not read.

- "X houses (housed) IT workers", "X houses a delegation of IT workers": its workers.
- "P, the president (head) of X's delegation (team, office)": a post in X.
- "P joined X": a person or the workers took a post in X.
- "P belongs to X" (a person): membership of an organization is a post in it. Between two
  organizations the same verb states control (control.py), so only a person is read.
- "Y did (performed, carried out) remote work for X", "Y did development jobs for X": the
  firm the work was done for held the worker. Not "sought work", "applied for work" (no
  verb of doing) and not work done for a state or a worker collective (the employer must
  be a firm, `is_employer`).
- "(enabled, facilitated, arranged, secured) the employment of X at (with, by) Y": X held a
  job at Y; not under a verb that seeks, offers, bars or opposes it, nor one negated or
  only tried.
- "Y took (brought) X on as a developer", "X was taken on as an engineer by Y", "X
  infiltrated Y as a remote developer": only with the post named ("took on the project",
  "entered the United States as a student" state no job at a firm).
- "X got (had, helped) the workers hired at (by) Y": the causative's clause says the
  workers were hired; X arranged it (facilitation.py), the job is the workers' at Y. Only
  under a verb of causing: "X wanted the workers hired" or "X expected them to be hired"
  states no hiring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._collective import collective_in
from extract.frames._money import ACCUSED
from extract.frames._paths import HOLDER, OBJECT, SUBJECT, prep
from extract.frames.employment import EMPLOYERS, WORKERS, is_employer

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

_YIELDS = (Yields("EMPLOYED_AT", ("worker",), ("employer",), when=is_employer),)
# what is done for someone who employs: work, jobs, projects, tasks
# a firm's teams abroad
_CREWS = "delegation|delegations|team|teams|group|groups|office|branch|unit|cell"
_WORK = "work|jobs|job|projects|project|tasks|task|contracts|contract|development|programming"



def _some_work(hit: Hit, context: DocContext) -> None:
    """'did no work for X', 'never did any work for X' deny the job."""
    work = [c for c in hit.word.children if c.dep_ == "dobj"]
    if any(d.lower_ in {"no", "none"} for w in work for d in w.children if d.dep_ == "det"):
        hit.roles.clear()


# the post a worker held: "as a (remote) developer"
_POSTS = ("developer|developers|engineer|engineers|programmer|programmers|contractor|"
          "contractors|employee|employees|consultant|consultants|worker|workers|staff|"
          "freelancer|freelancers|hire|hires|staffer|staffers|administrator|analyst|tester")
_CAUSING = frozenset({"get", "have", "help"})


def _caused(hit: Hit, context: DocContext) -> None:
    """The participle clause counts under a verb of causing only."""
    if hit.word.head.lemma_ not in _CAUSING:
        hit.roles.clear()


# verbs that bring about (or find) the employment they take as object; any other ("sought,
# offered, prevented, opposed the employment of X") states no job held
_BRINGING = frozenset({"enable", "facilitate", "arrange", "secure", "obtain", "gain", "get",
                       "allow", "permit", "help", "assist", "support", "win", "land",
                       "maintain", "keep", "conceal", "hide", "disguise", "detect",
                       "discover", "uncover"})
_UNSURE = frozenset({"try", "attempt", "seek", "plan", "intend", "want", "hope", "aim",
                     "offer", "propose", "agree", "promise"})


def _employment_held(hit: Hit, context: DocContext) -> None:
    """'enabled the employment of X at Y' states a job; 'sought (prevented, tried to
    arrange, did not enable) the employment of X at Y' does not."""
    verb = hit.word.head
    if hit.word.dep_ != "dobj" or verb.lemma_ not in _BRINGING or any(
            c.dep_ == "neg" for c in verb.children) or (
            verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_ in _UNSURE):
        hit.roles.clear()


FRAMES = (
    Frame("employment-belong", 1, ("belong",),
          {"worker": (*SUBJECT, *ACCUSED), "employer": prep("to")},
          _YIELDS, role_types={"worker": ("Person",), "employer": EMPLOYERS},
          base_confidence=0.6),
    # "X houses a delegation of IT workers", "X, a front that has housed IT workers in
    # Laos": a firm keeps its own workers; the ones housed must be people or the workers
    # (a building housing laptops names no one)
    Frame("employment-house", 1, ("house",),
          {"employer": SUBJECT, "worker": (*OBJECT, f">dobj[{_CREWS}] >prep[of] >pobj")},
          _YIELDS, role_types={"worker": WORKERS, "employer": EMPLOYERS},
          unnamed_ok=True, base_confidence=0.55),
    # "P, the president (head, chief) of X's delegation", "the head of the X team": the
    # leader of a firm's team holds a post in the firm
    Frame("employment-team-head", 1, ("president", "head", "chief", "leader", "director",
                                      "manager", "chairman"),
          {"worker": (*HOLDER, ">appos"),
           "employer": (f">prep[of] >pobj[{_CREWS}] >poss",
                        f">prep[of] >pobj[{_CREWS}] >compound")},
          _YIELDS, pos=("NOUN",), role_types={"worker": ("Person",), "employer": EMPLOYERS},
          base_confidence=0.55),
    # "P joined X (as a developer)": not "sought to join" (a plan, extract/modality.py)
    Frame("employment-join", 1, ("join",),
          {"worker": (*SUBJECT, *ACCUSED), "employer": (">dobj",)},
          _YIELDS, role_types={"worker": WORKERS, "employer": EMPLOYERS},
          unnamed_ok=True, base_confidence=0.55),
    # "Y took (brought) X on as a developer", "X was taken on as an engineer by Y"
    Frame("employment-take-on", 1, ("take", "bring"),
          {"employer": (*SUBJECT, f">prep[as] >pobj[{_POSTS}] >prep[by] >pobj"),
           "worker": OBJECT},
          _YIELDS, role_types={"worker": WORKERS, "employer": EMPLOYERS},
          requires=(">prt[on|aboard]", f">prep[as] >pobj[{_POSTS}]"), unnamed_ok=True,
          base_confidence=0.55),
    # "X infiltrated (entered) Y as a remote developer": a post held at Y
    Frame("employment-as-post", 1, ("infiltrate", "enter", "penetrate"),
          {"worker": (*SUBJECT, *ACCUSED), "employer": OBJECT},
          _YIELDS, role_types={"worker": WORKERS, "employer": EMPLOYERS},
          requires=(f">prep[as] >pobj[{_POSTS}]",), unnamed_ok=True, base_confidence=0.55),
    # "(enabled) the employment of X at Y": the parser may hang "at Y" on the verb whose
    # object the noun is
    Frame("employment-noun", 1, ("employment",),
          {"worker": (">prep[of] >pobj",),
           "employer": (*prep("at|with|by"), "<dobj >prep[at|with] >pobj",
                        ">prep[of] >pobj >prep[at|with|by] >pobj")},
          _YIELDS, pos=("NOUN",), role_types={"worker": WORKERS, "employer": EMPLOYERS},
          unnamed_ok=True, complete=_employment_held, base_confidence=0.55),
    # "got the workers hired at Y": the parser makes the workers the subject of "hired"
    Frame("employment-got-hired", 1, ("hire", "employ", "place", "onboard", "contract"),
          {"worker": (">nsubj", ">nsubjpass"), "employer": prep("at|by|with|in")},
          _YIELDS, role_types={"worker": WORKERS, "employer": EMPLOYERS},
          anchor={"DEP": {"IN": ["ccomp", "xcomp"]}, "TAG": "VBN"}, unnamed_ok=True,
          complete=collective_in("worker", _caused), base_confidence=0.55),
    Frame("employment-work-done", 1, ("do", "perform", "carry", "complete", "undertake"),
          {"worker": (*SUBJECT, *ACCUSED),
           # "for X" on the verb, or on the work ("did remote work for X")
           "employer": (*prep("for"), f">dobj[{_WORK}] >prep[for] >pobj")},
          _YIELDS, role_types={"worker": WORKERS, "employer": EMPLOYERS},
          requires=(f">dobj[{_WORK}]",), unnamed_ok=True, complete=_some_work, base_confidence=0.6),
)
