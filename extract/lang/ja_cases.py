"""A US criminal case as Japanese news reports it: the defendants of an indictment, a plea or a
sentence, and the case they are defendants in.

Japanese reports never name the case; like Korean ones (ko_cases.py, ko_charges.py) it is
"United States v. <the first defendant named>", with the id scheme of ko_cases.py, so a
defendant who joins an English node brings the case along (crosslink.py, ko_case_links.py).

One reader for every style (共同, 時事, NHK, 日経): a sentence is about the case when it has
  - a charge, plea or sentence verb stated as done (起訴した, 起訴された, 訴追された,
    罪に問われている, 罪を認めた, 有罪を認めた, 判決を言い渡した, 禁錮N年の判決を受けた) or
    the indictment as its source (起訴状によると), read by ja_modality.stated: a plan
    (起訴する方針), a negation (起訴されていない), a possibility (有罪となれば…可能性) or a
    quote states none; a request (求刑) and an arrest or suspicion alone are no charge;
  - a US court or prosecutor in it or in an earlier such sentence of the report (連邦大陪審,
    連邦地裁, 連邦検察, 米司法省, 司法省), and no other country's (東京地検, 警視庁, 韓国の
    検察, "in Korea": 韓国で起訴された is a case of another country's courts);
and its defendants are the persons it marks as such: a name with 被告/容疑者 (its age in
brackets may come between), a pair with one title (A、B両被告), or a name as the object or
the topic of the charge verb (AをBの罪で起訴した, Aは起訴された). A speaker (X氏は…と述べた)
is no defendant. One case per report: the sentences of one story speak of one case (two
indictments of one prosecution are unsealed together; 同じ事件).

SENTENCED: one defendant in a sentence that imposes a prison term (禁錮102カ月の判決を言い
渡した), or the one defendant of the report named as 被告 alone. The plea (有罪を認めた) of
a defendant named in its sentence, or of the report's one defendant, is guilty.
Inferred from news, so below the sure band (0.8).
"""

from __future__ import annotations

import re

from extract.lang.common import DocBuilder, Found, Span
from extract.lang.dates import find_dates
from extract.lang.ja_dates import same_date
from extract.lang.ja_modality import stated
from extract.lang.ko_cases import case_id_for
from graph.ids import slugify
from graph.model import ExtractedEntity, Mention

# a charge, a plea or a sentence: the verb's stem, whose ending ja_modality reads
_CHARGE = re.compile(
    r"起訴(?=し|され|状(?:によると|では))|訴追(?=し|され)|(?:罪|容疑)に問われ|"
    r"(?:罪|有罪|起訴内容)を(?:全面的に)?認め|判決を言い渡|"
    r"(?:禁錮|禁固|拘禁|懲役)[^。、]{0,16}?(?:判決|刑)(?:を受け|が言い渡され|を言い渡)")
# the charge only of a prosecutor's request, a plan or an offer: no charge made
_NOT_A_CHARGE = re.compile(r"求刑|起訴(?:する|される)(?:方針|予定|見通し|考え|可能性)")
_PLEA = re.compile(r"(?:罪|有罪|起訴内容)を(?:全面的に)?認め")
_SENTENCE = re.compile(r"(?:禁錮|禁固|拘禁|懲役)(?:刑)?\s*(?:(?P<y>\d{1,2})年)?\s*"
                       r"(?:(?P<m>\d{1,3})(?:カ|ヶ|か|ケ)月)?")
_IMPOSED = re.compile(r"判決を言い渡|判決を受け|刑が言い渡され|刑を言い渡")
# a US court or prosecutor (司法省 of Japanese news is the US Department of Justice; Japan's
# is 法務省)
_US = re.compile(r"連邦(?:大陪審|地裁|地方裁判所|裁判所|地検|検察|検事|控訴裁)|米(?:国)?(?:の)?"
                 r"(?:司法省|検察|連邦)|(?<![英韓中独仏露日])司法省|米司法当局|米国の司法当局")
# another country's police, prosecutors or courts, or a charge brought "in" another country
_ELSEWHERE = re.compile(r"(?<!連邦)地検|地方検察庁|検察庁|警視庁|[都道府県]警|警察署|法務省|"
                        r"(?:韓国|日本|中国|ソウル|東京|大阪|北京|香港|ロシア)(?:の)?"
                        r"(?:検察|裁判所|地裁|高裁|警察|当局|捜査当局)|"
                        r"(?:韓国|日本|中国|香港|ロシア|英国|ドイツ|フランス)(?:で|では)(?:[^。、]{0,12})?"
                        r"(?:起訴|訴追|有罪|判決)")
