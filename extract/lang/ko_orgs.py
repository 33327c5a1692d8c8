"""Company names in Korean news that the compound rule of ko.py misses.

- A foreign company written by sound with its Latin name in brackets, without quotes:
  파이어니어 벤컨트 스타 리얼 에스테이트(Pioneer Bencont Star Real Estate). The Latin name
  is a company's when it carries a company word (LLC, Network, Real Estate...) or shares a
  word with a company already named in the document (a sister company: X Silverstar); the
  Hangul run is the words written by sound right before the bracket. A later mention of
  its first words (옌볜 실버스타) is the same company.
- A DPRK company written with a space before its head (천수림 무역회사 for 천수림무역회사):
  the same company when the proper part and the head make a name the document also writes
  as one word, or a name of its own when the head is a long one (무역회사, 해운회사).
- What is not a person although it looks like a name: 주선양 "stationed in Shenyang" (주
  and a place), and the proper part of a company of the document used alone (소백수 for
  소백수무역회사).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.gazetteer import GazetteerEntry
from extract.lang.common import DocBuilder, Found, make_id
from extract.lang.ko_evidence import is_description
from extract.lang.org_words import cut_at_known
from extract.lang.orgnames import KO_GENERIC, english_org_name, proper_part
from extract.lang.western_names import transliterated

# words that make a Latin name a company's
_COMPANY_WORDS = frozenset({
    "llc", "ltd", "ltd.", "limited", "co", "co.", "company", "corporation", "corp", "corp.",
    "inc", "inc.", "group", "bank", "trading", "technology", "technologies", "network",
    "networks", "estate", "systems", "solutions", "services", "software", "shipping",
    "holdings", "enterprise", "enterprises", "international", "consulting", "staffing"})
_BRACKETED = re.compile(r"((?:[가-힣]+\s){0,6}[가-힣]+)\s*[(（]\s*([A-Z][A-Za-z0-9&.,'’\- ]{2,70}?)"
                        r"\s*[)）]")
# a long head written after a space: 천수림 무역회사
# (the second word may open with generic words: 진영정보기술 개발협조회사)
_LONG_HEADS = ("무역총회사", "무역회사", "합영회사", "해운회사", "유한회사", "유한공사", "협조회사",
               "신용은행")
_SPACED = re.compile(r"(?<![가-힣])((?:(?:조선|고려)\s)?[가-힣]{2,6})\s([가-힣]{0,4}?(?:" +
                     "|".join(_LONG_HEADS) + r"))(?=[^가-힣]|$|은|는|이|가|을|를|의|와|과|도|에)")


_FORMS = frozenset({"llc", "ltd", "ltd.", "co", "co.", "inc", "inc.", "corp", "corp."})
_PARTICLE_END = ("의", "에", "은", "는", "을", "를", "와", "과", "로", "서")


# a legal form written out in Hangul before the Latin name (아무르소프트 엘엘씨(Amursoft LLC))
_HANGUL_FORMS = ("엘엘씨", "엘엘시", "유한책임회사", "유한회사", "유한공사", "주식회사")


def _sound_words(words: list[str], latin: str, places: dict[str, str]) -> list[str]:
    """The words that render the Latin name (below), with a Hangul legal form closing them."""
    form = words[-1:] if len(words) >= 2 and words[-1] in _HANGUL_FORMS else []
    named = _named_words(words[:len(words) - len(form)], latin, places)
    return [*named, *form] if named else []


def _named_words(words: list[str], latin: str, places: dict[str, str]) -> list[str]:
    """The Hangul words that render the Latin name: as many as the Latin name has words
    (but its legal form) when most of them are written by sound (파이어니어 벤컨트 스타 리얼
    에스테이트 for Pioneer Bencont Star Real Estate), else the words written by sound (or a
    place) at the end of the run (옌볜 실버스타 ...); a word with a particle ends the run."""
    count = len([w for w in latin.split() if w.lower() not in _FORMS])
    tail = words[-count:] if 0 < count <= len(words) else []
    if tail and not any(w.endswith(_PARTICLE_END) for w in tail[1:]) and \
            2 * sum(transliterated(w) or w in places for w in tail) >= len(tail) and \
            not tail[0].endswith(_PARTICLE_END):
        return tail
    out: list[str] = []
    for word in reversed(words):
        if not (transliterated(word) or word in places):
            break
        out.insert(0, word)
    return out


def add_bracketed_companies(builder: DocBuilder, places: dict[str, str]) -> None:
    text = builder.text
    named: list[tuple[str, str, str]] = []  # (Hangul name, id, English name)
    for match in _BRACKETED.finditer(text):
        latin = match.group(2).strip().rstrip(",")
        words = match.group(1).split()
        sound = _sound_words(words, latin, places)
        if not sound or not any(transliterated(w) for w in sound):
            continue
        latin_words = {w.lower().strip(".,") for w in latin.split()}
        sister = any(w in latin_words for _h, _i, english in named
                     for w in english.lower().split() if len(w) >= 5)
        if not (latin_words & _COMPANY_WORDS or sister):
            continue
        hangul = " ".join(sound)
        start = match.start(1) + match.group(1).rfind(hangul)
        entity_id = make_id("Organization", latin)
        props = {"kind": "company"}
        builder.add(Found(start, start + len(hangul), hangul, "Organization", entity_id, latin,
                          aliases=(hangul,), properties=props, confidence=0.85))
        at = match.start(2)
        builder.add(Found(at, at + len(latin), latin, "Organization", entity_id, latin,
                          properties=props, confidence=0.85))
        named.append((hangul, entity_id, latin))
    for hangul, entity_id, latin in named:
        words = hangul.split()
        # the name again, or its first two words (옌볜 실버스타 for 옌볜 실버스타 네트워크 ...)
        for short in dict.fromkeys((hangul, " ".join(words[:2]) if len(words) >= 3 else hangul)):
            for match in re.finditer(re.escape(short) + r"(?![(（])", text):
                builder.add(Found(match.start(), match.end(), short, "Organization",
                                  entity_id, latin, aliases=(short,),
                                  properties={"kind": "company"}, confidence=0.8))


def add_spaced_companies(builder: DocBuilder, common_noun: Callable[[str], bool],
                         known_names: Callable[[str], GazetteerEntry | None],
                         tokens: list[tuple[int, int, str, str]]) -> None:
    """`common_noun(word) -> bool`: Kiwi knows the word as a common noun (위장, 관련);
    `known_names(name)`: the gazetteer's entry for a Korean name written without spaces;
    `tokens`: Kiwi's tokens of the document."""
    text = builder.text
    joined = {f.text: f for f in builder.found if f.type == "Organization"}
    for match in _SPACED.finditer(text):
        proper, head = match.group(1).replace(" ", ""), match.group(2)
        if proper_part(head):
            continue  # the second word is generic words only (개발협조회사), no 김 개발회사
        name = proper + head
        known = joined.get(name)
        entry = known_names(name)
        if known is None and entry is not None and entry.type == "Organization":
            entity_id, english = entry.id, entry.name
        elif known is not None:
            entity_id, english = known.id, known.name
        elif head.endswith(_LONG_HEADS) and proper_part(proper) and _proper_noun(
                builder, match.end(1) - len(match.group(1).split()[-1]), match.end(1), tokens):
            entity_id, english = make_id("Organization", english_org_name(name)), \
                english_org_name(name)
        else:
            continue
        if is_description(proper_part(proper) or proper) or common_noun(proper):
            continue  # only the name the document also writes as one word (해외에 무역회사: no)
        for state in [f for f in builder.found if f.type == "Country" and
                      match.start() <= f.start and f.end <= match.end()]:
            builder.withdraw(state)  # 조선 opening 조선 신진 무역회사: the name's own word
        builder.add(Found(match.start(), match.end(), match.group(0), "Organization",
                          entity_id, english, aliases=(name,),
                          properties={"kind": "company"}, confidence=0.8))


