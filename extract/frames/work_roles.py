"""EMPLOYED_AT and FACILITATED read from the role words of the parse, where the other
families read a fixed verb and object.

- Staff nouns: "X's employees (developers, staff) included Y", "Y were among X's
  engineers": the staff noun's owner employs the ones it includes. Not a prospective or
  would-be staff, nor a negated inclusion ("did not include", "were not among").
- Contracting: "X contracted with Y" (a firm with a person or the workers) and "Y
  contracted with X" (the workers with a firm): the argument types decide who works for
  whom (`is_post`: the worker is a person or the workers, the employer a firm; a person
  may also hold a post in a DPRK unit).
- Wages: "Y received (drew, collected) salaries from X", "X paid the workers' wages": the
  one whose wages a firm pays works for it. Not fees or payments (a laptop host is paid a
  fee, no wage), and not wages paid "on behalf of" someone else (a payroll agent).
- Posing: "Y infiltrated (joined) X by posing as remote developers": entering a firm under
  a post is holding that post there; without the post ("infiltrated X's network") no job.
- Stand-ins: "X acted as a proxy (a stand-in, a nominee) for the workers": standing in for
  the DPRK side is helping it; a proxy for anyone else is not read.
- Referrals: "X recommended (referred, introduced) Y to a company": putting a DPRK worker
  forward to a firm helps him get work; referring someone to the police or a court is no
  help, so the one referred to must be a company.
- Accounts: "the workers' wages were deposited (wired, routed) into accounts controlled
  (held, opened) by X", "... into X's accounts": whoever holds the accounts the DPRK side's
  pay lands in helped it. Only the DPRK side's money, and only one other than its owner.
- Occupations: "P, a software engineer (an accountant, a hacker) at X", "P, a hacker
  affiliated with X": a person described by a trade noun at (or affiliated with) a firm or
  a DPRK unit holds a post there. Only "at" and "affiliated with": "a citizen of",
  "a customer of", "a shareholder in" name no post, and a customer, client, student or
  visitor "at" a firm is none either (the noun must be an occupation).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._money import ACCUSED, MONEY_NOUNS
from extract.frames._paths import HOLDER, OBJECT, SUBJECT, prep
from extract.frames.employment import EMPLOYERS, WORKERS, is_post
from extract.frames.facilitation import BEHALF, dprk_side
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit

# a job at a firm, or a person's post in a DPRK unit; the worker collective a DPRK unit
# fields answers to it (control.py), it holds no job there
_JOB = (Yields("EMPLOYED_AT", ("worker",), ("employer",), when=is_post),)
_TYPES = {"worker": WORKERS, "employer": EMPLOYERS}
_HELP = (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),)
_ACTORS = ("Person", "Organization")

# matched on the lemma: the singular stands for the plural
_STAFF = ("employee", "staff", "staffer", "workforce", "personnel", "developer", "engineer",
          "programmer", "contractor", "hire", "worker")
# a staff someone only hopes for, or no longer counts, is not said to hold the job now
_NOT_HELD = frozenset({"prospective", "potential", "future", "would-be", "intended"})
_WAGES = "salary|salaries|wages|wage|paychecks|paycheck|pay|payroll"
_POSTS = frozenset({"developer", "developers", "engineer", "engineers", "programmer",
                    "programmers", "contractor", "contractors", "employee", "employees",
                    "worker", "workers", "freelancer", "freelancers", "consultant",
                    "consultants", "staff", "hire", "hires", "tester", "testers", "analyst",
                    "analysts", "administrator", "administrators"})
_FIRM_KINDS = frozenset({"company", "front_company", "bank", "platform", "other", ""})


def _negated(word: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
               for c in word.children)


def _staff_held(hit: Hit, context: DocContext) -> None:
    """'X's prospective employees included Y', 'X's staff did not include Y', 'Y were not
    among X's developers' state no job."""
    noun = hit.word
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if any(c.dep_ == "amod" and c.lower_ in _NOT_HELD for c in noun.children) or \
            _negated(verb):
        hit.roles.clear()


def _own_wages(hit: Hit, context: DocContext) -> None:
    """Wages paid on someone else's behalf (a payroll agent) do not make the payer the
    employer; nor does a negated payment."""
    if _negated(hit.word) or any(c.dep_ == "prep" and c.lower_ in {"on", "for"} and any(
            p.lower_ in {"behalf", "benefit"} for p in c.children) for c in hit.word.children):
        hit.roles.clear()


def _posed_as_staff(hit: Hit, context: DocContext) -> None:
    """The entry counts only where the clause says the worker posed as staff: "by posing as
    remote developers", "posing as engineers"."""
    for word in hit.word.subtree:
        if word.lemma_ != "pose" or word.i == hit.word.i:
            continue
        for p in word.children:
            if p.dep_ == "prep" and p.lower_ == "as" and any(
                    o.dep_ == "pobj" and o.lower_ in _POSTS for o in p.children):
                return
    hit.roles.clear()


