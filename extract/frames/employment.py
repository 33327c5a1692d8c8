"""EMPLOYED_AT: a worker (person or group) held a job at an organization.

Constructions: "X hired/employed/recruited Y", "Y was hired by/at X"; "Y worked for/at/with
X", "Y obtained/got/secured jobs at X"; "Z placed Y at/with X" (Z facilitated, Y worked at
X); "Y, an employee/representative/member/official/developer of (at) X", "X's
representative Y", "Y is a member of X"; "X paid one of the workers" (a firm paying
wages to a worker employs him); "X contracted Y", "Y was contracted by X" (not "X
contracted Y out to Z": employment_brokered.py); "Y was on X's payroll" / "on the payroll
of X"; "Y's employer, X" (not a prospective or would-be one);
"X, where Y worked / was hired". A job with a state or a DPRK unit is control rather than
employment (control.py), and so is the worker collective "employed" by a DPRK organization.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.antecedents import plural_description
from extract.frames import Frame, Yields
from extract.frames._collective import collective_in
from extract.frames._fielded import fielded_by_the_dprk
from extract.frames._money import REASON
from extract.frames._paths import HOLDER, OBJECT, RELATIVE, SUBJECT, object_prep, prep
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

WORKERS = ("Person", "Organization")
EMPLOYERS = ("Organization",)
EMPLOYER_KINDS = frozenset({"company", "front_company", "bank", "platform", "dprk_unit", "",
                            "other", "group"})


def is_employer(worker: ExtractedEntity, employer: ExtractedEntity) -> bool:
    """The collective's jobs "with U.S. companies" name the scheme's victims as a class, no
    set of employers: the collective is employed by a firm the text names or describes
    alone ("a German carmaker"), by a counted set
    it describes ("more than 60 U.S. companies", the chain of an unnamed scheme), or by the
    DPRK's own front companies however they are described."""
    if employer.unnamed and employer.count is None and plural_description(employer) and \
            worker.properties.get("kind") == "worker_group" and \
            employer.properties.get("kind") != "front_company":
        return False  # a single firm described ("a Serbian token company") is one employer
    return employer.type == "Organization" and \
        str(employer.properties.get("kind", "")) in EMPLOYER_KINDS and \
        str(worker.properties.get("kind", "")) not in {"company", "front_company", "bank"}


def is_job(worker: ExtractedEntity, employer: ExtractedEntity) -> bool:
    """Work for a firm or a bank is a job; for a state or a DPRK unit it is control."""
    return is_employer(worker, employer) and employer.properties.get("kind") not in {
        "dprk_unit", "group"}


def is_post(worker: ExtractedEntity, employer: ExtractedEntity) -> bool:
    """`is_job`, and a person's work in a DPRK unit ("P worked for the Reconnaissance
    General Bureau"): a person holds a post in a unit (the annotation gives EMPLOYED_AT for
    members and officers of units), while the worker collective a unit fields answers to it
    (control.py)."""
    return is_job(worker, employer) or (
        worker.type == "Person" and employer.properties.get("kind") == "dprk_unit")


def distributes(hit: Hit, context: DocContext, worker: str, employer: str) -> bool:
    """"These four men obtained positions at two companies": a set of workers and a counted
    set of employers pair up cumulatively; who worked where the sentence does not say, and
    no member is said to work at the whole set. One worker at two companies, or the worker
    class at 300 companies, does distribute."""
    firms = context.entities.get(employer)
    if firms is None or not firms.unnamed or (firms.count or 0) < 2:
        return True
    one = context.entities.get(worker)
    return len(hit.roles.get("worker", [])) < 2 and not (
        one is not None and one.unnamed and (one.count or 0) >= 2)


_YIELDS = (Yields("EMPLOYED_AT", ("worker",), ("employer",), when=is_employer,
                  holds=distributes),)
