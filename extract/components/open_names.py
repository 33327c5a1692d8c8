"""Person names no list knows, read from the words around them; run at the end of
`tkg_span_cleanup_v1` over its spans.

The small model splits, misses or mistypes names it has not seen. Eight constructions of
English say a capitalized run of words is a person's name, whatever the model made of it:
  joined      two person spans with nothing but a space between them are one name
              ("Pedro Ernesto" + "Alonso De Los Reyes")
  apposed     the name is followed by a description only said of people: ", a Russian
              national", ", the U.S. Attorney for ...", ", who ..." (optionally after its
              short form in parentheses: "Jane Roe (Roe), a Canadian citizen"), or opens a
              sentence that says it is one: "<Name> is a naturalized U.S. citizen"
  named       a noun said only of people, then "named" or "called": "a Ukrainian man
              named <Name>"
  coordinated the name is joined by "and" or a comma to a person's name, or the list is
              closed by a plural description of people ("<Name> and <Name>, both U.S.
              nationals"); in a list of two or more people (person_lists.py) also a
              name the model took for a body or an unlisted place
  sentenced   the name is the subject of "was sentenced ... to <N> months / years / prison"
  aged        an age between commas follows the name ("<Name>, 44, of <town>")
  charged     the name is charged or indicted with its home after it ("charges <Name> of
              <State> with ...", charged_names.py)
  his/her     the name is its clause's subject and "his" or "her" later in the clause can
              stand for no one else ("<Name> ran it from his home", own_pronouns.py)
The run must look like a name: two to five title-case words, none a legal form, an office,
a place word or a job title, and no span of the gazetteer or of a body's shape inside it.
A model ORG span that is only the last word of a name so recognized is that person's short
form ("Asatryan signed ...") when no company of the document bears that word.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extract.components.charged_names import charged_from_home
from extract.components.gazetteer_ruler import PLACE_LABEL
from extract.components.own_pronouns import referred_to_by_own_pronoun
from extract.components.person_descriptions import (
    PERSON_ROLES,
    describes_people,
    said_to_be_person,
)
from extract.components.person_lists import persons_listed_with
from extract.components.span_context import AGENCY_HEAD, NOT_PERSON_HEAD, ORG_HEAD

PERSON = "Person"
# the labels a name run may take over: the model's guesses, never a list's or a shape's
_REPLACEABLE = {"Person", "Organization"}
_NOT_NAME_WORDS = {"the", "of", "and", "for", "in", "on", "to", "mr", "mrs", "ms", "dr",
                   "attorney", "general", "secretary", "director", "judge", "agent",
                   "minister", "president", "deputy", "assistant", "special", "department",
                   "treasury", "state", "justice", "north", "south", "korea", "korean",
                   "dprk", "u.s.", "united", "states", "district", "court", "today", "both",
                   "january", "february", "march", "april", "may", "june", "july",
                   "august", "september", "october", "november", "december", "it"}


def _name_token(token: Token) -> bool:
    text = token.text
    return token.tag_ in {"NNP", "NNPS"} and bool(re.fullmatch(
        r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|De|Del|La|Los|Van|Von|Da|Di", text)) and \
        token.lower_ not in _NOT_NAME_WORDS


def _joined_by_hyphen(token: Token) -> bool:
    """The tokenizer splits a hyphenated given name ('Anne-Marie') at the hyphen: a hyphen
    with no space on either side, between two name words, is inside the name."""
    doc, i = token.doc, token.i
    return token.text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and \
        not token.whitespace_ and _name_token(doc[i - 1]) and _name_token(doc[i + 1])


def _name_part(token: Token) -> bool:
    return _name_token(token) or _joined_by_hyphen(token)


def _name_shaped(span: Span) -> bool:
    words = span.text.split()  # 'Anne-Marie Roe' is two words, 'Coca-Cola' one
    if not 2 <= len(words) <= 5 or not all(_name_part(t) for t in span):
        return False
    text = span.text
    return not (ORG_HEAD.search(text) or AGENCY_HEAD.search(text) or
                NOT_PERSON_HEAD.search(text)) and span[0].text not in {"De", "Del", "La", "Los"}


def _run(doc: Doc, start: int, end: int) -> Span:
    """The name run around tokens start..end, grown over adjacent name words."""
    # a space, not the parser's sentences (which may cut a name it does not know), joins
    while start > 0 and _name_part(doc[start - 1]) and (
            doc[start - 1].whitespace_ == " " or _joined_by_hyphen(doc[start - 1])
            or _joined_by_hyphen(doc[start])):
        start -= 1
    while end < len(doc) and _name_part(doc[end]) and (
            doc[end - 1].whitespace_ == " " or _joined_by_hyphen(doc[end])
            or _joined_by_hyphen(doc[end - 1])):
        end += 1
    return doc[start:end]


def _after_short_form(doc: Doc, end: int, run: Span) -> int:
    """Past "(Roe)" after "Jane Roe": a short form made of the run's own words."""
    if end + 2 < len(doc) and doc[end].text == "(":
        close = end + 1
        while close < len(doc) and close - end <= 4 and doc[close].text != ")":
            close += 1
        inner = {t.text for t in doc[end + 1:close]}
        if close < len(doc) and doc[close].text == ")" and inner and \
                inner <= {t.text for t in run}:
            return close + 1
    return end