def _proper_noun(builder: DocBuilder, start: int, end: int,
                 tokens: list[tuple[int, int, str, str]]) -> bool:
    """A first word of nouns only that names nothing the document already knows (a state,
    an agency: 러시아 무역회사 is "a Russian trading company"): a company's proper part,
    written apart from its long head (천수림 무역회사). 다른 무역회사 (an adnominal), 대형
    무역회사 (a common noun) are no names."""
    inside = [tag for s, e, _form, tag in tokens if start <= s and e <= end]
    if not inside or not all(tag.startswith(("NNP", "NNG")) for tag in inside):
        return False
    return not any(f.start < end and start < f.end for f in builder.found
                   if f.type in ("Country", "Agency", "Organization", "Person"))


def add_company_short_mentions(builder: DocBuilder) -> None:
    """A company's proper part alone with the genitive (오성의 대표 for 조선오성선박회사): the
    company, when only one company of the document has that proper part."""
    owners: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for found in builder.found:
        if found.type == "Organization" and re.fullmatch(r"[가-힣]+", found.text):
            proper = proper_part(found.text)
            if len(proper) >= 2 and proper != found.text:
                owners.setdefault(proper, set()).add(found.id)
                names[found.id] = found.name
    for proper, ids in owners.items():
        if len(ids) != 1:
            continue
        (entity_id,) = ids
        for match in re.finditer(rf"(?<![가-힣]){re.escape(proper)}(?=의\s)", builder.text):
            builder.add(Found(match.start(), match.end(), proper, "Organization", entity_id,
                              names[entity_id], properties={"kind": "company"},
                              confidence=0.75, alias=False))


