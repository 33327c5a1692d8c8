"""How a sentence asserts what a frame found: done, alleged, a court outcome, an estimate,
or not at all.

Read from the parse around the predicate word:
- negation ("did not", "never", "no longer") and modal or conditional verbs ("may", "could",
  "would", "if") state no fact;
- a pretence states no fact: what someone made it appear, posed as or gave the impression
  of ("to give the impression that the workers were based in X") is the opposite of what
  the sentence says happened (extract/pretence.py);
- future and planned acts ("will designate", "is scheduled to be sentenced", "expected to
  bring in", "plans to") are not done acts;
- words inside quotation marks are the speaker's, and a speaker is not an actor of the facts
  the quote describes;
- accusations ("accused of", "allegedly", "according to the indictment") make a fact alleged;
  a court frame carries its own modality (charged, pleaded_guilty, convicted, sentenced);
- estimates ("an estimated", "estimated to", "reportedly") are marked as such;
- "in a separate case" tells the case frames the defendant belongs to another case;
- a role noun that says its holder held it once ("a former director of X", "an ex-employee")
  states no present tie, and one that says it is only suspected ("an alleged front company
  for X", "a suspected facilitator") makes the fact alleged.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

from extract.pretence import is_pretence

NOT_STATED = ""  # the sentence does not assert the fact
COURT = ("charged", "pleaded_guilty", "convicted", "sentenced")
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
_REQUESTING = frozenset({"ask", "urge", "request", "recommend", "petition", "implore", "beg",
                         "press", "call"})
_DIRECTING = _ORDERING | _REQUESTING
# what someone agreed, pledged or committed to do is a promise, not a done act ("the firm
# agreed to pay the workers $N"); the terms of a plea or settlement are the court's outcome
# and are read by the court frames ("agreed to forfeit $N" in a plea is a forfeiture)
_AGREEING = frozenset({"agree", "consent", "commit", "pledge", "undertake", "vow"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})
# verbs whose complement did not happen: "refused to hire", "denied helping", "avoided
# hiring", "prevented the workers from obtaining jobs"
_REFUSING = frozenset({"refuse", "decline", "fail", "reject", "deny", "avoid", "refrain",
                       "prevent", "neglect"})
# "nearly hired", "almost paid": the act fell short
_SHORT_OF = frozenset({"nearly", "almost", "narrowly"})
_ALLEGING = frozenset({"accuse", "allege", "suspect", "charge", "indict", "claim"})
_ALLEGING_SOURCES = frozenset({"indictment", "complaint", "prosecutor", "prosecutors",
                               "documents", "filings", "affidavit", "information", "allegations"})
_TELLING = frozenset({"say", "state", "contend", "argue", "assert", "write", "describe"})
_ESTIMATING = frozenset({"estimate", "reportedly", "believe", "think", "assess", "approximately"})
_CONDITIONAL = frozenset({"if", "unless", "whether"})
# "in his own case", "in a related case", "in a parallel prosecution" name another case too
_SEPARATE = frozenset({"separate", "another", "different", "unrelated", "second", "own",
                       "related", "parallel"})
# a defendant tried apart ("convicted in a separate trial") is not joined to the case told
_CASE_WORDS = frozenset({"case", "indictment", "complaint", "prosecution", "matter", "action",
                         "trial", "proceeding", "proceedings"})
_QUOTES = "\"“”"
_FORMER = frozenset({"former", "ex", "onetime", "one-time", "erstwhile", "previous"})
_SUSPECTED = frozenset({"alleged", "suspected", "purported", "presumed", "apparent"})


@dataclass(frozen=True)
class SentenceFacts:
    """What the frames ask of a sentence whatever their word, read once per sentence: a
    long sentence holds many predicates, and reading it again for each one made its cost
    quadratic (a 1 MB document of one sentence took minutes)."""

    quotes_before: tuple[tuple[int, int, int], ...]  # per token: '"', '“', '”' before it
    separate_case: bool
    according_to_source: bool  # "according to the indictment"
    words: frozenset[str]  # lower-case


def sentence_facts(sentence: Span) -> SentenceFacts:
    counts = [(0, 0, 0)]
    for token in sentence:
        straight, opening, closing = counts[-1]
        text = token.text  # a token's trailing whitespace holds no quotation mark
        counts.append((straight + text.count('"'), opening + text.count("“"),
                       closing + text.count("”")))
    words = [t.lower_ for t in sentence]
    return SentenceFacts(tuple(counts), any(
        a in _SEPARATE and b in _CASE_WORDS for a, b in pairwise(words)),
        _according_to_source(sentence.text.lower()), frozenset(words))


@dataclass(frozen=True)
class Reading:
    modality: str  # NOT_STATED or a modality of graph/model.yaml
    reason: str = ""
    separate_case: bool = False


def _colon_before(clause: Token) -> bool:
    """The clause comes before the verb it hangs on, with a colon or semicolon between."""
    head = clause.head
    return clause.i < head.i and any(t.text in {":", ";"}
                                     for t in clause.doc[clause.i + 1:head.i])


def _clause_chain(word: Token) -> list[Token]:
    """The predicate and the verbs that govern it up to its clause's root (xcomp, ccomp,
    conj, pcomp and their prepositions), nearest first."""
    chain = [word]
    current = word
    while (current.dep_ in {"xcomp", "conj", "pcomp", "prep", "pobj", "auxpass", "acomp",
                            "advcl", "ccomp"}
           # a noun predicate is governed by the verb it is the object of: "is
           # considering sanctions against X", "did not impose sanctions"
           or (current is word and word.pos_ == "NOUN" and current.dep_ == "dobj")) \
            and current.head is not current:
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


def inside_quote(sentence: Span, word: Token, facts: SentenceFacts | None = None) -> bool:
    """Whether the word sits between quotation marks opened in its sentence."""
    counts = (facts or sentence_facts(sentence)).quotes_before
    straight, opening, closing = counts[min(max(word.i - sentence.start, 0), len(counts) - 1)]
    return straight % 2 == 1 or opening > closing


def is_planned(word: Token) -> str:
    for verb in _clause_chain(word):
        for child in verb.children:
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in _MODAL:
                return f"modal '{child.lower_}'"
            if child.dep_ == "mark" and child.lower_ in _CONDITIONAL:
                return f"conditional '{child.lower_}'"
        if verb is not word and verb.lemma_ in _PLANNING:
            return f"planned ('{verb.lemma_}')"
        # "is to be sentenced": be + to-infinitive
        if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return "planned ('is to')"
    return ""


def is_agreed(word: Token) -> str:
    """The predicate is what someone agreed (pledged, committed) to do: "agreed to pay"."""
    for below, verb in pairwise(_clause_chain(word)):
        if verb.lemma_ in _AGREEING and below.dep_ in {"xcomp", "pcomp", "conj", "prep",
                                                        "pobj"}:
            return f"agreed ('{verb.lemma_}')"
    return ""


def is_directed(word: Token, verbs: frozenset[str] = _DIRECTING) -> str:
    """The predicate is what someone was ordered, required, told or asked to do (`verbs`:
    which of those count)."""
    chain = _clause_chain(word)
    for below, verb in pairwise(chain):
        if verb.lemma_ in verbs and (below.dep_ in {"xcomp", "ccomp"}
                                     or _second_infinitive(below, verb)):
            return f"directed ('{verb.lemma_}')"
    return ""


def _second_infinitive(below: Token, verb: Token) -> bool:
    """A bare infinitive the parser coordinated with the verb of directing instead of with
    its infinitive: in "they were told to steal code and then send the money", "send" is
    what they were told, as "steal" is."""
    return below.dep_ == "conj" and below.tag_ == "VB" and verb.tag_ != "VB" and any(
        c.dep_ == "xcomp" for c in verb.children)


def is_negated(word: Token) -> str:
    for verb in _clause_chain(word)[:3]:
        for child in verb.children:
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in _NEGATORS):
                return f"negated ('{child.lower_}')"
            if child.dep_ == "advmod" and child.lower_ in _SHORT_OF and verb is word:
                return f"not done ('{child.lower_}')"
        if verb is not word and verb.lemma_ in _REFUSING:
            return f"negated ('{verb.lemma_}')"
    return ""


def _role_modifiers(word: Token) -> set[str]:
    """The lower-cased adjectives of a role noun ("former", "alleged")."""
    if word.pos_ not in {"NOUN", "PROPN"}:
        return set()
    return {c.lower_ for c in word.children if c.dep_ in {"amod", "advmod", "compound"}}


def _alleged(word: Token, facts: SentenceFacts) -> bool:
    if _role_modifiers(word) & _SUSPECTED:
        return True
    for verb in _clause_chain(word):
        if verb is not word and verb.lemma_ in _ALLEGING:
            return True
        if verb is not word and verb.lemma_ in _TELLING and any(
                c.dep_ == "nsubj" and c.lower_ in _ALLEGING_SOURCES for c in verb.children):
            return True  # "prosecutors say the workers collected $N": the charge's account
        if any(c.lower_ in {"allegedly", "reportedly"} for c in verb.children):
            return True
    return facts.according_to_source


def _according_to_source(lowered: str) -> bool:
    if "according to" in lowered:
        position = lowered.index("according to")
        tail = lowered[position:position + 60].split()
        if any(w.strip(",.") in _ALLEGING_SOURCES for w in tail[:6]):
            return True
    return False


# what a person believed or thought is the person's view, not an estimate of the fact:
# "X believed she was working for a staffing firm" (the officials' and agencies' beliefs
# are estimates: "the FBI believes the workers earned $N")
_HOLDING = frozenset({"believe", "think", "assume", "suppose", "feel", "understand",
                      "imagine"})
_PERSONAL = frozenset({"he", "she", "i", "we"})


def _own_belief(word: Token) -> str:
    for verb in _clause_chain(word):
        if verb is word or verb.lemma_ not in _HOLDING:
            continue
        for subject in verb.children:
            # the model's PERSON, the graph's Person once the pipeline relabels names, or a
            # bare proper name no body's label covers (a surname used alone)
            if subject.dep_ == "nsubj" and (
                    subject.lower_ in _PERSONAL or subject.ent_type_ in {"PERSON", "Person"}
                    or (subject.pos_ == "PROPN" and not subject.ent_type_)):
                return f"a person's belief ('{verb.lemma_}')"
    return ""


def _estimate(word: Token) -> bool:
    for verb in _clause_chain(word):
        if verb.lemma_ in _ESTIMATING and verb is not word:
            return True
        if any(c.lemma_ in _ESTIMATING or c.lower_ == "estimated" for c in verb.children):
            return True
    return False


_EARNING = frozenset({"earn", "generate", "make", "bring", "net", "raise"})


def _states_a_figure(word: Token) -> bool:
    """The earning verb has an amount of money as its object ("$300,000", "USD 2 million")."""
    return any(c.dep_ == "dobj" and any(t.tag_ == "$" or t.lower_ in {"usd", "dollars"}
                                        for t in c.subtree) for c in word.children)


def separate_case(sentence: Span) -> bool:
    return sentence_facts(sentence).separate_case


def read(word: Token, frame_modality: str, sentence: Span,
         facts: SentenceFacts | None = None) -> Reading:
    """The modality of what the frame at `word` states, or NOT_STATED with the reason.
    `facts`: the sentence's, when the caller reads many words of one sentence."""
    facts = facts or sentence_facts(sentence)
    if inside_quote(sentence, word, facts):
        return Reading(NOT_STATED, "inside a quotation")
    if _role_modifiers(word) & _FORMER:
        return Reading(NOT_STATED, "a role held once ('former')")
    reason = is_negated(word) or is_planned(word) or is_directed(
        word, _REQUESTING if frame_modality in COURT else _DIRECTING) or is_pretence(word) \
        or ("" if frame_modality in COURT else is_agreed(word)) or _own_belief(word)
    if reason == "modal 'can'" and word.lemma_ in _EARNING and _states_a_figure(word):
        # "a single worker can earn more than $N a year": what a worker is able to earn is
        # a figure the text gives as an estimate, not a planned act
        return Reading("estimate", separate_case=facts.separate_case)
    if reason:
        return Reading(NOT_STATED, reason)
    separate = facts.separate_case
    if frame_modality in COURT or frame_modality == "offer":
        return Reading(frame_modality, separate_case=separate)
    if _alleged(word, facts):
        return Reading("alleged", separate_case=separate)
    if _estimate(word):
        return Reading("estimate", separate_case=separate)
    return Reading(frame_modality or "asserted", separate_case=separate)


SPEECH_VERBS = frozenset({"say", "state", "add", "note", "tell", "comment", "remark", "warn_",
                          "stress", "emphasize", "explain"})


def is_speaker(token: Token) -> bool:
    """The subject of a verb of saying ("..., said Deputy Secretary X"); a verb with a
    direct object is doing, not saying ("X added Y to its list")."""
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_ in SPEECH_VERBS and \
        not any(c.dep_ == "dobj" for c in token.head.children)
