"""ISSUED: an agency or state issued, released or published an advisory or statement.

Constructions: "X issued/released/published/put out/updated Y", "Y was released by X",
"Y, released on <date> by X", "Y by X" and "X's Y" (a statement's noun with its author),
"X's / the X <advisory>" as a compound ("the FBI announcement"), "in a statement, X said";
a document that is itself an advisory or joint statement was issued by the states or
agencies that open it ("Japan, the United States and the ROK express ...") and refers to
itself as "this statement".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extract.evaluate.scoring import name_key
from extract.frames import Frame, Yields
from extract.frames._paths import BY, HOLDER, OBJECT, SELF, SUBJECT
from extract.relation_context import Found
from graph.ids import entity_id
from graph.model import ExtractedEntity

if TYPE_CHECKING:
    from extract.relation_context import DocContext, Hit

ISSUERS = ("Agency", "Country")
ISSUED = ("Advisory", "Document")
# a readout names the meeting it reports, not a document issued
_MEETING = re.compile(r"\b(?:Meeting|Talks|Summit|Dialogue|Consultations?|Forum|Visit|Call)s?"
                      r"\b(?!.*\b(?:Statement|Advisory|Guidance)\b)")
_SELF_WORDS = frozenset({"statement", "advisory", "guidance", "announcement", "alert",
                         "notice", "report", "psa"})


def self_advisory(context: DocContext) -> ExtractedEntity | None:
    """The advisory this document is: the one named like the title, else the only one."""
    if "self_advisory" in context.notes:
        found = context.notes["self_advisory"]
        return found if isinstance(found, ExtractedEntity) else None
    result: ExtractedEntity | None = None
    advisories = context.of_type("Advisory")
    if context.meta.doc_type in {"advisory", "joint_statement"} and advisories:
        title = name_key(context.meta.title)
        words = set(title.split("-"))

        def overlap(a: ExtractedEntity) -> float:
            name = set(name_key(a.name).split("-"))
            return len(name & words) / max(1, len(name))

        exact = [a for a in advisories if title and name_key(a.name) in title] or \
            [a for a in advisories if _numbered_for(a.name, context.meta.date)]
        best = exact[0] if exact else max(advisories, key=overlap)
        if exact or overlap(best) >= 0.6 or (len(advisories) == 1
                                             and not _dated_otherwise(best, context)
                                             and not _cited(best, context)):
            result = best
    if result is None and context.meta.doc_type in {"advisory", "joint_statement"} and \
            context.meta.title and not _MEETING.search(context.meta.title) and \
            not _REWARD.search(context.meta.title):
        # the document is an advisory the text does not name: it is its own title
        result = ExtractedEntity(id=entity_id("Advisory", context.meta.title), type="Advisory",
                                 name=context.meta.title, confidence=0.7,
                                 properties={"date": context.meta.date} if context.meta.date
                                 else {})
        context.entities.setdefault(result.id, result)
    context.notes["self_advisory"] = result
    return result


# an offer of a reward for information is no advisory ("Rewards for Justice: Up to $N
# Million for Information on ..."), nor is a notice that seeks named persons ("Wanted by
# the FBI: A and B", "Seeking Information: ..."): it names whom the police want, it warns
# nobody about them
_REWARD = re.compile(r"\bRewards?\b|\bWanted\b|\bSeeking\s+Information\b", re.IGNORECASE)
# what a document does to an earlier one: "this advisory updates / builds on / follows /
# supplements / replaces / cites the guidance of ..."
_CITING = frozenset({"update", "build", "follow", "supplement", "replace", "supersede", "cite",
                     "reference", "draw", "complement", "expand", "revise", "amend"})


def _cited(advisory: ExtractedEntity, context: DocContext) -> bool:
    """The text names the advisory as an earlier document it cites, not as itself: a
    sentence naming it gives only dates before the document's ("the guidance that the
    State Department released in 2022"), or it is what the document updates, builds on or
    follows. The lone advisory an advisory names is then another document, and the
    document is its own title."""
    from extract.dating import sentence_dates

    for m in context.mentions.mentions:
        if m.entity != advisory.id:
            continue
        dates = [d for _, d in sentence_dates(context, m.sent)] if m.sent >= 0 else []
        if dates and context.meta.date and all(d < context.meta.date[:len(d)] for d in dates):
            return True
        span = context.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root.head
        if head.dep_ == "prep":
            head = head.head
        if span.root.dep_ in {"dobj", "pobj", "nsubjpass"} and head.lemma_ in _CITING:
            return True
    return False


# an FBI alert number carries its day: I-MMDDYY-PSA, PSAYYMMDD
_ALERT_DAY = re.compile(r"^(?:I-(?P<m>\d\d)(?P<d>\d\d)(?P<y>\d\d)-PSA|"
                        r"PSA(?P<y2>\d\d)(?P<m2>\d\d)(?P<d2>\d\d)(?:-\d+)?)$")


def _numbered_for(name: str, date: str) -> bool:
    """An alert whose number is the document's own day is the document ("Alert Number:
    I-090325-PSA" heading a PSA of September 3, 2025)."""
    found = _ALERT_DAY.match(name.strip())
    if found is None or not date:
        return False
    y, m, d = (found.group("y") or found.group("y2"), found.group("m") or found.group("m2"),
               found.group("d") or found.group("d2"))
    return date == f"20{y}-{m}-{d}"