# the state's name a DPRK company's full name opens with (조선X무역회사, later X무역회사;
# 고려, the older name, opens many too: 고려X무역회사)
_STATE_PREFIXES = ("조선", "고려")


def join_names_without_state(builder: DocBuilder) -> None:
    """A company written again without the state's name it opened with (조선X무역총회사,
    then X무역총회사): the same company, when exactly one company of the document has that
    full name; a company written only in the short form stays itself."""
    full: dict[str, set[str]] = {}
    named: dict[str, Found] = {}
    for found in builder.found:
        if found.type == "Organization" and found.text.startswith(_STATE_PREFIXES) and \
                re.fullmatch(r"[가-힣]+", found.text):
            full.setdefault(found.text[2:], set()).add(found.id)
            named[found.id] = found
    for found in list(builder.found):
        ids = full.get(found.text, set())
        if found.type != "Organization" or len(ids) != 1 or found.id in ids or \
                len(found.text) < 4:
            continue
        (owner,) = ids
        builder.withdraw(found)
        builder.add(Found(found.start, found.end, found.text, "Organization", owner,
                          named[owner].name, aliases=(found.text,),
                          properties={"kind": "company"}, confidence=found.confidence))


def _generic_after(name: str, proper: str) -> list[str]:
    """The generic words of a Korean company name after its proper part."""
    words = cut_at_known(name, sorted(KO_GENERIC, key=len, reverse=True))
    return words[words.index(proper) + 1:] if proper in words else []


def join_short_forms(builder: DocBuilder) -> None:
    """A company named again by its proper part and fewer of its generic words, the last
    one kept (조선X기술개발총회사, then X총회사), or without its legal form (조선X무역 for
    조선X무역회사): the same company, when the document names no other with that proper
    part. Another generic word (X해운 after X무역회사) is another company."""
    fulls: dict[str, Found] = {}
    by_proper: dict[str, set[str]] = {}
    for found in builder.found:
        if found.type == "Organization" and re.fullmatch(r"[가-힣]+", found.text):
            proper = proper_part(found.text)
            if len(proper) >= 2:
                by_proper.setdefault(proper, set()).add(found.id)
                if len(found.text) > len(fulls.get(found.id, found).text) or \
                        found.id not in fulls:
                    fulls[found.id] = found
    for found in [f for f in builder.found if f.id in fulls and re.fullmatch(r"[가-힣]+", f.text)]:
        proper = proper_part(found.text)
        owners = by_proper.get(proper, set()) - {found.id}
        if len(by_proper.get(proper, ())) != 2 or len(owners) != 1:
            continue
        (owner,) = owners
        full = fulls[owner]
        if not _short_form(found, full, proper, builder):
            continue
        builder.withdraw(found)
        builder.add(Found(found.start, found.end, found.text, "Organization", owner, full.name,
                          aliases=(found.text,), properties=dict(full.properties),
                          confidence=found.confidence))


def _short_form(short: Found, full: Found, proper: str, builder: DocBuilder) -> bool:
    """Is `short` the company `full` named short (see join_short_forms)?"""
    if full.text == short.text + "회사":
        return True  # the name without its legal form (조선X무역 for 조선X무역회사)
    if not short.text.startswith(proper) or \
            short.start < min(f.start for f in builder.found if f.id == full.id):
        return False  # a name with its state's word (조선X무역회사) is a full name; a short
        # form follows the full one
    short_words, full_words = _generic_after(short.text, proper), \
        _generic_after(full.text, proper)
    return bool(short_words) and len(short.text) < len(full.text) and \
        short_words[-1:] == full_words[-1:] and _in_order(short_words, full_words)


def _in_order(words: list[str], within: list[str]) -> bool:
    it = iter(within)
    return all(word in it for word in words)


def company_short_names(builder: DocBuilder) -> set[str]:
    """The proper parts of the document's Korean company names (소백수 of 소백수무역회사)."""
    out = set()
    for found in builder.found:
        if found.type == "Organization" and re.fullmatch(r"[가-힣 ]+", found.text):
            proper = proper_part(found.text)
            if len(proper) >= 2:
                out.add(proper)
    return out


def stationed_at(name: str, places: dict[str, str], countries: set[str]) -> bool:
    """주선양, 주러시아: "stationed in" a place, never a person."""
    return name.startswith("주") and (name[1:] in places or name[1:] in countries)
