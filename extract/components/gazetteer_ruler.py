"""`tkg_gazetteer_v1`: mark every gazetteer name in the text before the statistical NER runs.

Running before `ner` matters: the recognizer keeps entities that are already set and only
fills the gaps, so "Office of Foreign Assets Control" stays one Agency instead of an ORG
with a possessive stuck to it. Two phrase matchers are used because abbreviations must match
case-sensitively ("US" the state, not "us" the pronoun; "IT" not "it") while long names should
survive a heading in Title Case or a release in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.doc_text import doc_text
from extract.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from extract.names import KOREAN_SURNAMES, fold

AMBIGUOUS_LABEL = "AMBIGUOUS"  # a form naming several agencies; resolve/document.py settles it
CAPITAL_LABEL = "CAPITAL"  # "Seoul": the state when it acts, a place otherwise
DEMONYM_LABEL = "DEMONYM"  # "Ukrainian": a nationality
PLACE_LABEL = "PLACE"  # "Dandong", "Arizona": never an entity, but it locates one
_PRIORITY = {AMBIGUOUS_LABEL: 1, CAPITAL_LABEL: 2, DEMONYM_LABEL: 3, PLACE_LABEL: 4}
_DEPARTMENT = {"state": "agency:department-of-state",
               "the treasury": "agency:department-of-the-treasury",
               "treasury": "agency:department-of-the-treasury",
               "justice": "agency:department-of-justice",
               "homeland security": "agency:department-of-homeland-security",
               "commerce": "agency:department-of-commerce", "labor": "agency:department-of-labor",
               "defense": "agency:department-of-defense"}
# "the Departments of State, the Treasury and Justice" names three agencies
_DEPARTMENTS = re.compile(r"\bDepartments\s+of\s+((?:(?:the\s+)?(?:State|Treasury|Justice|"
                          r"Homeland\s+Security|Commerce|Labor|Defense)(?:,\s*|,?\s+and\s+)?)+)")
_DEPARTMENT_NAME = re.compile(r"(?:the\s+)?(?:State|Treasury|Justice|Homeland\s+Security|"
                              r"Commerce|Labor|Defense)")


def _case_sensitive(form: str) -> bool:
    """Short or all-capital forms are abbreviations: match them exactly as written."""
    letters = [c for c in form if c.isalpha()]
    return len(form) <= 4 or (bool(letters) and all(c.isupper() for c in letters))


def korean_variants(name: str) -> list[str]:
    """Spellings US documents use for one Korean name: 'Kim Sang-man', 'Sang Man Kim'."""
    words = name.replace("-", " ").split()
    if len(words) < 3 or fold(words[0]) not in KOREAN_SURNAMES:
        return []
    family, given = words[0], words[1:]
    hyphened = "-".join(given)
    return [
        f"{family} {' '.join(given)}",
        f"{family} {hyphened}",
        f"{family} {hyphened.lower().capitalize()}",
        f"{family} {''.join(given).lower().capitalize()}",
        f"{' '.join(given)} {family}",
        f"{hyphened} {family}",
    ]


def _forms(entry: GazetteerEntry) -> Iterable[str]:
    for form in entry.surfaces:
        # "the DPRK" is matched as "DPRK": mentions do not carry the article
        form = form[4:] if form.lower().startswith("the ") else form
        yield form
        # typeset text uses the curly apostrophe ("People’s"); lists are typed with either
        for a, b in (("'", "’"), ("’", "'")):
            if a in form:
                yield form.replace(a, b)
    if entry.type == "Person":
        yield from korean_variants(entry.name)


class GazetteerRuler:
    """Sets doc.ents from the gazetteer; each span's `id_` is the entity id (or the form)."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.targets: dict[str, tuple[str, str]] = {}  # match key -> (label, id)
        seen: set[tuple[str, str]] = set()

        def add(form: str, label: str, ident: str) -> None:
            form = form.strip()
            if not form or (form, ident) in seen:
                return
            seen.add((form, ident))
            key = f"{label}|{ident}"
            self.targets[key] = (label, ident)
            matcher = self.exact if _case_sensitive(form) else self.folded
            matcher.add(key, [nlp.make_doc(form)])

        for entry in gazetteer.entries:
            for form in _forms(entry):
                add(form, entry.type, entry.id)
        for form in gazetteer.ambiguous:
            add(form[4:] if form.lower().startswith("the ") else form, AMBIGUOUS_LABEL, form)
        for capital, code in gazetteer.capitals.items():
            add(capital.title(), CAPITAL_LABEL, f"country:{code}")
        for place, code in gazetteer.places.items():
            add(" ".join(w if w in {"of", "the"} else w[:1].upper() + w[1:]
                         for w in place.split(" ")), PLACE_LABEL, f"country:{code}")
        for demonym, code in gazetteer.demonyms.items():
            # demonyms are proper adjectives: always capitalized, so match them exactly
            add(demonym.title() if demonym.islower() else demonym, DEMONYM_LABEL,
                f"country:{code}")

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for matcher in (self.folded, self.exact):
            for key, start, end in matcher(doc):
                label, ident = self.targets[doc.vocab.strings[key]]
                spans.append(Span(doc, start, end, label=label, span_id=ident))
        spans.extend(_department_list(doc))
        # Longest match wins ("North Korean IT workers" over "North Korean"); on a tie a
        # named entry beats an ambiguous form, a capital or a demonym (the sort is stable).
        spans.sort(key=lambda s: _PRIORITY.get(s.label_, 0))
        chosen = [s for s in filter_spans(spans) if not _inside_longer_name(s)]
        doc.ents = filter_spans([*chosen, *doc.ents])
        return doc


# head nouns that make "<Place> <Capitalized words>" the name of an organization
_ORG_HEADS = {"news", "agency", "times", "post", "herald", "daily", "bank", "airlines",
              "airways", "telecom", "broadcasting", "corporation", "company", "group",
              "university", "institute", "review", "journal", "tribune", "press", "exchange",
              "network", "television", "radio", "trading", "holdings"}


def _inside_longer_name(span: Span) -> bool:
    """'Kuwait News Agency', 'Dubai Trading Company': the place starts another name."""
    if span.label_ not in {"Country", PLACE_LABEL, CAPITAL_LABEL, DEMONYM_LABEL}:
        return False
    doc = span.doc
    end = span.end
    while end < len(doc) and end - span.end < 4 and doc[end].text[:1].isupper() and \
            doc[end].is_alpha:
        if doc[end].lower_ in _ORG_HEADS:
            return True
        end += 1
    return False


def _department_list(doc: Doc) -> list[Span]:
    spans = []
    for match in _DEPARTMENTS.finditer(doc_text(doc)):
        for i, part in enumerate(_DEPARTMENT_NAME.finditer(match.group(1))):
            start = match.start() if i == 0 else match.start(1) + part.start()
            end = match.start(1) + part.end()
            ident = _DEPARTMENT.get(re.sub(r"\s+", " ", part.group(0)).lower())
            span = doc.char_span(start, end, label="Agency", span_id=ident or "",
                                 alignment_mode="contract")
            if span is not None and ident:
                spans.append(span)
    return spans


@Language.factory(
    "tkg_gazetteer_v1",
    assigns=["doc.ents"],
    default_config={},
)
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    return GazetteerRuler(nlp, load_gazetteer())
