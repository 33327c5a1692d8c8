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
- what a person believed or thought ("X believed she was working for ...") is that person's
  view and states no fact (an official's or an agency's belief is an estimate);
- accusations ("accused of", "allegedly", "according to the indictment", "as alleged in
  court documents", "prosecutors say") make a fact alleged, and so does "allegedly" over
  the object a relative clause describes ("allegedly ran a site through which he sold ...");
  a court frame carries its own modality (charged, pleaded_guilty, convicted, sentenced);
- estimates ("an estimated", "estimated to", "reportedly") are marked as such;
- "in a separate case" (trial, proceeding) tells the case frames the defendant belongs to
  another case;
- a role noun that says its holder held it once ("a former director of X", "an ex-employee")
  states no present tie, and one that says it is only suspected ("an alleged front company
  for X", "a suspected facilitator") makes the fact alleged.
The tests of the governing verbs (negated, planned, agreed, directed) are in
extract/governing.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

from extract.governing import (
    DIRECTING,
    REQUESTING,
    clause_chain,
    is_agreed,
    is_directed,
    is_negated,
    is_planned,
)
from extract.pretence import is_pretence

NOT_STATED = ""  # the sentence does not assert the fact
COURT = ("charged", "pleaded_guilty", "convicted", "sentenced")
_ALLEGING = frozenset({"accuse", "allege", "suspect", "charge", "indict", "claim"})
# the charge's account, and the investigators' before any charge (docs/annotation.md:
# attributed to prosecutors or investigators, a fact is alleged)
_ALLEGING_SOURCES = frozenset({"indictment", "complaint", "prosecutor", "prosecutors",
                               "documents", "filings", "affidavit", "information", "allegations",
                               "investigator", "investigators"})
_TELLING = frozenset({"say", "state", "contend", "argue", "assert", "write", "describe"})
_ESTIMATING = frozenset({"estimate", "reportedly", "believe", "think", "assess", "approximately"})
# "in his own case", "in a related case", "in a parallel prosecution" name another case too
_SEPARATE = frozenset({"separate", "another", "different", "unrelated", "second", "own",
                       "related", "parallel"})
# a defendant tried apart ("convicted in a separate trial") is not joined to the case told
_CASE_WORDS = frozenset({"case", "indictment", "complaint", "prosecution", "matter", "action",
                         "trial", "proceeding", "proceedings"})
# "in separate charges unsealed in Atlanta", "in a separate federal indictment": only the
# plainly separating words take charges or an adjective between ("related charges" are often
# the case's own, and a "second superseding indictment" is the same case)
_APART = frozenset({"separate", "different", "unrelated"})
_CHARGES = frozenset({"charge", "charges", "cases", "indictments", "complaints",
                      "prosecutions"})
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
    return SentenceFacts(tuple(counts), _names_another_case(words),
                         _according_to_source(sentence.text.lower()), frozenset(words))


def _names_another_case(words: list[str]) -> bool:
    if any(a in _SEPARATE and b in _CASE_WORDS for a, b in pairwise(words)):
        return True
    for i, word in enumerate(words):
        if word not in _APART:
            continue
        after = [w for w in words[i + 1:i + 3] if w != "superseding"]
        if after and (after[0] in _CASE_WORDS | _CHARGES or (
                len(after) > 1 and after[1] in _CASE_WORDS | _CHARGES)):
            return True
    return False


@dataclass(frozen=True)
class Reading:
    modality: str  # NOT_STATED or a modality of graph/model.yaml
    reason: str = ""
    separate_case: bool = False


def inside_quote(sentence: Span, word: Token, facts: SentenceFacts | None = None) -> bool:
    """Whether the word sits between quotation marks opened in its sentence."""
    counts = (facts or sentence_facts(sentence)).quotes_before
    straight, opening, closing = counts[min(max(word.i - sentence.start, 0), len(counts) - 1)]
    return straight % 2 == 1 or opening > closing


def _role_modifiers(word: Token) -> set[str]:
    """The lower-cased adjectives of a role noun ("former", "alleged")."""
    if word.pos_ not in {"NOUN", "PROPN"}:
        return set()
    return {c.lower_ for c in word.children if c.dep_ in {"amod", "advmod", "compound"}}


# nouns whose content clause is a claim someone makes, not a fact the sentence asserts:
# "investigating allegations that X employed ...", "reports that X paid ...", "the claim
# that X is a front" (the parser hangs the clause on the noun as acl or relcl)
_CLAIM_NOUNS = frozenset({"allegation", "accusation", "claim", "suspicion", "report",
                          "rumor", "rumour", "charge", "assertion", "speculation"})


def _claimed(chain: list[Token]) -> bool:
    """The clause is the content of a claim noun. A relative clause counts only with "that"
    as its marker: in "the report that Treasury published" the "that" is the object."""
    last = chain[-1]
    if last.head.lemma_ not in _CLAIM_NOUNS or last.head.i == last.i:
        return False
    if last.dep_ == "acl":
        return True
    return last.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                        for c in last.children)


def _alleged(word: Token, facts: SentenceFacts) -> bool:
    if _role_modifiers(word) & _SUSPECTED:
        return True
    chain = clause_chain(word)
    if _claimed(chain):
        return True
    for verb in chain:
        if verb is not word and verb.lemma_ in _ALLEGING:
            return True
        if verb is not word and verb.lemma_ in _TELLING and any(
                c.dep_ == "nsubj" and c.lower_ in _ALLEGING_SOURCES for c in verb.children):
            return True  # "prosecutors say the workers collected $N": the charge's account
        if any(c.lower_ in {"allegedly", "reportedly"} for c in verb.children):
            return True
    return _describes_alleged_object(chain[-1]) or facts.according_to_source


def _describes_alleged_object(top: Token) -> bool:
    """A relative or participial clause on the object of an alleged act is alleged with it:
    in "X allegedly ran a website through which he sold identities to Y" (or "a laptop
    farm where she hosted ...") the website, and so what was done through it, is the
    accusation's. Only an object's clause: "X, who allegedly ran a site, hosted ..." puts
    the accusation inside the clause, not over the sentence."""
    if top.dep_ not in {"relcl", "acl"}:
        return False
    noun = top.head
    governor = noun.head
    if noun.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head
    elif noun.dep_ not in {"dobj", "attr"}:
        return False
    return governor.pos_ in {"VERB", "AUX"} and any(
        c.lower_ in {"allegedly", "reportedly"} for c in governor.children)


# "As alleged in court documents, X hosted ...", "as alleged by prosecutors": the
# sentence tells the charge's account, as "according to the indictment" does; the clause
# hangs on the main verb as a modifier, so the verbs that govern a predicate never hold it
_AS_ALLEGED = re.compile(r"\bas (?:previously |further )?alleged (?:in|by)\b")


def _according_to_source(lowered: str) -> bool:
    if "according to" in lowered:
        position = lowered.index("according to")
        tail = lowered[position:position + 60].split()
        if any(w.strip(",.") in _ALLEGING_SOURCES for w in tail[:6]):
            return True
    return _AS_ALLEGED.search(lowered) is not None


# what a person believed or thought is the person's view, not an estimate of the fact:
# "X believed she was working for a staffing firm" (the officials' and agencies' beliefs
# are estimates: "the FBI believes the workers earned $N"). So is what a company believed
# of the ones it hired ("the firm shipped a laptop to Y, believing she was its engineer"):
# a victim's mistaken view, the opposite of what the text reports
_HOLDING = frozenset({"believe", "think", "assume", "suppose", "feel", "understand",
                      "imagine"})
_PERSONAL = frozenset({"he", "she", "i", "we"})
_HOLDERS = frozenset({"PERSON", "Person", "Organization"})


def _holders(verb: Token) -> list[Token]:
    """The subject of a holding verb; a participle without one ("..., believing she was")
    holds what its clause's subject holds."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.tag_ == "VBG" and verb.dep_ == "advcl":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _own_belief(word: Token) -> str:
    # a predicate noun ("she was its engineer") is governed through its copula
    start = word.head if word.dep_ == "attr" else word
    for verb in clause_chain(start):
        if verb is word or verb.lemma_ not in _HOLDING:
            continue
        for subject in _holders(verb):
            # the model's PERSON, the graph's Person once the pipeline relabels names, a
            # company (never an agency), or a bare proper name no body's label covers (a
            # surname used alone)
            if subject.lower_ in _PERSONAL or subject.ent_type_ in _HOLDERS or (
                    subject.pos_ == "PROPN" and not subject.ent_type_):
                return f"a holder's belief ('{verb.lemma_}')"
    return ""


def _estimate(word: Token) -> bool:
    for verb in clause_chain(word):
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
        word, REQUESTING if frame_modality in COURT else DIRECTING) or is_pretence(word) \
        or ("" if frame_modality in COURT else is_agreed(word)) or _own_belief(word)
    if reason == "modal 'can'" and word.lemma_ in _EARNING and _states_a_figure(word):
        # "a single worker can earn more than $N a year": what a worker is able to earn is
        # a figure the text gives as an estimate, not a planned act
        return Reading("estimate", separate_case=facts.separate_case)
    if not reason and frame_modality == "sentenced" and _in_progress(word):
        reason = "a sentencing under way or to come ('is being sentenced'): no term given yet"
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


def _in_progress(word: Token) -> bool:
    """A passive progressive ("is being sentenced next week", "was being sentenced when
    ..."): the act is under way or to come, not done."""
    return any(c.dep_ == "auxpass" and c.lower_ == "being" for c in word.children)


SPEECH_VERBS = frozenset({"say", "state", "add", "note", "tell", "comment", "remark", "warn_",
                          "stress", "emphasize", "explain"})


def is_speaker(token: Token) -> bool:
    """The subject of a verb of saying ("..., said Deputy Secretary X"); a verb with a
    direct object is doing, not saying ("X added Y to its list")."""
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_ in SPEECH_VERBS and \
        not any(c.dep_ == "dobj" for c in token.head.children)