def _apposed_to_person(doc: Doc, run: Span) -> bool:
    """', a Russian national', ', the U.S. Attorney for ...', ', who ...' after the run."""
    i = _after_short_form(doc, run.end, run)
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    nxt = doc[i + 1]
    if nxt.lower_ == "who":
        return True
    # ', both U.S. nationals' closes a list of people ('Jane Roe and Ann-Li Poe, both ...')
    plural = nxt.lower_ == "both"
    if nxt.lower_ not in {"a", "an", "the"} and not plural:
        return False
    return describes_people(doc, i + 2, plural, PERSON_ROLES)


def _before_both_people(doc: Doc, run: Span) -> bool:
    """'<run> and Jane Roe, both U.S. nationals': the first of two names a plural personal
    description closes."""
    j = run.end
    if j + 1 >= len(doc) or doc[j].lower_ != "and":
        return False
    k = j + 1
    while k < len(doc) and _name_part(doc[k]) and k - j <= 6:
        k += 1
    second = doc[j + 1:k]
    return _name_shaped(second) and k + 1 < len(doc) and doc[k + 1].lower_ == "both" and \
        _apposed_to_person(doc, second)


_PRISON_TERM = {"month", "months", "year", "years", "prison", "imprisonment", "incarceration",
                "custody", "life"}


def _sentenced_to_prison(doc: Doc, run: Span) -> bool:
    """'<run> was sentenced (in <date>) to <N> months / years / prison': only a person
    serves a prison term (a company is fined: 'was sentenced to pay a fine' does not read)."""
    i = run.end
    if i + 2 >= len(doc) or doc[i].lower_ not in {"was", "is", "has", "had"}:
        return False
    j = i + 1 + (doc[i + 1].lower_ == "been")
    if j >= len(doc) or doc[j].lower_ != "sentenced":
        return False
    rest = doc[j + 1:min(len(doc), j + 12)]
    end = next((t.i for t in rest if t.is_sent_start or t.text in {".", ";"}), rest.end)
    return any(t.lower_ in _PRISON_TERM for t in doc[j + 1:end])


def _aged(doc: Doc, run: Span) -> bool:
    """'<run>, 44, of Tacoma' / '<run>, 44, a resident of ...': court and press releases
    give a person's age between commas right after the name; no firm or place is written so
    (a date's year has four digits, a postal code five)."""
    i = _after_short_form(doc, run.end, run)
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 2].text != ",":
        return False
    age = doc[i + 1]
    return age.tag_ == "CD" and age.text.isdigit() and len(age.text) == 2 and \
        int(age.text) >= 16


def _named_person(doc: Doc, run: Span) -> bool:
    """'a North Korean national named <run>', 'a man called <run>': a noun said only of
    people, then "named" or "called", then the name."""
    i = run.start - 1
    if i < 1 or doc[i].lower_ not in {"named", "called"}:
        return False
    noun = doc[i - 1]
    return noun.lower_ in PERSON_ROLES and noun.tag_ == "NN"


