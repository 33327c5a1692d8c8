"""`tkg_org_names_v1`: company names, DPRK unit numbers and platforms found by shape.

Companies the gazetteer has never seen still end in a legal form ("Graniteworks Payments
LLC", "Dubai Sando Information Technology FZE", "Shenyang Karim Software Development Co.,
Ltd."), DPRK units are numbered ("Unit 9711", "Department 84"), and platforms are introduced
as such ("platforms such as Gigloom and Freelanza"). The small model often splits such names
or calls the first word a person, so these patterns mark them before `ner` runs. Names the
gazetteer or the title patterns already marked are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.doc_text import doc_text
from extract.gazetteer import load_gazetteer

_WORD = r"[A-Z][\w&’'-]*(?:\.(?=\w))?"  # a capitalized word; no trailing sentence period
_STOP = {"The", "In", "On", "Among", "And", "With", "By", "For", "From", "At", "Of", "To",
         "A", "An", "Its", "His", "Her", "Their", "Both", "Neither", "Either", "Also",
         "Including", "While",
         "After", "Before", "Like", "Unlike", "Besides", "Against", "Between", "During",
         "Under", "Through", "Two", "Three",
         "Designates", "Designated", "Targets", "Sanctions", "Sanctioned", "Charges",
         "Charged", "Sentenced", "Indicted", "Treasury", "OFAC", "Justice", "Department"}
# "Co., Ltd" is written with or without its periods and comma ("Co. Ltd", "Co.,Ltd", "Co
# Ltd"), and so is "Co., Limited" (Hong Kong registrations): the whole form is part of the
# name, so "Ltd" or "Limited" never stands alone as a company of its own
_SUFFIX = (r"(?:Limited\s+Liability\s+(?:Company|Co\.?)|LLC|L\.L\.C\.|Co\.?,?\s*Ltd\.?|"
           r"Co\.?,?\s*Limited|Company,?\s+Limited|Ltd\.?|Limited|Co\.|Corp\.|"
           r"Corporation|Company|Inc\.|Incorporated|FZE|FZCO|FZ-LLC|GmbH|JSC|OOO|PLC|"
           r"Pte\.\s*Ltd\.?|S\.A\.|B\.V\.)")
# lazy: "A LLC and B Inc." is two names, each ending at its own legal form
# "and" is not allowed inside a name: "A Technology and B FZE" is two companies
COMPANY = re.compile(rf"\b{_WORD}(?:[ \t]+(?:of[ \t]+|&[ \t]+)?{_WORD}){{0,7}}?,?[ \t]+"
                     rf"{_SUFFIX}(?![\w-])")
# a list entry printed in capitals ("- KORVA SOFT TRADING CO., LTD. (a.k.a. ...), Address"):
# the legal form in capitals too, at the start of the entry and followed by its details (a
# heading in capitals ends its line instead)
_CAPS_WORD = r"[A-Z][A-Z0-9&’'-]*"
_CAPS_SUFFIX = (r"(?:LIMITED\s+LIABILITY\s+(?:COMPANY|CO\.?)|LLC|CO\.?,?\s*LTD\.?|"
                r"CO\.?,?\s*LIMITED|COMPANY,?\s+LIMITED|LTD\.?|LIMITED|CO\.|CORP\.|CORPORATION|"
                r"COMPANY|INC\.|"
                r"FZE|FZCO|JSC|OOO)")
CAPS_COMPANY = re.compile(rf"^[ \t]*(?:[-*•][ \t]+|\d+[.)][ \t]+)?({_CAPS_WORD}"
                          rf"(?:[ \t]+{_CAPS_WORD}){{0,7}}?,?[ \t]+{_CAPS_SUFFIX})"
                          rf"(?=[ \t]*[(,;])", re.MULTILINE)
UNIT = re.compile(r"\b(?:Unit|Department|Bureau|Lab|Office|Team)[ \t]+\d{2,5}\b")
# a period inside a platform's name ("Freelancer.com") but never at its end: "... such as
# Upwork and Freelancer. In one case" ends the list at the sentence's end
PLATFORMS = re.compile(r"\bplatforms?,?\s+(?:such\s+as|including|like|namely)\s+"
                       r"((?:[A-Z](?:[\w-]|\.(?=\w))+"
                       r"(?:\s+(?=[A-Z])|,\s+|\s+and\s+|,\s+and\s+|\s+or\s+)?)+)")


# a place or owner compounded with a participle describes the company before its name:
# "UAE-based Acme Trading LLC", "DPRK-controlled Acme Co."
_DESCRIBING = re.compile(r"[\w.’'-]+-(?:based|registered|headquartered|owned|controlled|"
                         r"linked|affiliated|backed|run|operated)$", re.IGNORECASE)


def _trim_start(text: str, start: int, end: int) -> int:
    """Skip sentence-opening words that are not part of the name ('The', 'Among') and a
    describing compound before it ('UAE-based')."""
    while start < end:
        word = re.match(r"[\w&’'-]+", text[start:end])
        if word is None or (word.group(0) not in _STOP and
                            not _DESCRIBING.match(word.group(0))):
            return start
        start += len(word.group(0))
        while start < end and text[start] in " \t":
            start += 1
    return start


def _after_demonym(text: str, start: int, end: int) -> int:
    """"the North Korean Air Koryo Trading Corporation", "a Chinese Lumen Trading Co.": a
    nationality before a company's name describes the company (a firm names itself
    "Korea ...", not "North Korean ..."); the name starts after it where two or more words
    remain. "Korean" alone may open a name ("Korean Air Lines Co.") and stays."""
    demonyms = load_gazetteer().demonyms
    words = text[start:end].split()
    for size in (2, 1):
        lead = " ".join(words[:size])
        if len(words) - size >= 2 and lead.lower() in demonyms and lead != "Korean" and \
                words[size][:1].isupper():
            cut = text.index(words[size], start + len(lead))
            return cut
    return start


def _spans(text: str) -> Iterator[tuple[int, int, str, str]]:
    for match in COMPANY.finditer(text):
        start = _trim_start(text, match.start(), match.end())
        start = _after_demonym(text, start, match.end())
        found = text[start:match.end()]
        if len(found.split()) >= 2 and "\n" not in found:
            yield start, match.end(), "Organization", "shape:company"
    for match in CAPS_COMPANY.finditer(text):
        if len(match.group(1).split()) >= 2:
            yield match.start(1), match.end(1), "Organization", "shape:company"
    for match in UNIT.finditer(text):
        yield match.start(), match.end(), "Organization", "shape:dprk_unit"
    for match in PLATFORMS.finditer(text):
        for platform in re.finditer(r"[A-Z][\w.-]*\w(?:\s+[A-Z][\w.-]*\w)*", match.group(1)):
            start = match.start(1) + platform.start()
            yield start, start + len(platform.group(0)), "Organization", "shape:platform"


# a state or a place the gazetteer marked inside a name that ends in its legal form is a
# word of the name ("Liaoning China Trade Industry Co., Ltd"), not the state
_PLACE_WORDS = {"Country", "PLACE", "CAPITAL", "DEMONYM"}


def mark_org_names(doc: Doc) -> Doc:
    named = [e for e in doc.ents
             if e.label_ in {"Country", "Agency", "Organization", "Person", "Advisory", "Case"}]
    taken = [(e.start_char, e.end_char) for e in named]
    places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _PLACE_WORDS]
    spans: list[Span] = []
    for start, end, label, marker in _spans(doc_text(doc)):
        inside = marker == "shape:company" and all(
            (s, e) in places and start < s and e < end
            for s, e in taken if s < end and start < e)
        if any(s < end and start < e for s, e in taken) and not inside:
            continue  # a known name, a title or a case already covers it
        span = doc.char_span(start, end, label=label, span_id=marker,
                             alignment_mode="contract")
        if span is not None and len(span):
            spans.append(span)
            taken.append((start, end))
    if spans:
        kept = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end
                                               for s in spans)]
        doc.ents = sorted([*kept, *spans], key=lambda s: s.start)
    return doc


@Language.factory("tkg_org_names_v1", assigns=["doc.ents"], default_config={})
def make_org_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    return mark_org_names
