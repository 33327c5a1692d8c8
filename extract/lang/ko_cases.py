"""A US criminal case as Korean news reports it: who was sentenced, to what, and whom the
defendant helped.

Korean reports never name the case ("United States v. X"); they say that X was sentenced
(X가 … 징역 102개월을 선고받았다) or that the court sentenced X (법원은 X에게 징역 5년을
선고했다) in a US (federal) court. A US federal prosecution is brought by the United States,
so the case is "United States v. <the defendant's name>"; when the defendant lands on an
English node (crosslink.py), the case takes the English name with it.

- SENTENCED and DEFENDANT_IN: the one person the sentencing sentence marks as the one
  sentenced (subject of 선고받다, or X에게 with 선고하다); the plea is guilty when a sentence
  about the same person says 유죄를 인정. A co-defendant (함께 기소된 B, 공범 B) is
  sentenced in the case of the first sentencing the report gave.
  "He/she" opening the sentence (그는 … 선고받았다) is the person named last before it.
  The term may be "the same term" (이 같은 형량) as an earlier sentence gave to someone it
  did not name (법원이 … 여성에게 징역 8년을 선고했다): a report's lead often does so.
- FACILITATED: the person as topic of a sentence in which the DPRK IT workers are helped
  (돕다, 빌려주다, 제공하다); an allegation (혐의) is no fact.
The terms and which of them a verb hands down (not the prosecutors' request, 구형) are
ko_terms.py's to read.
Dev evidence: two sentencing reports, every such relation right; inferred from a news
report, so below the sure band.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.dates import find_dates
from extract.lang.ko_charge_cues import GUILTY_ANSWER
from extract.lang.ko_terms import Term, first_given, handed_down, terms
from graph.model import ExtractedEntity

# (징역 3년 형을 받았다, 징역 5년에 처해졌다: the sentence received without 선고; not a
# maximum the charge carries, 징역 20년에 처해질 수 있다 / 받을 수 있다)
# (the term with the other penalties it came with: 징역 96개월과 보호관찰 3년, 몰수 명령을
# 받았다)
_RECEIVED = re.compile(r"선고(?:를|가)?\s*받|선고받|^\s*(?:형|형을|을|를)\s*받(?:았|은|고)|"
                       r"^\s*(?:형)?에\s*처해(?:졌|진\s)|"
                       r"^\s*(?:형)?(?:과|와)\s*[^.]{0,40}?(?:을|를)\s*받(?:았|은\s)")
# (a term handed down: X에게 징역 40개월형이 내려졌다, 법원은 X에게 … 형을 내렸다)
# (… 징역 5년의 선고를 내렸다: the sentence given as a noun)
_IMPOSED = re.compile(r"선고(?:했|하였|한다|됐|되었)|형(?:이|을)\s*(?:내려(?:졌|진\s)|내렸)|"
                      r"선고(?:를)?\s*내렸")
# a sentence the defendant would or could receive, not one received: 선고받게 된다,
# 선고받을 수 있다; and the condition it hangs on (유죄로 인정될 경우, 유죄가 확정되면)
_UNREAL = re.compile(r"[^.]{0,3}?(?:게\s*(?:된|될|돼|되)|(?:을|ㄹ)\s*수|수\s*(?:있|도))")
_CONDITION = re.compile(r"(?:될|할|받을|질)\s*경우|(?:되|하|지)면\s")
# "the same term" as an earlier sentence gave: a report's lead gives the term to someone
# it does not name (미국 법원이 … 여성에게 징역 8년을 선고했다), the next sentence names her
# (X는 … 이 같은 형량을 선고받았다)
_SAME_TERM = re.compile(r"(?:이\s*같은|이와\s*같은|같은)\s*(?:형량|형|징역형)")
# (미 법원, never the 미 that ends a word: 이미 법원은 "the court already" is no US court)
_US_COURT = re.compile(r"연방|미국|(?<![가-힣])미\s+(?:법원|법무부|연방)|美")
# after the name: its age or particulars in brackets ((50), (50·여)) or its own spelling
# ((Christina Marie Chapman)), and 씨 ("Mr/Ms"); _WINDOW: the text after a name they read
_WINDOW = 64
# (the particulars may stand before or after 씨: 최민수(45)씨는, 최민수 씨(45)는, and a
# romanization before the age: X(Derek Holman)(45)에게)
_PARTICULARS = r"^\s*(?:\([^)]{1,40}\)\s*){0,2}(?:씨\s*)?(?:\([^)]{1,40}\)\s*)?"
# (X도, X 역시: "X too", the subject with the adverb in place of its particle)
_SUBJECT = re.compile(_PARTICULARS + r"(?:은|는|이|가|도|\s+역시|\s+또한)(?![가-힣])")
# (X에게는 … 선고됐다; X에 대해 징역 N년을 선고했다: the one the court sentenced)
# (a headline's 에 for 에게 before the term itself: 최민수에 징역 5년을 선고했다)
_DATIVE = re.compile(_PARTICULARS + r"(?:에게(?:는)?|에\s*대해(?:서)?|에(?=\s*(?:징역|금고)))"
                     r"(?![가-힣])")
# "each" over coordinated persons and their terms (A와 B에게 각각 징역 8년과 5년을): which
# term is whose is the order's to tell; only a term right after each dative pairs them
_EACH = re.compile(r"각각|각자")
# (… 혐의를 인정해 징역 8년을 선고받았다: admitting the charges is the plea)
_GUILTY = re.compile(r"유죄(?:를|를\s*모두)?\s*인정|"
                     r"혐의(?:를|들을)\s*(?:모두\s*)?인정(?:했|하였|해|하고|한)|" + GUILTY_ANSWER)
_HELPED = re.compile(r"도왔|도운|도와|돕|지원했|지원한|지원해|빌려주|빌려준|빌려줬|제공했|제공한|"
                     r"알선|중개")
# a co-defendant of the case reported before: 함께 기소된 B, 공범 B, 이 사건의 B
_CO_DEFENDANT = re.compile(r"함께\s*기소|공범|공동\s*피고인|(?:이|같은|해당|동)\s*사건")
_PRONOUN = re.compile(r"^\s*(?:그|그녀)(?:는|가)(?![가-힣])")
_ALLEGED = re.compile(r"혐의|의혹|주장")
CASE = 0.7
SENTENCE = 0.75
HELPED = 0.7


# a word of a criminal case: a sentence with one of them and a US court or department
# makes the document's case American
_CASE_WORD = re.compile(r"기소|유죄|피고인|공소장|기소장|재판|선고|체포|검찰")


def us_case_before(builder: DocBuilder, spans: list[Span], index: int,
                   us_words: re.Pattern[str]) -> bool:
    """Did a sentence before spans[index] put a case before a US court or department
    (미국 법무부는 … 기소했다)? A report names the court once; the sentences after it (기소된
    피고인은 A와 B이다, B는 징역 3년을 선고받았다) speak of the same American case."""
    return any(us_words.search(t) and _CASE_WORD.search(t)
               for t in (s.text(builder.text) for s in spans[:index]))


def case_id_for(person_id: str) -> str:
    """The id of the case a person is the defendant of (see crosslink.py)."""
    return "case:united-states-v-" + person_id.split(":", 1)[-1]


def _persons(builder: DocBuilder, span: Span) -> list[Found]:
    return [f for f in builder.in_span(span, ("Person",)) if not f.unnamed]


def _sentenced(builder: DocBuilder, span: Span, us_before: bool,
               earlier: int | None) -> list[tuple[Found, int]]:
    """The persons sentenced in the sentence, each with its months: one marked person and
    the sentence's term, or several datives each followed by its own term (법원은 A에게
    징역 5년을, B에게 징역 8년을 선고했다)."""
    one = _one_sentenced(builder, span, us_before, earlier)
    if one is not None:
        return [one]
    sentence = span.text(builder.text)
    if not _IMPOSED.search(sentence) or not (_US_COURT.search(sentence) or us_before):
        return []
    pairs: dict[str, tuple[Found, int]] = {}
    for person in _persons(builder, span):
        dative = _DATIVE.match(builder.text[person.end:person.end + _WINDOW])
        after = builder.text[person.end + dative.end():span.end].lstrip() if dative else ""
        term = next(iter(terms(after)), None)
        if term and term.start == 0 and after.startswith(("징역", "금고")):
            pairs[person.id] = (person, term.months)
    return list(pairs.values()) if len(pairs) >= 2 else []


def _one_sentenced(builder: DocBuilder, span: Span, us_before: bool,
                   earlier: int | None) -> tuple[Found, int] | None:
    """The person sentenced in the sentence and the months, or None. `earlier`: the term
    an earlier sentence gave, for "the same term" (이 같은 형량을 선고받았다)."""
    sentence = span.text(builder.text)
    given = handed_down(sentence, _RECEIVED, _IMPOSED)
    if given is None and earlier is not None:
        same = _SAME_TERM.search(sentence)
        given = (Term(same.start(), same.end(), earlier), sentence[same.end():same.end() + 50]) \
            if same else None
    if given is None:
        return None
    (start, _, months), after = given
    received, imposed = _RECEIVED.search(after), _IMPOSED.search(after)
    verb = received or imposed
    if verb is None:
        return None
    if _UNREAL.match(after, verb.end()) or _CONDITION.search(sentence, 0, start):
        return None  # what the charge carries if proven (선고받게 된다, 유죄가 인정될 경우)
    if not (_US_COURT.search(sentence) or us_before or any(i.get("country") == "US"
                                                           for i in builder.meta.issuers)):
        return None
    marker = _SUBJECT if received else _DATIVE
    marked = [p for p in _persons(builder, span)
              if marker.match(builder.text[p.end:p.end + _WINDOW])]
    if not marked and received and _PRONOUN.match(sentence):
        # 그는 … 징역 5년을 선고받았다: the person the sentence before named last
        before = [f for f in builder.found if f.type == "Person" and not f.unnamed and
                  f.end <= span.start]
        marked = [max(before, key=lambda f: f.end)] if before else []
    if len({p.id for p in marked}) != 1 or _EACH.search(sentence):
        return None  # nobody, two persons the sentence could mean, or terms "each"
    return marked[0], months


def _about(builder: DocBuilder, span: Span, person: str) -> bool:
    """Does the sentence name the person, or open with "he/she" (그는, 그녀는) after a
    sentence whose last person named is that person?"""
    if any(p.id == person for p in _persons(builder, span)):
        return True
    if not _PRONOUN.match(span.text(builder.text)):
        return False
    before = [f for f in builder.found if f.type == "Person" and f.end <= span.start]
    return bool(before) and max(before, key=lambda f: f.end).id == person


def _courts(us_places: Iterable[str]) -> re.Pattern[str]:
    """A US court: _US_COURT, or a court named after a place in the US (애리조나주 피닉스
    법원, 버지니아 동부 연방지방법원), a few words between the place and 법원; 지법 is the
    news's short form of 지방법원, its district glued to it (텍사스 북부지법)."""
    places = sorted(us_places, key=len, reverse=True)
    if not places:
        return _US_COURT
    return re.compile(_US_COURT.pattern + "|(?:" + "|".join(map(re.escape, places)) +
                      r")\S{0,2}\s*(?:[가-힣]+\s+){0,2}?(?:[동서남북중]부\s*)?"
                      r"(?:연방\s*)?(?:(?:지방\s*)?법원|지법)")