def _dated_otherwise(advisory: ExtractedEntity, context: DocContext) -> bool:
    """An advisory known to have come out on another day than this document is one the
    document cites ("this PSA updates the PSA of January 2025"), not the document itself."""
    if _ALERT_DAY.match(advisory.name.strip()):
        return not _numbered_for(advisory.name, context.meta.date)
    dates = {str(advisory.properties.get("date") or "")} - {""}
    entry = context.gazetteer.by_id.get(advisory.id) if context.gazetteer is not None else None
    if entry is not None:  # an updated advisory came out on each of its dates
        dates |= {str(d) for d in entry.properties.get("dates", [])}
    return bool(dates and context.meta.date and context.meta.date not in dates)


def refers_to_itself(token: Token) -> bool:
    """'this advisory', 'the PSA', 'this joint statement', 'today's statement'."""
    return token.lower_ in _SELF_WORDS and any(
        c.lower_ in {"this", "the", "our", "today", "today's"} for c in token.children)


def this_document(role: str) -> Callable[[Hit, DocContext], None]:
    """A hook that fills `role` with the document's own advisory when the word in that role
    is a reference to the document itself."""
    def fill(hit: Hit, context: DocContext) -> None:
        if hit.roles.get(role):
            return
        for token in hit.sentence:
            if refers_to_itself(token) and hit.word.i in (token.head.i, token.i):
                own = self_advisory(context)
                if own is not None:
                    hit.roles[role] = [own.id]
                return
        if role == "issued" and _it_is_this_document(hit, context):
            own = self_advisory(context)
            if own is not None:
                hit.roles[role] = [own.id]
    return fill


def _it_is_this_document(hit: Hit, context: DocContext) -> bool:
    """'it was released by X', 'X released it' in an advisory or joint statement: an "it"
    that coreference left open is the document itself, when neither this sentence nor the
    one before names another advisory it could stand for."""
    if context.meta.doc_type not in {"advisory", "joint_statement"}:
        return False
    it = [c for c in hit.word.children if c.dep_ in {"nsubjpass", "dobj"}
          and c.lower_ == "it" and not context.index.at(c)]
    if not it:
        return False
    near = [*context.sentence_entities(hit.sent), *context.sentence_entities(hit.sent - 1)]
    own = self_advisory(context)
    return not any(context.entities[e].type == "Advisory" and (own is None or e != own.id)
                   for e in near)


# a document noun followed by its title: "a PSA titled X", "an advisory called X", "the
# advisory \"X\"" (the quoted title right after the noun)
_TITLING = frozenset({"title", "entitle", "call", "name"})
_TITLE_ARGS = frozenset({"oprd", "dobj", "attr", "xcomp"})


