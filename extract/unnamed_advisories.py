"""Advisories and statements the text names only by their kind, where it says who issued them.

"Canada and Australia issued a joint statement warning ...", "a report published by the
monitoring team", "An FBI alert urges ...": a document noun (statement, advisory, report,
alert, guidance, notice, bulletin, announcement, PSA) that the text does not title and the
gazetteer does not know is an unnamed Advisory of its document (docs/annotation.md), named
as written without its article ("joint statement", "FBI alert"), when its role in the
parse makes it one:

- the object of an issuing verb (issue, release, publish, put out, unveil) whose subject is
  a state or an agency ("X and Y have issued a joint statement"), or its passive subject
  with the issuer as agent ("a report was released by X"), or the noun a participle of
  those describes ("a bulletin published by X");
- the subject of a verb of warning or advice when the noun carries its issuer's name
  before it ("A new FBI alert warns companies ...", "Japan's advisory urges ...").

A plural the issuers put out is one entity named as written ("Japan and the ROK issued
public advisories" gives "public advisories"); a counted plural ("three advisories",
"multiple advisories") is not. "X and Y are releasing a joint PSA" is the issuers' present
act, as "have issued" is. A report that first names a document with "the" and says in the
same clause who put it out ("The statement, jointly released by A and B, warns ...", "A
issued the advisory on ...") names an untitled document: taken only when no advisory was
named before it in a report of another kind (an advisory's own "the advisory" is itself).

Not a document issued: one cited as a source ("according to a UN report"), one that will
be or may be issued, or was not ("has not released a report"), one a person issued (a
quoted official's statement), one a title names ('a PSA titled "X"'), one the text
refers to as "this" or "the" after an advisory was named (an earlier or the document's
own, which titles.py, advisory_refs.py and the frames resolve).

A later "the statement", "the joint statement", "the report" within two sentences of the
last mention is the same advisory when exactly one unnamed advisory of that noun was read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extract.coref import PLURAL_STATES
from extract.frames._issued_misparse import advisory_read_as_adjective
from extract.mentions import DocMentions, MentionSpan
from extract.overlaps import Overlaps
from extract.resolve import DocEntities, Merge
from extract.token_lookup import with_lower
from extract.unnamed_advisory_cues import PLURALS, counted, first_named
from graph.ids import slugify
from graph.model import DocumentMeta, ExtractedEntity

_KINDS = frozenset({"statement", "advisory", "report", "alert", "guidance", "notice",
                    "bulletin", "announcement", "psa"})
_ISSUING = frozenset({"issue", "release", "publish", "put", "unveil", "reissue"})
_ADVISING = frozenset({"warn", "urge", "advise", "caution", "alert", "encourage", "call"})
_MODAL = frozenset({"will", "would", "could", "may", "might", "should", "shall", "must",
                    "can", "'ll", "wo", "ca"})
_DONE_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})
# words before the noun that describe the occasion, not the document's name
_OCCASION = frozenset({"new", "recent", "latest", "brief", "short", "lengthy", "detailed",
                       "rare", "separate", "another", "fresh"})
_KEPT = frozenset({"compound", "amod", "nmod", "npadvmod"})
_ISSUERS = frozenset({"Country", "Agency"})
_NEAR = 2


def add_unnamed_advisories(doc: Doc, mentions: DocMentions, resolved: DocEntities,
                           meta: DocumentMeta) -> None:
    taken = Overlaps((m.start, m.end, None) for m in mentions.mentions)
    issuers = _issuer_spans(mentions, resolved)
    titles = {m.start for m in mentions.mentions if m.label == "Advisory"}
    added: list[MentionSpan] = []
    read: dict[str, list[tuple[ExtractedEntity, int]]] = {}  # noun -> (entity, last sent)
    for token in with_lower(doc, _KINDS | set(PLURALS)):
        noun = token.lower_
        # "issued an advisory warning companies": the parse made the noun an adjective of
        # the object, so the act is read from the object it hangs on
        read_as_adjective = token.tag_ not in {"NN", "NNP"} and \
            advisory_read_as_adjective(token.head) == token
        if noun in PLURALS:
            if token.tag_ not in {"NNS", "NNPS"} or counted(token):
                continue
        elif token.tag_ not in {"NN", "NNP"} and not read_as_adjective:
            continue
        if taken.overlapping(token.idx, token.idx + len(token.text)):
            continue
        sent = mentions.sentence_at(token.idx)
        if _definite(token):
            earlier = [(e, s) for e, s in read.get(noun, []) if sent - s <= _NEAR]
            if len(read.get(noun, [])) == 1 and earlier and _same_words(token, earlier[0][0]):
                entity = earlier[0][0]
                added.append(_mention(mentions, resolved, entity, token, sent,
                                      "definite reference to the unnamed advisory", 0.6))
                read[noun] = [(entity, sent)]
                continue
            if not first_named(token, meta, mentions, added):
                continue
        acted_on = token.head if read_as_adjective else token
        if not _issued_here(acted_on, issuers) or _titled(token, titles):
            continue
        words = _name_words(token, issuers)
        name = " ".join(w.text for w in words)
        entity = ExtractedEntity(
            id=f"advisory:{meta.id}#{slugify(name)}", type="Advisory", name=name,
            confidence=0.6, unnamed=True)
        entity = resolved.entities.setdefault(entity.id, entity)
        added.append(_mention(mentions, resolved, entity, token, sent,
                              "a document noun in an issuing role", 0.6))
        read.setdefault(noun, []).append((entity, sent))
        taken.add(token.idx, token.idx + len(token.text), None)
    if added:
        mentions.mentions = sorted([*mentions.mentions, *added], key=lambda m: m.start)


def _issuer_spans(mentions: DocMentions, resolved: DocEntities) -> Overlaps[str]:
    """Where the text names a state or an agency (not the DPRK's state, which issues no
    advisory in this domain's sense)."""
    return Overlaps((m.start, m.end, m.entity) for m in mentions.mentions
                    if m.entity in resolved.entities and m.entity != "country:KP"
                    and resolved.entities[m.entity].type in _ISSUERS)


def _names_issuer(token: Token, issuers: Overlaps[str]) -> bool:
    return any(issuers.overlapping(t.idx, t.idx + len(t.text))
               for t in (token, *token.conjuncts)) or _states_named_before(token)


def _states_named_before(token: Token) -> bool:
    """'The three countries issued a joint statement': a definite plural of states stands
    for states the text named before (coreference, which runs later, links them; if it
    links none, the statement has no issuer and is dropped unused)."""
    return token.lower_ in PLURAL_STATES and any(
        c.dep_ in {"det", "nummod", "predet"} and c.lower_ in {"the", "both", "these", "all"}
        for c in token.children)


_TITLING = frozenset({"title", "entitle", "call", "name"})


def _titled(noun: Token, titles: set[int]) -> bool:
    """'a PSA titled "X"', 'an advisory, "X"': the title names it (frames/_titled.py)."""
    # a past participle titles it; "a statement calling on firms to ..." says what it asks
    if any(c.dep_ == "acl" and c.lemma_ in _TITLING and c.tag_ == "VBN"
           for c in noun.children):
        return True
    after = noun.i + 1
    while after < len(noun.doc) and (noun.doc[after].is_quote or noun.doc[after].text == ","):
        after += 1
    return after > noun.i + 1 and after < len(noun.doc) and (
        noun.doc[after - 1].is_quote or noun.doc[after].idx in titles)


def _definite(token: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "these",
                                                          "today", "our", "its", "their"}
               for c in token.children)


