"""Dates of acts, from their sentence.

A designation, a charge, a sentence or an issued advisory is dated by a date its sentence
states (the one nearest the predicate) or by "today" (the document's date, stated by the
sentence). Failing both, an act the document reports as its own news takes the document's
date, marked `date_basis="document"`. An act the sentence only recalls (perfect tense
"have designated", "previously", "earlier this year", "since", "after pleading guilty")
without a date is not a new act: it keeps no date rather than the document's. And the
actor of an earlier act is never guessed: the issuer of today's release stands in for an
unstated designator only of its own acts, so an earlier act whose actor the sentence does
not name ("X, a company sanctioned in 2019", "among the entities already sanctioned") is
not stated as the issuer's.

A date belongs to the predicate it hangs on: in "after her arrest in May 2024, she pleaded
guilty", May 2024 dates the arrest, not the plea. A date given without its year ("on
Thursday", "in February", "March 3") is read against the document's date: the last such
day or month on or before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.normalize import parse_date
from extract.normalize.dates import anchored_date
from graph.model import GraphModel

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Found

_RECALLING = frozenset({"previously", "earlier", "already", "formerly", "once", "since",
                        "prior"})
_NEWS_TYPES = frozenset({"sanctions_release", "indictment", "sentencing", "news"})
# stand-ins for an actor the sentence leaves unstated that mean "the release's own issuer"
_OWN_ACTORS = frozenset({"designator", "issuer"})


def sentence_dates(context: DocContext, sent: int) -> list[tuple[int, str]]:
    """(token position, ISO date) of every date the sentence states."""
    found = []
    for m in context.mentions.in_sentence(sent):
        if m.label == "DATE" and not _of_birth(context, m.tok_start):
            iso = parse_date(m.text) or (
                anchored_date(m.text, context.meta.date, _looks_ahead(context, m.tok_start))
                if context.meta.date else None)
            if iso:
                found.append((m.tok_start, iso))
            elif m.text.strip().lower() == "today" and context.meta.date:
                found.append((m.tok_start, context.meta.date))
    if not found:
        sentence = context.mentions.sentences[sent]
        for t in context.doc[sentence.tok_start:sentence.tok_end]:
            if t.lower_ == "today" and context.meta.date:
                found.append((t.i, context.meta.date))
    return found


# words before a date that make it a person's birth date, no act's: "born 12 May 1981",
# "date of birth: 3 July 1975", "DOB 1 Jan 1980" (a target's identifying tail in a list)
_BIRTH = frozenset({"born", "birth", "dob", "d.o.b.", "b."})


def _of_birth(context: DocContext, start: int) -> bool:
    """Whether one of the three words before the date names a birth (the date's day may
    stand outside its span: "born 12 | May 1981")."""
    return any(t.lower_ in _BIRTH for t in context.doc[max(0, start - 3):start])


# words before a date that make it the day something takes effect: "effective December 27",
# "starting from January 2", "as of January 2"
_TAKES_EFFECT = frozenset({"effective", "starting"})


def _looks_ahead(context: DocContext, start: int) -> bool:
    before = [t.lower_ for t in context.doc[max(0, start - 2):start]]
    return (bool(before) and before[-1] in _TAKES_EFFECT) or before in (
        ["effective", "on"], ["effective", "from"], ["starting", "on"], ["starting", "from"],
        ["as", "of"])


_BEFORE_AFTER = frozenset({"after", "before", "following", "since", "upon", "prior"})
# what today's act is said to continue: an earlier act
_FOLLOWING = frozenset({"follow", "build", "complement", "supplement", "expand", "extend",
                        "reinforce", "succeed"})
_OWN_CLAUSE = frozenset({"advcl", "relcl", "ccomp", "acl", "csubj", "parataxis"})


def _act_words(word: Token) -> list[Token]:
    """The predicate, and the act a reduced relative names under its subject, attribute or
    "among" object ("among the entities already sanctioned are X", "those previously
    designated include X")."""
    acts = [word]
    for child in word.children:
        nouns = [child] if child.dep_ in {"nsubj", "attr"} else [
            g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        acts.extend(a for n in nouns for a in n.children if a.dep_ == "acl")
    return acts


def _recalling_adverb(verb: Token) -> bool:
    """"previously designated", "had earlier sanctioned", "earlier this year" (not
    "earlier today": an act of the day is news)."""
    for child in verb.children:
        if child.lower_ in _RECALLING:
            return True
        if child.dep_ in {"npadvmod", "advmod"} and any(
                g.lower_ in _RECALLING for g in child.children) and not any(
                g.lower_ == "today" for g in child.subtree):
            return True
    return False


def _continues_the_act(verb: Token) -> bool:
    """"X and Y have also been sanctioned": a present perfect with "also" adds targets to
    the act the text is telling, it recalls no earlier one ("had also been sanctioned",
    the past perfect, still does)."""
    return any(c.lower_ == "also" for c in verb.children) and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBP", "VBZ"}
        for c in verb.children)


def recalled(context: DocContext, word_i: int) -> bool:
    word = context.doc[word_i]
    for act in _act_words(word):
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in act.children) and \
                not _continues_the_act(act):
            return True
        if _recalling_adverb(act):
            return True
    if word.dep_ == "pcomp" and word.head.lower_ in _BEFORE_AFTER:
        return True  # "was sentenced after pleading guilty": the plea came before
    if any(c.dep_ == "mark" and c.lower_ in _BEFORE_AFTER for c in word.children):
        return True  # "the move comes nine days after Seoul designated X"
    if word.pos_ == "NOUN" and word.dep_ in {"dobj", "pobj"} and (
            word.head.lemma_ in _FOLLOWING or word.head.lower_ in _BEFORE_AFTER or (
                word.head.dep_ == "prep" and word.head.head.lemma_ in _FOLLOWING)):
        return True  # "today's action follows / builds on the designation of X"
    if _a_status(word):
        return True
    return word.dep_ == "relcl" and word.tag_ in {"VBN", "VBD"} and not any(
        c.dep_ == "auxpass" for c in word.children)