def titled(noun: Token, context: DocContext) -> list[str]:
    """The advisory a document noun names by the title that follows it."""
    if noun.lower_ not in _DOCUMENT_NOUNS and noun.lower_ != "announcement":
        return []
    found: list[str] = []
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_ in _TITLING:
            for arg in child.children:
                if arg.dep_ in _TITLE_ARGS:
                    found.extend(e for e in _advisories_in(arg, context) if e not in found)
    if found:
        return found
    after = noun.i + 1
    while after < len(context.doc) and context.doc[after].is_quote:
        after += 1
    if after < len(context.doc) and after > noun.i + 1:  # the quoted title right after
        entity = context.index.at(context.doc[after])
        if entity and context.entities.get(entity) is not None and \
                context.entities[entity].type == "Advisory":
            return [entity]
    return []


def _advisories_in(word: Token, context: DocContext) -> list[str]:
    found: list[str] = []
    for token in word.subtree:
        entity = context.index.at(token)
        if entity and entity not in found and entity in context.entities and \
                context.entities[entity].type == "Advisory":
            found.append(entity)
    return found


def _issued_by_title(hit: Hit, context: DocContext) -> None:
    """'X released a PSA titled Y', 'the advisory "Y", issued by X': the document noun in
    the issued role stands for the titled advisory."""
    if hit.roles.get("issued"):
        return
    nouns = [c for c in hit.word.children if c.dep_ in {"dobj", "nsubjpass"}]
    if hit.word.dep_ == "acl" and hit.word.tag_ == "VBN":
        nouns.append(hit.word.head)
    for noun in nouns:
        found = titled(noun, context)
        if found:
            hit.roles["issued"] = found
            return


def _titled_noun(hit: Hit, context: DocContext) -> None:
    """'In the advisory "X", the FBI warned': the noun stands for the title after it."""
    if not hit.roles.get("issued"):
        found = titled(hit.word, context)
        if found:
            hit.roles["issued"] = found


def _issued(hit: Hit, context: DocContext) -> None:
    from extract.frames._issued_misparse import misparsed_document

    _issued_by_title(hit, context)
    this_document("issued")(hit, context)
    misparsed_document(hit, context)


_DOCUMENT_NOUNS = _SELF_WORDS | {"advisories", "statements", "announcements", "alerts",
                                 "notices", "reports", "psas"}
# an issuer named as a modifier of the document's noun, before it: "the FBI PSA", "the
# ROK's joint advisory", "the U.S. guidance" (not "guidance on the DPRK's IT workers")
_NAMES_ITS_ISSUER = frozenset({"poss", "compound", "nmod", "amod"})


def _roots(entity: str, sent: int, context: DocContext) -> list[Token]:
    """The head word of each mention of `entity` in the sentence."""
    found = []
    for m in context.mentions.in_sentence(sent):
        if m.entity == entity:
            span = context.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                found.append(span.root)
    return found


def _modifies(word: Token) -> bool:
    """`word` names whose document its head noun is ("the FBI PSA", "Japan's advisory")."""
    return word.dep_ in _NAMES_ITS_ISSUER and word.i < word.head.i


def issuers_named_with(document: str, sent: int, context: DocContext) -> set[str]:
    """The states or agencies the sentence names as modifiers of `document`'s own noun."""
    heads = {w.i for w in _roots(document, sent, context)}
    named = _issuers_inside(heads, context)
    for m in context.mentions.in_sentence(sent):
        entity = context.entities.get(m.entity)
        if entity is None or entity.type not in ISSUERS or \
                entity.properties.get("code") == "KP":  # "the North Korean IT workers advisory"
            continue
        if any(_modifies(w) and w.head.i in heads for w in _roots(entity.id, sent, context)):
            named.add(entity.id)
    return named


def _names_another_document(issuer: str, issued: str, sent: int, context: DocContext) -> bool:
    """"A, released by State, and the FBI PSA": an agency the sentence names only as the
    issuer of another document's noun is not an issuer of `issued`."""
    heads = {w.i for w in _roots(issued, sent, context)}
    words = _roots(issuer, sent, context)
    return bool(words) and all(
        _modifies(w) and w.head.i not in heads and w.head.lower_ in _DOCUMENT_NOUNS
        for w in words)


