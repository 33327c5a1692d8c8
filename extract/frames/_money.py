"""Dependency paths shared by the money frames (payment, revenue, remittance, facilitation).

- `REASON`: the actor of a reason clause is the object of the verb it explains: in
  "OFAC designated X for channeling money to Y" or "X was sanctioned for earning revenue
  for Y", X channels and earns (the gerund has no subject of its own; English reads it
  from the object, not from the designating agency); also "for their roles in helping Y".
- `MONEY_NOUNS`: the nouns that name what workers earn; `OWNER` reaches the one whose money
  the subject of an intransitive or passive verb is ("their earnings are sent",
  "the revenue they generate flows", "the income of the workers goes", "the wages earned by
  (paid to) the workers are sent"), also through
  "continues to" / "is meant to" (an xcomp).
- `DESTINATION`: where money goes: "to X", "back to X", "into X's coffers", "to X's
  weapons programs", "to the regime in X" (a state's government stands for the state).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extract.relation_context import DocContext, Hit
    from graph.model import ExtractedEntity

_ROLE = "role|roles|part|parts|involvement"
# participles of association set off after an object: "X, linked to Y, ..."
_LINKED = "linked|tied|connected|affiliated|associated|related"
REASON = ("<pcomp[for] <prep >dobj", "<pcomp[for] <prep >nsubjpass",
          "<conj <pcomp[for] <prep >dobj", "<conj <pcomp[for] <prep >nsubjpass",
          # "imposed sanctions on X for generating revenue"
          "<pcomp[for] <prep >dobj >prep[on|against] >pobj",
          # "designated X for its role in helping Y": the role is the reason, its gerund
          # the act, and the object of the verb it explains is the actor
          *(f"<pcomp[in] <prep[{_ROLE}] <pobj[for] <prep >{dep}"
            for dep in ("dobj", "nsubjpass")),
          # the parser may hang the reason on the object noun, or on the last item of a
          # list of objects ("designated A and its representative B for generating revenue
          # for Y"): the reason is still the objects' act, every item's
          *(f"<pcomp[for] <prep{conj} <{dep} >{dep}"
            for conj in ("", " <conj") for dep in ("dobj", "nsubjpass")),
          # "sanctioned X, linked to Y, for helping Z": the parser hangs the reason on the
          # participle that describes the object; the reason is still the object's act
          *(f"<pcomp[for] <prep[{_LINKED}] <advcl >{dep}" for dep in ("dobj", "nsubjpass")))

# The one accused of an act is its actor: "the indictment charges X with helping Y",
# "prosecutors accused X of conspiring to launder ...", "two people, A and B, charged with
# running ...", "three men accused of helping them". The gerund after "of"/"with" has no
# subject of its own; English reads it from the accused: the object of the active verb,
# or the noun the passive participle describes. Only verbs of accusation: "barred X from
# hiring", "warned X against hiring" state the opposite of an act.
_ACCUSING = ("accuse|accuses|accused|accusing|charge|charges|charged|charging|convict|"
             "convicts|convicted|indict|indicts|indicted|suspect|suspects|suspected")
ACCUSED = tuple(f"{chain}<pcomp[of|with] <prep[{_ACCUSING}] >dobj"
                for chain in ("", "<xcomp ", "<conj "))
# the noun a passive participle describes: "A and B, charged with hosting laptops";
# often a counted description ("two men accused of helping them") that names no one, so
# the frames that read it take named actors only
ACCUSED_NOUN = tuple(f"{chain}<pcomp[of|with] <prep[{_ACCUSING}] @VBN <acl"
                     for chain in ("", "<xcomp ", "<conj "))

# whose activity earns: "their activities / the workers' schemes generate revenue"
_DOINGS = "activities|activity|work|operations|operation|schemes|scheme"
ACTIVITY_OWNER = (f">nsubj[{_DOINGS}] >poss",)

MONEY_NOUNS = ("revenue|revenues|earnings|income|proceeds|money|funds|wages|pay|salary|"
               "salaries|profits|paychecks|payments|cash|currency")

_M = f"[{MONEY_NOUNS}]"
_OWNED = (f">nsubj{_M} >poss", f">nsubjpass{_M} >poss", f">nsubj{_M} >relcl >nsubj",
          f">nsubjpass{_M} >relcl >nsubj", f">nsubj{_M} >prep[of|from] >pobj",
          f">nsubjpass{_M} >prep[of|from] >pobj",
          # "the revenue that reaches X", "money that goes to X" is X's
          *(f">{dep}{_M} >relcl[reaches|reached|reach|goes|went] >{tail}"
            for dep in ("nsubj", "nsubjpass") for tail in ("dobj", "prep[to] >pobj")),
          # "the wages earned by X", "the salaries paid to X"
          *(f">{dep}{_M} >acl[{verb}] {tail}" for dep in ("nsubj", "nsubjpass")
            for verb, tail in (("earned|generated|made|received", ">agent >pobj"),
                               ("paid", ">prep|dative[to] >pobj"))))
OWNER = (*_OWNED, *(f"<xcomp {path}" for path in _OWNED))
# "(the money) ends up / helps paying for": the parser may take "end" or "help" for a noun
_ON_TO = "end|ends|ended|help|helps|helped"
OWNER_ON = tuple(f"<xcomp[{_ON_TO}] {path}" for path in _OWNED)
MONEY_ON = (f"<xcomp[{_ON_TO}] >nsubj", f"<xcomp[{_ON_TO}] >nsubjpass")

# whom an act served: "on (in) behalf of X" (the preposition is not "for", which
# `prep(..., of=...)` reads)
BEHALF = (">prep[on|in] >pobj[behalf] >prep[of] >pobj",)

# the words a destination's owner stands behind: "X's weapons programs", "X's coffers"
FOR_WHAT = "programs|program|coffers|treasury|budget|development|weapons"
# a state's government, regime or leadership "in X" is the state X
_GOVERNMENT = "government|regime|leadership|authorities|state"


def for_programs(words: str = "for|to") -> tuple[str, ...]:
    """'for X's weapons programs': the owner of what the money is for."""
    return (f">prep[{words}] >pobj[{FOR_WHAT}] >poss",
            f">dobj >prep[{words}] >pobj[{FOR_WHAT}] >poss")


