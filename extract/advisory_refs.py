"""References to known advisories that do not use their title ("the guidance of May 2022").

Statements cite earlier advisories by kind, issuer and date rather than by title: "the
ROK's joint advisory of December 2022", "the first PSA, dated May 16, 2024", "Japan today
updated its advisory", "the May 2022 advisory", "the joint advisory issued by the United
States and the ROK in October 2023", "the 2023 update". A reference is linked to a
gazetteer advisory when its kind fits and every stated attribute (month or year, issuing
state, by an adjective or by the agencies named as its authors) agrees, and exactly one
advisory fits: two advisories of one year stay apart unless the issuer tells them apart.
"""

from __future__ import annotations

import datetime as dt
import re

from extract.advisory_definite import link_definite, link_reference
from extract.gazetteer import Gazetteer, GazetteerEntry
from extract.mentions import DocMentions, MentionSpan
from extract.normalize import parse_date
from extract.overlaps import Overlaps
from extract.resolve import DocEntities, from_gazetteer
from graph.model import DocumentMeta

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December)")
_REFERENCE = re.compile(
    r"\b(?P<mod>(?:(?:its|the|this|their|our|an?|U\.S\.|ROK['’]s|ROK|Japan['’]s|Japanese|FBI|"
    r"FBI['’]s|U\.S\.-ROK|trilateral|"
    r"first|second|third|joint|updated|additional|earlier|original|"
    rf"(?:{_MONTH}\s+)?(?:19|20)\d\d)\s+)*)"
    r"(?P<kind>advisory|guidance|PSA|public\s+service\s+announcement|statement|report|"
    r"update)\b"
    # the tail is only looked at, so a reference inside it is matched on its own
    r"(?=(?P<tail>[^.;]{0,160}))",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"\b(?:its|the|this|their|our|an?)\s", re.IGNORECASE)
# the date given before the kind: "the May 2022 advisory", "the 2023 update"
_DATE_BEFORE = re.compile(rf"\b(?:(?P<month>{_MONTH})\s+)?(?P<year>(?:19|20)\d\d)\b",
                          re.IGNORECASE)
_KINDS = {"advisory": {"advisory", "guidance"}, "guidance": {"guidance", "advisory"},
          "psa": {"psa"}, "public service announcement": {"psa"},
          "statement": {"statement"}, "report": {"report"},
          # an update revises an earlier advisory or announcement
          "update": {"guidance", "advisory", "psa"}}
_COUNTRY_WORDS = {"u.s.": "US", "fbi": "US", "fbi's": "US", "fbi’s": "US", "rok's": "KR",
                  "rok": "KR", "japan's": "JP", "japanese": "JP", "rok’s": "KR", "japan’s": "JP"}
# "U.S.-ROK" names both states; "trilateral" the three
_COUNTRIES_WORDS = {"u.s.-rok": ("US", "KR"), "trilateral": ("US", "JP", "KR")}
_DATE_IN_TAIL = re.compile(
    r"^(?:,?\s*(?:dated|of|issued|released|published|from|on|in|"
    r"(?:that|which|they|it|we)\s+[^;.]{0,100}?"
    r"\b(?:published|issued|released))\b[^,;]{0,90}?)"
    r"((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{1,2},)?\s+\d{4})", re.IGNORECASE)
# a bare year after the kind: "the FBI advisory from 2022", "the guidance of 2023"
_YEAR_IN_TAIL = re.compile(r"^,?\s*(?:dated|of|from|in)\s+((?:19|20)\d\d)\b(?![-/–])")
# the authors after the kind: "the advisory issued by the United States and the ROK",
# "the guidance from the State Department, Treasury and the FBI"
_AUTHORS_IN_TAIL = re.compile(r"^,?\s*(?:(?:jointly\s+)?(?:issued|released|published)\s+)?"
                              r"(?:by|from)\s+[^;]{0,120}", re.IGNORECASE)


def _candidates(gazetteer: Gazetteer, kind: str, when: str, countries: set[str],
                today: set[str]) -> list[GazetteerEntry]:
    """Advisories of the kind that every stated attribute fits: `when` is a month
    ("2022-05") or a year ("2022"), `countries` the states said to have issued it, `today`
    the days the sentence can mean when it dates the act by the document ("today", "on
    Wednesday")."""
    wanted = _KINDS.get(re.sub(r"\s+", " ", kind.lower()), set())
    found = []
    for entry in gazetteer.entries:
        if entry.type != "Advisory" or entry.properties.get("kind") not in wanted:
            continue
        dates = [str(d) for d in entry.properties.get("dates", [])]
        issuers = {str(c) for c in entry.properties.get("countries", [])}
        if not countries <= issuers:
            continue
        if when and not any(d.startswith(when) for d in dates):
            continue
        if not when and not any(d in today for d in dates):
            continue
        found.append(entry)
    return found