def _issuers_inside(heads: set[int], context: DocContext) -> set[str]:
    """Issuers a document's own name carries before its noun ("FBI public service
    announcement of May 2024"), found by their listed names (a title is one mention)."""
    named: set[str] = set()
    if context.gazetteer is None:
        return named
    for head in heads:
        for word in context.doc[head].children:
            if word.dep_ not in _NAMES_ITS_ISSUER or word.i > head:
                continue
            surface = "".join(t.text_with_ws for t in word.subtree if t.dep_ != "case").strip()
            for type_ in ISSUERS:
                named.update(e.id for e in context.gazetteer.lookup(surface, type_)
                             if e.properties.get("code") != "KP")
    return named


def _by_its_named_issuer(hit: Hit, context: DocContext, issuer: str, issued: str) -> bool:
    """A document the sentence names with its issuer ("the FBI PSA of May 2024", "the ROK's
    joint advisory") was issued by that issuer: the agencies a neighbouring clause or a
    coordinated document has ("A, released by State and Treasury, and the FBI PSA") are not
    its issuers."""
    if _names_another_document(issuer, issued, hit.sent, context):
        return False
    named = issuers_named_with(issued, hit.sent, context)
    return not named or issuer in named


_YIELDS = (Yields("ISSUED", ("issuer",), ("issued",), holds=_by_its_named_issuer),)
# co-issuers: "published by A together with B", "issued jointly with B", "in cooperation /
# partnership / coordination with B", "alongside B"
_CO_ISSUER = (">prep[with] +advmod[together|jointly] >pobj",
              ">prep[in] >pobj[cooperation|partnership|coordination|conjunction] >prep[with] "
              ">pobj", ">prep[alongside] >pobj")
_TYPES = {"issuer": ISSUERS, "issued": ISSUED}

FRAMES = (
    Frame("issuance", 1, ("issue", "release", "publish", "update", "post", "put", "distribute",
                          "jointly", "launch", "unveil", "adopt", "reissue"),
          {"issuer": (*SUBJECT, *_CO_ISSUER), "issued": OBJECT}, _YIELDS, role_types=_TYPES,
          dated="event", complete=_issued, base_confidence=0.8),
    # a title-cased kind ("the FBI's Public Service Announcement", "the FBI PSA") is a
    # proper noun, whose lemma keeps its capitals
    Frame("issuance-noun", 1, tuple(sorted(w for word in _SELF_WORDS | {
        "advisories", "guidance", "statements"} for w in (word, word.capitalize(),
                                                           word.upper()))),
          # "In a joint statement, X, Y and Z warned ...": the ones who speak in it
          {"issuer": (*BY, ">compound", ">nmod", "<pobj[in] <prep >nsubj"),
           "issued": (*SELF, *HOLDER, ">appos")},
          _YIELDS, pos=("NOUN", "PROPN"), role_types=_TYPES, dated="event",
          complete=_titled_noun, base_confidence=0.7),
)


def authors(context: DocContext) -> Iterable[Found]:
    """The states or agencies that open an advisory or joint statement issued it."""
    own = self_advisory(context)
    if own is None:
        return []
    for i, sentence in enumerate(context.mentions.sentences):
        present = context.sentence_entities(i)
        if not present or present == [own.id]:
            continue  # the title line
        doc_sentence = context.doc[sentence.tok_start:sentence.tok_end]
        root = doc_sentence.root
        subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        from extract.arguments import entities_of

        opening = [e for s in subjects for e in entities_of(s, context.index)
                   if context.entities[e].type in ISSUERS
                   and context.entities[e].properties.get("code") != "KP"]
        objects = [e for c in root.children if c.dep_ == "dobj"
                   for e in entities_of(c, context.index)]
        if any(context.entities[e].type in ISSUED and e != own.id for e in objects):
            # "State and Treasury published guidance in May 2022": the opening tells who
            # issued another document this one cites, not who issued this one
            return []
        return [Found("ISSUED", e, own.id, i, {"date": context.meta.date},
                      "issuance-authors.v1", "opening-subject", date_basis="document",
                      inferred=True)
                for e in opening]
    return []


DOCUMENT_RULES = (authors,)
