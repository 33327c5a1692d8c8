"""Apply the frames of extract/lang/frames.py to a Japanese or Korean document.

Roles come from word order and particles: the actor is the state or agency marked as topic
or subject (with the actors coordinated before it: 外務省、警察庁及び財務省は), the patients
are the persons and organizations of the sentence that are not actors and not mentioned
only as what someone belongs to (313총국 소속 X: X, not the bureau). A designation sentence
without patients takes the list that follows it (one name per line). The roles are read by
extract/lang/roles.py, the list by extract/lang/following_list.py.
"""

from __future__ import annotations

import re

from extract.lang.asserted import designation_at
from extract.lang.common import DocBuilder, Found, Span
from extract.lang.continued import agentless_designators
from extract.lang.cues import CUES
from extract.lang.following_list import following_list
from extract.lang.frames import FRAMES, Frame
from extract.lang.issued_objects import issued_objects
from extract.lang.ja_above import ABOVE, preceding_list
from extract.lang.ja_designators import names_unknown_actor
from extract.lang.ja_header import headline_actor
from extract.lang.ja_modality import own_clause, quoted_plan
from extract.lang.ja_relative import describes_a_kind, relative_verb
from extract.lang.ja_speakers import quoted_voice, subject_post, within
from extract.lang.ko_designations import (
    earlier_targets,
    partitive_subjects,
    passive_subjects,
)
from extract.lang.ko_lede import lede_designators, names_unknown_ko_actor
from extract.lang.roles import (
    TARGETS,
    act_date,
    actors_of,
    designator_of,
    issuing_state,
    owners_of,
    patients_of,
    state_of,
    trilateral_actors,
)

# how much less sure a designation is whose target or actor comes from outside its sentence
_OUTSIDE = 0.15
_PLURAL_PRONOUN = re.compile(r"이들|그들|彼ら|これらの者")
# what may join an agency to the official named after it: 財務省の, 재무부의, 재무부
_OF_AGENCY = re.compile(r"\s*(?:の|의)?\s*")


def _official(builder: DocBuilder, person: Found, span: Span) -> bool:
    """A person named right after an agency (財務省のX次官, 재무부 X 차관) is its official,
    who speaks or warns for it, never the one a warning is about."""
    return person.type == "Person" and any(
        f.type == "Agency" and f.end <= person.start and
        _OF_AGENCY.fullmatch(builder.text[f.end:person.start]) is not None
        for f in builder.in_span(span, ("Agency",)))
# a designation sentence that says a list follows (다음과 같다, 아래, 以下の, 次の)
_ANNOUNCES_LIST = re.compile(r"다음과\s*같|아래와\s*같|아래의|以下の|以下のとおり|次の")


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
                if builder.lang == "ja":
                    # (OFACは、米国が制裁対象とする企業Xに…したとして、Yを指定した: the
                    # clause before a noun recalls a listing; the sentence's own comes after)
                    matches = [m for m in matches if not relative_verb(sentence, m)] or matches
                    # (Xは、制裁対象に指定された企業と取引した: only a kind of body listed)
                    if frame.name.startswith("designation.ja"):
                        matches = [m for m in matches if not describes_a_kind(sentence, m)]
                    matches = [own_clause(frame.predicate, sentence, m) for m in matches]
                matches = matches[:1]
            for match in matches:
                # the predicate's own ending says whether it is planned or negated
                ending = sentence[match.end():match.end() + 14]
                if frame.name.startswith("designation-list"):
                    # the list frame runs to the sentence's end (대상은 … 검토 중이다): the
                    # predicate's ending is inside the match
                    ending = match.group(0)[-24:] + ending
                elif frame.name.startswith("designation-followup"):
                    # the topic's complement is the rest of the sentence, and so is its
                    # predicate (대상 단체는 A와 협의해 정할 예정이다: a plan, nobody listed)
                    ending += sentence[-24:]
                if cues.future.search(ending) or cues.negation.search(ending):
                    continue  # a plan or a negated act is not a relation
                if frame.relation == "DESIGNATED" and (cues.proposal.search(ending) or (
                        builder.lang == "ja" and quoted_plan(sentence, match.start()))):
                    continue
                recalled = bool(cues.recall.search(sentence))
                dated = act_date(builder, span, cues, recalled)
                if dated is None:
                    continue
                apply_frame(builder, frame, spans, index, span, span.start + match.start(), dated)