# "Y, where X worked": the firm a relative clause of place describes
_WHERE = ("+advmod[where] <relcl",)
# "the companies that employed the workers included X": the firms named as members of the
# set the relative clause describes (the set itself, undescribed, is no employer)
_INCLUDED = (f"+nsubj[{RELATIVE}] <relcl <nsubj[include|included|includes] >dobj",)
# "the workers were hired by A and worked for B": an intransitive verb coordinated with a
# passive shares the passive's subject (the parser gives it none of its own)
_AFTER_PASSIVE = ("<conj +auxpass >nsubjpass",)
# an employer someone only hopes for or was offered is no job held
_NOT_YET = frozenset({"prospective", "potential", "future", "would-be", "intended", "new"})


# verbs that, with the particle "out", hand someone's labour to another party: "X contracted
# the workers out to Y" makes Y the employer, not X (employment_brokered.py)
LENDING = ("contract", "subcontract", "hire", "farm", "lease", "rent", "loan", "outsource")


def lent_out(verb: Token) -> bool:
    """'contracted the workers out (to Y)': the particle, which the parser may also label a
    preposition, bare or holding "to Y" ("out of the office" names a place: no particle)."""
    return verb.lemma_ in LENDING and any(
        c.lower_ == "out" and (c.dep_ == "prt" or (c.dep_ == "prep" and all(
            g.dep_ == "prep" and g.lower_ == "to" for g in c.children)))
        for c in verb.children)


def _own_hire(hit: Hit, context: DocContext) -> None:
    """'X contracted the workers out to Y' lends them: neither X nor a passive's 'by X' is
    their employer (employment_brokered.py reads Y)."""
    if lent_out(hit.word):
        hit.roles.clear()
        return
    fielded_by_the_dprk(hit, context)


def _not_joint(hit: Hit, context: DocContext) -> None:
    """'X worked with Y to bring in workers' is a joint act (facilitation.py), not a job
    with Y: an employer after "with" does not count where the verb states a purpose. One
    who "acts for" a unit is its agent (control.py), not one of its staff."""
    if hit.word.lemma_ == "act":
        hit.roles["employer"] = [e for e in hit.roles.get("employer", [])
                                 if context.entities[e].properties.get("kind") != "dprk_unit"]
    purpose = any(c.dep_ in {"xcomp", "advcl"} and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in hit.word.children)
    if not purpose:
        return
    partners = {context.index.at(p) for w in hit.word.children
                if w.dep_ == "prep" and w.lower_ == "with" for p in w.children}
    hit.roles["employer"] = [e for e in hit.roles.get("employer", []) if e not in partners]


def _held(hit: Hit, context: DocContext) -> None:
    """'X's prospective employer, Y' states no job: the roles are emptied."""
    if any(c.dep_ == "amod" and c.lower_ in _NOT_YET for c in hit.word.children):
        hit.roles.clear()

def _titled_worker(hit: Hit, context: DocContext) -> None:
    """"Kumsan Bank representative Ri Chol Nam": the one named right after the post noun
    holds the post (extract/frames/_named_title.py)."""
    from extract.frames._named_title import titled_person

    if not hit.roles.get("worker"):
        person = titled_person(hit.word, context)
        if person:
            hit.roles["worker"] = [person]
            hit.paths.setdefault("worker", 0)


_TYPES = {"worker": WORKERS, "employer": EMPLOYERS}
# the verbs of hiring ("onboarde": the lemmatizer's "onboarded")
HIRING = ("hire", "employ", "recruit", "engage", "retain", "onboard", "onboarde", "contract")
# the posts a worker is hired as: "hired as a developer by X"
POSTS = ("developer|developers|engineer|engineers|programmer|programmers|contractor|"
          "contractors|employee|employees|consultant|consultants|worker|workers|staff")