# after a name: its age or particulars in brackets, then the title of the accused
_AGE = r"(?:[（(][^）)]{1,12}[）)])?"
_TITLED = re.compile(_AGE + r"(?:被告人|被告|容疑者)")
# A、B両被告: the names before 両 share the title
_PAIR = re.compile(_AGE + r"(?:[、と][ァ-ヺー一-龥]{1,5})?両(?:被告人|被告|容疑者)")
# the name as the object or the topic of the charge verb (not を通じて, a means)
_OBJECT = re.compile(_AGE + r"(?:を(?!通じ|介し|使|め|はじめ)|は|も|が)")
# a speaker: a name with 氏 or a post says what the court did
_SPEECH = re.compile(r"と(?:述べ|語っ|話し|発表|明らかに|強調|指摘|説明|非難|批判)")
# the report's bare "the defendant" (被告は, 同被告), its one defendant
_BARE = re.compile(r"(?<![ァ-ヺー一-龥])(?:同)?(?:被告|容疑者)(?:は|が|も|に)")
# a word of a criminal case: with a US authority, the report's case is American
_CASE_WORD = re.compile(r"起訴|逮捕|被告|容疑者|判決|有罪|訴追|公判|裁判")
# the federal court (or grand jury) the case is before: the case is in the United States
_COURT = re.compile(r"連邦(?:大陪審|地裁|地方裁判所|裁判所)")
# the report's references to its one case
_CASE_WORDS = re.compile(r"起訴状|同じ事件|同事件|この事件|本件")
CASE = 0.7
DEFENDANT = 0.75


def _charge(builder: DocBuilder, span: Span) -> re.Match[str] | None:
    """The charge, plea or sentence the sentence states as done, or None."""
    text = builder.text
    sentence = span.text(text)
    if _NOT_A_CHARGE.search(sentence) or _ELSEWHERE.search(sentence):
        return None
    for match in _CHARGE.finditer(text, span.start, span.end):
        if text.startswith("起訴状", match.start()):
            if stated(text, span, match.end()) is not None:
                return match  # 起訴状によると: what the indictment charges
            continue
        # the verb's ending: the stem and what follows up to the next clause
        end = match.end()
        while end < span.end and text[end] not in "、。，」":
            end += 1
        if stated(text, span, min(end, match.end() + 4)) is not None and \
                not re.search(r"(?:方針|予定|見通し|可能性|れば|場合)", text[match.end():end + 8]):
            return match
    return None


def _persons(builder: DocBuilder, span: Span) -> list[Found]:
    return [f for f in builder.in_span(span, ("Person",)) if not f.unnamed]


def _defendants(builder: DocBuilder, span: Span, charge: re.Match[str]) -> list[Found]:
    """The persons the sentence makes defendants, in the order named."""
    text = builder.text
    out: list[Found] = []
    for person in _persons(builder, span):
        after = text[person.end:min(span.end, person.end + 24)]
        if _TITLED.match(after) or _PAIR.match(after):
            out.append(person)
        elif _OBJECT.match(after) and person.end < charge.start() and \
                not text.startswith(("氏", "さん"), person.end) and \
                not _SPEECH.search(text, charge.end(), span.end) and \
                not _persons_between(builder, person.end, charge.start()):
            out.append(person)  # AをBの罪で起訴した, Aは起訴された
    return list({p.id: p for p in out}.values())


# persons known only by nationality and count, "also" charged beside those named
# (外国籍の3人も…起訴された): the も says they are others than the defendants named
_OTHERS = re.compile(r"(?:[一-龥ァ-ヺー]{1,6}(?:国籍|籍)の|外国人)(?P<n>[0-9０-９]{1,2})人も")
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _others(builder: DocBuilder, span: Span, charge: re.Match[str]) -> list[Found]:
    """The unnamed group the sentence charges besides the named defendants, as a Person."""
    match = _OTHERS.search(builder.text, span.start, charge.start())
    if match is None:
        return []
    number = int(match.group("n").translate(_DIGITS))
    name = builder.text[match.start():match.end() - 1]  # without も
    # the mention is the whole description, or its count where a state's name in it is
    # a mention already (中国籍の2人)
    for start in (match.start(), match.start("n")):
        group = Found(start, match.end() - 1, builder.text[start:match.end() - 1], "Person",
                      f"person:{slugify(builder.meta.id) or 'document'}#defendants-{number}",
                      name, properties={"count": number, "count_qualifier": "exact"},
                      confidence=CASE, unnamed=True)
        builder.add(group)
        if group in builder.found:
            return [group]
    return []


