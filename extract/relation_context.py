"""What the relation frames read: one document's parse, entities and sentences (DocContext),
a predicate word with its roles' entities (Hit), and a proposed relation (Found).

extract/relations.py runs the frames over a DocContext; extract/relation_merge.py checks and
merges what they found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from extract import carried_allegation, modality
from extract.entity_index import EntityIndex
from extract.gazetteer import Gazetteer
from extract.mentions import DocMentions
from graph.model import DocumentMeta, ExtractedEntity

if TYPE_CHECKING:
    from extract.frames import Frame

# A department acts through the office that holds the power: Treasury designates through OFAC.
_ACTING_UNIT = {"agency:department-of-the-treasury": "agency:office-of-foreign-assets-control"}
_BARE_MARKER = re.compile(r"^(?:[-*•]|\d+[.)])$")
_LIST_ITEM = re.compile(r"^(?:[-*•]|\d+[.)])\s")


@dataclass
class Found:
    """One relation a frame or a document construction proposes."""

    type: str
    source: str
    target: str
    sent: int  # sentence index, -1 for a fact of the whole document
    props: dict[str, Any] = field(default_factory=dict)
    frame: str = ""
    construction: str = ""
    modality: str = "asserted"
    date_basis: str = ""
    confidence: float | None = None
    # the stand-in a role took because the sentence left it empty ("workers", "issuer")
    stand_in: str = ""
    # a fact of the whole document that no sentence states (every advisory of a document
    # about the workers warns about them): a reading of the document, never sure
    inferred: bool = False


@dataclass
class Hit:
    """One predicate word with the entities each of its roles names."""

    frame: Frame
    word: Token
    sent: int
    roles: dict[str, list[str]]
    paths: dict[str, int]  # role -> index of the path that filled it (the construction)
    sentence: Span
    props: dict[str, Any] = field(default_factory=dict)
    facts: modality.SentenceFacts | None = None  # the sentence's, read once for all its hits
    # roles whose entity the sentence only refers to (a pronoun, "the company"): what the
    # reference stands for was decided outside the sentence
    referred: set[str] = field(default_factory=set)
    items: dict[str, int] = field(default_factory=dict)  # role -> items of its parse list
    _reading: modality.Reading | None = field(default=None, repr=False)

    @property
    def reading(self) -> modality.Reading:
        """What the sentence does with the frame's fact (asserted, planned, quoted ...), read
        on first use: about a third of the hits fill no role and never need it."""
        if self._reading is None:
            self._reading = modality.read(self.word, self.frame.modality, self.sentence,
                                          self.facts)
        return self._reading

    @reading.setter
    def reading(self, value: modality.Reading) -> None:
        self._reading = value  # a frame's completion may restate it ("not guilty": charged)

    def construction(self, *roles: str) -> str:
        return ",".join(f"{r}{self.paths[r]}" if r in self.paths else f"{r}-" for r in roles)


@dataclass
class DocContext:
    doc: Doc
    meta: DocumentMeta
    mentions: DocMentions
    entities: dict[str, ExtractedEntity]
    index: EntityIndex
    gazetteer: Gazetteer | None = None
    sentence_of_token: list[int] = field(default_factory=list)
    leads: dict[int, int] = field(default_factory=dict)  # list item -> its lead sentence
    notes: dict[str, Any] = field(default_factory=dict)
    _facts: dict[int, modality.SentenceFacts] = field(default_factory=dict, repr=False)

    def sentence_facts(self, sent: int) -> modality.SentenceFacts:
        """What modality reads once per sentence (its quotes, its words), read once per
        document for the frames' hits and the argument search alike."""
        if sent not in self._facts:
            facts = modality.sentence_facts(self.sentence_span(sent))
            # a sentence about another case ("In a separate case, ...") leaves the account
            if not facts.according_to_source and not facts.separate_case and \
                    self._carries_allegation(sent):
                facts = replace(facts, according_to_source=True)
            self._facts[sent] = facts
        return self._facts[sent]

    def _carries_allegation(self, sent: int) -> bool:
        """The sentence goes on with the allegation of the sentence before it in its
        paragraph ("The indictment alleges ... . The workers then ...")."""
        if sent <= 0 or sent >= len(self.mentions.sentences):
            return False
        before, this = self.mentions.sentences[sent - 1], self.mentions.sentences[sent]
        return carried_allegation.same_paragraph(self.mentions.text, before.end, this.start) \
            and carried_allegation.alleges(self.sentence_span(sent - 1)) \
            and carried_allegation.continues(self.sentence_span(sent))

    def of_type(self, *types: str) -> list[ExtractedEntity]:
        return [e for e in self.entities.values() if e.type in types]

    def kind(self, kind: str) -> list[ExtractedEntity]:
        return [e for e in self.entities.values() if e.properties.get("kind") == kind]

    def sentence_entities(self, sent: int) -> list[str]:
        """Entities named in a sentence, in text order."""
        found: list[str] = []
        for m in self.mentions.in_sentence(sent):
            if m.entity and m.entity in self.entities and \
                    m.entity not in found:
                found.append(m.entity)
        return found

    def sentence_span(self, sent: int) -> Span:
        s = self.mentions.sentences[sent]
        return self.doc[s.tok_start:s.tok_end]

    def sentence_text(self, sent: int) -> str:
        return self.mentions.sentences[sent].text if 0 <= sent < len(
            self.mentions.sentences) else ""

    def _from_gazetteer(self, ident: str) -> bool:
        """An issuer the text does not name is still the actor of its own release: add it
        from the gazetteer (it has no mentions in this document)."""
        from extract.resolve.base import from_gazetteer

        entry = self.gazetteer.by_id.get(ident) if self.gazetteer is not None else None
        if entry is None:
            return False
        self.entities[ident] = from_gazetteer(entry)
        return True

    def workers(self) -> list[str]:
        """The document's DPRK IT worker collective, if it names one."""
        return [e.id for e in self.kind("worker_group")][:1]

    def issuers(self) -> list[str]:
        """Entities of this document that stand for its issuers (front matter), most
        specific first: the acting office of a department when the text names it."""
        from graph.ids import entity_id

        found: list[str] = []
        for issuer in self.meta.issuers:
            agency = str(issuer.get("agency", "")).strip()
            code = str(issuer.get("country", "")).strip().upper()
            candidates = []
            if agency:
                ident = entity_id("Agency", agency)
                candidates = [c for c in (_ACTING_UNIT.get(ident, ""), ident) if c]
            if code:
                candidates.append(f"country:{code}")
            for ident in candidates:
                if ident not in self.entities and not self._from_gazetteer(ident):
                    continue
                if ident not in found:
                    found.append(ident)
                break
        return found