def destination(words: str = "to|into|toward|towards") -> tuple[str, ...]:
    """Where money goes, from a verb of movement or use."""
    found: list[str] = []
    # on the verb, on "back", or on the money moved ("directs the proceeds toward X")
    for head in ("", ">advmod[back|home|onward|ultimately] ", f">dobj[{MONEY_NOUNS}] "):
        # the parser sometimes labels "to X" after an object as a dative
        found += [f"{head}>prep|dative[{words}] >pobj",
                  f"{head}>prep[{words}] >pobj[{_GOVERNMENT}]",
                  f"{head}>prep[{words}] >pobj[{FOR_WHAT}] >poss",
                  f"{head}>prep[{words}] >pobj[{_GOVERNMENT}] >prep[in] >pobj"]
    # "funneled income from their IT work back to X": the parser hangs "back to X" on the
    # noun of the from-phrase (where the money came from), which "back" never modifies
    for head in (">prep[from] >pobj ", f">dobj[{MONEY_NOUNS}] >prep[from] >pobj "):
        found += [f"{head}>advmod[back|home] >prep[{words}] >pobj",
                  f"{head}>advmod[back|home] >prep[{words}] >pobj[{_GOVERNMENT}] >prep[in] "
                  ">pobj"]
    return tuple(found)


# "(money) is used to support / fund X's programs", "used by X to sustain its programs"
USED_FOR = (">xcomp >dobj >poss", ">xcomp >dobj[regime|government|state]",
            ">agent >pobj")


# a verb that hands its own object a task ("paid Y to send", "helped Y move", "sent the
# workers abroad to earn") gives the task to the object, not to its subject; other verbs
# with an object keep the task for their subject ("hid their names to win work")
_OBJECTS = frozenset({"dobj", "dative", "iobj"})
_HANDS_ON = frozenset({"pay", "help", "hire", "use", "ask", "tell", "order", "direct",
                       "instruct", "allow", "enable", "force", "require", "recruit", "deploy",
                       "dispatch", "send", "employ", "get", "lead", "cause", "persuade",
                       "encourage", "permit", "train", "assign", "task", "post", "station",
                       "let", "make", "have", "authorize", "urge", "exploit", "leverage"})


def shared_subject(word: Token) -> Token | None:
    """The subject a verb shares with the clause it is coordinated with or completes, in
    chains the paths do not spell out: "workers who hide their names to win work and send
    the proceeds home" (send: conj of win, the purpose of hide, whose subject is "who", the
    workers), "they hide their nationality to win contracts and earn money for Y". Walks up
    through conjunctions and to-infinitives of purpose only; a relative pronoun stands for
    the noun its clause describes."""
    from extract.clause_scope import antecedent

    verb = word
    for _ in range(5):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return antecedent(subjects[0]) if verb is not word else None
        if verb.head.pos_ not in {"VERB", "AUX"} or not (
                verb.dep_ == "conj" or _purpose_of_subject(verb)):
            return None
        verb = verb.head
    return None