def add_sentencings(builder: DocBuilder, spans: list[Span],
                    us_places: Iterable[str] = ()) -> None:
    """`us_places`: the Korean names of places in the US (the native places table)."""
    first: ExtractedEntity | None = None  # the case of the first sentencing reported
    earlier: int | None = None  # the last term given (미국 법원이 … 여성에게 징역 8년을 선고)
    court = _courts(us_places)
    for index, span in enumerate(spans):
        us = us_case_before(builder, spans, index, court) or bool(
            court.search(span.text(builder.text)))
        found = _sentenced(builder, span, us, earlier)
        earlier = first_given(span.text(builder.text)) or earlier
        for person, months in found:
            first = _record(builder, span, spans, person, months, first)
    _facilitation(builder, spans)


def _record(builder: DocBuilder, span: Span, spans: list[Span], person: Found, months: int,
            first: ExtractedEntity | None) -> ExtractedEntity:
    """SENTENCED and DEFENDANT_IN of one person sentenced; the case of the first sentencing
    reported, returned."""
    english = builder.entities[person.id].name
    case = ExtractedEntity(id=case_id_for(person.id), type="Case",
                           name=f"United States v. {english}",
                           properties={"country": "US", "status": "sentenced"},
                           confidence=CASE)
    if first is not None and _CO_DEFENDANT.search(span.text(builder.text)):
        case = first  # 함께 기소된 B는 …: B's sentence is in the case named first
    builder.entities.setdefault(case.id, case)
    first = first or builder.entities[case.id]
    dates = find_dates(span.text(builder.text), builder.meta.date)
    date = dates[0].iso if dates else builder.meta.date
    builder.relate("SENTENCED", person.id, case.id, span, frame="sentence.ko.v1",
                   confidence=SENTENCE, properties={"months": months, "qualifier": "exact",
                                                    **({"date": date} if date else {})},
                   date_basis="sentence" if dates else "document")
    props = {"role": "defendant"}
    if any(_GUILTY.search(s.text(builder.text)) and _about(builder, s, person.id)
           for s in spans):
        props["plea"] = "guilty"
    builder.relate("DEFENDANT_IN", person.id, case.id, span, frame="sentence.ko.v1",
                   confidence=SENTENCE, properties=props)
    return first


def _facilitation(builder: DocBuilder, spans: list[Span]) -> None:
    """X는 … 북한 IT 인력이 … 일하도록 도왔다: X helped the workers (as a group)."""
    defendants = {r.source for r in builder.relations.values() if r.type == "DEFENDANT_IN"}
    for span in spans:
        sentence = span.text(builder.text)
        if not _HELPED.search(sentence) or _ALLEGED.search(sentence):
            continue
        workers = [f for f in builder.in_span(span, ("Organization",))
                   if f.properties.get("kind") == "worker_group"]
        helpers = [p for p in _persons(builder, span) if p.id in defendants and
                   _SUBJECT.match(builder.text[p.end:p.end + _WINDOW]) and
                   (not workers or p.start < workers[0].start)]
        if not workers or len({p.id for p in helpers}) != 1:
            continue
        builder.relate("FACILITATED", helpers[0].id, workers[0].id, span,
                       frame="facilitation.ko.v1", confidence=HELPED)

