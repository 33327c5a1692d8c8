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

from extract.components.gazetteer_ruler import AMBIGUOUS_LABEL, CAPITAL_LABEL, DEMONYM_LABEL
from extract.components.korean_names import reads_as_korean_name
from extract.components.modifier_bodies import modifies_common_noun
from extract.components.open_names import repair_person_names
from extract.components.org_slots import vouch_by_slot
from extract.components.span_context import (
    AGENCY_HEAD,
    NOT_PERSON_HEAD,
    ORG_HEAD,
    acting_demonym,
    extend_name,
    name_as_modifier,
    named_labels,
    nonpersonal_relative,
    personal_apposition,
    place_modifier,
    speaker_in_title,
)
from extract.components.sub_units import is_sub_unit
from extract.gazetteer import Gazetteer, load_gazetteer
from extract.names import clean_person_name, fold
from extract.normalize import parse_date
from extract.normalize.dates import without_year
from extract.normalize.numbers import is_qualifier_phrase

PLACE_LABEL = "PLACE"
MODEL_LABELS = named_labels()
KEEP_AS_IS = {"MONEY", "DATE", "CARDINAL", "PERCENT", "QUANTITY", AMBIGUOUS_LABEL,
              DEMONYM_LABEL, *MODEL_LABELS}
_PLACE_WORDS = {"in", "at", "from", "near", "to", "into", "outside", "around", "of", "across",
                "throughout", "within", "via"}
_QUALIFIER_WORDS = {"more", "than", "over", "about", "approximately", "nearly", "almost",
                    "roughly", "around", "up", "to", "at", "least", "some", "under", "less",
                    "fewer", "in", "excess", "of", "just", "an", "estimated", "as", "much",
                    "many", "exceeding", "upwards"}
_COURT = re.compile(r"\b(?:Court|Judge|Jury|Grand Jury)\b")
_STOP_ORG = {"terrorism", "financial intelligence", "government", "congress", "state",
             "justice", "treasury department's", "it", "ai", "web3", "covid-19", "nft",
             "nfts", "gps", "vpn", "ip", "crypto", "bitcoin", "usdt", "usdc", "btc", "eth",
             "tether", "usd coin", "ethereum", "ethereum name service", "ens", "e-verify",
             "psa", "psas", "social security", "ssn", "ssns", "bureau", "department",
             "ministry", "agency", "office", "individuals", "entities", "working group",
             "red flags", "itar", "sdn", "sdn list", "tradertraitor", "applejeus",
             "the bureau", "the department", "the ministry", "the agency"}
# the kind of a document, capitalized, is no actor's name: "this Public Service Announcement"
# is the document itself, "a Joint Statement" one the text goes on to describe
_DOCUMENT_KIND = re.compile(r"(?:(?:Joint|Updated|Cybersecurity|Public\s+Service)\s+)*"
                            r"(?:Announcements?|Advisory|Advisories|Statements?|Guidance|"
                            r"Fact\s+Sheets?|Alerts?|Notices?|PSAs?)", re.IGNORECASE)
# capitalized common nouns the model takes for names ("Working Group", "Individuals")
# the field names of a designation listing ("DOB 1 May 1980; nationality Korea, North;
# Gender Male; Passport 123"): a capitalized field and its value read like a name
_IDENTITY_FIELD = re.compile(r"(?:Gender|Sex|DOB|POB|Nationality|Citizen|Citizenship|"
                             r"Passport|Alt|Address|Title)\b")
_GENERIC = {"working", "group", "groups", "individuals", "entities", "initiative", "program",
            "team", "network", "list", "unit", "units", "sector", "industry", "government",
            "governments", "section", "division", "task", "force", "partners", "partnership",
            "enabler", "revgen", "domestic", "national", "nationals", "security", "cyber",
            "threats", "threat", "and", "of", "the", "on", "for", "dprk", "it", "u.s.",
            "joint", "strike", "enforcement", "law", "laptop", "farm", "farms", "associated",
            "persons", "person", "operator", "operators", "facilitator", "facilitators"}
# the name of an offense, capitalized in a heading or a list of counts ("Wire Fraud
# Conspiracy; Money Laundering"), is no actor: its last word is the offense
_OFFENSE = re.compile(r"\b(?:Fraud|Conspiracy|Laundering|Theft|Extortion|Trafficking|"
                      r"Smuggling|Espionage|Evasion|Bribery|Embezzlement)$")
# a government task force is a body of the state, whatever its name's first words
# ("Disruptive Technology Strike Force"): the last words decide
_TASK_FORCE = re.compile(r"\b(?:Task|Strike)\s+Force$")
_LAW = re.compile(r"\b(?:Act|Regulations?|Law|Code|Resolutions?|Convention|Order)\b")
_FIELD_OFFICE = re.compile(r"\bField\s+Office$")
_UN_IDS = {"agency:united-nations", "agency:united-nations-security-council"}
_EO_WORDS = {"e.o.", "eo", "order", "orders", "e.o.s", "resolution", "resolutions", "no.",
             "section", "u.s.c.", "§"}