def _when(match: re.Match[str]) -> str:
    """The month or year a reference gives, after its kind ("of May 2022") or before it
    ("the May 2022 advisory", "the 2023 update")."""
    date_match = _DATE_IN_TAIL.match(match.group("tail"))
    if date_match:
        return (parse_date(date_match.group(1)) or "")[:7]
    year = _YEAR_IN_TAIL.match(match.group("tail"))
    if year:
        return year.group(1)
    before = _DATE_BEFORE.search(match.group("mod"))
    if before is None:
        return ""
    if before.group("month"):
        return (parse_date(f"{before.group('month')} 1, {before.group('year')}") or "")[:7]
    return before.group("year")


def _sentence_date(mentions: DocMentions, sent: int) -> str:
    """"In May 2024, the FBI issued a public service announcement ...", "The FBI on May 16,
    2024 released a PSA": the one month (or year) the sentence states dates the act that
    issued the reference; two different dates in the sentence date nothing."""
    found = {(parse_date(m.text) or "")[:7] for m in mentions.in_sentence(sent)
             if m.label == "DATE"} - {""}
    return found.pop() if len(found) == 1 else ""


def _author_countries(mentions: DocMentions, match: re.Match[str], tail_start: int,
                      gazetteer: Gazetteer) -> set[str]:
    """The states of the agencies or countries named as authors after the kind."""
    authors = _AUTHORS_IN_TAIL.match(match.group("tail"))
    if authors is None:
        return set()
    end = tail_start + authors.end()
    found: set[str] = set()
    for m in mentions.mentions:
        if tail_start <= m.start < end and m.label in {"Country", "Agency"}:
            entry = gazetteer.by_id.get(m.hint)
            code = m.hint.split(":", 1)[1].upper() if m.label == "Country" and \
                m.hint.startswith("country:") else str(
                    entry.properties.get("country") or "") if entry is not None else ""
            if code:
                found.add(code)
    return found


def link_advisory_references(mentions: DocMentions, resolved: DocEntities,
                             gazetteer: Gazetteer, meta: DocumentMeta) -> None:
    taken = Overlaps((m.start, m.end, None) for m in mentions.mentions)
    added: list[MentionSpan] = []
    for index, sentence in enumerate(mentions.sentences):
        for match in _REFERENCE.finditer(sentence.text):
            start = sentence.start + match.start("mod")
            end = sentence.start + match.end("kind")
            kind_start = sentence.start + match.start("kind")
            if taken.overlapping(kind_start, end):
                continue  # the document word is already part of a title
            inner = [e for _, e, _ in taken.overlapping(start, end)]
            if inner:
                start = max(inner)  # "the U.S. guidance": the state stays its own mention
                while start < kind_start and mentions.text[start] in " '’s":
                    start += 1
            det = list(_DETERMINER.finditer(match.group("mod")))
            if det and det[-1].group(0).strip().lower() == "this" and \
                    meta.doc_type in _OWN_VOICE:
                continue  # "This PSA updates ...": the document speaking of itself
            if det and det[-1].start() > 0:  # "updated the advisory": the verb is no part
                start = max(start, sentence.start + match.start("mod") + det[-1].start())
            if _title_after(mentions, end, index):
                # "the report of the Example Team, “Title”": the title that follows names
                # the document, whatever the list knows of its kind and date
                continue
            mods = match.group("mod").lower().split()
            countries = {_COUNTRY_WORDS[w] for w in mods if w in _COUNTRY_WORDS}
            countries.update(c for w in mods for c in _COUNTRIES_WORDS.get(w, ()))
            if not countries and "its" in mods:
                countries = {_subject_country(mentions, index, match.start())} - {""}
            countries |= _author_countries(mentions, match, sentence.start + match.start("tail"),
                                           gazetteer)
            countries |= _issuing_subject(mentions, index, match.start(), gazetteer)
            countries |= _owner_before(mentions, gazetteer, sentence.start + match.start("kind"))
            when = _when(match)
            today = _recent_days(sentence.text, meta.date)
            if not when and not today:
                when = _sentence_date(mentions, index)
            if not when and not today and meta.doc_type in _NEWS and countries:
                # a news story's "the joint statement, published by Japan's Foreign
                # Ministry, said ...": undated, it is the one of that kind and issuer that
                # came out in the week the story reports (an older one needs its date)
                today = _recent_days("today", meta.date) | _recent_days("on Monday",
                                                                         meta.date)
            fits = _candidates(gazetteer, match.group("kind"), when, countries, today)
            if len(fits) != 1 or (not when and not countries and not today):
                continue
            if not when and not countries and det and det[-1].group(0).strip().lower() in \
                    {"a", "an"}:
                # "according to a statement released Wednesday": an indefinite document
                # with no issuer and no date of its own is any announcement of that week
                continue
            entry = fits[0]
            entity = resolved.entities.get(entry.id) or from_gazetteer(entry)
            resolved.entities[entity.id] = entity
            added.append(link_reference(mentions, resolved, entity, (start, end, index),
                                         "advisory reference by kind, issuer and date", 0.7))
            taken.add(start, end, None)
    if added:
        mentions.mentions = sorted([*mentions.mentions, *added], key=lambda m: m.start)
    if meta.doc_type not in _OWN_VOICE:
        link_definite(mentions, resolved, gazetteer)