def _a_status(word: Token) -> bool:
    """"X, which is sanctioned", "firms that are designated": a relative clause in the
    simple present passive says what its noun is, not what the document reports done (an
    act of the day is "is being designated", "is designated today" or dated). The clause
    must open with its relative pronoun: a main verb the parser hung inside a long subject
    ("A and B, who ..., are also designated") is the release's act, not a status."""
    return word.dep_ == "relcl" and word.tag_ == "VBN" and any(
        c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in word.children) and any(
        c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in word.children) and not any(
        t.lower_ in {"today", "now", "newly"} or t.ent_type_ == "DATE" for t in word.subtree)


def earlier_act(context: DocContext, word_i: int, sent: int) -> bool:
    """Whether the act at this word is an earlier one: recalled by its sentence, or dated
    by it before the document's date."""
    if recalled(context, word_i):
        return True
    dates = [d for d in sentence_dates(context, sent)
             if not _belongs_elsewhere(context, d[0], word_i)]
    if not dates:
        return False
    nearest = min(dates, key=lambda d: abs(d[0] - word_i))[1]
    return _earlier(nearest, context.meta.date)


def _belongs_elsewhere(context: DocContext, date_i: int, word_i: int) -> bool:
    """The date hangs on another act than the predicate: a verb of another clause, or a
    noun under "after"/"before" ("after her arrest in May 2024")."""
    if word_i < 0:
        return False
    word = context.doc[word_i]
    own = {word.i, *(a.i for a in word.ancestors)}
    passed: list[Token] = []
    token = context.doc[date_i]
    if token.dep_ == "poss" and token.head.i != word.i and not (
            token.head.dep_ in {"nsubj", "nsubjpass"} and token.head.head.i == word.i):
        # "today's action follows the designation": the action's date; "today's action
        # designates X" dates the designation it performs
        return True
    while token.i not in own and token.head.i != token.i:
        token = token.head
        if token.i in own:
            break
        passed.append(token)
    if token.i not in own:
        return False
    # from the predicate up to where the date hangs: a clause boundary on the way ("was
    # sentenced Thursday after pleading guilty", "X, who pleaded guilty, was sentenced in
    # May") leaves the date to the governing clause
    climb = word
    while climb.i != token.i and climb.head.i != climb.i:
        if climb.dep_ in _OWN_CLAUSE or (climb.dep_ in {"pcomp", "pobj"} and
                                         climb.head.lower_ in _BEFORE_AFTER):
            return True
        climb = climb.head
    for i, step in enumerate(passed):
        if step.pos_ in {"VERB", "AUX"} and step.dep_ not in {"amod", "compound"}:
            return True
        if step.pos_ == "NOUN" and i + 1 < len(passed) and \
                passed[i + 1].lower_ in _BEFORE_AFTER:
            return True
    return False


def stated_date(context: DocContext, sent: int, word_i: int) -> str:
    """The date the sentence gives the act at this word (the nearest of its own), or ""."""
    dates = [d for d in sentence_dates(context, sent)
             if not _belongs_elsewhere(context, d[0], word_i)]
    return min(dates, key=lambda d: abs(d[0] - word_i))[1] if dates else ""


def _earlier(iso: str, document_date: str) -> bool:
    return bool(document_date) and iso < document_date[:len(iso)]


def date_facts(found: list[Found], context: DocContext, model: GraphModel) -> list[Found]:
    """Give each dated relation its date and basis. An earlier act keeps only a date its
    sentence gives, never the document's, and is dropped when no actor of it is stated."""
    from extract.frames import frame_by_id

    result = []
    for f in found:
        spec = model.relationships.get(f.type)
        if spec is None or "date" not in spec.properties or f.props.get("date"):
            if f.props.get("date"):
                f.date_basis = f.date_basis or "sentence"
            result.append(f)
            continue
        try:
            dated = frame_by_id(f.frame).dated if f.frame else "event"
        except KeyError:
            dated = "event"
        word_i = int(f.props.pop("_word", -1))
        dates = [d for d in (sentence_dates(context, f.sent) if f.sent >= 0 else [])
                 if not _belongs_elsewhere(context, d[0], word_i)]
        earlier = dated == "act" and word_i >= 0 and recalled(context, word_i)
        if dates:
            anchor = word_i if word_i >= 0 else dates[0][0]
            f.props["date"] = min(dates, key=lambda d: abs(d[0] - anchor))[1]
            f.date_basis = "sentence"
            earlier = earlier or (dated == "act" and _earlier(f.props["date"],
                                                              context.meta.date))
        if earlier and _OWN_ACTORS & set(f.stand_in.split(",")):
            # an earlier act whose actor the sentence does not name: not the issuer's
            context.notes.setdefault("not_stated", []).append(
                (f.frame, f.type, "earlier act, actor not stated"))
            continue
        # a recalled act without a date is the earlier act, not one of the document's date
        if not dates and not earlier and dated == "act" and context.meta.date and (
                context.meta.doc_type in _NEWS_TYPES or f.sent < 0):
            f.props["date"] = context.meta.date
            f.date_basis = "document"
        result.append(f)
    for f in result:
        f.props.pop("_word", None)
    return result