def build_context(doc: Doc, mentions: DocMentions, entities: dict[str, ExtractedEntity],
                  meta: DocumentMeta, gazetteer: Gazetteer | None = None) -> DocContext:
    index = EntityIndex(len(doc), mentions.text)  # Doc.text would join every token again
    # names first: a description ("a Laos-based firm") must not claim the name inside it
    ordered = sorted(mentions.mentions, key=lambda m: (
        bool(entities[m.entity].unnamed) if m.entity in entities else True,
        m.end - m.start))
    for m in ordered:
        if m.entity and m.entity in entities:
            start, end = m.tok_start, m.tok_end
            if start < 0:  # a mention added from text offsets only
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                start, end = span.start, span.end
            index.set(start, end, m.entity, (m.start, m.end))
    index.finish(frozenset(e.id for e in entities.values() if e.type == "Agency"))
    sentence_of_token = [0] * len(doc)
    for i, s in enumerate(mentions.sentences):
        for t in range(s.tok_start, min(s.tok_end, len(doc))):
            sentence_of_token[t] = i
    context = DocContext(doc, meta, mentions, entities, index, gazetteer, sentence_of_token)
    _find_leads(context)
    return context


def _find_leads(context: DocContext) -> None:
    """A list item continues the sentence, ending in a colon, that introduces the list (the
    parser may leave a bare list marker as a sentence of its own)."""
    lead = -1
    marker = in_item = False
    sentences = context.mentions.sentences
    body = context.mentions.text
    for i, sentence in enumerate(sentences):
        text = sentence.text.strip()
        if _BARE_MARKER.match(text):
            marker = True
            continue
        if _LIST_ITEM.match(text) or marker:
            if lead >= 0:
                context.leads[i] = lead
        elif text.endswith(":"):
            lead = i
        elif in_item and "\n" not in body[sentences[i - 1].end:sentence.start]:
            # the rest of an item's line, split off by an abbreviation inside it ("a.k.a.",
            # "Co."): the item goes on, and so does the list after it
            continue
        elif lead >= 0 and lead == i - 1 and ";" in text and \
                "\n" not in body[sentences[i - 1].end:sentence.start]:
            # the list run on after the colon, its items divided by semicolons ("...
            # sanctioned four targets: A, a ...; B, a ...; and C, a ..."): one item line
            context.leads[i] = lead
            lead = -1
        else:
            lead = -1
        in_item = i in context.leads
        marker = False
