"""Apply the frames of extract/lang/frames.py to a Japanese or Korean document.

Roles come from word order and particles: the actor is the state or agency marked as topic
or subject (with the actors coordinated before it: 外務省、警察庁及び財務省は), the patients
are the persons and organizations of the sentence that are not actors and not mentioned
only as what someone belongs to (313총국 소속 X: X, not the bureau). A designation sentence
without patients takes the list that follows it (one name per line).
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.dates import find_dates
from extract.lang.frames import CUES, FRAMES, Frame, LanguageCues
from extract.lang.ja_above import ABOVE, preceding_list
from extract.lang.ja_dates import same_date
from extract.lang.ja_designators import names_unknown_actor
from extract.lang.ko_designations import (
    OWNER,
    POST,
    earlier_targets,
    partitive_subjects,
    passive_subjects,
)
from extract.lang.tables import row_item, table_row_at
from graph.model import ExtractedEntity

ACTORS = ("Country", "Agency")
# how much less sure a designation is whose target or actor comes from outside its sentence
_OUTSIDE = 0.15
TARGETS = ("Person", "Organization")
# between a statement's title and the verb that issues it: the object particle, "jointly",
# and a verb the statement went through first (「…」を改訂し、公表した)
# (「…注意喚起」の改訂版を公表した: the revised edition of the statement is the statement)
# (「…」と題する文書を公表した: the document the title names)
_OBJECT = re.compile(r"^[」』\"”’']?\s*(?:の\s*(?:改訂|改定|更新|最新)版\s*)?"
                     r"(?:と題(?:する|した)\s*(?:文書|資料|報告書|声明|注意喚起|リーフレット|"
                     r"ファクトシート|ガイダンス)\s*)?"
                     r"(?:을|를|を|이|가|が)?\s*(?:(?:改訂|改定|更新|作成|策定|"
                     r"取りまとめ)(?:し|して)、?\s*)?(?:공동으로|함께|共同で|連名で|合同で)?\s*$")
_ISSUED_BEFORE = re.compile(r"^(?:公表|発表|発出|公開|発信|発行|取りまとめ|採択)(?:した|された|して"
                            r"いた|していた)\s*[「『]?$")
_PLURAL_PRONOUN = re.compile(r"이들|그들|彼ら|これらの者")
# "3국", "3か国", "政府" between 日米韓 and its particle
_COUNT_WORDS = re.compile(r"^\s*(?:[3３三]\s*(?:국|개국|か国|カ国|ヶ国))?\s*(?:정부|政府)?")
# a designation sentence that says a list follows (다음과 같다, 아래, 以下の, 次の)
_ANNOUNCES_LIST = re.compile(r"다음과\s*같|아래와\s*같|아래의|以下の|以下のとおり|次の")
# a list item's mark: bullets (ㅇ is the Korean government's, 〇 and ▽ Japanese ones), 1. 1)
# (1) ① 가. and "1 name"
_LIST_ITEM = re.compile(r"^\s*(?:[-・△▲▽▼○〇●◎◇◆•*▪■□◦·ㆍ※ㅇ]|\d{1,2}\s*[.)．、]|\d{1,2}[\s　]|"
                        r"[(（]\d{1,2}[)）]|[①-⑳]|[가-하]\s*[.)])")
# a line of a table-like list that gives one attribute (生年月日：…, 국적: …): the list goes
# on; only a name attribute (名称：X, 성명: X) or a group's label (個人：A、B) names the
# listed ones
_ATTRIBUTE = re.compile(r"^\s*(?:[-・○◦·ㆍㅇ]\s*)?([^\s:：]{1,8})\s*[:：]")
_NUMBERING = re.compile(r"^[（(]?[0-9０-９]{1,2}[)）.．]?")
_NAME_LABELS = ("名称", "氏名", "名前", "이름", "성명", "명칭", "기관명", "団体名", "법인명",
                "対象者", "대상자", "個人", "団体", "개인", "기관")
# a sentence between the designation and its list that only says the list follows
# (主な対象は次のとおりである, 대상은 다음과 같다): it names nobody and the list goes on
_LIST_FOLLOWS = re.compile(r"(?:次|以下|下記)の?(?:とおり|通り)|(?:다음|아래)(?:과|와)\s*같")
# a short line between list items that heads a group (개인 (2명), 【団体】): no sentence
_SUBHEADING = re.compile(r"^[^。.!?]{1,16}$")


def _subjects(builder: DocBuilder, span: Span, cues: LanguageCues, before: int,
              predicate: re.Pattern[str] | None = None) -> list[Found]:
    """Actors marked as topic/subject before `before`, with those coordinated with them.
    A が/이/가 subject with another `predicate` verb between it and `before` is that verb's
    subject in an embedded clause (外務省は、北朝鮮が発表した声明を受け、…を公表した); a
    topic (は/も, 은/는/도) stays the subject across such clauses."""
    text = builder.text
    actors = builder.in_span(Span(span.start, before), ACTORS)
    for index in range(len(actors) - 1, -1, -1):
        head = actors[index]
        after = text[head.end:head.end + 12]
        if not cues.subject.match(after):
            continue
        if predicate is not None and not cues.topic.match(after) and \
                predicate.search(text, head.end, before):
            continue
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


# what follows the second of two coordinated actors: a particle, a coordinator, 両国
_LEAD_PARTNER = re.compile(r"\s*(?:は|が|も|と|、|，|,|及び|および|並びに|・|両|"
                           r"の?\s*[0-9０-９二三]|政府|当局|により|によって|$)")


def _coordinated_before(builder: DocBuilder, actors: list[Found], index: int,
                        cues: LanguageCues) -> list[Found]:
    group = [actors[index]]
    for prev in reversed(actors[:index]):
        if not cues.coordinator.match(builder.text[prev.end:group[0].start]):
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


def _dated(builder: DocBuilder, span: Span, cues: LanguageCues,
           recalled: bool) -> tuple[dict[str, str], str] | None:
    """(date properties, basis); None when an act the sentence only recalls has no date."""
    date = _sentence_date(builder, span, cues)
    if date:
        return {"date": date}, "sentence"
    if recalled:
        return None
    return ({"date": builder.meta.date}, "document") if builder.meta.date else ({}, "")


def _patients(builder: DocBuilder, span: Span, cues: LanguageCues,
              actors: list[Found]) -> list[Found]:
    actor_ids = {a.id for a in actors}
    out = []
    for found in builder.in_span(span, TARGETS):
        if found.id in actor_ids or found.unnamed:
            continue
        if found.properties.get("kind") == "worker_group":
            continue  # "North Korean IT workers" as a class is not a listed target
        if found.type == "Organization" and cues.affiliation.match(
                builder.text[found.end:found.end + 8]):
            continue
        after = builder.text[found.end:found.end + 96]
        if builder.lang == "ko" and (OWNER.match(after) or (
                found.type == "Organization" and POST.match(after))):
            continue  # X의 위장 회사인 Y, A X은행 단둥 대표: X only says whose Y or A is
        out.append(found)
    return out


# the gap after a name's bracketed romanization: キム・ハヌル（KIM Ha Nul）と…
# or after a group and its count (A、B及びCの3団体と、D氏ら2人の資産): the groups join
_AFTER_BRACKET = re.compile(r"^[）)]?\s*(?:氏)?\s*(?:ら|など|等)?\s*の?\s*"
                            r"(?:[0-9０-９一二三四五六七八九十]+\s*(?:人|名|団体|個人|社|機関|か所)\s*)?"
                            r"(?:、|，|,|と|及び|および|並びに|・)+\s*$")


# between the last owner and の資産: its bracket, "and others", a count (AとBら3人と1団体)
_OWNER_TAIL = re.compile(r"^[）)]?\s*(?:氏)?\s*(?:ら|など|等)?\s*"
                         r"(?:[0-9０-９一二三四五六七八九十]+\s*(?:人|名|団体|個人|社|機関|か所)"
                         r"\s*(?:[・、と]|及び)?\s*)*$")


def _owners(builder: DocBuilder, patients: list[Found], at: int,
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


def _following_list(builder: DocBuilder, spans: list[Span], index: int) -> list[Found]:
    """The targets a designation sentence announces and the text then lists, one list item
    per line (a mark, or a name at the start of the line), with the names coordinated with
    the item's first (・A、B). Group headings and attribute lines of a table-like list
    (생년월일: …) go by. A following sentence that merely names several organizations is
    not a list: it may describe them (X 산하 Y)."""
    cues = CUES[builder.lang]
    out: list[Found] = []
    parents = _named_as_parent(builder, cues)
    in_item = False  # the last line read was a list item
    for span in spans[index + 1:index + 60]:
        line = span.text(builder.text)
        if line.startswith("|"):  # a table: each data row lists one (header rows name none)
            row = table_row_at(builder, span)
            item = row_item(builder, row) if row is not None else None
            out += [item] if item is not None else []
            continue
        if in_item and builder.text[builder.text.rfind("\n", 0, span.start) + 1:
                                    span.start].strip():
            continue  # ・A社：平壌所在。B部傘下の企業。: the item's description goes on its line
        # (a body named elsewhere as a parent, B社の代表, is still an item where a list mark
        # heads it: ・B社（…）：所在地)
        items = [f for f in builder.in_span(span, TARGETS) if not f.unnamed
                 and f.properties.get("kind") != "worker_group" and (
                     not _context(builder, parents, f, span)
                     or (builder.lang == "ja" and _LIST_ITEM.match(line)
                         and f.start - span.start <= 2))]
        attribute = _ATTRIBUTE.match(line)
        if attribute and not _LIST_ITEM.match(line[:attribute.start(1)] or " "):
            if _NUMBERING.sub("", attribute.group(1)) in _NAME_LABELS:  # （1）氏名：
                out += _coordinated(builder, items, cues)
            continue
        starts_with_name = bool(items) and items[0].start - span.start <= 2 and \
            builder.text[span.start - 1:span.start] in ("\n", "") and \
            not _prose(builder, span, items[0], cues)
        if builder.lang == "ko" and items and _marked_paragraph(builder, span, items[0]):
            break  # □ 이번 지정은 … 한 조치이다.: a paragraph of prose, not an item
        if _LIST_ITEM.match(line) or starts_with_name:
            out += _coordinated(builder, items, cues)
            in_item = True
            continue
        if not items and _SUBHEADING.match(line):
            continue
        if not items and not out and _LIST_FOLLOWS.search(line):
            continue
        break
    return out


def _prose(builder: DocBuilder, span: Span, first: Found, cues: LanguageCues) -> bool:
    """A sentence about its first name (313総局は…にある。), closed by its sentence mark,
    is prose after the list, not an item of it."""
    line = span.text(builder.text).rstrip()
    closed = line.endswith(("。", ".", "다"))
    return closed and bool(cues.subject.match(builder.text[first.end:first.end + 12]))


def _marked_paragraph(builder: DocBuilder, span: Span, first: Found) -> bool:
    """Korean government releases mark paragraphs as well as items (□, ㅇ): a marked line
    that is a closed sentence (…다.) naming nobody right after its mark (and its label,
    1. 성명:) is a paragraph; an item names its target first."""
    line = span.text(builder.text).rstrip()
    return line.endswith("다.") and first.start - span.start > _ITEM_HEAD


_ITEM_HEAD = 12  # a mark, a number and a label (1. 성명: , □ 대상 기관:) before the name


def _named_as_parent(builder: DocBuilder, cues: LanguageCues) -> dict[str, int]:
    """Bodies the document names as what others belong to (313총국 소속 X, 군수공업부 산하
    Y), each with where it is first so named: a line that then describes such a body
    ("ㅇ 313총국은 …") is context for the designation, not an item of its list. (Korean:
    an item listed before a later item names it as a post's body, "▲A: X 대표단장", is
    still an item.)"""
    out: dict[str, int] = {}
    for f in builder.found:
        if f.type == "Organization" and cues.affiliation.match(builder.text[f.end:f.end + 8]):
            out[f.id] = min(out.get(f.id, f.start), f.start)
    return out


def _context(builder: DocBuilder, parents: dict[str, int], item: Found, span: Span) -> bool:
    """Is the body on a list line one the document names as a parent (context, not an
    item)? Korean: only if so named before the line."""
    if item.id not in parents:
        return False
    return builder.lang != "ko" or parents[item.id] < span.start


def _coordinated(builder: DocBuilder, items: list[Found], cues: LanguageCues) -> list[Found]:
    """A list line's first name and the names joined to it (・A、B及びC), not the names
    that describe it (A (X社 代表))."""
    out = items[:1]
    for prev, item in pairwise(items):
        if not cues.coordinator.match(builder.text[prev.end:item.start]):
            break
        out.append(item)
    return out


def _state_of(builder: DocBuilder, actor: str, span: Span) -> str:
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


def _designator(builder: DocBuilder, actor: str, span: Span) -> str:
    """Who a DESIGNATED relation starts from. Japanese: the actor the sentence names, as
    the English frames and the annotation do (米財務省外国資産管理室は…指定した: OFAC;
    米財務省は: the Treasury; 外務省は: the ministry; 韓国政府は / 我が国は: the state).
    Korean keeps the state the agency acts for (_state_of), the convention of the Korean
    gold (docs/languages.md)."""
    if builder.lang == "ja":
        return actor
    return _state_of(builder, actor, span)


def _issuing_state(builder: DocBuilder) -> list[str]:
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


def _self_country(builder: DocBuilder) -> Found | None:
    for found in builder.found:
        if found.type == "Country" and found.properties.get("self"):
            return found
    return None


def _trilateral(builder: DocBuilder, span: Span, cues: LanguageCues, before: int) -> list[str]:
    match = cues.trilateral.search(builder.text, span.start, before)
    if match and cues.subject.match(_COUNT_WORDS.sub("", builder.text[match.end():
                                                                      match.end() + 16])):
        return ["country:US", "country:JP", "country:KR"]
    return []


def apply_frames(builder: DocBuilder, spans: list[Span]) -> None:
    cues = CUES[builder.lang]
    for index, span in enumerate(spans):
        sentence = span.text(builder.text)
        for frame in FRAMES[builder.lang]:
            matches = list(frame.predicate.finditer(sentence))
            if frame.relation != "ISSUED":
                # one designation or warning per sentence; a statement is issued by the
                # verb right after it (北朝鮮が発表した…を受け、…注意喚起を公表した), so
                # every issuing verb of the sentence is tried
                matches = matches[:1]
            for match in matches:
                # the predicate's own ending says whether it is planned or negated
                ending = sentence[match.end():match.end() + 14]
                if frame.name.startswith("designation-list"):
                    # the list frame runs to the sentence's end (대상은 … 검토 중이다): the
                    # predicate's ending is inside the match
                    ending = match.group(0)[-24:] + ending
                if cues.future.search(ending) or cues.negation.search(ending):
                    continue  # a plan or a negated act is not a relation
                if frame.relation == "DESIGNATED" and cues.proposal.search(ending):
                    continue
                recalled = bool(cues.recall.search(sentence))
                dated = _dated(builder, span, cues, recalled)
                if dated is None:
                    continue
                _apply(builder, frame, spans, index, span, span.start + match.start(), dated)


def _apply(builder: DocBuilder, frame: Frame, spans: list[Span], index: int, span: Span,
           at: int, dated: tuple[dict[str, str], str]) -> None:
    cues = CUES[builder.lang]
    props, basis = dated
    actors = _subjects(builder, span, cues, at, frame.predicate)
    actor_ids = [a.id for a in actors]
    if not actor_ids and cues.anaphor.search(builder.text, span.start, at):
        actor_ids = list(builder.last_actors)  # 同室は / 동 부처는: the actor named last
    if actor_ids:
        builder.last_actors = list(actor_ids)
    trilateral = _trilateral(builder, span, cues, at)
    if trilateral:
        actor_ids = [i for i in trilateral if i in builder.entities]
    confidence = frame.confidence
    if frame.name.startswith(("designation-followup", "designation-passive",
                              "designation-partitive")) and \
            not builder.last_designators:
        return  # "the targets are…" with no designation before it names no target
    if frame.relation == "DESIGNATED":
        # a target or an actor the sentence does not name (a list under a heading, the
        # issuing government by default) is less sure than one it names: below 0.8
        patients = [(p, 0.0) for p in _patients(builder, span, cues, actors)]
        if frame.name.startswith("designation-passive"):
            patients = [(p, 0.0) for p in passive_subjects(builder, spans, index, at)]
        if frame.name.startswith("designation-partitive"):
            before = index > 0 and _designates(builder, spans[index - 1], cues)
            patients = [(p, 0.0) for p in partitive_subjects(builder, spans, index, before)]
            if not patients:
                return
        if not patients and builder.lang == "ko":
            # "이들 … 을 지정했다": the targets the document reported before
            patients = [(p, _OUTSIDE) for p in earlier_targets(builder, span, at)]
        if frame.name.startswith("asset-freeze"):
            patients = [(p, 0.0) for p in _owners(builder, [p for p, _ in patients], at, cues)]
        if not patients and builder.lang == "ja" and \
                ABOVE.search(builder.text, span.start, at):
            # 上記の団体を…対象とした: the list or table above names the targets
            patients = [(p, _OUTSIDE) for p in preceding_list(builder, spans, index)]
        if not patients:
            patients = [(p, _OUTSIDE) for p in _following_list(builder, spans, index)]
        elif _ANNOUNCES_LIST.search(span.text(builder.text)):
            # "A 등 3개 기관을 지정했다. (list)", "Aほか以下の者を指定": the list adds to A
            named = {p.id for p, _ in patients}
            patients += [(p, _OUTSIDE) for p in _following_list(builder, spans, index)
                         if p.id not in named]
        if not actor_ids and builder.lang == "ja" and names_unknown_actor(builder, span.start,
                                                                          at):
            return  # エストニア政府は…指定した: an actor we cannot read, not the issuer
        if not actor_ids:
            # no actor in the sentence: the government the release speaks for (政府/정부
            # elsewhere in it), else whoever designated in an earlier sentence
            own = _self_country(builder)
            actor_ids = [own.id] if own is not None else list(builder.last_designators)
            if not actor_ids:
                # a heading or list with no designator in sight: the state of the agency
                # that acted last (外務省は…を公表した, then 【対象者】 and the list)
                actor_ids = [_state_of(builder, a, span) for a in builder.last_actors]
            if not actor_ids:
                # a release that never names its actor (今般、以下の者を…指定することとした):
                # the state that issued the document
                actor_ids = _issuing_state(builder)
            if not actor_ids:
                return
            confidence -= _OUTSIDE
        else:
            builder.last_designators = list(actor_ids)
        for actor in dict.fromkeys(_designator(builder, a, span) for a in actor_ids):
            for patient, lower in patients:
                builder.relate("DESIGNATED", actor, patient.id, span, frame=frame.name,
                               confidence=confidence - lower, properties=props,
                               date_basis=basis)
    elif frame.relation == "ISSUED":
        # the statement issued is the predicate's object: right before it, marked as object
        # (を/을/를) or closing its title; one named elsewhere in the sentence is not
        advisories = [a for a in builder.in_span(span, ("Advisory",)) if a.end <= at
                      and _OBJECT.match(builder.text[a.end:at])]
        if builder.lang == "ja":
            # a relative clause: 警察庁は…令和6年3月に公表した「…注意喚起」を改訂した (the
            # statement right after the verb that issued it)
            advisories += [a for a in builder.in_span(span, ("Advisory",)) if a.start > at
                           and _ISSUED_BEFORE.match(builder.text[at:a.start])]
        if not advisories and actors:
            # the statement as the topic, its issuers as subjects after it: 本注意喚起は、
            # 警察庁及び金融庁が共同で発出した / 이 주의보는 외교부와 국정원이 발표했다
            advisories = [a for a in builder.in_span(span, ("Advisory",))
                          if a.end <= actors[0].start and
                          cues.topic.match(builder.text[a.end:a.end + 12].lstrip("」』\"”"))][-1:]
        for advisory in advisories:
            for actor in actor_ids:
                builder.relate("ISSUED", actor, advisory.id, span, frame=frame.name,
                               confidence=confidence, properties=props, date_basis=basis)
    elif frame.relation == "WARNS_ABOUT":
        sources = [a.id for a in builder.in_span(span, ("Advisory",))]
        if not sources:
            sources = [a for a in actor_ids
                       if builder.entities[a].type in ("Agency", "Country")]
        targets = [f for f in builder.in_span(span, TARGETS) if not f.unnamed
                   and f.id not in actor_ids]
        if not targets and _PLURAL_PRONOUN.search(span.text(builder.text)):
            # "they" (이들, 彼ら): the group the previous sentences spoke of
            earlier = [f for f in builder.found if f.end <= span.start and f.type in TARGETS
                       and f.properties.get("kind") in ("worker_group", "group")]
            targets = earlier[-1:]
        for source in sources:
            for target in targets:
                builder.relate("WARNS_ABOUT", source, target.id, span, frame=frame.name,
                               confidence=confidence - 0.05)


def _designates(builder: DocBuilder, span: Span, cues: LanguageCues) -> bool:
    """Does the sentence assert a designation (a designation predicate not planned, negated
    or proposed)?"""
    sentence = span.text(builder.text)
    for frame in FRAMES[builder.lang]:
        if frame.relation != "DESIGNATED" or frame.name.startswith(
                ("designation-partitive", "designation-heading", "asset-freeze")):
            continue
        for match in frame.predicate.finditer(sentence):
            ending = sentence[match.end():match.end() + 14]
            if not (cues.future.search(ending) or cues.negation.search(ending) or
                    cues.proposal.search(ending)):
                return True
    return False


def apply_affiliations(builder: DocBuilder, spans: list[Span]) -> None:
    """Who belongs to what, from the particles of affiliation: 313총국 소속 X / X는 313총국에
    소속되어 (EMPLOYED_AT), 군수공업부 산하 313총국 / 偵察総局傘下のアンダリエル
    (CONTROLLED_BY, the unit under its parent)."""
    cues = CUES[builder.lang]
    text = builder.text
    for span in spans:
        items = builder.in_span(span, ("Person", "Organization", "Agency"))
        for index, item in enumerate(items):
            if item.type == "Person" or not cues.affiliation.match(text[item.end:item.end + 8]):
                continue
            word = cues.affiliation.match(text[item.end:item.end + 8])
            assert word is not None
            after = items[index + 1:]
            nxt = after[0] if after and after[0].start - (item.end + word.end()) <= 10 else None
            if _PARENT.match(text[item.end:item.end + 8]):
                if nxt is not None and nxt.type == "Organization":
                    builder.relate("CONTROLLED_BY", nxt.id, item.id, span,
                                   frame=f"subordinate.{builder.lang}.v1", confidence=0.85)
                continue
            if item.type != "Organization":
                continue
            if nxt is not None and nxt.type == "Person" and \
                    not _ITEM_BREAK.search(text, item.end, nxt.start):
                members = [nxt]  # 313총국 소속 X, X社代表のA
            elif builder.lang == "ja" and not _JA_PREDICATE.match(
                    text[item.end + word.end():item.end + word.end() + 12]):
                continue  # …に所属する技術者, …の代表を務める男: someone else, unnamed
            else:  # the persons the sentence is about, named before the organization
                members = [f for f in items[:index] if f.type == "Person"
                           and f.start >= _item_start(text, span, item.start)]
            for member in members:
                builder.relate("EMPLOYED_AT", member.id, item.id, span,
                               frame=f"membership.{builder.lang}.v1", confidence=0.8)


_PARENT = re.compile(r"^\s*(?:의|の)?\s*(?:산하|傘下|配下)")
# a Japanese affiliation that is the clause's predicate (Xは…社に所属し、/ …社の代表で、):
# kana to the clause's end, not a relative clause before a noun (…に所属する技術者)
_JA_PREDICATE = re.compile(r"^(?:を務め)?[ぁ-ん]{0,8}?(?:[。、，\s]|$)")
# what ends the phrase of a body and its member: a new list item, a bracket, a comma
# (△A 정찰총국 부국장 △B: B is the next item, not the deputy director)
_ITEM_BREAK = re.compile(r"[△▲▵▴▪◇◆,，、()（）]")
# an inline list's item marks (△A(X 소속) △B): an item's body belongs to its own person
# only, unless 이상 ("all the above") sums the items up
_ITEM_MARK = re.compile(r"[△▲▵▴▪◇◆]")


def _item_start(text: str, span: Span, at: int) -> int:
    marks = [m.start() for m in _ITEM_MARK.finditer(text, span.start, at)]
    if not marks or re.search(r"[(（]\s*이상", text[marks[-1]:at]):
        return span.start
    return marks[-1]
