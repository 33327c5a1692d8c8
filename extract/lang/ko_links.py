"""Where companies and people are, whom they work for, and what controls a company, from
the constructions Korean releases and news use.

- Location (LOCATED_IN, the state with the city as `place`): a state or city right before
  a name with a locative (러시아 블라디보스토크에 있는 X, 중국에 본사를 둔 X, 중국 소재 X,
  애리조나주에 사는 X), a state's company (러시아 기업 'X', 러시아의 X), and the city of a
  person's post (X은행의 중국 선양 주재 대표, 주선양 X은행 대표, 선양에서 … 대표로 일하는).
- Employment (EMPLOYED_AT): a company and a post next to a person (X은행 대표 A, X은행의
  선양 주재 대표인 A, A 주선양 X은행 대표), or said of the topic (A는 X회사의 대표이며).
- Control (CONTROLLED_BY) and fronts (FRONT_FOR): the topic is "a body under Y" (X는 Y 산하
  … 기관이다), "takes Y's orders" (Y의 지시를 받아), "a company Y controls" (Y가 통제하는
  업체), "Y's front" (Y의 위장 기업, Y가 세운 위장 회사); "the two companies" (두 회사는)
  are the companies the sentence before named.
- Workers sent abroad (CONTROLLED_BY and LOCATED_IN): X는 북한 IT 인력을 (러시아에)
  보내는/파견한: the workers are X's, and where they are sent is where they are.
Each needs the sentence to assert it: a plan, a negation or an allegation (혐의) is none.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.lang.affiliations import clause_start
from extract.lang.common import DocBuilder, Found, Span, coordinated_before, joined_by
from extract.lang.ko_help import add_help_and_funding
from graph.model import ExtractedEntity

TARGETS = ("Person", "Organization")
_NOT_ASSERTED = re.compile(r"혐의|의혹|(?:할|될)\s*(?:예정|계획|방침)|(?:지|되지)\s*않")
_TOPIC = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*(?:은|는|이|가)(?![가-힣])")
_COORD = re.compile(r"^\s*(?:,|및|와|과|그리고|·)\s*$")
_POST = (r"(?:최고경영자\s*(?:\(CEO\))?|CEO|총책임자|책임자|부대표|수석\s*대표|대표|단장|지사장|"
         r"사장|간부)")
# a place written with its kind (애리조나주, 지린성, 선양시)
_PLACE_WORD = re.compile(r"([가-힣]{2,8}?)(?:주|성|시)?(?![가-힣])")
LOCATED = 0.75
EMPLOYED = 0.8
CONTROL = 0.75


def _state(builder: DocBuilder, code: str) -> str | None:
    state = f"country:{code}"
    if state not in builder.entities:
        english = builder.native_country(code)
        if english is None:
            return None
        builder.entities[state] = ExtractedEntity(id=state, type="Country", name=english,
                                                  properties={"code": code}, confidence=0.8)
    return state


class _Places:
    def __init__(self, builder: DocBuilder, places: dict[str, str]) -> None:
        self.builder = builder
        self.places = places

    def where(self, start: int, end: int) -> tuple[str, str] | None:
        """(state id, city) named in text[start:end] by states and cities only."""
        text = self.builder.text
        states = [f for f in self.builder.found if f.type == "Country" and start <= f.start
                  and f.end <= end]
        city = ""
        for match in _PLACE_WORD.finditer(text, start, end):
            word = match.group(1).lstrip("주") if match.group(1) not in self.places else \
                match.group(1)
            if word in self.places:
                city = city or word
                if not states:
                    state = _state(self.builder, self.places[word])
                    return (state, word) if state else None
        if len(states) == 1 and states[0].properties.get("code") not in ("KP",):
            return states[0].id, city
        return None


def _relate(builder: DocBuilder, rel: str, source: str, target: str, span: Span,
            confidence: float, frame: str, props: dict[str, str] | None = None) -> None:
    entity = builder.entities.get(source)
    if entity is None or target not in builder.entities:
        return
    builder.relate(rel, source, target, span, frame=frame, confidence=confidence,
                   properties=props or {})


_LOCATIVE = re.compile(r"(?:에\s*(?:있는|본사를\s*둔|기반을\s*둔|위치한|소재한|거주하는|사는|"
                       r"살고\s*있는|주재하는)|\s*소재(?:의|한)?|의|\s*(?:기업|회사|업체)(?:인)?)\s*[‘'\"“]?\s*$")

# one word that describes a person between the locative and the name (사는 재미교포 A, 사는
# 한인 여성 A is two and reads nothing): an emigrant, a defector, a citizen, a demonym
_DESCRIBED = re.compile(r"(?<![가-힣])[가-힣]*(?:교포|동포|이민자|시민권자|탈북민|탈북자|남성|여성|"
                        r"[가-힣]인)\s+$")


def _locations(builder: DocBuilder, span: Span, places: _Places) -> None:
    text = builder.text
    items = builder.in_span(span, TARGETS)
    for item in items:
        if item.properties.get("kind") == "worker_group" or item.unnamed:
            continue
        start = item.start
        bracket = re.search(r"([가-힣]+)\s*[(（]\s*$", text[max(span.start, start - 40):start])
        if bracket:  # 랴오닝X무역(Liaoning X Trade): the words before the Hangul name
            start = start - len(bracket.group(0))
        described = _DESCRIBED.search(text, max(span.start, start - 12), start) \
            if item.type == "Person" else None
        if described:  # 사는 재미교포 A: a word that describes the person between
            start = described.start()
        before = text[max(span.start, start - 30):start]
        locative = _LOCATIVE.search(before)
        if locative is None:
            continue
        if item.type == "Organization" and re.match(r"\s*(?:의\s*)?" + _POST, text[item.end:]):
            continue  # 블라디보스토크에 주재하는 X은행 대표 A: A is there (_posts)
        # the place words run back from the locative to the previous word that is neither
        head = before[:locative.start()]
        words = re.findall(r"\S+", head)[-3:]
        kept: list[str] = []
        for word in reversed(words):
            if not _is_place(builder, word, places.places):
                break
            kept.insert(0, word)
        if not kept:
            continue
        phrase = " ".join(kept)
        at = start - len(before) + before.rfind(phrase)
        if locative.group(0).strip().startswith("의") and item.type == "Person":
            continue  # 러시아의 A: a person "of" a state is a nationality, not a place
        found = places.where(at, at + len(phrase))
        if found is None:
            continue
        state, city = found
        _relate(builder, "LOCATED_IN", item.id, state, span, LOCATED, "location.ko.v1",
                {"place": city} if city else {})


def _is_place(builder: DocBuilder, word: str, places: dict[str, str]) -> bool:
    match = _PLACE_WORD.fullmatch(word)
    core = match.group(1) if match else word
    if core in places or core.lstrip("주") in places:
        return True
    return any(f.type == "Country" and f.text == word for f in builder.found)


def _posts(builder: DocBuilder, span: Span, places: _Places) -> None:
    """X은행 (의) (중국 선양 주재) 대표(인) A / A (주선양) X은행 대표 / A는 X회사의 대표이며."""
    text = builder.text
    items = builder.in_span(span, TARGETS)
    orgs = [f for f in items if f.type == "Organization" and
            f.properties.get("kind") != "worker_group" and not f.unnamed]
    persons = [f for f in items if f.type == "Person" and not f.unnamed]
    for org in orgs:
        post = re.match(r"\s*(?:의)?\s*((?:[가-힣]+\s+){0,2}?)(?:주재\s*)?" + _POST +
                        r"(?:인|이자|로\s*일하는|으로\s*일하는)?"
                        r"(?:(?![가-힣])|(?=이다|입니다|이며|이고|다|라고|였|이었))",
                        text[org.end:])
        if post is None:
            continue
        between = post.group(1).strip()
        if between and not all(_is_place(builder, w, places.places) for w in between.split()):
            continue
        end = org.end + post.end()
        place_span = (org.end, end)
        after = [p for p in persons if 0 <= p.start - end <= 2]
        before = [p for p in persons if p.end <= org.start and
                  re.fullmatch(r"\s*(?:주[가-힣]{2,8}\s*)?(?:[가-힣]{2,8}\s+)?",
                               text[p.end:org.start]) and
                  all(_is_place(builder, w, places.places)
                      for w in text[p.end:org.start].split())]
        topic = []
        if not after and not before:
            tail = text[end:end + 12]
            if re.match(r"\s*(?:이다|입니다|이며|이고|다|라고|로|였|이었)", tail):
                # (the topic of the org's own clause: A는 X의 대표이며 B는 Y의 대표)
                opens = clause_start("ko", text, span, org.start)
                topic = [p for p in persons if opens <= p.start and p.end <= org.start and
                         _TOPIC.match(text[p.end:p.end + 8])][-1:]
        for person in (after or before or topic):
            _relate(builder, "EMPLOYED_AT", person.id, org.id, span, EMPLOYED,
                    "post.ko.v1")
            place_start = before[0].end if before else place_span[0]
            found = places.where(place_start, place_span[1])
            if found is None and after and person is after[0]:
                # 선양에서 X은행 대표로 일하는 A, 블라디보스토크에 주재하는 X은행 대표 A
                lead = re.search(r"(\S+)(?:에서|에\s*주재하는)\s*$",
                                 text[max(span.start, org.start - 20):org.start])
                if lead:
                    at = org.start - len(text[max(span.start, org.start - 20):org.start]) + \
                        lead.start(1)
                    found = places.where(at, at + len(lead.group(1)))
            if found is not None:
                state, city = found
                _relate(builder, "LOCATED_IN", person.id, state, span, LOCATED,
                        "post-location.ko.v1", {"place": city} if city else {})


_UNDER = re.compile(r"^\s*(?:의)?\s*산하\s*(?:[^\s.]+\s+){0,4}?[^\s.]*(?:기관|회사|조직|단체|부서|"
                    r"업체|기업)(?:이다|입니다|이며|이고|으로|로|다)(?![가-힣])")
_ORDERS = re.compile(r"^\s*의\s*(?:지시|통제|지휘|관리|감독)\s*(?:를\s*받|아래|하에)")
_CONTROLS = re.compile(r"^\s*(?:이|가)\s*(?:실제로\s*|사실상\s*)?(?:통제|운영|지배)하는\s*"
                       r"(?:업체|회사|기업|기관)")
_FRONT = re.compile(r"^\s*(?:의\s*위장\s*(?:기업|회사|업체)|(?:이|가)\s*(?:세운|설립한|만든)\s*"
                    r"위장\s*(?:기업|회사|업체))")
# Y의 위장회사인 X, 또 다른 Y 위장회사인 X: X is Y's front
_FRONT_BEFORE = re.compile(r"^\s*(?:의)?\s*위장\s*(?:회사|기업|업체)(?:인|이자)\s*$")
# X는 (Country)에 IT 인력 팀/대표단/지사를 두고: X keeps a unit there
_KEEPS = re.compile(r"(?:에|에서)\s+(?:[^\s.]+\s+){0,3}?[^\s.]*(?:팀|대표단|지사|지부|사무소|거점|"
                    r"법인)(?:을|를)\s*(?:두고|두었|두어|운영)")
_ANAPHOR = re.compile(r"^\s*(두|세|이|이들)\s*(?:기관|회사|업체|기업)(?:은|는|이|가|도)")


def _topics(builder: DocBuilder, span: Span, spans: list[Span], index: int) -> list[Found]:
    """The organizations the sentence is about: its topic with those coordinated before
    it, or "the two companies" of the sentence before."""
    text = builder.text
    orgs = [f for f in builder.in_span(span, ("Organization",)) if not f.unnamed and
            f.properties.get("kind") != "worker_group"]
    for i, org in enumerate(orgs):
        if _TOPIC.match(text[org.end:org.end + 8]):
            return coordinated_before(orgs, i, joined_by(text, _COORD))
    anaphor = _ANAPHOR.match(span.text(text))
    if anaphor and index > 0:
        earlier = [f for f in builder.in_span(spans[index - 1], ("Organization",))
                   if not f.unnamed and f.properties.get("kind") != "worker_group"]
        unique = list({f.id: f for f in earlier}.values())
        want = {"두": 2, "세": 3, "이": 1}.get(anaphor.group(1))
        if unique and (want is None or len(unique) == want):
            return unique
    return []


def _control(builder: DocBuilder, span: Span, spans: list[Span], index: int) -> None:
    text = builder.text
    sentence = span.text(text)
    if _NOT_ASSERTED.search(sentence):
        return
    topics = _topics(builder, span, spans, index)
    if not topics:
        return
    parents = [f for f in builder.in_span(span, ("Organization", "Agency", "Country"))
               if f.start > topics[-1].end and f.id not in {t.id for t in topics}]
    for parent in parents:
        after = text[parent.end:parent.end + 40]
        if _FRONT.match(after):
            rel = "FRONT_FOR"
        elif _UNDER.match(after) or _ORDERS.match(after) or _CONTROLS.match(after):
            rel = "CONTROLLED_BY"
        else:
            continue
        for topic in topics:
            _relate(builder, rel, topic.id, parent.id, span, CONTROL, f"{rel.lower()}.ko.v1")
        return


def _fronts_named_after(builder: DocBuilder, span: Span) -> None:
    orgs = builder.in_span(span, ("Organization",))
    for parent, front in pairwise(orgs):
        if _FRONT_BEFORE.match(builder.text[parent.end:front.start]):
            _relate(builder, "FRONT_FOR", front.id, parent.id, span, CONTROL, "front.ko.v1")


def _keeps_unit(builder: DocBuilder, span: Span, spans: list[Span], index: int) -> None:
    """X는 라오스에 IT 인력 팀을 두고: X is (also) in Laos."""
    text = builder.text
    for state in builder.in_span(span, ("Country",)):
        if state.properties.get("code") in ("KP",) or not _KEEPS.match(text, state.end):
            continue
        orgs = [f for f in builder.in_span(span, ("Organization",)) if f.end <= state.start
                and f.properties.get("kind") != "worker_group" and not f.unnamed and
                re.match(r"\s*(?:은|는|이|가|도|역시|또한)(?![가-힣])", text[f.end:f.end + 6])]
        if len({f.id for f in orgs}) == 1:
            _relate(builder, "LOCATED_IN", orgs[0].id, state.id, span, LOCATED,
                    "unit-abroad.ko.v1")


def add_links(builder: DocBuilder, spans: list[Span], places: dict[str, str]) -> None:
    where = _Places(builder, places)
    for index, span in enumerate(spans):
        sentence = span.text(builder.text)
        if sentence.lstrip().startswith(("\"", "“")):
            continue  # a quote is its speaker's word
        _locations(builder, span, where)
        _posts(builder, span, where)
        _control(builder, span, spans, index)
        _fronts_named_after(builder, span)
        _keeps_unit(builder, span, spans, index)
    add_help_and_funding(builder, spans, where.where)
