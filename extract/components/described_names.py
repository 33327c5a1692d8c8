"""`tkg_described_names_v1`: a person's name next to the noun that describes them.

Releases introduce people as "<nationality or role> <noun> <Full Name>": "Russian national
Vitaliy Sergeyevich Andreyev", "U.S. citizen Jane Roe", "consular official Kim Ung Sun". The
small English model often reads the whole run as one phrase and marks no person, and then
every later "Mr. Andreyev" has no full name to resolve to. The construction is narrow enough
to read by shape: a describing noun (lowercase, after a demonym, a place or an adjective)
or an age ("50-year-old Jane Q. Roe", where the model reads the name as an organization or
folds its first word into the age), then two to four capitalized words that hold no
organization or agency head word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.span_context import AGENCY_HEAD, ORG_HEAD

# nouns that describe a single person and stand right before the person's name
DESCRIBING_NOUNS = frozenset({
    "national", "citizen", "resident", "official", "businessman", "businesswoman",
    "executive", "representative", "banker", "diplomat", "broker", "facilitator",
    "developer", "engineer", "programmer", "operative", "agent", "leader", "director",
    "manager", "president", "chairman", "employee", "individual",
})
# words that open a group rather than a person's name
_GROUP_WORDS = frozenset({"the", "these", "those", "some", "several", "many", "other", "both"})
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]\.)$")
# after ", age NN" a charging document's name may be printed in capitals ("JANE ROE")
_CHARGED_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]\.|[A-Z]{2,}(?:-[A-Z]+)?)$")
# lowercase particles inside a name ("Ana de la Vega"), never its first or last word
_PARTICLES = frozenset({"de", "del", "la", "da", "dos", "van", "von", "bin"})
# capitalized words that begin no personal name (dates, articles at a line start)
NOT_NAMES = frozenset({"The", "A", "An", "On", "In", "Since", "January", "February", "March",
                        "April", "May", "June", "July", "August", "September", "October",
                        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
                        "Friday", "Saturday", "Sunday"})


def _aged(doc: Doc, i: int) -> bool:
    """Is token i the end of an age adjective ('50-year-old', '47-year old')? An age before a
    capitalized run describes a person as surely as a describing noun does."""
    if doc[i].lower_ != "old" or i < 2:
        return False
    year = doc[i - 2] if doc[i - 1].text == "-" else doc[i - 1]
    before = doc[year.i - 1] if year.i > 0 else None
    if year.lower_ not in ("year", "years") or before is None:
        return False
    number = doc[before.i - 1] if before.text == "-" and before.i > 0 else before
    return number.like_num


def _described(doc: Doc, i: int) -> bool:
    """Is token i a describing noun with a describer before it (a demonym, a place, an
    adjective: 'Russian national', 'U.S. citizen', 'consular official'), or an age?"""
    if _aged(doc, i):
        return True
    noun = doc[i]
    if noun.lower_ not in DESCRIBING_NOUNS or not noun.text.islower() or i == 0:
        return False
    before = doc[i - 1]
    return before.tag_ == "JJ" or (before.text[:1].isupper() and before.is_alpha) \
        or before.text in ("U.S.", "U.K.")


def _name_after(doc: Doc, i: int) -> Span | None:
    """The two to four capitalized words right after token i, if they end there."""
    end = i + 1
    while end < len(doc) and end - i <= 4 and _NAME_WORD.match(doc[end].text) \
            and not doc[end].is_sent_start:
        end += 1
    words = doc[i + 1:end]
    if not 2 <= len(words) <= 4 or words[0].text in NOT_NAMES or words[-1].text.endswith("."):
        return None
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return None  # a longer capitalized run: a title or an organization, not this shape
    if ORG_HEAD.search(words.text) or AGENCY_HEAD.search(words.text):
        return None
    return Span(doc, words.start, words.end, label="Person", span_id="shape:described_name")


def _age_and_town(doc: Doc, comma: int) -> bool:
    """", 41, of Bowie" / ", 29, from Tacoma" / ", 39, was": the age (and home town) a release
    gives right after a person's name."""
    if comma + 4 >= len(doc) or doc[comma].text != ",":
        return False
    age, second, prep, town = doc[comma + 1], doc[comma + 2], doc[comma + 3], doc[comma + 4]
    if not (age.is_digit and 14 <= int(age.text) <= 99 and second.text == ","):
        return False
    # ", 41, of Bowie", or the age alone before the clause goes on ("X, 39, was arrested",
    # "X, 52, who ran the farm"): a person's age in apposition
    return (prep.lower_ in {"of", "from"} and town.text[:1].isupper()) or \
        (prep.text.islower() and prep.pos_ in {"AUX", "VERB", "PRON"})


def _charged_age(doc: Doc, comma: int) -> bool:
    """", age 37," / ", age 31" : the age an indictment or complaint gives right after a
    defendant's name, which it prints in capitals ("defendant JANE ROE, age 40, ...")."""
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ != "age":
        return False
    age = doc[comma + 2]
    return age.is_digit and 14 <= int(age.text) <= 99


def _name_before(doc: Doc, comma: int) -> Span | None:
    """The apposition the other way round: "<Full Name>, a Ukrainian national, ...": two to
    four capitalized words that open their clause right before the comma, then "a"/"an" and
    a describing noun with its describer (or an age) within four words; or the age and home
    town ("<Full Name>, 41, of Bowie")."""
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    charged = _charged_age(doc, comma)
    if not charged and not _age_and_town(doc, comma) and (
            doc[comma + 1].lower_ not in {"a", "an"} or not any(
                _described(doc, j) and (doc[j].lower_ in DESCRIBING_NOUNS or _aged(doc, j))
                for j in range(comma + 2, min(comma + 7, len(doc))))):
        return None
    word = _CHARGED_WORD if charged else _NAME_WORD
    start = comma
    while start > 0 and comma - start < 5 and (word.match(doc[start - 1].text) or (
            doc[start - 1].text in _PARTICLES and start < comma and start > 1 and
            word.match(doc[start - 2].text))):
        start -= 1
        if doc[start].is_sent_start:
            break
    words = doc[start:comma]
    particles = sum(w.text in _PARTICLES for w in words)
    if not 2 <= len(words) - particles <= 4 or words[0].text in NOT_NAMES:
        return None
    if start > 0 and not doc[start].is_sent_start and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].is_alpha:
        return None  # a longer capitalized run: a title or an organization
    if start > 0 and (doc[start - 1].like_num or doc[start - 1].lower_ in _GROUP_WORDS):
        return None  # "two North Koreans, a Mexican national": a counted group, no name
    if ORG_HEAD.search(words.text) or AGENCY_HEAD.search(words.text):
        return None
    return Span(doc, words.start, words.end, label="Person", span_id="shape:described_name")


def mark_described_names(doc: Doc) -> Doc:
    taken = [(e.start, e.end) for e in doc.ents]
    spans: list[Span] = []
    for i in range(len(doc) - 2):
        span = _name_after(doc, i) if _described(doc, i) else _name_before(doc, i)
        if span is None or any(s < span.end and span.start < e for s, e in taken):
            continue
        spans.append(span)
        taken.append((span.start, span.end))
    if spans:
        doc.ents = sorted([*doc.ents, *spans], key=lambda s: s.start)
    return doc


@Language.factory("tkg_described_names_v1", assigns=["doc.ents"], default_config={})
def make_described_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_described_names