def apply_frame(builder: DocBuilder, frame: Frame, spans: list[Span], index: int, span: Span,
           at: int, dated: tuple[dict[str, str], str]) -> None:
    cues = CUES[builder.lang]
    props, basis = dated
    actors = actors_of(builder, span, cues, at, frame.predicate)
    actor_ids = [a.id for a in actors]
    if not actor_ids and cues.anaphor.search(builder.text, span.start, at):
        actor_ids = list(builder.last_actors)  # 同室は / 동 부처는: the actor named last
    if actor_ids:
        builder.last_actors = list(actor_ids)
    trilateral = trilateral_actors(builder, span, cues, at)
    if trilateral:
        actor_ids = [i for i in trilateral if i in builder.entities]
    confidence = frame.confidence
    if frame.name.startswith(("designation-followup", "designation-passive",
                              "designation-partitive")) and \
            not builder.last_designators:
        # "the targets are…" with no designation before it names no target, unless the
        # report's lede named the designator (ko_lede.py)
        builder.last_designators = lede_designators(builder, spans)
        if not builder.last_designators:
            return
    if frame.relation == "DESIGNATED":
        # 外相は「…を対象とした」と述べた: the state the speaker speaks for (ja_speakers.py)
        voice = quoted_voice(builder, span, at) if builder.lang == "ja" else None
        if voice is not None and not voice.actors:
            return  # a scholar's or a company's words: no act the sentence states
        if voice is not None:
            actor_ids = [a.id for a in actors if voice.opening < a.start] or list(voice.actors)
        # a target or an actor the sentence does not name (a list under a heading, the
        # issuing government by default) is less sure than one it names: below 0.8
        patients = [(p, 0.0) for p in patients_of(builder, span, cues, actors)]
        if frame.name.startswith("designation-passive"):
            patients = [(p, 0.0) for p in passive_subjects(builder, spans, index, at)]
        if frame.name.startswith("designation-partitive"):
            before = designation_at(builder, spans[index - 1], cues) if index > 0 else None
            patients = [(p, 0.0) for p in partitive_subjects(builder, spans, index,
                                                             before is not None)]
            if not patients:
                return
            if not actor_ids and before is not None and \
                    not cues.recall.search(before[0].text(builder.text)):
                # the designator of the set it names (not of an act the sentence recalls)
                actor_ids = [a.id for a in actors_of(builder, before[0], cues, before[1],
                                                     before[2])]
        if not patients and builder.lang == "ko":
            # "이들 … 을 지정했다": the targets the document reported before
            patients = [(p, _OUTSIDE) for p in earlier_targets(builder, span, at)]
        if frame.name.startswith("asset-freeze"):
            patients = [(p, 0.0) for p in owners_of(builder, [p for p, _ in patients], at, cues)]
        if not patients and builder.lang == "ja" and \
                ABOVE.search(builder.text, span.start, at):
            # 上記の団体を…対象とした: the list or table above names the targets
            patients = [(p, _OUTSIDE) for p in preceding_list(builder, spans, index)]
        if not patients:
            patients = [(p, _OUTSIDE) for p in following_list(builder, spans, index)]
        elif _ANNOUNCES_LIST.search(span.text(builder.text)):
            # "A 등 3개 기관을 지정했다. (list)", "Aほか以下の者を指定": the list adds to A
            named = {p.id for p, _ in patients}
            patients += [(p, _OUTSIDE) for p in following_list(builder, spans, index)
                         if p.id not in named]
        if voice is not None:
            patients = within(voice, patients)
        elif not actor_ids and builder.lang == "ja":
            actor_ids, phrase = subject_post(builder, span, at)  # 日本の外相は…指定した
            patients = [(p, lower) for p, lower in patients
                        if phrase is None or not phrase.start <= p.start < phrase.end]
        if not actor_ids and builder.lang == "ja" and names_unknown_actor(builder, span.start,
                                                                          at):
            return  # エストニア政府は…指定した: an actor we cannot read, not the issuer
        if not actor_ids and builder.lang == "ko" and \
                names_unknown_ko_actor(builder, span.start, at):
            return  # 캐나다 정부는 …를 지정했다: the same
        if not actor_ids:
            # no actor in the sentence: the government the release speaks for (政府/정부
            # elsewhere in it), else whoever designated in an earlier sentence
            actor_ids = agentless_designators(builder, frame.name)
            if builder.lang == "ja" and frame.name.startswith("designation-followup"):
                # 制裁対象は…: the targets of the designation before it, whoever the
                # document's "government" (政府) is
                actor_ids = list(builder.last_designators)
            if not actor_ids and builder.lang == "ja":
                # …が新たに指定された under the headline 米財務省、…に制裁: the headline's actor
                headline = headline_actor(builder, span.start)
                actor_ids = [headline] if headline else []
            if not actor_ids:
                # a heading or list with no designator in sight: the state of the agency
                # that acted last (外務省は…を公表した, then 【対象者】 and the list)
                actor_ids = [state_of(builder, a, span) for a in builder.last_actors]
                if builder.lang == "ko":
                    # (a Korean report's last actor may have only spoken, 한국 정부가 우려를
                    # 표명했다: only the state the report is about lists the targets)
                    listed = {f"country:{i.get('country')}" for i in builder.meta.issuers}
                    actor_ids = [a for a in actor_ids if a in listed]
            if not actor_ids:
                # a release that never names its actor (今般、以下の者を…指定することとした):
                # the state that issued the document
                actor_ids = issuing_state(builder)
            if not actor_ids:
                return
            confidence -= _OUTSIDE
        else:
            builder.last_designators = list(actor_ids)
        for actor in dict.fromkeys(designator_of(builder, a, span) for a in actor_ids):
            for patient, lower in patients:
                builder.relate("DESIGNATED", actor, patient.id, span, frame=frame.name,
                               confidence=confidence - lower, properties=props,
                               date_basis=basis)
    elif frame.relation == "ISSUED":
        advisories = issued_objects(builder, span, at, actors, cues)
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
                   and f.id not in actor_ids and not _official(builder, f, span)]
        if not targets and _PLURAL_PRONOUN.search(span.text(builder.text)):
            # "they" (이들, 彼ら): the group the previous sentences spoke of
            earlier = [f for f in builder.found if f.end <= span.start and f.type in TARGETS
                       and f.properties.get("kind") in ("worker_group", "group")]
            targets = earlier[-1:]
        for source in sources:
            for target in targets:
                builder.relate("WARNS_ABOUT", source, target.id, span, frame=frame.name,
                               confidence=confidence - 0.05)
