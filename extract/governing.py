"""What the verbs that govern a predicate say of it: negated, planned, agreed or directed.

The chain runs from the predicate word up through the verbs that govern it in its clause
(xcomp, ccomp, conj, pcomp and their prepositions; a noun predicate through the verb it is
the object of), and stops where a clause has a subject of its own or follows a colon.
extract/modality.py reads each predicate's chain with these tests.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

_MODAL = frozenset({"will", "shall", "would", "may", "might", "could", "should", "can", "must",
                    "'ll", "wo"})
_PLANNING = frozenset({"schedule", "expect", "plan", "intend", "seek", "aim", "attempt", "try",
                       "hope", "propose", "prepare", "want", "wish", "threaten", "continue_",
                       "offer", "promise", "consider", "weigh", "mull", "contemplate",
                       "explore", "discuss", "debate"})
# what someone was told or required to do is not said to be done ("was ordered to pay
# restitution", "workers were required to send $N a month"); a court's order is its own
# outcome, read by the court frames
_ORDERING = frozenset({"order", "require", "direct", "instruct", "tell", "force", "compel",
                       "oblige", "obligate"})
# what someone was asked to do is not done either, and a request of a court is no court
# outcome: "prosecutors asked the court to sentence X to ten years" sentences nobody
REQUESTING = frozenset({"ask", "urge", "request", "recommend", "petition", "implore", "beg",
                         "press", "call"})
DIRECTING = _ORDERING | REQUESTING
# what someone agreed, pledged or committed to do is a promise, not a done act ("the firm
# agreed to pay the workers $N"); the terms of a plea or settlement are the court's outcome
# and are read by the court frames ("agreed to forfeit $N" in a plea is a forfeiture)
_AGREEING = frozenset({"agree", "consent", "commit", "pledge", "undertake", "vow"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})
# subjects and objects that deny the act of everyone they stand for
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
_NOBODY = frozenset({"none", "nobody", "neither", "nothing", "no-one"})
# verbs whose complement did not happen: "refused to hire", "denied helping", "avoided
# hiring", "prevented the workers from obtaining jobs"
_REFUSING = frozenset({"refuse", "decline", "fail", "reject", "deny", "avoid", "refrain",
                       "prevent", "neglect"})
# "nearly hired", "almost paid": the act fell short
_SHORT_OF = frozenset({"nearly", "almost", "narrowly"})
_CONDITIONAL = frozenset({"if", "unless", "whether"})
# "faces 20 years when she is sentenced on October 2", "once he is extradited": a clause of
# time in the present tense tells an act still to come (a past one is done: "when she was")
_TEMPORAL = frozenset({"when", "once", "until", "till", "before", "after"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _present_tense(verb: Token) -> bool:
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if auxiliaries:
        return auxiliaries[0].tag_ in _PRESENT
    return verb.tag_ in _PRESENT


def _colon_before(clause: Token) -> bool:
    """The clause comes before the verb it hangs on, with a colon or semicolon between."""
    head = clause.head
    return clause.i < head.i and any(t.text in {":", ";"}
                                     for t in clause.doc[clause.i + 1:head.i])


def clause_chain(word: Token) -> list[Token]:
    """The predicate and the verbs that govern it up to its clause's root (xcomp, ccomp,
    conj, pcomp and their prepositions), nearest first."""
    chain = [word]
    current = word
    while (current.dep_ in {"xcomp", "conj", "pcomp", "prep", "pobj", "auxpass", "acomp",
                            "advcl", "ccomp"}
           # a noun predicate is governed by the verb it is the object of: "is
           # considering sanctions against X", "did not impose sanctions"; and by its
           # copula: "X is not (may be) a subsidiary of Y"
           or (current is word and word.pos_ == "NOUN" and current.dep_ in {"dobj", "attr"})) \
            and current.head.i != current.i:
        if current.dep_ == "conj" and has_own_subject(current):
            # "X was charged in May, and OFAC designated him today": a coordinated clause
            # with a subject of its own is a statement of its own; the first clause's
            # negation, modal or accusation does not reach it
            break
        if current.dep_ == "ccomp" and current.i < current.head.i and \
                has_own_subject(current):
            # "X earns money for Y, they can harm Z, and ...": a clause with its own
            # subject before the verb the parser hangs it on is a statement of its own (a
            # comma splice, or the report before "officials said"); the later verb's modal
            # or negation does not reach back into it
            break
        if current.dep_ == "ccomp" and _colon_before(current):
            # "X is releasing this PSA to warn employers: they ask for ...": a clause the
            # parser hangs under a verb after a colon is no complement of it; the colon
            # ends the statement that comes before it
            break
        current = current.head
        chain.append(current)
        if len(chain) > 8:
            break
    return chain


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def has_own_subject(verb: Token) -> bool:
    """The verb has a subject of its own, also where the parser hung it on an auxiliary
    ("and who were in fact working": "who" under "were")."""
    return any(c.dep_ in _SUBJECTS or (c.dep_ in {"aux", "auxpass"} and any(
        g.dep_ in _SUBJECTS for g in c.children)) for c in verb.children)


def is_planned(word: Token) -> str:
    for verb in clause_chain(word):
        for child in verb.children:
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in _MODAL:
                return f"modal '{child.lower_}'"
            if child.dep_ == "mark" and child.lower_ in _CONDITIONAL:
                return f"conditional '{child.lower_}'"
            if child.dep_ in {"mark", "advmod"} and child.lower_ in _TEMPORAL and \
                    verb.dep_ == "advcl" and _present_tense(verb):
                return f"still to come ('{child.lower_}')"
        if verb is not word and verb.lemma_ in _PLANNING:
            return f"planned ('{verb.lemma_}')"
        # "is to be sentenced": be + to-infinitive
        if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return "planned ('is to')"
    return ""


def _negative_argument(arg: Token) -> str:
    """The word that makes a subject or object a negative quantifier, so the act is denied
    of all it names: "Neither A nor B was charged", "Treasury designated neither A nor B",
    "None of the companies was designated", "No charges were filed"."""
    if arg.lower_ in _NOBODY:
        return arg.lower_
    for child in arg.children:
        if child.dep_ == "preconj" and child.lower_ == "neither":
            return "neither"
        if child.dep_ == "det" and child.lower_ in {"neither", "no"}:
            return child.lower_
    return ""


def is_agreed(word: Token) -> str:
    """The predicate is what someone agreed (pledged, committed) to do: "agreed to pay"."""
    for below, verb in pairwise(clause_chain(word)):
        if verb.lemma_ in _AGREEING and below.dep_ in {"xcomp", "pcomp", "conj", "prep",
                                                        "pobj"}:
            return f"agreed ('{verb.lemma_}')"
    return ""


def is_directed(word: Token, verbs: frozenset[str] = DIRECTING) -> str:
    """The predicate is what someone was ordered, required, told or asked to do (`verbs`:
    which of those count)."""
    chain = clause_chain(word)
    for below, verb in pairwise(chain):
        if verb.lemma_ in verbs and (below.dep_ in {"xcomp", "ccomp"}
                                     or _second_infinitive(below, verb)) \
                and not _misread_main_verb(below, verb):
            return f"directed ('{verb.lemma_}')"
    return ""


def _misread_main_verb(clause: Token, verb: Token) -> bool:
    """"P, calling himself A, was hired by Y": the parser makes the participle set off
    after the subject the root and the sentence's own verb its complement. A complement in
    the past tense ("was hired") tells what was done, while what someone is asked or
    ordered to do is an infinitive or a subjunctive ("asking that he be hired"), so a
    present participle over a past-tense complement names; it asks nothing. Only the
    participle: "told investors that P was hired" stays what it was."""
    return verb.tag_ == "VBG" and clause.dep_ == "ccomp" and any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in clause.children)


def _second_infinitive(below: Token, verb: Token) -> bool:
    """A bare infinitive the parser coordinated with the verb of directing instead of with
    its infinitive: in "they were told to steal code and then send the money", "send" is
    what they were told, as "steal" is."""
    return below.dep_ == "conj" and below.tag_ == "VB" and verb.tag_ != "VB" and any(
        c.dep_ == "xcomp" for c in verb.children)


def is_negated(word: Token) -> str:
    for verb in clause_chain(word)[:3]:
        for child in verb.children:
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in _NEGATORS):
                return f"negated ('{child.lower_}')"
            if child.dep_ in _ARGUMENTS and (quantifier := _negative_argument(child)):
                return f"negated ('{quantifier}')"
            if child.dep_ == "advmod" and child.lower_ in _SHORT_OF and verb is word:
                return f"not done ('{child.lower_}')"
        if verb is not word and verb.lemma_ in _REFUSING:
            return f"negated ('{verb.lemma_}')"
    return ""