def _persons_between(builder: DocBuilder, start: int, end: int) -> bool:
    return any(start <= f.start < end for f in builder.found if f.type == "Person")


def _us(sentence: str) -> bool:
    return bool(_US.search(sentence))


def apply_cases(builder: DocBuilder, spans: list[Span]) -> None:
    """Case, DEFENDANT_IN, SENTENCED of a report of a US prosecution."""
    text = builder.text
    us_before = False
    courts: list[Span] = []  # sentences that name the federal court of the case
    case: ExtractedEntity | None = None
    defendants: list[str] = []
    for span in spans:
        sentence = span.text(text)
        charge = _charge(builder, span)
        us_here = _us(sentence) and not _ELSEWHERE.search(sentence)
        if charge is None or not (us_here or us_before):
            # 米司法省は…容疑者を逮捕したと発表した: the report's case is American
            us_before = us_before or (us_here and bool(_CASE_WORD.search(sentence)))
            continue
        us_before = True
        if _COURT.search(sentence):
            courts.append(span)
        found = _defendants(builder, span, charge)
        if not found and case is not None:
            found = _others(builder, span, charge)
        if not found:
            continue
        if case is None:
            first = found[0]
            case = ExtractedEntity(id=case_id_for(first.id), type="Case",
                                   name=f"United States v. {builder.entities[first.id].name}",
                                   properties={"country": "US"}, confidence=CASE)
            builder.entities.setdefault(case.id, case)
        plea = bool(_PLEA.search(sentence))
        for person in found:
            _defend(builder, person.id, case.id, span, plea)
            if person.id not in defendants and not person.unnamed:
                defendants.append(person.id)  # the named ones: "the defendant" is one of them
    if case is None:
        return
    _one_defendant_acts(builder, spans, case.id, defendants)
    _sentenced(builder, spans, case.id, defendants)
    us = [e.id for e in builder.entities.values()
          if e.type == "Country" and e.properties.get("code") == "US"]
    for span in courts[:1] if len(us) == 1 else []:
        builder.relate("LOCATED_IN", case.id, us[0], span, frame="charge.ja.v1",
                       confidence=CASE)
    for match in _CASE_WORDS.finditer(text):
        case.mentions.append(Mention(match.start(), match.end(), match.group()))


def _defend(builder: DocBuilder, person: str, case: str, span: Span, plea: bool) -> None:
    props = {"role": "defendant", **({"plea": "guilty"} if plea else {})}
    existing = builder.relations.get(("DEFENDANT_IN", person, case))
    if existing is not None and plea:
        existing.properties["plea"] = "guilty"
    builder.relate("DEFENDANT_IN", person, case, span, frame="charge.ja.v1",
                   confidence=DEFENDANT, modality="pleaded_guilty" if plea else "charged",
                   properties=props)


def _one_defendant_acts(builder: DocBuilder, spans: list[Span], case: str,
                        defendants: list[str]) -> None:
    """被告は…有罪を認めていた: the plea of the report's one defendant."""
    if len(defendants) != 1:
        return
    for span in spans:
        sentence = span.text(builder.text)
        if _PLEA.search(sentence) and _BARE.search(sentence) and not _persons(builder, span):
            _defend(builder, defendants[0], case, span, True)


def _sentenced(builder: DocBuilder, spans: list[Span], case: str,
               defendants: list[str]) -> None:
    """SENTENCED: a prison term imposed on the one defendant the sentence names (or on the
    report's one defendant, named as 被告)."""
    for span in spans:
        sentence = span.text(builder.text)
        term = next((t for t in _SENTENCE.finditer(sentence) if t.group("y") or t.group("m")),
                    None)
        imposed = _IMPOSED.search(sentence, term.end()) if term else None
        if term is None or imposed is None or re.search(r"求刑|可能性|れば|場合", sentence) \
                or stated(builder.text, span, span.start + imposed.end()) is None:
            continue
        named = {p.id for p in _persons(builder, span) if p.id in defendants}
        if not named and len(defendants) == 1 and _BARE.search(sentence):
            named = set(defendants)
        if len(named) != 1:
            continue
        months = int(term.group("y") or 0) * 12 + int(term.group("m") or 0)
        dates = find_dates(sentence, builder.meta.date)
        date = dates[0].iso if dates else same_date(builder, span) or builder.meta.date
        builder.relate("SENTENCED", named.pop(), case, span, frame="sentence.ja.v1",
                       confidence=DEFENDANT, modality="sentenced",
                       properties={"months": months, "qualifier": "exact",
                                   **({"date": date} if date else {})},
                       date_basis="sentence" if dates or same_date(builder, span) else "document")
