"""Dependency paths shared by the frames, and the notation they are written in.

A path walks from the predicate word to one argument, one step per space-separated item:

    >dep            down to a child attached by `dep` (alternatives: `>nsubj|nsubjpass`)
    >dep[w1|w2]     ... whose lower-cased word is one of w1, w2
    <dep            up to the head; the current word must be attached to it by `dep`
    <dep[w1|w2]     ... and the head must be one of the words w1, w2
    +dep[w1|w2]     guard: the current word has such a child; the walk stays where it is
    @TAG1|TAG2      the current word has one of these fine-grained tags
    .               the predicate word itself is the argument (an entity named "Joint
                    Statement" whose head word is the predicate "statement")

The argument is the word the last moving step reaches. Coordination ("A and B"), apposition
("his company, X") and partitives ("two of the workers") are expanded afterwards, from the
argument word, by extract/arguments.py, so no path needs to spell them out.
"""

from __future__ import annotations

from spacy.tokens import Token

from extract.governing import has_own_subject

RELATIVE = "who|which|that|whom"
_SOME = "many|most|some|all|several|both|each|half|one|two|three|dozens|hundreds|thousands"

# The logical subject of a verb: active subject; agent of a passive ("was run by X"); the
# noun a relative clause or a present participle hangs on ("a firm that placed",
# "workers acting for"); the subject shared by coordinated verbs ("X designated A and
# sanctioned B"); the subject of the verb that governs an infinitive or a gerund ("X agreed
# to pay", "X is accused of helping", "X pleaded guilty to conspiring").
SUBJECT = (
    ">nsubj",
    ">agent >pobj",
    f"+nsubj[{RELATIVE}] <relcl",
    # "thousands of workers, many of whom work in China": a part of the noun the clause
    # restricts ("none of whom" states the opposite and is not read)
    f"+nsubj[{_SOME}] <relcl",
    "@VBG <acl",
    "<conj >nsubj",
    # the third verb of a chain "X hid A, took B and sent C" hangs on the second
    "<conj <conj >nsubj",
    "<conj >agent >pobj",
    "<xcomp >nsubj",
    "<xcomp >nsubjpass",
    # "X enabled (allowed, helped) the workers to obtain jobs": the workers obtain them
    "<xcomp >dobj",
    "<pcomp <prep >nsubj",
    "<pcomp <prep >nsubjpass",
    "<conj <pcomp <prep >nsubj",
    "<conj <pcomp <prep >nsubjpass",
    # "X stole data and carried on earning money", "X was arrested and charged with
    # helping": the gerund's verb is the second of a coordination and shares its subject
    "<pcomp <prep <conj >nsubj",
    "<pcomp <prep <conj >nsubjpass",
)

# The logical object: direct object; subject of a passive; the noun a past participle or a
# passive relative clause describes ("companies controlled by", "X, which was designated",
# "X, which OFAC designated"); coordinated passives share their subject.
OBJECT = (
    ">dobj",
    ">nsubjpass",
    "@VBN <acl",
    f"+nsubjpass[{RELATIVE}] <relcl",
    # "A and B, both of which were sanctioned by X": every item ("some of which" is a part)
    "+nsubjpass[both|all|each] <relcl",
    f"+dobj[{RELATIVE}] <relcl",
    "<conj >nsubjpass",
    # a passive coordinated with an active verb shares its subject ("X pleaded guilty and
    # was sentenced")
    "+auxpass <conj >nsubj",
    # a relative clause without a relative word: "the workers it fields"
    "+nsubj[it|he|she|they|we] <relcl",
    # an inverted passive: "Also charged are A and B", "Also designated was X" (the parser
    # hangs the subject after the copula as its attribute)
    ">auxpass >attr|nsubj",
)

# "OFAC is designating X pursuant to E.O. N": the parser misreads "X pursuant to ..." in
# three ways: as a small clause, X the subject of "pursuant" (a clausal complement of the
# verb, or the root with the verb as an adjective on X), or "pursuant" as the verb's object
# noun with X's name as its compound
PURSUANT = (">ccomp[pursuant] >nsubj", "+nsubj <amod <nsubj[pursuant] >nsubj",
            ">dobj[pursuant] >compound")

# A noun predicate's holder: the name it is in apposition to ("X, a front company"), the
# subject of a copula ("X is a front company"), or "X operates as a front" / "X serves as".
HOLDER = (
    "<appos",
    "<attr >nsubj",
    "<conj <appos",
    "<conj <attr >nsubj",
    "<pobj[as] <prep >nsubj",
    "<pobj[as] <prep >nsubjpass",
    # "X became the director": a verb of being; not "X met the director"
    "<dobj[became|become|becomes|remains|remained|remain] >nsubj",
    "<nsubj >attr",
)

# The subject of an adjective or participle used with a copula ("X is subordinate to",
# "X is based in"), or the noun it modifies ("a company based in").
PREDICATIVE = (
    "<acomp >nsubj",
    "@VBN <acl",
    "<amod",
    ">nsubjpass",
    ">nsubj",
    "<conj <acomp >nsubj",
)


def prep(words: str, *, of: str = "") -> tuple[str, ...]:
    """The object of a preposition attached to the predicate ("for X", "to X"); with `of`,
    also through a noun ("on behalf of X": prep[on] > pobj[behalf] > prep[of] > pobj)."""
    # the parser sometimes labels "for X" / "to X" after a verb as a dative
    paths = [f">prep|dative[{words}] >pobj", f">prep[{words}] >pcomp"]
    if of:
        paths.append(f">prep[{words}] >pobj[{of}] >prep[of] >pobj")
        # "for or on behalf of X": the parser joins the second preposition to the first
        paths.append(f">prep >conj[{words}] >pobj[{of}] >prep[of] >pobj")
    return tuple(paths)


