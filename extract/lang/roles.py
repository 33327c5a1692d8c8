"""Who acts, on whom and when in a Japanese or Korean sentence: the roles the frames fill.

The actor is the state or agency marked as topic or subject, with the actors coordinated
before it (外務省、警察庁及び財務省は); the patients are the persons and organizations of the
sentence that are not actors and not mentioned only as what someone belongs to (313총국 소속
X: X, not the bureau); a designation's designator is the state its agency acts for; a
sentence's date is its own or the one it refers back to.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.cues import LanguageCues
from extract.lang.dates import find_dates
from extract.lang.ja_dates import same_date
from extract.lang.ja_roles import JA_NOT_TARGET, closed_subject
from extract.lang.ko_designations import OWNER, POST, describes_head, relative_subject
from graph.model import ExtractedEntity

ACTORS = ("Country", "Agency")
TARGETS = ("Person", "Organization")


# "3국", "3か国", "政府" between 日米韓 and its particle
_COUNT_WORDS = re.compile(r"^\s*(?:[3３三]\s*(?:국|개국|か国|カ国|ヶ国))?\s*(?:정부|政府)?")


def actors_of(builder: DocBuilder, span: Span, cues: LanguageCues, before: int,
              predicate: re.Pattern[str] | None = None) -> list[Found]:
    """Actors marked as topic/subject before `before`, with those coordinated with them.
    A が/이/가 subject with another `predicate` verb between it and `before` is that verb's
    subject in an embedded clause (外務省は、北朝鮮が発表した声明を受け、…を公表した); a
    topic (は/も, 은/는/도) stays the subject across such clauses."""
    text = builder.text
    actors = builder.in_span(Span(span.start, before), ACTORS)
    for index in range(len(actors) - 1, -1, -1):
        head = actors[index]
        at = _official_end(builder, head, before)
        after = text[at:at + 12]
        marked = cues.subject.match(after)
        if not marked:
            continue
        if predicate is not None and not cues.topic.match(after) and \
                predicate.search(text, head.end, before):
            continue
        if builder.lang == "ja" and closed_subject(text, cues, actors, index, at, before):
            continue  # 北朝鮮が…したことを踏まえ、…指定した: the が closes in its clause
        if builder.lang == "ko" and not cues.topic.match(after) and \
                relative_subject(text[at:at + 24]):
            continue  # 북한 정권이 주도하는 사기와 관련해: the subject of a relative clause
        return _coordinated_before(builder, actors, index, cues) + \
            _partners(builder, actors[index + 1:], cues)
    # a passive: the actor is marked "by" (により, 에 의해)
    for index in range(len(actors) - 1, -1, -1):
        if cues.agent.match(text[actors[index].end:actors[index].end + 12]):
            return _coordinated_before(builder, actors, index, cues)
    # a headline-style sentence that opens with its actor: 米財務省、…を制裁
    # (米、北朝鮮IT関連の2団体を制裁: the next actor is no coordinate of the first when a
    # noun goes on after it)
    if actors and actors[0].start - span.start <= 1 and \
            cues.lead.match(text[actors[0].end:actors[0].end + 2]) and \
            not (len(actors) > 1 and
                 cues.coordinator.match(text[actors[0].end:actors[1].start]) and
                 _LEAD_PARTNER.match(text, actors[1].end)):
        return actors[:1]
    return []


# the post of an official named after the body it serves (次官, 報道官, 長官, 차관, 대변인)
_POST_AFTER = re.compile(r"[ 　]?(?:[一-龥]{1,6}|[가-힣]{1,5})?(?:氏|씨)?")


def _official_end(builder: DocBuilder, actor: Found, before: int) -> int:
    """Where the subject that acts for `actor` ends: the actor itself, or the official it
    owns named right after it (米財務省のX次官は…と発表した, 미 재무부의 X 차관은: the
    official speaks for the body, so the body is the actor)."""
    person = _official(builder, actor, before)
    if person is None:
        return actor.end
    post = _POST_AFTER.match(builder.text, person.end)
    return post.end() if post else person.end


def _official(builder: DocBuilder, actor: Found, before: int) -> Found | None:
    owner = _OWNS.match(builder.text, actor.end)
    if owner is None:
        return None
    return next((f for f in builder.found if f.start == owner.end() and f.type == "Person"
                 and f.end < before), None)


_OWNS = re.compile(r"\s*(?:の|의)\s*")


# what follows the second of two coordinated actors: a particle, a coordinator, 両国
_LEAD_PARTNER = re.compile(r"\s*(?:は|が|も|と|、|，|,|及び|および|並びに|・|両|"
                           r"の?\s*[0-9０-９二三]|政府|当局|により|によって|$)")


def _coordinated_before(builder: DocBuilder, actors: list[Found], index: int,
                        cues: LanguageCues) -> list[Found]:
    group = [actors[index]]
    for prev in reversed(actors[:index]):
        # (one word naming several states, 한미 양국은, gives them at one place)
        if (prev.start, prev.end) != (group[0].start, group[0].end) and \
                not cues.coordinator.match(builder.text[prev.end:group[0].start]):
            break
        group.insert(0, prev)
    return group


def _partners(builder: DocBuilder, after: list[Found], cues: LanguageCues) -> list[Found]:
    """Co-actors after the subject: 警察庁は、外務省、財務省と連名で… (the actors of a
    coordinated run that ends in "jointly with")."""
    out: list[Found] = []
    run: list[Found] = []
    for item in after:
        if run and not cues.coordinator.match(builder.text[run[-1].end:item.start]):
            run = []
        run.append(item)
        if cues.partner.match(builder.text[item.end:item.end + 12]):
            out += run
            run = []
    return out


def _sentence_date(builder: DocBuilder, span: Span, cues: LanguageCues) -> str:
    for date in find_dates(span.text(builder.text), builder.meta.date):
        after = builder.text[span.start + date.end:span.start + date.end + 6]
        if not cues.effective.match(after):
            return date.iso
    # 同日, 同月30日: the date of the last sentence before that gives one
    return same_date(builder, span) if builder.lang == "ja" else ""


def act_date(builder: DocBuilder, span: Span, cues: LanguageCues,
           recalled: bool) -> tuple[dict[str, str], str] | None:
    """(date properties, basis); None when an act the sentence only recalls has no date."""
    date = _sentence_date(builder, span, cues)
    if date:
        return {"date": date}, "sentence"
    if recalled:
        return None
    return ({"date": builder.meta.date}, "document") if builder.meta.date else ({}, "")




def patients_of(builder: DocBuilder, span: Span, cues: LanguageCues,
              actors: list[Found]) -> list[Found]:
    actor_ids = {a.id for a in actors}
    # the official who speaks for an actor (米財務省のX次官は) is the subject, no patient
    speakers = set()
    for actor in actors:
        official = _official(builder, actor, span.end)
        at = _official_end(builder, actor, span.end)
        if official is not None and cues.subject.match(builder.text[at:at + 12]):
            speakers.add(official.id)
    out = []
    for found in builder.in_span(span, TARGETS):
        if found.id in actor_ids or found.id in speakers or found.unnamed:
            continue
        if found.properties.get("kind") == "worker_group":
            continue  # "North Korean IT workers" as a class is not a listed target
        if found.type == "Organization" and cues.affiliation.match(
                builder.text[found.end:found.end + 8]):
            continue
        if builder.lang == "ja" and JA_NOT_TARGET.match(builder.text, found.end,
                                                         min(span.end, found.end + 40)):
            continue  # 尹錫悦政権は (the government), X銀行の瀋陽支店の代表 (whose officer)
        after = builder.text[found.end:found.end + 96]
        if builder.lang == "ko" and (OWNER.match(after) or describes_head(after) or (
                found.type == "Organization" and POST.match(after))):
            continue  # X의 위장 회사인 Y, A X은행 단둥 대표: X only says whose Y or A is
        out.append(found)
    return out


# the gap after a name's bracketed romanization: キム・ハヌル（KIM Ha Nul）と…
# or after a group and its count (A、B及びCの3団体と、D氏ら2人の資産): the groups join
_AFTER_BRACKET = re.compile(r"^[）)」』]?\s*(?:氏)?\s*(?:ら|など|等)?\s*の?\s*"
                            r"(?:[0-9０-９一二三四五六七八九十]+\s*(?:人|名|団体|個人|社|機関|か所)\s*)?"
                            r"(?:、|，|,|と|及び|および|並びに|・)+\s*[「『]?$")
# between the last owner and の資産: its bracket or closing quote, "and others", a count
# (AとBら3人と1団体, 「A」の資産)
# (A氏ら個人2人と1団体: the group's word before its count too)
_OWNER_TAIL = re.compile(r"^[）)」』]?\s*(?:氏)?\s*(?:ら|など|等)?\s*"
                         r"(?:(?:個人|団体)?\s*[0-9０-９一二三四五六七八九十]+\s*"
                         r"(?:人|名|団体|個人|社|機関|か所)"
                         r"\s*(?:[・、と]|及び)?\s*)*$")


def owners_of(builder: DocBuilder, patients: list[Found], at: int,
            cues: LanguageCues) -> list[Found]:
    """The names whose assets a freeze names (AとBの資産を凍結): the coordinated run that
    ends right at the predicate; a name elsewhere in the sentence is context."""
    before = [p for p in patients if p.end <= at]
    if not before or not _OWNER_TAIL.match(builder.text[before[-1].end:at]):
        return []
    run = [before[-1]]
    for prev in reversed(before[:-1]):
        if prev.id == run[0].id:  # a name and its bracketed romanization: one owner
            run[0] = prev
            continue
        gap = builder.text[prev.end:run[0].start]
        if not (cues.coordinator.match(gap) or _AFTER_BRACKET.match(gap)):
            break
        run.insert(0, prev)
    return run


def state_of(builder: DocBuilder, actor: str, span: Span) -> str:
    """A sanction is the act of a state: an agency that lists a target does so for its
    government (annotation: the designating government), so DESIGNATED joins the state."""
    entity = builder.entities.get(actor)
    code = entity.properties.get("country") if entity is not None and \
        entity.type == "Agency" else None
    if not code:
        return actor
    state = f"country:{code}"
    if state not in builder.entities:
        # the agency's mention in the sentence, else its last one before it
        mentions = [f for f in builder.found if f.id == actor and f.start < span.end]
        inside = [f for f in mentions if span.start <= f.start]
        latest = inside or sorted(mentions, key=lambda f: f.start)[-1:]
        mention = latest[0] if latest else None
        english = builder.native_country(str(code))
        if mention is None or english is None:
            return actor
        builder.add(Found(mention.start, mention.end, mention.text, "Country", state,
                          english, properties={"code": code}, confidence=0.85, alias=False),
                    shared=True)
    return state


def designator_of(builder: DocBuilder, actor: str, span: Span) -> str:
    """Who a DESIGNATED relation starts from. Japanese: the actor the sentence names, as
    the English frames and the annotation do (米財務省外国資産管理室は…指定した: OFAC;
    米財務省は: the Treasury; 外務省は: the ministry; 韓国政府は / 我が国は: the state).
    Korean keeps the state the agency acts for (state_of), the convention of the Korean
    gold (docs/languages.md)."""
    if builder.lang == "ja":
        return actor
    return state_of(builder, actor, span)


def issuing_state(builder: DocBuilder) -> list[str]:
    """The state of the document's first issuer (front matter), as an entity of the
    document even where its text never names it."""
    code = next((i["country"] for i in builder.meta.issuers if i.get("country")), "")
    english = builder.native_country(code) if code else None
    if english is None:
        return []
    state = f"country:{code}"
    if state not in builder.entities:
        builder.entities[state] = ExtractedEntity(id=state, type="Country", name=english,
                                                  properties={"code": code}, confidence=0.8)
    return [state]


def self_country(builder: DocBuilder) -> Found | None:
    for found in builder.found:
        if found.type == "Country" and found.properties.get("self"):
            return found
    return None


def trilateral_actors(builder: DocBuilder, span: Span, cues: LanguageCues,
                      before: int) -> list[str]:
    match = cues.trilateral.search(builder.text, span.start, before)
    if match and cues.subject.match(_COUNT_WORDS.sub("", builder.text[match.end():
                                                                      match.end() + 16])):
        return ["country:US", "country:JP", "country:KR"]
    return []
