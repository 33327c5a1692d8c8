"""Designations and issued statements as Japanese news reports tell them, where the
one-sentence frames of extract/lang/frames.py read them wrong or not at all.

- A body named only as where a listed person works is context, not a target: in
  偵察総局の白成根(ペク・ソングン)部長ら5人を制裁対象に加えた or 朝鮮白頭技術会社の代表カン氏を
  指定した the person is designated and works at the body (EMPLOYED_AT); a body glued
  to the next name (朝鮮人民軍偵察総局) is only what that name belongs to.
- A sanction announced with no target in its sentence (米財務省は…として制裁を発表した。)
  names its targets in the next one (対象となったのは、A社と、B氏だ。): the announcer's
  state designated them.
- A statement titled in quotes and then "compiled and published" (「…注意喚起」と題する文書を
  まとめ、ウェブサイトで公表した): the subject issued it, as the frames do for 「…」を公表した.

Whether the sentence states the act is decided as for the frames (ja_modality.py): a plan,
a negation or the words of a quote state none.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.cues import JA
from extract.lang.frames import FRAMES
from extract.lang.ja_modality import stated
from extract.lang.roles import act_date, actors_of, designator_of, patients_of

_TITLE = (r"(?:総局長|副局長|局長|副部長|部長|社長|副社長|代表|幹部|責任者|所長|支社長|会長|CEO|"
          r"ＣＥＯ|最高経営責任者|大使|参事官|書記官|担当官|団長|室長|課長|理事長|司令官|"
          r"チームリーダー)")
# Oの P(reading) 部長 / Oの P氏(代表): the person's title after the name
_NAME_THEN_TITLE = re.compile(r"^\s*(?:[（(][^）)]{1,30}[）)])?\s*(?:氏)?\s*(?:[（(]\s*)?" + _TITLE)
_OF = re.compile(r"^[」』]?\s*の\s*$")
# Oの代表(である) P / O代表の P: the title before the name
# (Oのロシア駐在代表である P, Oの瀋陽支社長の P: where the post is, before the title)
_TITLE_THEN_NAME = re.compile(r"^[」』]?\s*の?\s*"
                              r"(?:[一-龥ァ-ヺー]{1,8}?(?:駐在|支社|支店|事務所)の?)?\s*" +
                              _TITLE + r"\s*(?:の|である|を務める|で|、)?\s*$")
_ALREADY = re.compile(r"(?:(?:既に|すでに|以前から|これまでに)\s*)?(?:制裁|資産凍結)(?:措置)?の?\s*"
                      r"対象(?:の|と(?:なって|されて)(?:いる|いた)|に指定されて(?:いる|いた))\s*"
                      r"(?:[^、。\s「」]{0,6}の)?\s*[「『]?$")
# a sanction announced in so many words, its targets left to the next sentence
_ANNOUNCED = re.compile(r"(?:新たな|追加の?|独自の?)?\s*制裁(?:措置)?を\s*(?:発表|決定|発動|科|課)")
_FOLLOWUP = re.compile(r"^(?:[^、。]{0,24}(?:によると|によれば|によりますと)、?\s*)?"
                       # (新たに対象となったのは: the adverb of the news cleft)
                       r"(?:今回の?|新たな|この)?\s*(?:新たに|今回)?\s*"
                       r"(?:(?:独自|追加)?(?:制裁|資産凍結)(?:措置)?の?)?対象(?:者|団体|個人|機関)?"
                       r"(?:と(?:なった|なる|された)|に(?:指定|追加)された)?"
                       r"(?:の|者|個人|団体|機関)?(?:は|には)")
# the group a designation counted, named in the next sentence: 個人は、… / 団体には…
_COUNT = (r"(?:[0-9０-９一二三四五六七八九十]+\s*(?:人|名)?\s*{group}|"
          r"{group}\s*[0-9０-９一二三四五六七八九十]+)")
# the measure's targets as the object of a bare 対象 verb ending its clause (Aを対象とし、…
# 資産を凍結する / Bを対象に加えた): no sanction word of its own, the act is the one the
# sentence before named; 対象 with a modifier of its own (調査の対象とし, 支援の対象に加え)
# is some other measure's, and 対象とした+noun (…を対象とした説明会) a relative clause
_BARE_TARGETS = re.compile(r"を\s*(?:その\s*)?対象(?:と(?:し、|する[。、]|した[。、]|しました)|"
                           r"に\s*(?:加え|追加し)(?:た|、|ました))")
_GROUP_FOLLOWUP = re.compile(r"^(?:対象の?|指定された)?(個人|団体|機関|企業)(?:は|には)")
# the group again with its count (…3人と2団体を指定した。2団体は「A」と「B」。): a list
# only when the sentence ends on its names, not a description (2団体はAの子会社だ)
_COUNTED_FOLLOWUP = re.compile(r"^(?:対象の?|指定された)?[0-9０-９一二三四五六七八九十]+\s*"
                               r"(人|名|個人|団体|機関|企業|社)(?:は|には)、?")
_LIST_END = re.compile(r"^[」』）)]?\s*(?:氏|ら)?\s*(?:の\s*(?:[0-9０-９一二三四五六七八九十]+\s*"
                       r"(?:人|名|個人|団体|機関|社)|各(?:氏|社|団体)))?\s*(?:だ|である|です)?"
                       r"\s*[。．]?\s*$")
# 「T」と題する文書をまとめ、ウェブサイトで公表した: compiled, then published somewhere
_COMPILED = re.compile(r"^[」』]?\s*(?:と題(?:する|した)\s*(?:文書|資料|報告書|冊子))?\s*を\s*"
                       r"(?:取りまとめ|まとめ|作成し|策定し)(?:て)?、?\s*"
                       r"(?:[^、。「」]{0,12}?(?:で|上で|に)\s*)?(?:公表|発表|公開|発出|掲載)")
# 注意喚起（警告番号…）を出した: the statement's number in brackets before its verb
_BRACKETED_OBJECT = re.compile(r"^\s*(?:（[^）]{1,40}）|\([^)]{1,40}\))\s*を\s*"
                               r"(?:共同で|連名で)?\s*(?:公表|発表|発出|公開|出し|発行)")
# FBIが1月に出した公共サービス告知: the issuing verb of a relative clause before it
_RELATIVE = re.compile(r"(?:公表|発表|発出|公開|発行|出)(?:した|された|していた)\s*[「『]?$")
_DESIGNATION_FRAMES = ("designation", "asset-freeze", "reported-actor")
# the designation frame's own predicate: a designation whose targets are only counted
# (個人2人と1団体を制裁対象に指定した) names them in the next sentence (制裁対象は、A、B。)
_DESIGNATION = next(f.predicate for f in FRAMES["ja"] if f.name == "designation.ja.v1")


# 日本、米国、韓国の3カ国政府は: 政府 after a count of states is theirs, not "the government"
_COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十]+\s*(?:か国|カ国|ヶ国|ヵ国)\s*$")


_STATE_GAP = re.compile(r"(?:の|[（(][A-Za-z0-9 .]{1,20}[)）])$")


def _of_named_state(builder: DocBuilder, found: Found) -> bool:
    # (韓国の政府; 朝鮮民主主義人民共和国(DPRK)政府: the state's abbreviation in brackets)
    gap = _STATE_GAP.search(builder.text, max(0, found.start - 24), found.start)
    at = gap.start() if gap else found.start
    return any(f.end == at and f.type == "Country" and not f.properties.get("self")
               for f in builder.found)


def drop_counted_governments(builder: DocBuilder) -> None:
    """The word 政府 ("the government": the state that issued the document) right after a
    count of states (3カ国政府) names the governments of the states counted, and right
    after a state (アメリカ合衆国政府, 韓国の政府, X(DPRK)政府) that state's: not the issuing
    state. Its mention goes, so the states before it stay the subject."""
    for found in [f for f in builder.found if f.properties.get("self") and (
            _COUNTED.search(builder.text, max(0, f.start - 8), f.start) or
            _of_named_state(builder, f))]:
        builder.withdraw(found)


def apply_sanctions(builder: DocBuilder, spans: list[Span]) -> None:
    _context_bodies(builder)
    _designated_not_warned_about(builder)
    _announced_then_named(builder, spans)
    _compiled_statements(builder, spans)


def _works_at(builder: DocBuilder, body: Found) -> Found | None:
    """The person a body is named for, when the body is only where that person works."""
    text = builder.text
    if body.type != "Organization" or body.properties.get("kind") in ("worker_group", "group"):
        return None
    later = [f for f in builder.found if f.start >= body.end and f.type in ("Person",
                                                                           "Organization")]
    nxt = min(later, key=lambda f: f.start, default=None)
    if nxt is None or nxt.type != "Person" or nxt.start - body.end > 12:
        return None
    gap = text[body.end:nxt.start]
    if _OF.match(gap) and _NAME_THEN_TITLE.match(text[nxt.end:nxt.end + 40]):
        return nxt
    if _TITLE_THEN_NAME.match(gap):
        return nxt
    return None


def _already_designated(builder: DocBuilder, found: Found) -> bool:
    """A name a relative clause describes as sanctioned already (既に制裁対象となっている
    北朝鮮の偵察総局, 制裁対象の朝鮮X会社): an earlier designation recalled, not this one."""
    return bool(_ALREADY.search(builder.text, max(0, found.start - 30), found.start))


def _glued(builder: DocBuilder, body: Found) -> bool:
    """A body written right before another name, with nothing between (朝鮮人民軍偵察総局)."""
    return any(f.start == body.end and f.type in ("Organization", "Person") and f.id != body.id
               for f in builder.found)


def _context_bodies(builder: DocBuilder) -> None:
    for key, relation in list(builder.relations.items()):
        if relation.type != "DESIGNATED" or not relation.frame.startswith(_DESIGNATION_FRAMES):
            continue
        target = relation.target
        context = True
        for evidence in relation.evidence:
            mentions = [f for f in builder.in_span(Span(evidence.start, evidence.end))
                        if f.id == target]
            if not mentions or not all(_works_at(builder, m) is not None or _glued(builder, m)
                                       or _already_designated(builder, m) for m in mentions):
                context = False
        if context:
            del builder.relations[key]
    for span_body in [f for f in builder.found if f.type == "Organization"]:
        person = _works_at(builder, span_body)
        if person is None or person.unnamed or span_body.unnamed:
            continue
        span = _sentence_of(builder, person.start)
        modality = stated(builder.text, span, person.end)
        if modality is not None:
            builder.relate("EMPLOYED_AT", person.id, span_body.id, span,
                           frame="title-of.ja.v1", confidence=0.8, modality=modality)


def _designated_not_warned_about(builder: DocBuilder) -> None:
    """米財務省はX社を制裁対象に指定し、企業に警戒を呼びかけた: the warning the sentence
    frames goes to companies; the body the same sentence designates is what was sanctioned,
    not what the warning is about."""
    designated = {(r.target, e.start) for r in builder.relations.values()
                  if r.type == "DESIGNATED" for e in r.evidence}
    for key, relation in list(builder.relations.items()):
        if relation.type == "WARNS_ABOUT" and relation.frame.startswith("warning.") and \
                all((relation.target, e.start) in designated for e in relation.evidence):
            del builder.relations[key]


def _sentence_of(builder: DocBuilder, at: int) -> Span:
    start = max(builder.text.rfind(c, 0, at) for c in "。\n") + 1
    ends = [i for i in (builder.text.find(c, at) for c in "。\n") if i >= 0]
    return Span(start, min(ends) + 1 if ends else len(builder.text))


def _announced_then_named(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for index, span in enumerate(spans[:-1]):
        match = _ANNOUNCED.search(text, span.start, span.end) or \
            _DESIGNATION.search(text, span.start, span.end)
        dated = act_date(builder, span, JA, bool(JA.recall.search(text, span.start, span.end)))
        if match is None or stated(text, span, match.end()) is None or dated is None:
            continue
        actors = actors_of(builder, span, JA, match.start())
        if not actors:
            continue
        following = spans[index + 1]
        if _bare_targets(builder, span, following, actors, dated):
            continue
        # 個人3人を…指定した。個人は、A、B、Cの3人。: the counted group named in turn
        numbered = _COUNTED_FOLLOWUP.match(following.text(text))
        counted = _GROUP_FOLLOWUP.match(following.text(text)) or numbered
        if not (counted and re.search(_COUNT.format(group=counted.group(1)),
                                      span.text(text))) and \
                (patients_of(builder, span, JA, actors) or
                 not _FOLLOWUP.match(following.text(text))):
            continue  # named targets and no list after them: the frames read them
        named = [p for p in patients_of(builder, following, JA, actors)
                 if _works_at(builder, p) is None and not _glued(builder, p)]
        if numbered and named and not _LIST_END.match(text[named[-1].end:following.end]):
            continue  # 2団体は…: the counted group described, not named
        for actor in dict.fromkeys(designator_of(builder, a.id, span) for a in actors):
            for patient in named:
                builder.relate("DESIGNATED", actor, patient.id, following,
                               frame="announced-followup.ja.v1", confidence=0.75,
                               properties=dated[0], date_basis=dated[1])


def _bare_targets(builder: DocBuilder, span: Span, following: Span, actors: list[Found],
                  dated: tuple[dict[str, str], str]) -> bool:
    """政府は…新たな制裁措置を決定した。AとBを対象とし、資産を凍結する: the sentence after
    an act that named no target lists them as the objects of a bare 対象 verb, its actor
    left out; the act's actors designated them. Whether any were read."""
    text = builder.text
    verb = _BARE_TARGETS.search(text, following.start, following.end)
    if verb is None or patients_of(builder, span, JA, actors) or \
            actors_of(builder, following, JA, verb.start()) or \
            stated(text, following, verb.end()) is None:
        return False
    named = [p for p in patients_of(builder, Span(following.start, verb.start()), JA, [])
             if _works_at(builder, p) is None and not _glued(builder, p)]
    for actor in dict.fromkeys(designator_of(builder, a.id, span) for a in actors):
        for patient in named:
            builder.relate("DESIGNATED", actor, patient.id, following,
                           frame="bare-targets.ja.v1", confidence=0.75,
                           properties=dated[0], date_basis=dated[1])
    return bool(named)


def _compiled_statements(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for span in spans:
        for advisory in builder.in_span(span, ("Advisory",)):
            compiled = _COMPILED.match(text[advisory.end:span.end]) or \
                _BRACKETED_OBJECT.match(text[advisory.end:span.end])
            relative = _RELATIVE.search(text, max(span.start, advisory.start - 12),
                                        advisory.start)
            if compiled is None and relative is None:
                continue
            at = advisory.end + compiled.end() if compiled else advisory.start
            dated = act_date(builder, span, JA, bool(JA.recall.search(text, span.start, span.end)))
            if stated(text, span, at) is None or dated is None:
                continue
            before = advisory.start if compiled else relative.start() if relative else 0
            frame = "compiled.ja.v1" if compiled else "relative-issue.ja.v1"
            for actor in actors_of(builder, Span(span.start, before), JA, before):
                builder.relate("ISSUED", actor.id, advisory.id, span, frame=frame,
                               confidence=0.8, properties=dated[0], date_basis=dated[1])