def _to_a_firm(hit: Hit, context: DocContext) -> None:
    """A referral helps only when the one referred is put forward to a company."""
    firms = [e for e in hit.roles.get("firm", [])
             if context.entities[e].type == "Organization"
             and str(context.entities[e].properties.get("kind", "")) in _FIRM_KINDS]
    if not firms or _negated(hit.word):
        hit.roles.clear()


_DPRK_WORDS = re.compile(r"\b(?:North Korean|DPRK)\b")


def dprk_person(helper: ExtractedEntity, helped: ExtractedEntity) -> bool:
    """`dprk_side`, or one the text itself describes as North Korean ("Choe, a North Korean
    national"), where no nationality was recorded."""
    return dprk_side(helper, helped) or any(
        _DPRK_WORDS.search(m.text) for m in helped.mentions)


# trade nouns (the lemma: the singular stands for the plural); the post nouns the
# employment family already reads (employee, developer, engineer, ...) are left to it
_TRADES = ("accountant", "analyst", "manager", "technician", "specialist", "hacker", "coder",
           "designer", "administrator", "clerk", "treasurer", "secretary", "assistant",
           "researcher", "scientist", "operator", "recruiter", "cashier", "executive",
           "architect", "tester", "salesman", "saleswoman", "trader", "broker",
           "auditor", "lawyer", "economist", "translator", "interpreter", "driver")

_ACCOUNTS = "account|accounts"
_HOLDING = "controlled|held|opened|owned|managed|maintained|registered|operated"
# whose money moved: "the workers' wages", "the wages of the workers", "wages earned by X"
_WHOSE = tuple(f">{dep}[{MONEY_NOUNS}] {rest}" for dep in ("nsubjpass", "dobj")
               for rest in (">poss", ">prep[of] >pobj", ">acl[earned] >agent >pobj"))
# who holds the accounts it went into
_ACCOUNT_HOLDER = (f">prep[into|to|in] >pobj[{_ACCOUNTS}] >acl[{_HOLDING}] >agent >pobj",
                   f">prep[into|to|in] >pobj[{_ACCOUNTS}] >poss",
                   f">prep[into|to|in] >pobj[{_ACCOUNTS}] >relcl[{_HOLDING}] >nsubj")


def _other_side(helper: ExtractedEntity, helped: ExtractedEntity) -> bool:
    return helper.id != helped.id and dprk_side(helper, helped)