def _coordinated_person(doc: Doc, run: Span, persons: list[Span]) -> bool:
    """'<Person> and <run>', '<run> and <Person>', '<Person>, <run>' in one list."""
    ends = {p.end for p in persons}
    starts = {p.start for p in persons}
    before = run.start
    if before >= 2 and doc[before - 1].lower_ in {"and", ","} and before - 1 in ends:
        return True
    if before >= 3 and doc[before - 1].lower_ == "and" and doc[before - 2].text == "," and \
            before - 2 in ends:
        return True
    after = run.end
    return after + 1 < len(doc) and doc[after].lower_ in {"and", ","} and \
        after + 1 in starts and doc[after].lower_ == "and"


def _joined(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if last is not None and last.label_ == PERSON == span.label_ and \
                last.end == span.start and not last.id_ and not span.id_ and \
                "\n" not in span.doc[last.start:span.end].text and \
                len(span.doc[last.start:span.end]) <= 6:
            out[-1] = Span(span.doc, last.start, span.end, label=PERSON)
            continue
        out.append(span)
    return out


def repair_person_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans, with person names joined, relabeled or added by their construction."""
    spans = _joined(sorted(spans, key=lambda s: s.start))
    by_token: dict[int, Span] = {}
    for span in spans:
        for i in range(span.start, span.end):
            by_token[i] = span
    persons = [s for s in spans if s.label_ == PERSON]
    found: list[Span] = []
    i = 0
    while i < len(doc):
        if not _name_token(doc[i]):
            i += 1
            continue
        run = _run(doc, i, i + 1)
        i = run.end
        inside = {id(by_token[t]): by_token[t] for t in range(run.start, run.end)
                  if t in by_token}
        covers = list(inside.values())
        if any(s.start < run.start or s.end > run.end for s in covers):
            continue  # a span reaching past the run
        # the model's guess of a place it does not list ("<Name>" read as a town) yields to
        # a list of people only
        guessed = all(not s.id_ and s.label_ in {*_REPLACEABLE, PLACE_LABEL} for s in covers)
        if guessed and covers and _name_shaped(run) and (
                _aged(doc, run) or persons_listed_with(doc, run, persons) >= 2):
            found.append(Span(doc, run.start, run.end, label=PERSON))
            continue
        if any(s.label_ not in _REPLACEABLE or (s.id_ and not s.id_.startswith("context:"))
               for s in covers):
            continue  # a list's or a shape's span
        if covers and all(s.label_ == PERSON for s in covers) and len(covers) == 1 and \
                (covers[0].start, covers[0].end) == (run.start, run.end):
            continue  # already this person
        if not _name_shaped(run):
            continue
        # a run the model took for a body is a person's only by a description of people;
        # beside a person in a list it may be a company ("hired Jane Roe and Tallow Point")
        only_persons = not any(s.label_ != PERSON for s in covers)
        if _apposed_to_person(doc, run) or said_to_be_person(doc, run) or \
                _aged(doc, run) or _named_person(doc, run) or \
                _before_both_people(doc, run) or _sentenced_to_prison(doc, run) or \
                charged_from_home(doc, run) or referred_to_by_own_pronoun(doc, run, persons) or (
                only_persons and (_coordinated_person(doc, run, persons) or
                                  persons_listed_with(doc, run, persons) >= 2)):
            found.append(Span(doc, run.start, run.end, label=PERSON))
    if not found and not any(s.label_ == PERSON for s in spans):
        return spans
    taken = {t for s in found for t in range(s.start, s.end)}
    kept = [s for s in spans if not any(t in taken for t in range(s.start, s.end))]
    return sorted(_short_forms(doc, [*kept, *found], found), key=lambda s: s.start)


def _short_forms(doc: Doc, spans: list[Span], found: list[Span]) -> list[Span]:
    """A model ORG span of one word is a person's short form where the text declares it
    so after the name ("Jane Roe (Roe)"), or where it is the last word of a name found here
    and no body's name of the document holds that word."""
    declared = {doc[s.end + 1].text for s in spans if s.label_ == PERSON
                and s.end + 2 < len(doc) and doc[s.end].text == "("
                and doc[s.end + 2].text == ")" and doc[s.end + 1].text in s.text.split()}
    companies = {t.text for s in spans if s.label_ == "Organization" and len(s) > 1 for t in s}
    last = {s[-1].text for s in found} - companies
    return [Span(doc, s.start, s.end, label=PERSON)
            if s.label_ == "Organization" and not s.id_ and len(s) == 1
            and s.text in declared | last else s for s in spans]