def _trim(span: Span) -> Span | None:
    """Drop articles, quotes, possessives and citation markers at either edge."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an", "this", "that"}
                           or doc[start].is_punct or doc[start].is_space):
        if doc[start].lower_ == "an" and reads_as_korean_name(doc[start:end].text.split()):
            break  # "An" is also a Korean family name
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "’s", "'", "’"}
                           or (doc[end - 1].is_punct and doc[end - 1].text not in {".", ")"})
                           or doc[end - 1].is_space or doc[end - 1].text.startswith("[")):
        end -= 1
    if end <= start:
        return None
    # "Co." keeps its period; a sentence-final period does not belong to a name
    if doc[end - 1].text == "." and end - 1 > start:
        end -= 1
    if doc[end - 1].text.endswith("'s") or doc[end - 1].text.endswith("’s"):
        return None
    return Span(doc, start, end, label=span.label_, span_id=span.id_)


def _extend_qualifier(span: Span) -> Span:
    """'more than' / 'up to' / 'about' before an amount belong to the amount."""
    start = span.start
    doc = span.doc
    while start > 0 and doc[start - 1].lower_ in _QUALIFIER_WORDS and span.start - start < 3:
        start -= 1
    while start < span.start and doc[start].lower_ in {"to", "of", "in", "at", "as", "than"} \
            and start == span.start - 1:
        start += 1
    # a verb particle is not a qualifier: "handed over $2 million", "give up $5,000"
    while start < span.start and doc[start].lower_ in {"over", "up"} and start > 0 and \
            doc[start - 1].tag_.startswith("VB") and doc[start + 1].lower_ != "to":
        start += 1
    if start < span.start and not is_qualifier_phrase(doc[start:span.start].text):
        start = span.start
    return Span(doc, start, span.end, label=span.label_, span_id=span.id_)


def _capital(span: Span) -> Span:
    """'Seoul announced' is the state; 'in Seoul', 'a Tokyo forum', 'WASHINGTON -' a place."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    place = (
        (prev is not None and prev.lower_ in _PLACE_WORDS)
        or (nxt is not None and (nxt.pos_ in {"NOUN", "PROPN"} or nxt.text in {"-", "—", "–", ","}))
        or span.text.isupper()
    )
    label = PLACE_LABEL if place else "Country"
    return Span(doc, span.start, span.end, label=label, span_id=span.id_)


class SpanCleanup:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.places = set(gazetteer.places)
        self._acting: set[tuple[int, int]] = set()  # demonyms read as the state acting

    def _relabel(self, span: Span) -> Span | None:
        label = span.label_
        if span.id_ in _UN_IDS and _modifies_rules(span):
            return None  # "United Nations Security Council resolutions" cites law
        if label == "Agency" and modifies_common_noun(span):
            return None  # "all UN member states": a kind of state, not the UN acting
        if label == "Organization" and span.id_.startswith("context:"):
            return self._organization(span)  # named by its context: still a name?
        if label in MODEL_LABELS and span.id_:
            return span  # gazetteer spans are already clean
        if label == CAPITAL_LABEL:
            return _capital(span)
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
            return span if parse_date(span.text) or _relative_date(span.text) or \
                without_year(span.text) else None
        if label in {"PERCENT", "QUANTITY"}:
            return span
        trimmed = _trim(span)
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
        if label == "PERSON":
            return None if name_as_modifier(trimmed) else self._person(extend_name(trimmed))
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
        if prev is not None and (prev.text.startswith("[") or prev.lower_ in _EO_WORDS):
            return None  # a citation marker or the number of an executive order
        if span.text.startswith("["):
            return None
        if span.label_ == "CARDINAL" and re.fullmatch(r"(?:19|20)\d{2}", span.text.strip()):
            return Span(doc, span.start, span.end, label="DATE")
        extended = _extend_qualifier(span)
        return Span(doc, extended.start, extended.end, label=span.label_)

    def _person(self, span: Span) -> Span | None:
        text = span.text
        if not clean_person_name(text) or _generic(text) or ORG_HEAD.search(text) or \
                NOT_PERSON_HEAD.search(text) or _OFFENSE.search(text):
            return None
        if _IDENTITY_FIELD.match(text):
            return None  # "Gender Male", "Nationality Laos": a field of a sanctions listing
        words = text.split()
        if any(c.isdigit() for c in text) or not any(w[:1].isupper() for w in words):
            return None
        if len(words) > 6 or _COURT.search(text) or AGENCY_HEAD.search(text):
            return None
        if fold(text) in _STOP_ORG:
            return None
        return Span(span.doc, span.start, span.end, label="Person")

    def _organization(self, span: Span) -> Span | None:
        text = span.text
        speaker = speaker_in_title(span)
        if speaker is not None:
            return speaker
        if fold(text) in _STOP_ORG or _COURT.search(text) or len(text) < 2 or \
                _DOCUMENT_KIND.fullmatch(text):
            return None
        if _LAW.search(text) or _generic(text) or self._statute(text) or " - " in text or \
                _OFFENSE.search(text):
            return None  # laws are properties; "LOUIS - A" is a dateline
        if _FIELD_OFFICE.search(text):  # "the FBI's Miami Field Office" is the FBI acting
            return Span(span.doc, span.start, span.end, label="Agency",
                        span_id="agency:federal-bureau-of-investigation")
        if span.doc[span.end - 1].lower_ in {"of", "and", "the", "for"}:
            return None
        if _spelled_out_term(span) or _office_of_a_title(span):
            return None
        if reads_as_korean_name(text.split()):
            return Span(span.doc, span.start, span.end, label="Person")  # "Sin Won Thaek"
        if re.search(r"\bDepartment$", text) and " of " not in text:
            # "Kyedan Industry Department": a DPRK party department, not a ministry
            return Span(span.doc, span.start, span.end, label="Organization",
                        span_id="shape:dprk_unit")
        if _TASK_FORCE.search(text) or (AGENCY_HEAD.search(text) and
                                        not ORG_HEAD.search(text)):
            if modifies_common_noun(span) or is_sub_unit(span):
                return None  # "UN member states"; "the FBI's Counterintelligence Division"
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

        named = {s.id_ for s in spans if s.label_ == "Country" and not adjective(s)}
        return [Span(doc, s.start, s.end, label=DEMONYM_LABEL, span_id=s.id_)
                if s.label_ == "Country" and adjective(s) and s.id_ not in named else s
                for s in spans]

    def __call__(self, doc: Doc) -> Doc:
        self._acting = set()
        kept: list[Span] = []
        for ent in doc.ents:
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
        doc.ents = vouch_by_slot(repair_person_names(doc, result))
        return doc