def _purpose_of_subject(verb: Token) -> bool:
    """A to-infinitive that completes its head's subject's act ("hid their names to win")."""
    return verb.dep_ in {"advcl", "xcomp"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not (
        verb.head.lemma_ in _HANDS_ON and any(c.dep_ in _OBJECTS for c in verb.head.children))


def subject_of_chain(hit: Hit, context: DocContext, role: str, types: tuple[str, ...]) -> None:
    """Fill an empty `role` from `shared_subject`, with entities of the given types."""
    if hit.roles.get(role):
        return
    subject = shared_subject(hit.word)
    if subject is None:
        return
    from extract.arguments import entities_of

    found = [e for e in entities_of(subject, context.index)
             if e in context.entities and context.entities[e].type in types]
    # a description the subject also matches ("presents itself as a Chinese business") is
    # not a second actor beside the name
    named = [e for e in found if not context.entities[e].unnamed]
    if named or found:
        hit.roles[role] = named or found


def handed_on(hit: Hit, context: DocContext, role: str, types: tuple[str, ...]) -> None:
    """'X paid the workers to send the proceeds home', 'X directs the workers to move their
    earnings': the task belongs to the object of the verb that hands it on, not to that
    verb's subject (which `SUBJECT` reads through the infinitive)."""
    word = hit.word
    if word.dep_ not in {"xcomp", "advcl"} or word.head.lemma_ not in _HANDS_ON:
        return
    _objects_take_role(hit, context, role, types, word.head)


def _objects_take_role(hit: Hit, context: DocContext, role: str, types: tuple[str, ...],
                       governor: Token) -> None:
    """The role is the governing verb's objects of `types` (empty when they name none); a
    governor with no object leaves the role as the frame read it."""
    objects = [c for c in governor.children if c.dep_ in _OBJECTS]
    if not objects:
        return
    from extract.arguments import entities_of

    hit.roles[role] = [e for c in objects for e in entities_of(c, context.index)
                       if e in context.entities and context.entities[e].type in types]


# a court or a judge orders: "the judge ordered X to forfeit $N (and to pay $M in
# restitution)"; "X was ordered to ..." names X as the passive's subject (`SUBJECT`)
_ORDERING = frozenset({"order", "direct", "require", "compel", "instruct"})


def the_one_ordered(hit: Hit, context: DocContext, role: str, types: tuple[str, ...]) -> None:
    """'Judge A ordered B to forfeit $N and to pay $M': B forfeits and pays, never A, whom
    `SUBJECT` reaches through the infinitive. An object the text names by a word that
    resolves to no entity leaves the role empty: the one who orders is never the one
    ordered."""
    verb = hit.word
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "xcomp" or verb.head.lemma_ not in _ORDERING:
        return
    _objects_take_role(hit, context, role, types, verb.head)


def host_denied(hit: Hit) -> bool:
    """'X does not generate revenue that funds Y': a relative clause on the object of a
    negated verb describes money the sentence says was not there."""
    word = hit.word
    if word.dep_ != "relcl":
        return False
    host = word.head.head
    return word.head.dep_ in {"dobj", "nsubjpass"} and any(
        c.dep_ == "neg" for c in host.children)


_WORK_NOUNS = frozenset({"work", "jobs", "job", "employment", "positions", "position",
                         "contracts", "contract", "projects", "project", "roles"})


def a_workplace(hit: Hit) -> bool:
    """'obtained remote work with U.S. companies that generated $5 million', 'worked at
    firms that made $N': a clause after the firm the work was with may describe the work
    as well as the firm, and a firm the workers worked at earns nothing for them either
    way, so the firm is not the earner."""
    if hit.word.dep_ != "relcl":
        return False
    noun = hit.word.head
    work = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in {"with", "at", "for"} and (
        work.lower_ in _WORK_NOUNS or (work.pos_ == "VERB" and work.lemma_ == "work"))


_TAKEN = frozenset({"seizure", "forfeiture"})


def earned_then_taken(earner: ExtractedEntity, amount: ExtractedEntity) -> bool:
    """What an earning verb takes as its amount was earned, whatever a court or an agency
    did with it later ("the $N the workers earned was seized", "forfeit $N he earned"); an
    offer, a fine, restitution or a loss never was."""
    from extract.frames.revenue import earned

    return earned(earner, amount) or str(amount.properties.get("kind", "")) in _TAKEN
