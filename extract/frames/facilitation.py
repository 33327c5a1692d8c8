"""FACILITATED: a person or organization helped DPRK workers or units get work, pay or cover.

Constructions: "X helped/assisted/enabled/facilitated/supported Y" (and passives, relative
clauses, "X is accused of helping Y", "X pleaded guilty to helping"); "with help from X";
"X ran a laptop farm / hosted laptops for Y"; "X supplied/provided/sold/rented accounts,
identities or equipment to Y"; "X laundered money / handled payments for Y", "X moved
or laundered the earnings of Y", "X facilitated payments to Y"; "X placed workers with
firms"; "X allowed/let the workers use ..." and "X got the workers hired" (only with DPRK
workers or a DPRK party as the ones let or placed); "X was designated for helping Y" (the
designated party is the helper); "X provided (supplied, equipped) Y with laptops or
accounts" and "X worked (conspired, collaborated, partnered) with Y to ..." where Y is the
DPRK workers or a DPRK party. Where the helped party is left implicit ("ran a laptop farm",
"supplied equipment"), it is the document's worker collective.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.frames import Frame, Yields
from extract.frames._collective import collective_in
from extract.frames._money import ACCUSED, ACCUSED_NOUN, MONEY_NOUNS, REASON
from extract.frames._paths import HOLDER, OBJECT, SUBJECT, prep
from extract.frames.employment import JOBS, JOBS_FOR
from extract.governing import clause_chain
from extract.recipients import keep_dprk_recipients
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

ACTORS = ("Person", "Organization")
_YIELDS = (Yields("FACILITATED", ("helper",), ("helped",)),)
_TYPES = {"helper": ACTORS, "helped": ACTORS}
# what facilitators hand over: computers, accounts, identities, money channels
MEANS = ("laptop|laptops|computer|computers|farm|farms|equipment|accounts|account|"
          "identities|identity|documents|names|infrastructure|services|support|payments|"
          "payment|funds|money|proceeds|software|paychecks|checks|wages|salaries|passports|"
          "addresses")

# "X played a (key) role in helping Y": the one who played the part helped
_HELPER = (*SUBJECT, *REASON, *ACCUSED, "<pcomp[in] <prep[role|part] <dobj >nsubj",
           # "X pleaded guilty to (was found guilty of) hosting laptops": the parser hangs
           # the preposition on "guilty"; a plea to a conspiracy to help is a plea to the
           # help ("pleaded guilty to conspiring to help them"), not an attempt's
           *(f"{chain}<pcomp[to] <prep[guilty] <acomp >nsubj"
             for chain in ("", "<xcomp[conspiring] ")),
           *(f"{chain}<pcomp[of] <prep[guilty] <oprd|acomp >nsubjpass"
             for chain in ("", "<xcomp[conspiring] ")),
           # "X took part in the scheme, hosting laptops": a participle clause shares its
           # sentence's subject
           "@VBG <advcl >nsubj",
           # "X's laptop farm hosted laptops for the workers": the farm's operator
           ">nsubj[farm|farms] >poss")
# "X used the names to build aliases": an infinitive of purpose shares its verb's subject
_PURPOSE = "+aux[to] <advcl >nsubj"
MEANS_VERBS = ("host", "run", "operate", "maintain", "supply", "provide", "sell", "rent",
                "lend", "lease", "buy", "procure", "set", "open", "handle", "manage", "launder",
                "move", "receive", "ship", "reship", "mail", "forward", "install", "deliver",
                # the lemmatizer's "installed" in some parses, and its "reshipped"
                "instal", "reshippe")
# whom the means went to or served: "facilitated payments to X", "handled payments for X",
# "laundered the earnings of X", "moved their wages"
_MEANS_FOR = (f">dobj[{MEANS}] >prep[to|for] >pobj", f"+dobj[{MEANS}] >prep[to] >pobj")
_MONEY_OF = (f">dobj[{MONEY_NOUNS}] >prep[of] >pobj", f">dobj[{MONEY_NOUNS}] >poss",
             # "exchanged $1 million in currency earned by X's workers": whose earnings
             f">dobj[{MONEY_NOUNS}] >acl[earned|generated] >agent >pobj",
             f">dobj >prep[in|of] >pobj[{MONEY_NOUNS}] >acl[earned|generated] >agent >pobj")
# the user of equipment or identities the means verb handled: "hosted laptops for X",
# "opened accounts for X" (money handled "for X" may be a firm's own business: no)
_KIT = ("laptop|laptops|computer|computers|equipment|accounts|account|identities|identity|"
        "documents|passports|addresses|software|infrastructure|farm|farms")
_KIT_FOR = (f">dobj[{_KIT}] >prep[for|to] >pobj",)
# the ones who used the kit handed over: "supplied the laptops that the workers used",
# "provided accounts used by the workers" (only a verb of using: "laptops the police
# seized" names no one helped)
_KIT_USED = (f">dobj[{_KIT}] >relcl[use|used|uses|using] >nsubj",
             f">dobj[{_KIT}] >acl[used] >agent >pobj")
# "on behalf of X", "in behalf of X", "for the benefit of X": whom an act served
BEHALF = (">prep[on|in|for] >pobj[behalf|benefit] >prep[of] >pobj",)
# kit handled on someone's behalf ("set up laptops on behalf of the workers"); funds a
# banker manages on behalf of his bank are the bank's business, not help
_KIT_BEHALF = tuple(f"+dobj[{_KIT}] {path}" for path in BEHALF)
# what a helped worker is let do: "allowed the workers to use their identities"
_LET_DO = "use|access|log|connect|work|pose|obtain|get|pass|appear|receive|open|find|apply"
_COINS = (f"{MONEY_NOUNS}|cryptocurrency|cryptocurrencies|crypto|assets|tokens|bitcoin|"
          "stablecoins|usdt|million|billion")
# false identities: "aliases for the workers", "personas the workers presented"
_PERSONAS = "aliases|alias|identities|identity|personas|persona|profiles|profile|resumes"
# "X installed software on the laptop, which allowed the workers to log in": what a thing
# someone set up lets the workers do, that someone lets them do
_SET_UP = ("installed|install|installs|configured|connected|set|hosted|hosts|host|ran|runs|"
           "run|kept|keeps|provided|provides|supplied|opened|created")
_SET_UP_WHICH = (f"+nsubj[which] <relcl <dobj[{_SET_UP}] >nsubj",
                 f"+nsubj[which] <relcl <pobj <prep[{_SET_UP}] >nsubj")
# getting identities: "stole (bought, harvested) identities that the workers used"
_GOT = ("steal", "obtain", "buy", "purchase", "gather", "collect", "harvest", "acquire",
        "compromise", "procure")
_USED = "use|used|uses|using|present|presented|assume|assumed|adopt|adopted|borrow|borrowed"
_HIRING = "employment|hiring|placement|recruitment|onboarding"
_HIRED = "hired|placed|employed|paid|accepted|onboarded"
_JOB_VERBS = ("obtain", "get", "secure", "land", "find", "arrange", "procure", "win")


_OWN = frozenset({"their", "his", "her", "its"})
_COVERED = frozenset({"identity", "identities", "nationality", "citizenship", "origin"})


def _own_cover(hit: Hit, context: DocContext) -> None:
    """"The defendants concealed their North Korean identities by providing false
    documents": one who hides its own North Korean identity is a worker, and the means
    served that worker; the worker collective stands in for no helped party then."""
    keep_dprk_recipients(hit, context)
    if hit.roles.get("helped"):
        return
    for verb in clause_chain(hit.word):
        for noun in verb.children:
            if noun.dep_ == "dobj" and noun.lower_ in _COVERED and \
                    any(c.dep_ == "poss" and c.lower_ in _OWN for c in noun.children) and \
                    any(c.lower_ == "korean" for c in noun.children):
                hit.roles.clear()
                return


def dprk_side(helper: ExtractedEntity, helped: ExtractedEntity) -> bool:
    """For verbs that mean help only when DPRK workers are let do something: the one let
    is the workers, a DPRK unit or a North Korean organization or national."""
    props = helped.properties
    return str(props.get("kind", "")) in {"worker_group", "dprk_unit"} or \
        str(props.get("country", props.get("nationality", ""))).upper() == "KP"


# "conspired with the workers to defraud", "worked with a DPRK company to bring in
# workers": a joint act with a DPRK party, in pursuit of a purpose the clause states
_JOINT = ("conspire", "collaborate", "cooperate", "partner", "work", "team", "collude")

def _no_part(hit: Hit, context: DocContext) -> None:
    """'X played no role in helping Y' denies the help the clause names."""
    prep = hit.word.head if hit.word.dep_ == "pcomp" else None
    if prep is None or prep.dep_ != "prep":
        return
    # "in helping" hangs on the noun or on the verb whose object the noun is
    parts = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
    if any(part.lower_ in {"role", "part"} and any(
            c.dep_ in {"det", "neg"} and c.lower_ in {"no", "not"} for c in part.children)
            for part in parts):
        hit.roles.pop("helper", None)


def _not_kept_from(hit: Hit, context: DocContext) -> None:
    """'so that the workers could not log in' keeps them out: no help."""
    if any(c.dep_ == "advcl" and any(g.dep_ == "neg" for g in c.children)
           for c in hit.word.children):
        hit.roles.pop("helped", None)


FRAMES = (
    Frame("facilitation-supply-with", 1, ("provide", "supply", "equip", "furnish", "arm"),
          {"helper": _HELPER, "helped": (">dobj", ">nsubjpass")},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types=_TYPES, requires=(f">prep[with] >pobj[{MEANS}]",),
          base_confidence=0.6),
    # "provided the workers with identities": the parser may hang "with" on the ones
    # supplied
    Frame("facilitation-supply-with-object", 1, ("provide", "supply", "equip", "furnish"),
          {"helper": _HELPER, "helped": (">dobj",)},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types=_TYPES, requires=(f">dobj >prep[with] >pobj[{MEANS}]",),
          base_confidence=0.6),
    # "X installed software on the laptops so (that) the workers could log in": what the
    # means were set up for the DPRK side to do; not "so that they could not"
    Frame("facilitation-so-that", 1, (*MEANS_VERBS, "configure", "connect", "set"),
          {"helper": _HELPER, "helped": (">advcl +mark[so|that] >nsubj",)},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types=_TYPES, complete=_not_kept_from, base_confidence=0.55),
    Frame("facilitation-joint", 1, _JOINT,
          {"helper": _HELPER, "helped": (">prep[with] >pobj",)},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types=_TYPES, requires=(">xcomp|advcl >aux[to]",), base_confidence=0.55),
    Frame("facilitation", 1, ("help", "assist", "facilitate", "enable", "aid", "abet"),
          # "helped the workers obtain jobs": the parser may make the ones helped the
          # subject of a clause under the verb
          {"helper": _HELPER, "helped": (*OBJECT, ">dative", *prep("for"), *_MEANS_FOR,
                                         ">ccomp >nsubj",
                                         # "enabled the employment (hiring) of X"
                                         f">dobj[{_HIRING}] >prep[of] >pobj")},
          _YIELDS, role_types=_TYPES, defaults={"helped": "workers"}, unnamed_ok=True,
          complete=_no_part, base_confidence=0.7),
    # "A and B, charged with helping the workers": named actors only, and the ones
    # helped must be named too (no default: "them" left unresolved is not the workers)
    Frame("facilitation-accused", 1, ("help", "assist", "facilitate", "enable", "aid"),
          {"helper": ACCUSED_NOUN, "helped": (*OBJECT, ">dative", ">ccomp >nsubj")},
          _YIELDS, role_types=_TYPES, complete=collective_in("helped", _no_part),
          base_confidence=0.6),
    Frame("facilitation-support", 1, ("support",),
          {"helper": SUBJECT, "helped": OBJECT}, _YIELDS, role_types=_TYPES,
          unnamed_ok=True, base_confidence=0.55),
    Frame("facilitation-help-noun", 1, ("help", "assistance", "support"),
          {"helper": prep("from|of|by"),
           "helped": ("<pobj[with] <prep >nsubj", "<pobj[with] <prep >nsubjpass")},
          _YIELDS, pos=("NOUN",), role_types=_TYPES, unnamed_ok=True, base_confidence=0.6),
    Frame("facilitation-means", 1, MEANS_VERBS,
          {"helper": _HELPER, "helped": (*prep("for|to", of="behalf"), ">dative", *_MONEY_OF,
                                         *_KIT_FOR, *_KIT_USED, *_KIT_BEHALF)},
          _YIELDS, role_types=_TYPES, requires=(f">dobj|nsubjpass[{MEANS}]",),
          defaults={"helped": "workers"}, unnamed_ok=True, complete=_own_cover,
          base_confidence=0.6),
    # money moved or converted for a party the sentence names ("moved funds for the
    # workers", "converted the earnings of X"): without one, moving money is no help
    Frame("facilitation-money", 1, ("transfer", "convert", "channel", "offer", "process",
                                    "exchange"),
          {"helper": _HELPER, "helped": (*prep("for|to", of="behalf"), *_MEANS_FOR, *_MONEY_OF,
                                         *BEHALF)},
          _YIELDS, role_types=_TYPES,
          requires=(f">dobj|nsubjpass[{MEANS}|currency|million|billion]",),
          base_confidence=0.6),
    # "X (worked with Y to) converted cryptocurrency into $N in dollars for Z": money turned
    # into cash for the DPRK side (for anyone else it may be a trade)
    Frame("facilitation-convert", 1, ("convert", "exchange", "cash", "swap"),
          {"helper": (*_HELPER, _PURPOSE),
           "helped": (*prep("for", of="behalf"), *BEHALF,
                      ">prep[into|to] >pobj >prep[for] >pobj")},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types=_TYPES, requires=(f">dobj|nsubjpass[{_COINS}]",), base_confidence=0.55),
    # "X turned stolen names into aliases for the workers", "X built identities that the
    # workers could present": false identities made for the DPRK side
    Frame("facilitation-identities", 1, ("turn", "build", "create", "make", "fabricate",
                                         "forge", "craft", "produce", "generate"),
          {"helper": (*_HELPER, _PURPOSE),
           "helped": (f">prep[into] >pobj[{_PERSONAS}] >prep[for] >pobj",
                      f">dobj[{_PERSONAS}] >prep[for] >pobj",
                      f">dobj[{_PERSONAS}] >relcl >nsubj")},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types=_TYPES, base_confidence=0.6),
    # "X stole (bought, gathered) identities that the workers used", "identities used by
    # the workers": identities got for the DPRK side's use (not "identities the police
    # traced": only a verb of using or presenting them)
    Frame("facilitation-identities-used", 1, _GOT,
          {"helper": (*_HELPER, _PURPOSE),
           "helped": (f">dobj[{_PERSONAS}|names|credentials] >relcl[{_USED}] >nsubj",
                      f">dobj[{_PERSONAS}|names|credentials] >acl[used] >agent >pobj")},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types=_TYPES, base_confidence=0.55),
    # "X worked with Y to bring DPRK IT workers into Russian firms": the workers brought in
    Frame("facilitation-bring-in", 1, ("bring", "smuggle", "introduce"),
          {"helper": (*_HELPER, _PURPOSE), "helped": (">dobj",)},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types=_TYPES, requires=(">prep|prt[into|to|in]",), base_confidence=0.55),
    # "X, a facilitator for the workers", "X acted as an enabler of (a money launderer,
    # an intermediary for) the workers"
    Frame("facilitation-role", 1, ("facilitator", "enabler", "facilitators", "enablers",
                                   "launderer", "launderers", "intermediary",
                                   "intermediaries", "mule", "mules", "accomplice",
                                   "accomplices"),
          {"helper": HOLDER, "helped": prep("for|of|to")}, _YIELDS, pos=("NOUN",),
          role_types=_TYPES, base_confidence=0.6),
    # "X served as an intermediary (a middleman) between the workers and U.S. employers":
    # only the DPRK side of "between" is the one helped
    Frame("facilitation-between", 1, ("intermediary", "intermediaries", "middleman",
                                      "middlemen", "facilitator", "facilitators", "broker",
                                      "brokers"),
          {"helper": HOLDER, "helped": prep("between")},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),), pos=("NOUN",),
          role_types=_TYPES, base_confidence=0.55),
    # "X laundered $N (of the workers' earnings) for Y": laundering for a named party
    Frame("facilitation-laundering", 1, ("launder",),
          {"helper": _HELPER, "helped": (*prep("for", of="behalf"), *_MONEY_OF, *BEHALF)},
          _YIELDS, role_types=_TYPES, base_confidence=0.6),
    Frame("facilitation-let", 1, ("allow", "let", "permit", "enable"),
          {"helper": (*_HELPER, *_SET_UP_WHICH), "helped": (f">ccomp|xcomp[{_LET_DO}] >nsubj",
                                         f"+ccomp|xcomp[{_LET_DO}] >dobj")},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types=_TYPES, complete=collective_in("helped"),
          base_confidence=0.6),
    Frame("facilitation-get-hired", 1, ("get", "help"),
          {"helper": _HELPER, "helped": (f">dobj +acl[{_HIRED}]",
                                         f">ccomp[{_HIRED}] >nsubj|nsubjpass")},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types=_TYPES, complete=collective_in("helped"),
          base_confidence=0.6),
    # "X found (secured, arranged) remote contracts for the workers", "X obtained jobs at
    # U.S. firms for DPRK nationals": work got for someone else, the DPRK side
    Frame("facilitation-jobs-for", 1, _JOB_VERBS,
          {"helper": _HELPER, "helped": JOBS_FOR},
          (Yields("FACILITATED", ("helper",), ("helped",), when=dprk_side),),
          role_types=_TYPES, requires=(f">dobj[{JOBS}]",), base_confidence=0.6),
    Frame("facilitation-placement", 1, ("place",),
          {"helper": SUBJECT, "helped": OBJECT}, _YIELDS, role_types=_TYPES,
          unnamed_ok=True, base_confidence=0.6),
)