# what may stand between a reference and the title it introduces: its author and a
# comma or a word that announces a title ("the report of the Example Team, “...”",
# "the advisory titled “...”")
_BEFORE_TITLE = re.compile(r"(?:\s*(?:,|:|of|by|from|the|titled|entitled|called|named|"
                           r"[A-Z][\w'’.&-]*|\([A-Z]+\)))*\s*[\"“]?\s*")


def _title_after(mentions: DocMentions, end: int, sent: int) -> bool:
    """Does an advisory's title directly follow the reference ending at `end`?"""
    for m in mentions.in_sentence(sent):
        if m.label != "Advisory" or m.start < end or m.start - end > 120:
            continue
        return bool(_BEFORE_TITLE.fullmatch(mentions.text[end:m.start]))
    return False


_NEWS = frozenset({"news"})
# in an advisory or a joint statement "the advisory" is mostly the document itself, which
# the frames resolve (extract/frames/issuance.py)
_OWN_VOICE = {"advisory", "joint_statement"}

_WEEKDAY = re.compile(r"\b(?:today|yesterday|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
                      r"Friday|Saturday|Sunday))\b", re.IGNORECASE)


def _recent_days(sentence: str, date: str) -> set[str]:
    """The days a sentence dated by the document can mean: the document's day for
    "today", and the week before it for a weekday or "yesterday" (a report of the news)."""
    found = _WEEKDAY.search(sentence)
    if found is None or not date:
        return set()
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return set()
    if found.group(0).lower() == "today":
        return {date}
    return {(day - dt.timedelta(days=n)).isoformat() for n in range(8)}


_ISSUING = re.compile(r"\b(?:(?:jointly\s+)?(?:issued|released|published|put\s+out|adopted)|"
                      r"(?:said|stated|warned|urged|announced|noted|added|pledged|vowed|"
                      r"stressed|cautioned)\s+in)\s+$", re.IGNORECASE)
# "In a joint statement, A, B and C warned ...": the states that speak in it, after it
_OPENS_WITH_IN = re.compile(r"^\s*In\s+$")
_SPEAKS = re.compile(r"\b(?:said|stated|warned|urged|announced|noted|added|pledged|vowed|"
                     r"stressed|cautioned|called)\b")


def _issuing_subject(mentions: DocMentions, sent: int, offset: int,
                     gazetteer: Gazetteer) -> set[str]:
    """'The United States, Japan and South Korea on Wednesday issued a joint statement',
    '... said in a joint statement': the states named before the verb that issues or
    speaks in the reference are its authors; 'In a joint statement, A and B warned ...':
    the ones named between it and the verb they speak with."""
    sentence = mentions.sentences[sent]
    before = sentence.text[:offset]
    words = re.sub(r"\s*\b(?:an?|the|its|their|this)\s*$", " ", before, flags=re.I)
    low, high = 0, offset
    if not _ISSUING.search(words):
        speaks = _SPEAKS.search(sentence.text, offset)
        if not _OPENS_WITH_IN.match(words) or speaks is None:
            return set()
        low, high = offset, speaks.start()
    # the states of the agencies among them too: "the NPA issued the advisory"
    return {_state_of(m, gazetteer) for m in mentions.in_sentence(sent)
            if low <= m.start - sentence.start < high} - {""}


def _state_of(m: MentionSpan, gazetteer: Gazetteer) -> str:
    if m.label == "Country" and m.hint.startswith("country:"):
        return m.hint.split(":", 1)[1].upper()
    # a short form ("the NPA") is read by the body the document resolved it to
    entry = gazetteer.by_id.get(m.entity or m.hint) if m.label in {"Agency", "AMBIGUOUS"} \
        else None
    return str(entry.properties.get("country") or "") if entry is not None else ""


# between a body and its document: "the FBI's advisory", "the Federal Bureau of
# Investigation (FBI) advisory"
_OWNER_GAP = re.compile(r"^(?:\s*\([A-Z][A-Za-z]{1,10}\))?(?:['’]s?)?\s+$")


def _owner_before(mentions: DocMentions, gazetteer: Gazetteer, kind_start: int) -> set[str]:
    """The state of the body or the state named right before the kind ("the FBI advisory
    from 2022", "Japan's guidance of 2024"): it owns the document."""
    for m in mentions.mentions:
        if m.end <= kind_start and kind_start - m.end <= 12 and \
                m.label in {"Country", "Agency"} and \
                _OWNER_GAP.match(mentions.text[m.end:kind_start]):
            code = _state_of(m, gazetteer)
            return {code} if code else set()
    return set()


def _subject_country(mentions: DocMentions, sent: int, offset: int) -> str:
    """'Japan today updated its advisory': the state before 'its' owns the advisory."""
    sentence = mentions.sentences[sent]
    before = [m for m in mentions.in_sentence(sent) if m.label == "Country"
              and m.start - sentence.start < offset]
    return before[-1].hint.split(":", 1)[1] if before and ":" in before[-1].hint else ""