def _acts(verb: Token) -> bool:
    """The verb states a done act: no modal, no negation, not a plan's infinitive."""
    # "X and Y are releasing a joint PSA": the present act of the ones who issue it
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"is", "are"}
                                             for c in verb.children)
    if (verb.tag_ not in _DONE_TAGS and not progressive) or \
            (verb.dep_ in {"xcomp", "ccomp"} and verb.tag_ == "VB"):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODAL)
           for c in verb.children):
        return False
    # "put out" needs its particle
    return verb.lemma_ != "put" or any(c.dep_ == "prt" and c.lower_ == "out"
                                       for c in verb.children)


def _issued_here(noun: Token, issuers: Overlaps[str]) -> bool:
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_ in _ISSUING and _acts(verb):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":  # "X met Y and issued a statement"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return any(_names_issuer(s, issuers) for s in subjects)
    agent_verb = verb if noun.dep_ == "nsubjpass" else None
    for child in noun.children:  # "a bulletin published by X"
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent_verb = child
    if agent_verb is not None and agent_verb.lemma_ in _ISSUING and _acts(agent_verb) and \
            any(_names_issuer(p, issuers) for a in agent_verb.children
                if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"):
        return True
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.dep_ == "prep":
        return _spoken_in(verb.head, issuers)
    if noun.dep_ == "nsubj" and verb.lemma_ in _ADVISING and _acts(verb):
        # its issuer before it ("A new FBI alert warns") or after it ("A joint statement by
        # A and B warned", "a statement from X urges")
        return any((c.dep_ in {"compound", "poss", "amod", "nmod"} and
                    _names_issuer(c, issuers)) or
                   (c.dep_ == "prep" and c.lower_ in {"by", "from"} and
                    any(p.dep_ == "pobj" and _names_issuer(p, issuers) for p in c.children))
                   for c in noun.children)
    return False


# verbs a state or an agency speaks with in a statement of its own
_SPEAKING = frozenset({"say", "state", "warn", "urge", "announce", "note", "add", "pledge",
                       "vow", "express", "condemn", "stress", "emphasize", "call", "agree",
                       "reaffirm", "highlight", "accuse", "commit", "caution", "advise",
                       "encourage", "affirm", "declare", "confirm", "criticize", "welcome"})


def _spoken_in(verb: Token, issuers: Overlaps[str]) -> bool:
    """"X said in a joint statement that ...", "In a statement, X warned ...": the statement
    a state or an agency speaks in is one it issued (a person's statement is not: a quoted
    official speaks for himself, and "according to a statement" cites one)."""
    if verb.lemma_ not in _SPEAKING or not _acts(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(_names_issuer(s, issuers) for s in subjects)


def _name_words(noun: Token, issuers: Overlaps[str]) -> list[Token]:
    """The noun with the words before it that name it ("joint", "FBI", "MSMT"), without its
    article, a possessive issuer or an occasion word ("a new statement")."""
    words = [t for t in noun.doc[noun.left_edge.i:noun.i]
             if t.dep_ in _KEPT and t.head.i >= noun.left_edge.i
             and t.lower_ not in _OCCASION and not t.is_punct]
    # a run of words right before the noun: "the first joint statement" keeps "joint"
    kept: list[Token] = []
    for t in reversed(words):
        if kept and t.i != kept[0].i - 1:
            break
        kept.insert(0, t)
    if kept and kept[0].dep_ == "amod" and kept[0].tag_ in {"JJS", "CD"}:
        kept = kept[1:]
    return [*kept, noun]


def _same_words(token: Token, entity: ExtractedEntity) -> bool:
    """'the joint statement' and 'the statement' refer to a 'joint statement'; 'the
    audit report' does not refer to a 'MSMT report'."""
    name = set(entity.name.lower().split())
    return all(t.lower_ in name for t in token.children
               if t.dep_ in {"compound", "amod"} and t.i < token.i)


def _mention(mentions: DocMentions, resolved: DocEntities, entity: ExtractedEntity,
             token: Token, sent: int, reason: str, confidence: float) -> MentionSpan:
    start, end = token.idx, token.idx + len(token.text)
    span = mentions.new_span("Advisory", start, end, sent=sent, hint=entity.id)
    resolved.add_mention(entity, span)
    resolved.merges.append(Merge(entity.id, span.text, reason, confidence))
    return span
