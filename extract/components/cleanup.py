"""`tkg_span_cleanup_v1`: repair and relabel the statistical NER's spans into model types.

The small English model tags possessives into spans ("North Korea's"), takes citation
markers for numbers, splits or merges names and has no notion of an Agency. This component
trims spans to the name itself, maps OntoNotes labels to the graph model (PERSON -> Person,
ORG -> Agency or Organization, GPE -> Country or a place), pulls quantity qualifiers ("more
than") into money spans so they can be normalized, and drops spans that are not facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.agency_shapes import label_acronyms, read_agency_shapes
from extract.components.body_kind import body_kind
from extract.components.coordination import listed_with_persons
from extract.components.gazetteer_ruler import (
    AMBIGUOUS_LABEL,
    CAPITAL_LABEL,
    DEMONYM_LABEL,
    PLACE_LABEL,
)
from extract.components.korean_names import reads_as_korean_name
from extract.components.modifier_bodies import modifies_common_noun
from extract.components.name_filters import (
    COURT,
    DOCUMENT_KIND,
    EO_WORDS,
    FIELD_OFFICE,
    IDENTITY_FIELD,
    LAW,
    OFFENSE,
    STOP_ORG,
    TASK_FORCE,
    UN_IDS,
    after_indefinite_article,
    generic_words_only,
    modifies_rules,
    office_of_a_title,
    spelled_out_term,
)
from extract.components.open_names import repair_person_names
from extract.components.org_slots import vouch_by_slot
from extract.components.span_context import (
    AGENCY_HEAD,
    NOT_PERSON_HEAD,
    ORG_HEAD,
    ORG_TAIL,
    acting_demonym,
    extend_name,
    name_as_modifier,
    named_labels,
    nonpersonal_relative,
    personal_apposition,
    place_modifier,
    shares_noun,
    speaker_in_title,
)
from extract.components.span_edges import (
    capital,
    extend_qualifier,
    extend_spelled_decimal,
    relative_date,
    trim_edges,
)
from extract.components.sub_units import is_sub_unit
from extract.gazetteer import Gazetteer, load_gazetteer
from extract.names import clean_person_name, fold
from extract.normalize import parse_date
from extract.normalize.dates import without_year

__all__ = ["MODEL_LABELS", "PLACE_LABEL", "SpanCleanup"]

MODEL_LABELS = named_labels()
KEEP_AS_IS = {"MONEY", "DATE", "CARDINAL", "PERCENT", "QUANTITY", AMBIGUOUS_LABEL,
              DEMONYM_LABEL, *MODEL_LABELS}


# the nouns after a state's adjective that make it the state: its government, not its people
_GOVERNMENT_NOUNS = frozenset({"government", "governments", "regime", "authorities",
                               "leadership"})

class SpanCleanup:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.places = set(gazetteer.places)
        self._acting: set[tuple[int, int]] = set()  # demonyms read as the state acting

    def _relabel(self, span: Span) -> Span | None:
        label = span.label_
        if span.id_ in UN_IDS and modifies_rules(span):
            return None  # "United Nations Security Council resolutions" cites law
        if label == "Agency" and modifies_common_noun(span):
            return None  # "all UN member states": a kind of state, not the UN acting
        if label == "Organization" and span.id_.startswith("context:"):
            return self._organization(span)  # named by its context: still a name?
        if label in MODEL_LABELS and span.id_:
            return span  # gazetteer spans are already clean
        if label == CAPITAL_LABEL:
            return capital(span)
        if label == PLACE_LABEL and span.id_:
            return span  # a town or region the gazetteer places: it locates, never an entity
        if label == DEMONYM_LABEL and acting_demonym(span):
            self._acting.add((span.start, span.end))
            return Span(span.doc, span.start, span.end, label="Country", span_id=span.id_)
        if label in {AMBIGUOUS_LABEL, DEMONYM_LABEL, "Advisory", "Case"}:
            return span
        if label in {"MONEY", "CARDINAL"}:
            return self._quantity(span)
        if span.id_ and ":" in span.id_ and label not in MODEL_LABELS:
            # the model's label on a span whose tokens still carry a gazetteer id
            span = Span(span.doc, span.start, span.end, label=label)
        if label == "DATE":
            return span if parse_date(span.text) or relative_date(span.text) or \
                without_year(span.text) else None
        if label in {"PERCENT", "QUANTITY"}:
            return span
        trimmed = trim_edges(span)
        if trimmed is None:
            return None
        text = trimmed.text
        known = self.gazetteer.lookup(text)
        if known:
            entry = known[0]
            return Span(span.doc, trimmed.start, trimmed.end, label=entry.type, span_id=entry.id)
        if label in {"PERSON", "ORG", "GPE"} and place_modifier(trimmed, self.places):
            return Span(span.doc, trimmed.start, trimmed.end, label=PLACE_LABEL)
        if label in {"PERSON", "ORG"} and personal_apposition(trimmed, self.places) and \
                not ORG_HEAD.search(text):
            return self._person(extend_name(trimmed))
        if label == "PERSON" and nonpersonal_relative(trimmed):
            return self._organization(Span(span.doc, trimmed.start, trimmed.end, label="ORG",
                                           span_id="context:company"))
        if label == "PERSON" and ORG_TAIL.search(text) and " " in text.strip():
            body = self._organization(Span(span.doc, trimmed.start, trimmed.end, label="ORG"))
            if body is not None and body.label_ == "Organization" and not body.id_:
                # the head word vouches for the body (extract/resolve/orgs.py `_vouched`)
                body = Span(span.doc, body.start, body.end, label=body.label_,
                            span_id="shape:company")
            return body
        if label == "PERSON":
            if name_as_modifier(trimmed) or after_indefinite_article(trimmed):
                return None
            return self._person(extend_name(trimmed))
        if label == "ORG" and listed_with_persons(trimmed):
            return self._person(trimmed)
        if label == "ORG":
            return self._organization(trimmed)
        if label in {"GPE", "LOC", "FAC"}:
            code = self.gazetteer.country_code(text)
            if code:
                return Span(span.doc, trimmed.start, trimmed.end, label="Country",
                            span_id=f"country:{code}")
            return Span(span.doc, trimmed.start, trimmed.end, label=PLACE_LABEL)
        if label == "NORP":
            code = self.gazetteer.country_code(text)
            if code and acting_demonym(trimmed):
                self._acting.add((trimmed.start, trimmed.end))
                return Span(span.doc, trimmed.start, trimmed.end, label="Country",
                            span_id=f"country:{code}")
            if code:
                return Span(span.doc, trimmed.start, trimmed.end, label=DEMONYM_LABEL,
                            span_id=f"country:{code}")
        return None

    def _quantity(self, span: Span) -> Span | None:
        doc = span.doc
        prev = doc[span.start - 1] if span.start > 0 else None
        if prev is not None and (prev.text.startswith("[") or prev.lower_ in EO_WORDS):
            return None  # a citation marker or the number of an executive order
        if span.text.startswith("["):
            return None
        if span.label_ == "CARDINAL" and re.fullmatch(r"(?:19|20)\d{2}", span.text.strip()):
            return Span(doc, span.start, span.end, label="DATE")
        extended = extend_qualifier(extend_spelled_decimal(span))
        return Span(doc, extended.start, extended.end, label=span.label_)

    def _person(self, span: Span) -> Span | None:
        text = span.text
        if not clean_person_name(text) or generic_words_only(text) or ORG_HEAD.search(text) or \
                NOT_PERSON_HEAD.search(text) or OFFENSE.search(text):
            return None
        if IDENTITY_FIELD.match(text):
            return None  # "Gender Male", "Nationality Laos": a field of a sanctions listing
        words = text.split()
        if any(c.isdigit() for c in text) or not any(w[:1].isupper() for w in words):
            return None
        if len(words) > 6 or COURT.search(text) or AGENCY_HEAD.search(text):
            return None
        if fold(text) in STOP_ORG:
            return None
        return Span(span.doc, span.start, span.end, label="Person")

    def _organization(self, span: Span) -> Span | None:
        text = span.text
        speaker = speaker_in_title(span)
        if speaker is not None:
            return speaker
        if fold(text) in STOP_ORG or COURT.search(text) or len(text) < 2 or \
                DOCUMENT_KIND.fullmatch(text):
            return None
        if LAW.search(text) or generic_words_only(text) or self._statute(text) or " - " in text or \
                OFFENSE.search(text):
            return None  # laws are properties; "LOUIS - A" is a dateline
        if FIELD_OFFICE.search(text):  # "the FBI's Miami Field Office" is the FBI acting
            return Span(span.doc, span.start, span.end, label="Agency",
                        span_id="agency:federal-bureau-of-investigation")
        if span.doc[span.end - 1].lower_ in {"of", "and", "the", "for"}:
            return None
        if spelled_out_term(span) or office_of_a_title(span):
            return None
        if reads_as_korean_name(text.split()):
            return Span(span.doc, span.start, span.end, label="Person")  # "Sin Won Thaek"
        if re.search(r"\bDepartment$", text) and " of " not in text:
            # "Kyedan Industry Department": a DPRK party department, not a ministry
            return Span(span.doc, span.start, span.end, label="Organization",
                        span_id="shape:dprk_unit")
        if TASK_FORCE.search(text) or (AGENCY_HEAD.search(text) and
                                        not ORG_HEAD.search(text)):
            if modifies_common_noun(span) or is_sub_unit(span):
                return None  # "UN member states"; "the FBI's Counterintelligence Division"
            kind = body_kind(span, self.gazetteer)  # a DPRK unit, a think tank, a firm
            if kind is not None:
                return Span(span.doc, span.start, span.end, label="Organization",
                            span_id=f"shape:{kind}")
            return Span(span.doc, span.start, span.end, label="Agency")
        return Span(span.doc, span.start, span.end, label="Organization",
                    span_id=span.id_ if span.id_.startswith("context:") else "")

    def _statute(self, text: str) -> bool:
        folded = fold(text)
        return any(folded == fold(f) for st in self.gazetteer.statutes for f in st.forms)

    def _demonyms_of_named_states(self, spans: list[Span], doc: Doc) -> list[Span]:
        """An adjective ("North Korean hackers") is a mention of the state only in a document
        that also names the state; elsewhere it stays a nationality word."""
        def adjective(s: Span) -> bool:
            return (s.start, s.end) in self._acting

        def governs(s: Span) -> bool:
            # "the North Korean government (regime)" is the state itself as an actor, not
            # a nationality: it names the state as plainly as its name does
            return (s.end < len(doc) and doc[s.end].lower_ in _GOVERNMENT_NOUNS) or \
                shares_noun(s, _GOVERNMENT_NOUNS)

        named = {s.id_ for s in spans if s.label_ == "Country"
                 and (not adjective(s) or governs(s))}
        return [Span(doc, s.start, s.end, label=DEMONYM_LABEL, span_id=s.id_)
                if s.label_ == "Country" and adjective(s) and s.id_ not in named else s
                for s in spans]

    def __call__(self, doc: Doc) -> Doc:
        self._acting = set()
        kept: list[Span] = []
        for ent in read_agency_shapes(doc, list(doc.ents), self.gazetteer):
            fixed = self._relabel(ent)
            if fixed is not None and len(fixed) > 0:
                kept.append(fixed)
        kept = self._demonyms_of_named_states(kept, doc)
        # Qualifier extension can touch the previous span; keep the earlier one intact.
        result: list[Span] = []
        last_end = 0
        for span in sorted(kept, key=lambda s: s.start):
            if span.start < last_end:
                span = Span(doc, last_end, span.end, label=span.label_, span_id=span.id_)
                if len(span) == 0:
                    continue
            result.append(span)
            last_end = span.end
        doc.ents = vouch_by_slot(label_acronyms(doc, repair_person_names(doc, result)))
        return doc


@Language.factory(
    "tkg_span_cleanup_v1",
    requires=["doc.ents", "token.tag"],
    assigns=["doc.ents"],
    default_config={},
)
def make_span_cleanup(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return SpanCleanup(load_gazetteer())