# what makes a capitalized phrase a body rather than a field: a legal form or an office
_BODY = re.compile(r"\b(?:Co\.?|Corp\.?|Corporation|Company|LLC|Ltd\.?|Limited|Inc\.?|Group|"
                   r"Bank|Trading|Exchange|Association|Institute|University)\b")


def _spelled_out_term(span: Span) -> bool:
    """A term spelled out before its abbreviation and used as a modifier: "Information
    Technology (IT) workers", "Artificial Intelligence (AI) tools". The capitals come from
    the abbreviation, not from a name: short, no legal form or office, its initials are the
    abbreviation and a common noun follows. A body so used keeps its head word ("Munitions
    Industry Department (MID) officials", "Example Trading Co. (ETC) staff")."""
    doc = span.doc
    words = [t.text for t in span if t.text[:1].isalpha()]
    if not 1 < len(words) <= 3 or _BODY.search(span.text) or AGENCY_HEAD.search(span.text):
        return False
    end = span.end
    if end + 3 >= len(doc) + 1 or doc[end].text != "(" or end + 3 > len(doc) - 1 or \
            doc[end + 2].text != ")":
        return False
    initials = "".join(w[0] for w in words).upper()
    after = doc[end + 3]
    return doc[end + 1].text.upper() == initials and after.is_lower and after.pos_ == "NOUN"


def _office_of_a_title(span: Span) -> bool:
    """"U.S. Attorney's Office for the Western District of Kansas": the model cuts the
    office off its holder's title ("Office for the Western District"), a name of nothing."""
    doc = span.doc
    return span.start >= 2 and span[0].text == "Office" and \
        doc[span.start - 1].text in {"'s", "’s"} and doc[span.start - 2].text == "Attorney"


def _generic(text: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", fold(text)) if w]
    return bool(words) and all(w in _GENERIC for w in words)


def _modifies_rules(span: Span) -> bool:
    """The UN's name citing its rules, not the UN acting: "United Nations Security Council
    resolutions", "in defiance of the resolutions of the United Nations Security Council"."""
    doc = span.doc
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if nxt in {"resolution", "resolutions", "sanctions", "sanction", "security"}:
        return True
    before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
    return len(before) == 3 and before[1:] == ["of", "the"] and \
        before[0] in {"resolution", "resolutions", "sanctions"}


def _relative_date(text: str) -> bool:
    return bool(re.search(r"\b(?:today|yesterday|this (?:week|month|year)|same day)\b", text,
                          re.IGNORECASE))


@Language.factory(
    "tkg_span_cleanup_v1",
    requires=["doc.ents", "token.tag"],
    assigns=["doc.ents"],
    default_config={},
)
def make_span_cleanup(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return SpanCleanup(load_gazetteer())