_UNITS = "unit|units|team|teams|cell|cells|branch|branches|office|offices|division|divisions"
JOBS = "job|jobs|employment|work|positions|position|contracts|contract|roles|role"
# work got for someone: on the verb, on the work ("jobs for X") or on the firm the work is
# at ("jobs at U.S. firms for X": the parser hangs "for" on the nearest noun)
JOBS_FOR = (">prep[for] >pobj", ">dobj >prep[for] >pobj",
            ">dobj >prep[at|with] >pobj >prep[for] >pobj")


_MEASURES = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY"})
_SPANS = frozenset({"year", "month", "week", "day", "period", "time", "while", "decade"})


def _for_someone(hit: Hit, context: DocContext) -> None:
    """'X secured jobs at Y for Z': the work is Z's, not X's (X got it for Z), unless Z is a
    firm the work was done for ("obtained contracts for a U.S. firm")."""
    from extract.frames._compile import matches

    words = [context.doc[argument] for frame, role, _, word, argument in matches(context.doc)
             if frame == hit.frame.id and role == "for" and word == hit.word.i]
    # "for years", "for $N a month" say how long or how much, not for whom
    words = [w for w in words if w.ent_type_ not in _MEASURES and w.lemma_ not in _SPANS]
    firms = {e for e in hit.roles.get("for", [])
             if context.entities[e].type == "Organization"
             and context.entities[e].properties.get("kind") != "worker_group"}
    if not words or (firms and len(firms) == len(hit.roles.get("for", []))):
        return
    hit.roles["worker"] = [e for e in hit.roles.get("for", []) if e not in firms]

# what a payer hands one it does not employ: a fee for a service, a cut, a bribe, rent
_FEES = frozenset({"fee", "fees", "commission", "commissions", "bribe", "bribes", "cut",
                   "kickback", "kickbacks", "rent", "percentage", "share", "premium"})


