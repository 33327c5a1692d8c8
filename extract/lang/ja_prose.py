"""Who works for, belongs to, fronts for and funds whom, as Japanese prose states it
(news reports, press releases and warnings rather than lists).

Each construction is anchored on a name and the particles and verb right after it; the
sentence's subject (the name marked は/が, 同社は for the company named last) is the other
end. Roles:
- EMPLOYED_AT: Sは…Oの代表を務め / Oに所属し / Oで働いていた; Oの代表を務めるP, Oに所属するP;
  Oは…Wを雇用していた (W works at O).
- CONTROLLED_BY: Sは…Xによって運営されている / Xの傘下組織で; Xが運営する「O」.
- FRONT_FOR: Sは…Xの偽装企業 / フロント企業 / 隠れ蓑; Xのフロント企業であるO.
- FUNDED: Sは…(収益)をXに送金した (the amount named, if any, is what went); Sが稼いだ
  外貨はXの…資金源となった / Xの…に充てられた. X is the regime or one of its units.

What the sentence does with the verb decides whether there is a fact (ja_modality.py): a
plan, a negation, a possibility or the words of a quote state none.
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.ja_modality import stated

_CLOSE = r"[」』]?\s*"
_ROLE = (r"(?:代表|社長|最高経営責任者|CEO|ＣＥＯ|幹部|社員|職員|従業員|責任者|構成員|工作員|要員|"
         r"担当者|チームリーダー|リーダー|役員|取締役|会長|所長|局長|部長|総局長|副局長|支社長|"
         r"メンバー)(?:（[^）]{1,12}）|\([^)]{1,12}\))?")
# after the company, of the sentence's subject: Oの代表を務め / Oに所属し / Oで働いていた
_WORKS_AT = re.compile(r"^" + _CLOSE + r"(?:の\s*" + _ROLE + r"\s*(?:を務め|を務めて|として|"
                       r"で|であ|だっ|に就)|(?:に|で)\s*(?:所属|勤務|勤め|働い|働き|雇われ|"
                       r"雇用され|就職|就業|在籍))")
# before the person: Oの代表を務めるP / Oに所属するP / O所属のP
_ROLE_BEFORE = re.compile(r"^" + _CLOSE + r"(?:の\s*" + _ROLE + r"\s*(?:を務める|を務めていた|"
                          r"である|であった|の)?|(?:に)?\s*所属(?:する|していた|している|の))"
                          r"\s*(?:北朝鮮(?:国籍)?の)?\s*$")
# (受け入れ "took in" is not employment: a front company takes in workers for another)
_HIRES = re.compile(r"^" + _CLOSE + r"(?:ら)?\s*を\s*(?:雇用|雇い|雇っ)")
# the verb ends its clause (…の代表を務め、 / …で働いていた。), not a relative clause that
# describes a noun after it (…の代表を務める男, …に所属する技術者): that noun is the member
_CLAUSE_END = re.compile(r"^[ぁ-ん]{0,8}?(?:[。、，\s]|$)")
# Sは…Xによって運営されている / Xの傘下組織で / Xの指揮下にある
_RUN_BY = re.compile(r"^" + _CLOSE + r"(?:によって|により|に)\s*(?:実質的に|事実上)?\s*"
                     r"(?:運営|管理|統制|支配|経営|所有|指揮)")
# the body is what the subject is (…の傘下組織で、), not what it is a front for (…傘下の
#企業の隠れ蓑)
_UNDER = re.compile(r"^" + _CLOSE + r"の?\s*(?:傘下|配下|下部|指揮下|管轄下|管理下|統制下|直属)"
                    r"(?:(?:の)?\s*(?:組織|企業|団体|機関|部隊|会社|部署)(?=\s*(?:で|であ|だ|。|、|"
                    r"として))|にあ|に置か|で|であ|だ)")
# Xが運営する「O」 / Xが所有するO社
_RUNS = re.compile(r"^" + _CLOSE + r"(?:が|の)\s*(?:運営|経営|所有|管理|支配)する\s*[「『]?\s*$")
_FRONT = r"(?:フロント企業|フロント会社|隠れ蓑|偽装企業|偽装会社|ダミー会社|ペーパーカンパニー)"
_FRONT_OF = re.compile(r"^" + _CLOSE + r"の\s*[^\s、。「」]{0,4}?" + _FRONT)
_FRONT_BEFORE = re.compile(r"^" + _CLOSE + r"の\s*" + _FRONT + r"\s*(?:である|の)?\s*[「『]?\s*$")
# money sent to X: Xに送金した / Xへ上納していた
_SENT_TO = re.compile(r"^" + _CLOSE + r"(?:に|へ)\s*(?:送金|上納|送っ|渡っ|流れ|還流)")
_MONEY = re.compile(r"収益|収入|報酬|賃金|給与|利益|資金|外貨|稼ぎ|暗号資産|ドル|円")
# the money as topic: Sが稼いだ外貨は/が, Sの収入は
_EARNINGS = re.compile(r"^\s*(?:ら)?\s*(?:が|の)\s*(?:[^\s、。]{0,8}?(?:得た|稼いだ|稼ぐ|得る|"
                       r"受け取った|受け取る)\s*)?(?:収益|収入|報酬|賃金|給与|外貨|利益|資金)"
                       r"(?:の(?:大半|一部|多く))?\s*(?:は|が|も)")
_FUNDS = re.compile(r"^" + _CLOSE + r"(?:の[^。]{0,24}?(?:資金源|収入源|財源)|"
                    r"(?:の[^。]{0,24}?)?(?:に|へ)\s*(?:流用|充て|流れ|送金|還流|上納))")
# what follows a subject: its topic or subject particle, after an honorific or count
_SUBJECT = re.compile(r"^[)）]?\s*(?:（[^）]{1,60}）|\([^)]{1,60}\))?\s*"
                      r"(?:氏|容疑者|被告|受刑者)?\s*(?:の(?:多く|大半|一部|大部分))?\s*(?:ら)?\s*(?:は|が)(?![らりるれ])")
_SAME = re.compile(r"同社(?:は|が)")
_COORDINATED = re.compile(r"^[」』)）]?\s*(?:、|，|及び|および|並びに|ならびに|と|・)"
                          r"\s*[「『]?$")
# 人民武力省(国防省)傘下のIT企業、X / 偵察総局傘下のX: the company under the body
_UNDER_BEFORE = re.compile(r"^[」』)）]?\s*(?:（[^）]{1,20}）|\([^)]{1,20}\))?\s*の?\s*"
                           r"(?:傘下|配下)\s*の\s*(?:[^\s、。「」]{0,8}?(?:企業|会社|団体|組織|機関)"
                           r"\s*[、]?)?\s*[「『]?$")
_WORKERS = ("Person", "Organization")
_BODIES = ("Organization", "Agency", "Country", "Person")


def _subjects(builder: DocBuilder, span: Span, before: int,
              types: tuple[str, ...]) -> list[Found]:
    """The subject and the names coordinated before it (A及びBは): each is a subject."""
    head = _subject(builder, span, before, types)
    if head is None:
        return []
    group = [head]
    for prev in reversed(builder.in_span(Span(span.start, head.start), types)):
        gap = builder.text[prev.end:group[0].start]
        if prev.id == group[0].id or not _COORDINATED.match(gap):
            break
        group.insert(0, prev)
    return group


def _subject(builder: DocBuilder, span: Span, before: int,
             types: tuple[str, ...]) -> Found | None:
    """The name marked as the clause's topic or subject before `before`; 同社は: the
    company the text named last before the sentence."""
    text = builder.text
    marked = [f for f in builder.in_span(Span(span.start, before), types)
              if _SUBJECT.match(text[f.end:f.end + 16])]
    if marked:
        return marked[-1]
    same = _SAME.search(text, span.start, before)
    if same and "Organization" in types:
        # the company an earlier sentence spoke about: its last one marked as subject
        earlier = [f for f in builder.found if f.type == "Organization" and f.end <= span.start
                   and not _group(f) and _SUBJECT.match(text[f.end:f.end + 16])]
        return max(earlier, key=lambda f: f.end) if earlier else None
    return None


def _regime(found: Found) -> bool:
    """The regime or one of its units: where money for North Korea goes."""
    return found.id == "country:KP" or found.properties.get("kind") == "dprk_unit"


def _group(found: Found) -> bool:
    return found.properties.get("kind") in ("worker_group", "group")


def _relate(builder: DocBuilder, rel: str, source: Found, target: Found, span: Span,
            at: int, frame: str, confidence: float) -> None:
    modality = stated(builder.text, span, at)
    if modality is None or source.id == target.id or source.unnamed or target.unnamed:
        return
    builder.relate(rel, source.id, target.id, span, frame=frame, confidence=confidence,
                   modality=modality)


def apply_prose(builder: DocBuilder, spans: list[Span]) -> None:
    text = builder.text
    for span in spans:
        names = builder.in_span(span, _BODIES)
        for index, item in enumerate(names):
            after = text[item.end:item.end + 40]
            nxt = names[index + 1] if index + 1 < len(names) else None
            _employment(builder, span, item, after, nxt)
            _control(builder, span, item, after, nxt)
            _funding(builder, span, item, after)


def _employment(builder: DocBuilder, span: Span, item: Found, after: str,
                nxt: Found | None) -> None:
    text = builder.text
    if item.type == "Organization" and not _group(item):
        works = _WORKS_AT.match(after)
        if works and _CLAUSE_END.match(after[works.end():]):
            who = _subject(builder, span, item.start, _WORKERS)
            if who is not None and (who.type == "Person" or _group(who)):
                _relate(builder, "EMPLOYED_AT", who, item, span, item.end + works.end(),
                        "role-subject.ja.v1", 0.8)
        if nxt is not None and (nxt.type == "Person" or _group(nxt)) and \
                _ROLE_BEFORE.match(text[item.end:nxt.start]):
            _relate(builder, "EMPLOYED_AT", nxt, item, span, nxt.start, "role-before.ja.v1",
                    0.8)
    if item.type in ("Person", "Organization") and (item.type == "Person" or _group(item)):
        hires = _HIRES.match(after)
        employer = _subject(builder, span, item.start, ("Organization",)) if hires else None
        if hires and employer is not None and not _group(employer):
            _relate(builder, "EMPLOYED_AT", item, employer, span, item.end + hires.end(),
                    "hires.ja.v1", 0.75)


def _control(builder: DocBuilder, span: Span, item: Found, after: str,
             nxt: Found | None) -> None:
    text = builder.text
    if _group(item):
        return
    for pattern, rel, frame in ((_RUN_BY, "CONTROLLED_BY", "run-by.ja.v1"),
                                (_UNDER, "CONTROLLED_BY", "under.ja.v1"),
                                (_FRONT_OF, "FRONT_FOR", "front-of.ja.v1")):
        match = pattern.match(after)
        if not match or (rel == "FRONT_FOR" and item.type != "Organization"):
            continue
        for subject in _subjects(builder, span, item.start, ("Organization",)):
            if not _group(subject):
                _relate(builder, rel, subject, item, span, item.end + match.end(), frame,
                        0.8)
    if nxt is None or nxt.type != "Organization" or _group(nxt):
        return
    gap = text[item.end:nxt.start]
    if item.type in ("Organization", "Agency") and _UNDER_BEFORE.match(gap):
        _relate(builder, "CONTROLLED_BY", nxt, item, span, nxt.start, "under-before.ja.v1",
                0.8)
    elif _RUNS.match(gap):
        _relate(builder, "CONTROLLED_BY", nxt, item, span, nxt.start, "runs.ja.v1", 0.8)
    elif item.type == "Organization" and _FRONT_BEFORE.match(gap):
        _relate(builder, "FRONT_FOR", nxt, item, span, nxt.start, "front-before.ja.v1", 0.8)


def _funding(builder: DocBuilder, span: Span, item: Found, after: str) -> None:
    if not _regime(item):
        return
    text = builder.text
    sent = _SENT_TO.match(after)
    if sent:
        sender = _subject(builder, span, item.start, ("Person", "Organization"))
        if sender is not None and sender.id != item.id and \
                _MONEY.search(text, sender.end, item.start):
            # the amount sent, not its conversion in brackets (60万ドル（約9千万円）); money
            # flows through a Payment, so a person who sent no named amount forwarded the
            # workers' money (the workers' own earnings are theirs)
            amounts = [p for p in builder.in_span(Span(sender.end, item.start), ("Payment",))
                       if text[p.start - 2:p.start].strip()[-1:] not in ("(", "（")]
            source = amounts[-1] if amounts else sender if _group(sender) else None
            if source is None:
                return
            _relate(builder, "FUNDED", source, item, span, item.end + sent.end(),
                    "sent-to.ja.v1", 0.75)
        return
    funds = _FUNDS.match(after)
    if not funds:
        return
    earners = [f for f in builder.in_span(Span(span.start, item.start), ("Person",
                                                                          "Organization"))
               if f.id != item.id and _EARNINGS.match(text[f.end:f.end + 24])]
    if earners:
        _relate(builder, "FUNDED", earners[-1], item, span, item.end + funds.end(),
                "source-of-funds.ja.v1", 0.75)
