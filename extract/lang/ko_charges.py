"""Defendants of a US criminal case as Korean news reports an indictment or a plea.

Korean reports never name the case; they say who was charged, and the case is "United
States v. <the first defendant named>" (the id scheme of ko_cases.py, so a defendant who
joins an English node brings the case along, crosslink.py). DEFENDANT_IN for each person
the sentence makes a defendant:

- the object of the active verb: "(법무부는) A와 B를 기소했다", "A 등 5명을 기소했다";
- the subject of the passive, of a defendants' list or of a plea: "A는 … 혐의로
  기소됐다", "A, B 등이 피고인 명단에 올랐다", "A는 … 유죄를 인정했다" (plea: guilty);
- the names before an indictment made public: "A와 B에 대한 기소장을 공개했다";
- a relative clause over the name: "기소된 A는", "이 사건으로 기소된 북한인 A와 B는",
  "X와 함께 기소된 A, B는" (X too), and the role word: "피고인 A", "공동 피고인인 A와 B";
- a cleft: "기소된 북한인은 A와 B이다"; "A와 B가 재판에 넘겨졌다"; the charges applied to
  them: "A와 B에게는 … 혐의가 적용됐다".
The first sentence that names defendants names the case; a later one belongs to it only if
it shares a defendant or says so (이 사건, 함께 기소된): five people pleading guilty in three
courts are defendants of three cases, and only the one named can be told.
Names listed with their posts in between ("A를 비롯해 X 대표 B, 수석 매니저 C와 D 등이")
are coordinated. A charge is an allegation, but the indictment itself is the fact. Not
facts: a plan (기소할 방침), a negation (기소되지 않았다), a conditional (유죄가 인정될
경우), a quote, and an earlier indictment recalled without a date (기소된 바 있다).
The case must be American: a US court, prosecutor or department in the sentence or in an
earlier sentence about the case, or a US issuer of the document. And the document must
report the case (its title or lead speaks of an indictment, a plea, a trial or an
arrest): a sanctions release that mentions in passing that someone "was indicted in the
US" names a case it cannot name.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.dates import find_dates
from extract.lang.ko_case_mentions import cases_called_by
from extract.lang.ko_cases import case_id_for, us_case_before
from extract.lang.ko_charge_cues import (
    ABOUT_A_CASE,
    ABOUT_SANCTIONS,
    ACTIVE,
    AFTER_WINDOW,
    AGENT,
    AMONG,
    ARREST,
    ARRESTED,
    BEFORE_MADE_PUBLIC,
    CHARGED_IN_COURT,
    CHARGES_APPLIED,
    CLEFT,
    CONVICTED,
    CONVICTED_BY,
    CONVICTED_ONE,
    DATIVE,
    DEFENDANT,
    MADE_PUBLIC,
    NOT_ASSERTED,
    OBJECT,
    PASSIVE,
    PLEA,
    PRONOUN_OBJECT,
    PROSECUTOR,
    RECALLED,
    RELATIVE,
    ROLE,
    ROLE_AFTER,
    ROLE_CLEFT,
    SAME_CASE,
    SUBJECT,
    TO_VERB,
    US,
    US_AUTHORITY,
    VERB_WORD,
    WITH,
)
from extract.lang.ko_charge_lists import named_as, object_conjuncts
from extract.lang.ko_charge_refs import (
    following,
    group_of,
    listed_after,
    masked,
    named_last,
    names_of_the_charged,
    persons_in,
    referents,
    relative_heads,
    role_before,
)
from extract.lang.ko_clefts import closes_list
from extract.lang.ko_counted import CountedDefendants
from graph.model import ExtractedEntity


def _charged_with(builder: DocBuilder, span: Span, match: re.Match[str]) -> list[Found]:
    """The persons the sentence charges "together with" the one charged (B와 함께)."""
    verb = list(VERB_WORD.finditer(match.group()))
    if not verb:
        return []
    at = span.start + match.start() + verb[-1].start()
    persons = persons_in(builder, span, at)
    for index in range(len(persons) - 1, -1, -1):
        joined = WITH.match(builder.text, persons[index].end, at)
        if joined:
            if TO_VERB.match(masked(builder, joined.end(), at)):
                return group_of(builder, persons, index)
            return []
    return []


def _marked(builder: DocBuilder, persons: list[Found], marker: re.Pattern[str]) -> list[Found]:
    text = builder.text
    for index in range(len(persons) - 1, -1, -1):
        if marker.match(text[persons[index].end:persons[index].end + AFTER_WINDOW]):
            return group_of(builder, persons, index)
    return []


def _defendants(builder: DocBuilder, span: Span, after_case: bool,
                previous: str = "") -> tuple[list[Found], bool]:
    """The defendants the sentence names, and whether it says they pleaded guilty.
    `after_case`: a case was reported before (the partitive "among the accomplices");
    `previous`: the sentence before (the names of those it charged uncounted)."""
    text = builder.text
    sentence = span.text(text)
    out: list[Found] = []
    plea = False

    def group(persons: list[Found], last: int) -> list[Found]:
        return group_of(builder, persons, last)
    for pattern, marker in ((ACTIVE, OBJECT), (PASSIVE, SUBJECT), (PLEA, SUBJECT),
                            (MADE_PUBLIC, BEFORE_MADE_PUBLIC), (CHARGES_APPLIED, DATIVE),
                            (ARRESTED, SUBJECT), (ARREST, OBJECT), (CONVICTED, SUBJECT),
                            (CONVICTED_BY, CONVICTED_ONE)):
        for match in pattern.finditer(sentence):
            if NOT_ASSERTED.search(sentence[match.end():match.end() + 14]):
                continue
            # the persons before the verb: the match may open at an earlier object
            # (가상화폐를 빼돌린 혐의로 A와 B를 기소하고)
            found = _marked(builder, persons_in(builder, span, span.start + match.end()),
                            marker)
            if not found and marker is SUBJECT:
                found = referents(builder, span, match.start())
            elif not found and marker is OBJECT:  # (이들 3명을 기소했다)
                pronoun = PRONOUN_OBJECT.search(sentence, 0, match.start() + 1)
                found = named_last(builder, span, False, pronoun.group("count") or "") \
                    if pronoun else []
            if not found and marker in (SUBJECT, OBJECT):  # (A, B라는 이름을 쓰는 2명은)
                found = named_as(builder, span, persons_in(builder, span, span.end), group,
                                 span.start + match.end())
            if pattern is ACTIVE:  # (A과, … 외국인 3명을 기소했다)
                verb = list(VERB_WORD.finditer(match.group()))
                at = span.start + match.start() + verb[-1].start()
                found += object_conjuncts(builder, span, at, persons_in(builder, span, at),
                                          group)
            out += found
            plea = plea or (pattern is PLEA and bool(found))
            if pattern in (ACTIVE, PASSIVE):
                out += _charged_with(builder, span, match)
    cleft = CLEFT.search(sentence)
    if cleft and re.search(r"(?:이다|다)\.?\s*$", sentence):
        after = [p for p in persons_in(builder, span, span.end)
                 if p.start >= span.start + cleft.end()]
        out += group_of(builder, after, len(after) - 1) if after else []
    role = ROLE_CLEFT.search(sentence)
    if role:
        after = [p for p in persons_in(builder, span, span.end)
                 if p.start >= span.start + role.end()]
        if after and closes_list(text[after[-1].end:span.end]):
            out += group_of(builder, after, len(after) - 1)
    persons = persons_in(builder, span, span.end)
    for index, person in enumerate(persons):
        before = text[max(span.start, person.start - 8):person.start]
        if RELATIVE.search(before):
            out.append(person)
        elif ROLE.search(before):  # 피고 A와 B 등은: the role word heads the list
            out += following(builder, persons, index)
        elif role_before(builder, span, person):  # 공동 피고인인 북한 국적의 A와 B는
            out += listed_after(builder, persons, index)
        elif ROLE_AFTER.match(text[person.end:person.end + 48]):
            out.append(person)
    among = AMONG.search(sentence) if after_case else None
    if among:  # 공범 가운데 미국인 A와 B는 …: the names after "among the accomplices"
        first = [i for i, p in enumerate(persons) if p.start >= span.start + among.end()]
        out += following(builder, persons, first[0]) if first else []
    out += relative_heads(builder, span)
    out += names_of_the_charged(builder, span, previous)
    return list({p.id: p for p in out}.values()), plea


def _another_indictment(builder: DocBuilder, sentence: str, before: str,
                        defendants: list[Found]) -> bool:
    """Does the sentence report an indictment of its own: a prosecutor or court named in it
    charging persons no case of the report holds ("조지아주 연방검찰청도 … A와 B를
    기소했다" after a case in Massachusetts), or naming those the sentence before charged
    uncounted ("… 북한 국적자 4명을 기소했다. 기소된 4명은 A, B, C, D다"), or pleading
    guilty when the report calls a case by the one defendant's name (X 사건)? A plea or a
    sentence alone is not one (five people pleading guilty in three courts name no case
    each)."""
    held = {r.source for r in builder.relations.values() if r.type == "DEFENDANT_IN"}
    if any(p.id in held for p in defendants):
        return False
    if len(defendants) == 1 and cases_called_by(builder, builder.entities[defendants[0].id]):
        return True  # the report calls a case by this defendant's name (X 사건): X's own
    return any(bool(ACTIVE.search(t) or PASSIVE.search(t)) and bool(PROSECUTOR.search(t))
               for t in (sentence, before if CLEFT.search(sentence) else ""))


def add_charges(builder: DocBuilder, spans: list[Span]) -> None:
    lead = spans[0].text(builder.text) if spans else ""
    opening = f"{builder.meta.title or ''} {lead}"
    # a sanctions release that mentions an indictment in passing (X는 미국에서 기소된 바
    # 있다) names no case; one that reports an indictment as an act of its own (법무부는
    # 이들 3명을 기소했다: a joint action) does
    sanctions = not ABOUT_A_CASE.search(opening) and bool(ABOUT_SANCTIONS.search(opening))
    us_issuer = any(i.get("country") == "US" for i in builder.meta.issuers)
    cases = [e for e in builder.entities.values() if e.type == "Case"]
    case: ExtractedEntity | None = cases[0] if len(cases) == 1 else None
    counted = CountedDefendants()
    counted_cases: dict[int, ExtractedEntity] = {}
    for index, span in enumerate(spans):
        sentence = span.text(builder.text)
        if sentence.lstrip().startswith(("\"", "“", "'", "‘")):
            continue  # a quote is its speaker's word
        named = _counted_named(builder, span, counted, counted_cases)
        if named is not None:
            case = named
            continue
        if sanctions and not (ACTIVE.search(sentence) and AGENT.search(sentence)) and \
                not CHARGED_IN_COURT.search(sentence):
            continue
        if not (US.search(sentence) or us_issuer or us_case_before(builder, spans, index, US)
                or (index + 1 < len(spans) and
                    US_AUTHORITY.search(spans[index + 1].text(builder.text)))):
            continue
        # a count of defendants by nationality (미국인 2명도 함께 기소됐다): its names may come
        # later; a count tied to the case before (함께, 이 사건) is of that case
        read = counted.read_counts(sentence)
        if read and case is not None and SAME_CASE.search(sentence):
            counted_cases.setdefault(counted.charge, case)
        before = spans[index - 1].text(builder.text) if index else ""
        defendants, plea = _defendants(builder, span, case is not None, before)
        if not defendants:
            continue
        if RECALLED.search(sentence) and not find_dates(sentence, builder.meta.date):
            continue  # an earlier indictment recalled, undated
        if case is not None and not (SAME_CASE.search(sentence) or any(
                ("DEFENDANT_IN", p.id, case.id) in builder.relations for p in defendants)):
            if not _another_indictment(builder, sentence, before, defendants):
                continue  # another defendant, maybe of another case (a plea in another court)
            case = None
        if case is None:
            case = _new_case(builder, defendants[0])
        if read:  # (A 등 미국인 3명을 기소했다: the count's case is A's)
            counted_cases.setdefault(counted.charge, case)
        _relate(builder, span, defendants, case, plea)


def _new_case(builder: DocBuilder, first: Found) -> ExtractedEntity:
    english = builder.entities[first.id].name
    case = ExtractedEntity(id=case_id_for(first.id), type="Case",
                           name=f"United States v. {english}",
                           properties={"country": "US"}, confidence=DEFENDANT)
    builder.entities.setdefault(case.id, case)
    return builder.entities[case.id]


def _counted_named(builder: DocBuilder, span: Span, counted: CountedDefendants,
                   cases: dict[int, ExtractedEntity]) -> ExtractedEntity | None:
    """Relate the persons the sentence names for an earlier count of defendants to that
    count's case (the case its charge opened, or a new one its first name gives); that
    case, or None when the sentence names no counted defendant."""
    named, charge = counted.named(builder, span)
    if not named or charge is None:
        return None
    case = cases.get(charge) or _new_case(builder, named[0])
    cases[charge] = case
    _relate(builder, span, named, case, False)
    return case


def _relate(builder: DocBuilder, span: Span, defendants: list[Found], case: ExtractedEntity,
            plea: bool) -> None:
    for person in defendants:
        props = {"role": "defendant", **({"plea": "guilty"} if plea else {})}
        existing = builder.relations.get(("DEFENDANT_IN", person.id, case.id))
        if existing is not None and plea:
            existing.properties["plea"] = "guilty"
        builder.relate("DEFENDANT_IN", person.id, case.id, span, frame="charge.ko.v1",
                       confidence=DEFENDANT, properties=props)