def _not_a_fee(hit: Hit, context: DocContext) -> None:
    """'X paid Y a monthly fee (a commission, a cut of the salary)': a laptop host or a
    broker paid for a service is no employee of the payer; wages, a salary or an amount
    keep the reading."""
    paid = [c for c in hit.word.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "paid Y $5,000 in fees", "paid Y $5,000 as a commission"
    paid += [p for w in (hit.word, *paid) for c in w.children
             if c.dep_ == "prep" and c.lower_ in {"as", "in"}
             for p in c.children if p.dep_ == "pobj"]
    if any(w.lower_ in _FEES for w in paid):
        hit.roles.clear()


FRAMES = (
    Frame("employment", 1, HIRING,
          # "hired as a developer by X": the parser hangs the agent on the job noun
          {"employer": (*SUBJECT, *prep("at|by"), *_WHERE, *_INCLUDED,
                        f">prep[as] >pobj[{POSTS}] >prep[by] >pobj",
                        # "Y was contracted to X": the firm a passive worker is bound to
                        # (a lending, "contracted out to X", is cleared by _own_hire)
                        "+nsubjpass >prep[to] >pobj"), "worker": OBJECT},
          (*_YIELDS, Yields("CONTROLLED_BY", ("worker",), ("ruler",))),
          complete=collective_in("worker", _own_hire),
          role_types=_TYPES, unnamed_ok=True, base_confidence=0.75),
    Frame("employment-work", 1, ("work", "serve", "act"),
          # "X is designated for acting for or on behalf of Y": the designated one acts
          {"worker": (*SUBJECT, *REASON, *_AFTER_PASSIVE),
           "employer": (*prep("for|at|with|in|on", of="behalf"), *_WHERE,
                        # "worked at the Yanji office of X", "worked in X's branch"
                        f">prep[for|at|in] >pobj[{_UNITS}] >prep[of] >pobj",
                        f">prep[for|at|in] >pobj[{_UNITS}] >poss")},
          (Yields("EMPLOYED_AT", ("worker",), ("employer",), when=is_post),),
          role_types=_TYPES, unnamed_ok=True, complete=collective_in("worker", _not_joint),
          base_confidence=0.6),
    Frame("employment-represent", 1, ("represent",),
          {"worker": SUBJECT, "employer": OBJECT}, _YIELDS, role_types=_TYPES,
          unnamed_ok=True, base_confidence=0.65),
    # "X heads Y's delegation", "X leads one of Y's teams": a post in Y
    Frame("employment-post", 1, ("head", "lead", "manage", "run", "direct", "supervise"),
          # "heads the Y delegation": the organization named before the post noun
          {"worker": SUBJECT, "employer": (">dobj >poss", ">dobj >prep[of] >pobj >poss",
                                           ">dobj >prep[of] >pobj", ">dobj >compound")},
          _YIELDS, role_types=_TYPES, unnamed_ok=True, base_confidence=0.6,
          requires=(">dobj[delegation|delegations|team|teams|office|branch|unit|group|"
                    "groups|one|division|operations]",)),
    Frame("employment-job", 1, ("obtain", "get", "secure", "land", "find", "hold", "win",
                                "gain", "take"),
          {"worker": SUBJECT, "employer": (*object_prep("at|with|in"), *prep("at|with"),
                                           # "jobs for the workers at 100 firms"
                                           ">dobj >prep[for] >pobj >prep[at|with] >pobj"),
           "for": JOBS_FOR},
          _YIELDS, role_types={**_TYPES, "for": WORKERS}, requires=(f">dobj[{JOBS}]",),
          unnamed_ok=True, complete=collective_in("worker", _for_someone),
          base_confidence=0.65),
    Frame("employment-placement", 1, ("place", "embed", "insert", "get"),
          {"worker": OBJECT, "employer": prep("at|with|in|into")},
          _YIELDS, role_types=_TYPES, unnamed_ok=True, complete=collective_in("worker"),
          base_confidence=0.6),
    Frame("employment-role", 1, ("employee", "representative", "member", "official",
                                 "worker", "banker", "agent", "operative", "staff",
                                 "officer", "employees", "members", "officials",
                                 "representatives", "developer", "engineer", "programmer",
                                 "developers", "engineers", "programmers", "contractor",
                                 "contractors", "consultant", "consultants", "freelancer",
                                 "freelancers", "staffer", "staffers"),
          {"worker": (*HOLDER, ">appos"),
           # "its representative Ri Chol Nam": the owner hangs on the name (_titled_worker)
           "employer": (*prep("of|at|for|in|with"), ">poss", ">compound", "<compound >poss",
                        # "members of Y units": the body named before the unit noun
                        f">prep[of|in] >pobj[{_UNITS}] >compound|poss")},
          _YIELDS, pos=("NOUN",), role_types=_TYPES, unnamed_ok=True,
          complete=_titled_worker, base_confidence=0.65),
    # "Y was on X's payroll", "Y, on the payroll of X"
    Frame("employment-payroll", 1, ("payroll", "payrolls"),
          {"worker": ("<pobj[on] <prep >nsubj", "<pobj[on] <prep >nsubjpass",
                      "<pobj[on] <prep"),
           "employer": (">poss", *prep("of"))},
          _YIELDS, pos=("NOUN",), role_types=_TYPES, unnamed_ok=True, base_confidence=0.6),
    # "Y's employer, X", "X, Y's employer", "the employer of Y is X"
    Frame("employment-employer", 1, ("employer", "employers"),
          {"worker": (">poss", *prep("of")), "employer": (*HOLDER, ">appos")},
          _YIELDS, pos=("NOUN",), role_types=_TYPES, unnamed_ok=True, complete=_held,
          base_confidence=0.6),
    Frame("employment-wages", 1, ("pay",),
          {"employer": SUBJECT, "worker": (">dobj", ">dative", ">nsubjpass")}, _YIELDS,
          role_types={"employer": EMPLOYERS, "worker": WORKERS}, unnamed_ok=True,
          complete=_not_a_fee, base_confidence=0.5),
)