FRAMES = (
    # "the workers' wages were deposited into accounts controlled by X"
    Frame("facilitation-accounts", 1, ("deposit", "wire", "transfer", "route", "funnel",
                                       "send", "move", "forward", "pay", "channel"),
          {"helper": _ACCOUNT_HOLDER, "helped": _WHOSE},
          (Yields("FACILITATED", ("helper",), ("helped",), when=_other_side),),
          role_types={"helper": _ACTORS, "helped": _ACTORS}, base_confidence=0.5),
    # "P, a software engineer at X", "P, a hacker affiliated with X"
    Frame("employment-occupation", 1, _TRADES,
          {"worker": (*HOLDER, ">appos"),
           "employer": (">prep[at] >pobj", ">acl[affiliated] >prep[with] >pobj")},
          (Yields("EMPLOYED_AT", ("worker",), ("employer",), when=is_post),), pos=("NOUN",),
          role_types={"worker": ("Person",), "employer": EMPLOYERS}, base_confidence=0.5),
    # "X's developers included Y", "Y were among X's employees"
    Frame("employment-staff", 1, _STAFF,
          {"worker": ("<nsubj[include|included|includes] >dobj",
                      "<pobj[among] <prep >nsubj", "<pobj[among] <prep >nsubjpass"),
           "employer": (">poss", *prep("of|at"))},
          _JOB, pos=("NOUN",), role_types=_TYPES, unnamed_ok=True, complete=_staff_held,
          base_confidence=0.55),
    # "X contracted with the workers": the firm holds them
    Frame("employment-contract-with", 1, ("contract",),
          {"employer": SUBJECT, "worker": prep("with")},
          _JOB, role_types=_TYPES, unnamed_ok=True, base_confidence=0.55),
    # "the workers contracted with X": the workers work for the firm
    Frame("employment-contract-with-firm", 1, ("contract",),
          {"worker": (*SUBJECT, *ACCUSED), "employer": prep("with")},
          _JOB, role_types=_TYPES, unnamed_ok=True, base_confidence=0.55),
    # "Y received (drew, collected) salaries from X", "salaries paid by X"
    Frame("employment-wages-from", 1, ("receive", "draw", "collect", "earn", "get"),
          {"worker": (*SUBJECT, *ACCUSED),
           "employer": (*prep("from"), f">dobj[{_WAGES}] >prep[from] >pobj")},
          _JOB, role_types=_TYPES, requires=(f">dobj[{_WAGES}]",), unnamed_ok=True,
          complete=_own_wages, base_confidence=0.55),
    # "X paid the workers' salaries", "X paid the wages of the workers"
    Frame("employment-wages-of", 1, ("pay",),
          {"employer": SUBJECT,
           "worker": (f">dobj[{_WAGES}] >poss", f">dobj[{_WAGES}] >prep[of] >pobj")},
          _JOB, role_types=_TYPES, unnamed_ok=True, complete=_own_wages,
          base_confidence=0.55),
    # "Y infiltrated X by posing as remote developers"
    Frame("employment-posing", 1, ("infiltrate", "penetrate", "enter", "join"),
          {"worker": (*SUBJECT, *ACCUSED), "employer": OBJECT},
          _JOB, role_types=_TYPES, unnamed_ok=True, complete=_posed_as_staff,
          base_confidence=0.5),
    # "X acted as a proxy (stand-in, nominee) for the workers"
    Frame("facilitation-stand-in", 1, ("proxy", "proxies", "stand-in", "stand-ins",
                                       "nominee", "nominees", "frontman", "frontmen",
                                       "cutout", "cutouts"),
          {"helper": ("<pobj[as] <prep >nsubj", "<pobj[as] <prep >nsubjpass", "<appos",
                      "<attr >nsubj"),
           "helped": (*prep("for|of"), *BEHALF)},
          _HELP, pos=("NOUN",), role_types={"helper": _ACTORS, "helped": _ACTORS},
          base_confidence=0.5),
    # "X recommended (referred, introduced) Y to a company"
    Frame("facilitation-referral", 1, ("recommend", "refer", "introduce"),
          {"helper": (*SUBJECT, *ACCUSED), "helped": OBJECT, "firm": prep("to")},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_person),),
          role_types={"helper": _ACTORS, "helped": _ACTORS, "firm": EMPLOYERS},
          complete=_to_a_firm, base_confidence=0.5),
)