def object_prep(words: str) -> tuple[str, ...]:
    """A preposition attached to the object ("jobs at X", "revenue for X")."""
    return (f">dobj >prep[{words}] >pobj", f">nsubjpass >prep[{words}] >pobj")


OF = prep("of")
BY = (">prep[by] >pobj", ">poss")
SELF = (".",)


_BELIEF = frozenset({"know", "believe", "suspect", "understand", "consider", "find", "think",
                     "assume", "presume", "report", "allege", "deem", "judge", "say"})


# verbs whose object does what their infinitive says, and does it: "enabled the workers to
# obtain jobs", "allowed them to log in" (not "asked", "urged", "told": requests)
_LETTING = frozenset({"enable", "allow", "let", "permit", "help", "force", "compel"})


def _that_clause_jumps(word: Token) -> bool:
    """A restrictive "that" clause hung on a noun that another clause separates from it: in
    "A and B, who worked through a firm to offer services that move money to X", the
    services move the money, not A. A "that" clause follows the noun it restricts; a verb
    of another clause between them means the parser reached too far."""
    if word.dep_ != "relcl" or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "that"
                                       for c in word.children):
        return False
    # a participle describing the noun itself is part of its phrase: "X, affiliated with
    # Y, that has sent workers abroad"
    return any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "aux" and not (
        t.dep_ == "acl" and t.head.i == word.head.i)
               for t in word.doc[word.head.i + 1:word.left_edge.i])


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _names_an_amount(word: Token) -> bool:
    """The verb's object is an amount of money ("earned $300,000", "made USD 2 million")."""
    return any(c.dep_ == "dobj" and any(t.tag_ == "$" or t.ent_type_ == "MONEY" or
                                        t.lower_ in {"usd", "dollars"} for t in c.subtree)
               for c in word.children)


def _stray_conjunct(word: Token) -> bool:
    """A bare infinitive the parser coordinated with a finite verb across a clause whose own
    "and" it belongs to: in "X admitted to running a scheme that sent workers who used
    stolen names to pose as Americans and obtain jobs at Y", "obtain" goes with "pose" (the
    "and" hangs there), but the parser may hang it on "admitted", handing it X as subject.
    A base form ("obtain") never shares the subject of a finite verb ("admitted")."""
    if word.dep_ != "conj" or word.tag_ != "VB" or word.head.tag_ not in _FINITE:
        return False
    between = word.doc[word.head.i + 1:word.i]
    joins = [t for t in between if t.dep_ == "cc"]
    return bool(joins) and joins[-1].head.i != word.head.i


def borrows_wrongly(path: str, word: Token) -> bool:
    """Whether a path that takes its argument from a coordinated verb takes the wrong one.

    A verb with a subject of its own shares none with the verb it is coordinated with: in
    "he hosted laptops and was paid $89,000", "paid" has its own subject, and it is the one
    paid, not the payer. And only a participle shares a passive's agent ("X was arrested by
    the FBI and charged"): a finite verb shares its subject ("X is headed by a national and
    earns revenue": X earns, not the national).
    """
    if path.startswith(f"+nsubj[{_SOME}]"):
        if _names_an_amount(word):
            # "workers, some of whom earned up to $300,000 a year": the amount is what a
            # part of the group, or each of them, earned, never the whole group's
            return True
        # only "many of whom (which)": in "firms that many consider fronts" the clause's
        # subject is someone else
        return not any(c.dep_ == "nsubj" and any(
            p.lower_ == "of" and any(o.lower_ in {"whom", "which"} for o in p.children)
            for p in c.children) for c in word.children)
    if ((path.startswith("+nsubj") and "<relcl" in path) or path == ">nsubj") and \
            _that_clause_jumps(word):
        return True
    if path.startswith("<pcomp <prep <conj") and word.dep_ == "pcomp" and \
            has_own_subject(word.head.head):
        # "A was arrested and B was charged with helping": B's verb has its own subject
        return True
    path = path.removeprefix("+auxpass ")
    if path == "<xcomp >dobj":
        # only a verb of letting hands its infinitive its object: "X used the names to
        # obtain jobs" is X's purpose, and "X asked Y to pay" a request, no act of Y's
        return word.dep_ != "xcomp" or word.head.lemma_ not in _LETTING
    if path == "<xcomp >nsubj" and word.dep_ == "xcomp" and word.head.lemma_ in _LETTING \
            and any(c.dep_ == "dobj" for c in word.head.children):
        # "X enabled the workers to obtain jobs at Y": the workers got them, not X
        return True
    if path == "<xcomp >nsubj" and word.dep_ == "xcomp" and word.head.lemma_ in _BELIEF:
        # "X, whom he knew to be acting for Y": an active verb of knowing or believing hands
        # its infinitive the one known about (its object), not its own subject; the passive
        # keeps it ("Y is believed to act for X": Y acts)
        return True
    if path.startswith(("<pcomp", "<xcomp")) and has_own_subject(word):
        # "A and B were named as fronts, with B operating a team in Laos": a verb with a
        # subject of its own takes none from the verb that governs it
        return True
    if not path.startswith("<conj"):
        return False
    if _stray_conjunct(word):
        return True
    if path == "<conj >nsubjpass" and (word.tag_ != "VBN" or any(
            c.dep_ == "dobj" for c in word.children)):
        # only a participle shares a passive's subject ("workers were recruited and sent to
        # China"); an active verb with an object of its own acts on that object ("workers
        # are told to steal data and send the money to X": the money is sent)
        return True
    if has_own_subject(word):
        return True
    # the middle verb of a chain passes the subject on only if it has none of its own
    if path.startswith("<conj <conj") and has_own_subject(word.head):
        return True
    return path.startswith("<conj >agent") and word.tag_ != "VBN"
