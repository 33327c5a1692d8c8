"""The Korean pipeline: Kiwi morphology, the native gazetteer, names, amounts, frames.

Kiwi (kiwipiepy) tags proper nouns (NNP); a person's name is a proper noun of two to four
syllables that starts with a family name, or a name in a list of such names, or a name
followed by its romanization in brackets (박흥룡(Pak Hung Ryong)), which then becomes its
English name. Organizations end in a generic head (회사, 교류사, 은행...).
"""

from __future__ import annotations

import re
import time
from typing import Any

from extract.components.korean_names import reads_as_korean_name
from extract.lang.assemble import add_known_actors, conclude
from extract.lang.common import DocBuilder, Found, Span, make_id
from extract.lang.ko_cases import add_sentencings
from extract.lang.ko_charges import add_charges
from extract.lang.ko_evidence import (
    COUNTED,
    DESIGNATED_OBJECT,
    INLINE_ITEM,
    KNOWN_WORD_SCORE,
    NAME_SUFFIXES,
    QUOTED_LATIN,
    ROMANIZED,
    has_verb,
    is_description,
)
from extract.lang.ko_links import add_links
from extract.lang.ko_orgs import (
    add_bracketed_companies,
    add_company_short_mentions,
    add_spaced_companies,
    company_short_names,
    stationed_at,
)
from extract.lang.ko_partners import add_coordinated_names
from extract.lang.ko_statements import add_statement_authors
from extract.lang.ko_western import add_western_persons
from extract.lang.money import find_money
from extract.lang.names import add_quoted_titles, entry_properties
from extract.lang.native import NativeGazetteer, load_native
from extract.lang.orgnames import (
    KO_ORG_HEADS,
    english_org_name,
    latin_names,
    latin_org_names,
    proper_part,
)
from extract.lang.romanize import (
    SURNAMES,
    canonical,
    is_hangul,
    same_person_name,
    split_name,
)
from extract.lang.western_names import transliterated
from graph.ids import payment_id
from graph.model import DocumentMeta, Extraction

# two states in one word (한미 "ROK-US", 북중 "DPRK-China"): never a person's name
# a Latin acronym in Korean text: a stable actor's short name if the gazetteer knows it
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,6}(?![A-Za-z0-9])")
_PAIR_WORDS = frozenset({"한미", "한일", "미일", "북미", "남북", "북중", "북러", "한중", "한러",
                         "미중", "한미일", "한미간", "남북한"})
_PARTICLES = ("이다", "이며", "이고", "으로부터", "에게서", "으로서", "에서는", "이라는", "에서",
              "에게", "으로", "까지",
              "부터", "처럼", "이며", "이고", "라는", "과의", "와의", "은", "는", "이", "가", "을",
              "를", "과", "와", "의", "도", "에", "로", "랑")  # not 만/나: names end in them
_HANGUL_RUN = re.compile(r"[가-힣0-9]+")
# role words beside a person's name (단장 신정호 / 신정호 단장)
_ROLE = "단장|대표|총책임자|책임자|사장|소장|부장|국장|위원장|대사|장관|차관|대변인|팀장|조직원"
_NAME_BY_ROLE = re.compile(rf"(?:{_ROLE})(?:인|이자|으?로\s*일하는)?\s+([가-힣]{{2,4}})(?![가-힣])|"
                           rf"([가-힣]{{2,4}})\s+(?:{_ROLE})(?![가-힣])")
# a list of two or more names: 박흥룡, 윤정식, 리일진 / 박진혁·조명래 / A, B 그리고 C / A 및 B
_NAME_SEPARATOR = r"\s*[,·ㆍ、]\s*(?:(?:및|그리고)\s+)?|\s+(?:및|그리고)\s+"
_NAME_LIST = re.compile(rf"(?<![가-힣0-9])[가-힣]{{2,4}}"
                        rf"(?:(?:{_NAME_SEPARATOR})[가-힣]{{2,4}}){{1,}}")


def _strip_particle(word: str) -> str:
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word


# court papers a report names like persons (기소장 "the indictment": 기 is a family name)
_COURT_PAPERS = frozenset({"기소장", "공소장", "고소장", "고발장", "영장", "판결문", "진술서"})


def _looks_like_name(word: str) -> bool:
    # a word written by sound (채프먼: 프) is a foreign name, never a Korean one
    return 2 <= len(word) <= 4 and is_hangul(word) and word[0] in SURNAMES and \
        not transliterated(word) and word not in _COURT_PAPERS


class KoreanPipeline:
    lang = "ko"

    def __init__(self, native: NativeGazetteer | None = None) -> None:
        from kiwipiepy import Kiwi  # loads its model (a few seconds) only when Korean is read

        self.kiwi = Kiwi()
        self.native = native or load_native()
        self.chars = 0
        self.seconds = 0.0
        self._nouns: dict[str, bool] = {}

    def dictionary_noun(self, word: str) -> bool:
        """Does Kiwi know `word` alone as a common noun (이력서, 인사)? Kiwi tags an unknown
        name as a common noun too (리철웅), but scores a guess far lower than a word of its
        dictionary."""
        if word not in self._nouns:
            tokens, score = self.kiwi.analyze(word, top_n=1)[0]
            self._nouns[word] = len(tokens) == 1 and tokens[0].tag == "NNG" and \
                score > KNOWN_WORD_SCORE
        return self._nouns[word]

    def tokens(self, text: str) -> list[tuple[int, int, str, str]]:
        return [(t.start, t.start + t.len, t.form, t.tag) for t in self.kiwi.tokenize(text)]

    def extract(self, text: str, meta: DocumentMeta) -> Extraction:
        started = time.perf_counter()
        builder = DocBuilder(text, meta, "ko")
        add_quoted_titles(builder, self.native)
        add_known_actors(builder, self.native)
        add_bracketed_companies(builder, self.native.places["ko"])
        self._organizations(builder)
        add_spaced_companies(builder, self.dictionary_noun)
        add_company_short_mentions(builder)
        add_western_persons(builder, self.tokens(text), self.native, self.dictionary_noun)
        self._persons(builder)
        add_coordinated_names(builder, _looks_like_name, self.dictionary_noun,
                              {*self.native.surfaces["ko"], *self.native.places["ko"]})
        self._latin_names(builder)
        self._payments(builder)
        extraction = conclude(builder, "ko", self._document_rules)
        self.chars += len(text)
        self.seconds += time.perf_counter() - started
        return extraction

    def _document_rules(self, builder: DocBuilder, spans: list[Span]) -> None:
        """Relations the document as a whole gives: who opens a joint statement issued it,
        who a sentencing report says was sentenced."""
        add_statement_authors(builder, spans, self.native)
        add_sentencings(builder, spans)
        add_charges(builder, spans)
        add_links(builder, spans, self.native.places["ko"])

    def _organizations(self, builder: DocBuilder) -> None:
        text = builder.text
        for match in QUOTED_LATIN.finditer(text):
            # ‘팬 시스템(Pan-Systems)’: the quoted name and its Latin form, one company
            hangul, latin = match.group(1).strip(), match.group(2).strip()
            known = self.native.english.lookup(latin)
            if known and known[0].type != "Organization":
                continue
            entity_id = known[0].id if known else make_id("Organization", latin)
            english = known[0].name if known else latin
            for at, surface in ((match.start(1), hangul), (match.start(2), latin)):
                builder.add(Found(at, at + len(surface), surface, "Organization", entity_id,
                                  english, properties={"kind": "company"}, confidence=0.85))
        for match in latin_org_names(text):
            name = match.group(0)
            builder.add(Found(match.start(), match.end(), name, "Organization",
                              make_id("Organization", name), name,
                              properties={"kind": "company"}, confidence=0.8))
        for match in _HANGUL_RUN.finditer(text):
            word = _strip_particle(match.group(0))
            head = next((h for h in KO_ORG_HEADS if word.endswith(h)), None)
            if head is None and word.endswith("무역") and word.startswith(("조선", "고려")):
                head = "무역"  # DPRK trading houses often end in plain 무역 (조선X무역)
            if head is None or len(word) < len(head) + 2 or word in self.native.surfaces["ko"]:
                continue
            if is_description(proper_part(word[:-len(head)]) or word[:-len(head)]):
                continue  # 무기수출회사 "an arms exporter", 해커그룹: a description
            start = match.start()
            english = self._bracketed_english(text, start + len(word)) or english_org_name(word)
            builder.add(Found(start, start + len(word), word, "Organization",
                              make_id("Organization", english), english,
                              aliases=(word,), properties={"kind": "company"},
                              confidence=0.8))

    @staticmethod
    def _bracketed_english(text: str, end: int) -> str:
        match = ROMANIZED.match(text[end:end + 80])
        return match.group(1).strip() if match else ""

    def _persons(self, builder: DocBuilder) -> None:
        text = builder.text
        candidates: dict[int, tuple[int, str, float]] = {}
        listed: set[int] = set()
        tokens = self.tokens(text)
        # a word Kiwi reads as a common noun or a verb where the candidate starts is not
        # a name (주재 "stationed", 지정 "designation"); unknown names come out as NNP or split
        common = {(s, form) for s, _, form, tag in tokens
                  if tag.startswith(("NNG", "VV", "VA", "XR", "MAG", "NNB"))}
        for start, _end, form, tag in tokens:
            if tag != "NNP":
                continue
            # Kiwi may cut an unknown name short (김철 + 민): take the whole word
            run = _HANGUL_RUN.match(text, start)
            word = run.group(0) if run else form
            if not text.startswith(("(", "（"), start + len(word)):
                word = _strip_particle(word)  # 최노을(…): the bracket follows the name itself
            name = word if _looks_like_name(word) else form
            if word[len(name):] not in NAME_SUFFIXES or not word.startswith(name):
                continue  # the start of a longer word (심양 + 부대표): not a name of its own
            # on Kiwi's word alone, a name has three syllables (family name + two); a two-
            # or four-syllable proper noun needs more (a list of names, a role, brackets)
            if _looks_like_name(name) and len(name) == 3 and name not in _PAIR_WORDS:
                candidates[start] = (start + len(name), name, 0.8)
        for match in _NAME_LIST.finditer(text):
            words = re.split(_NAME_SEPARATOR, match.group(0))
            names = [_strip_particle(w) for w in words]
            if not re.search(r"[,·ㆍ、]", match.group(0)):
                continue  # "A 및 B" alone joins common nouns as often (기관 및 개인)
            if not all(_looks_like_name(n) and n not in self.native.places["ko"]
                       for n in names):
                continue
            position = match.start()
            starts = []
            for word in words:
                starts.append(text.index(word, position))
                position = starts[-1] + len(word)
            if any(has_verb(tokens, at, at + len(name))
                   for at, name in zip(starts, names, strict=True)):
                continue  # a verb or pronoun in an item: clauses (고용하거나, 이들), no names
            if 2 * sum((at, name) in common for at, name in zip(starts, names, strict=True)) \
                    > len(names):
                continue  # mostly words Kiwi reads as common nouns: 조직, 정부 및 기관
            for start, name in zip(starts, names, strict=True):
                if _looks_like_name(name):
                    # a list of names outranks Kiwi's reading of one of them (송림 "pine
                    # wood" is a common noun too)
                    candidates[start] = (start + len(name), name, 0.85)
                    listed.add(start)
        for pattern in (INLINE_ITEM, COUNTED, DESIGNATED_OBJECT):
            # an inline list item (△김철웅), "A 등 N명", the object of a designation: the
            # construction names A
            for match in pattern.finditer(text):
                name = match.group(1)  # the item ends at a mark or a bracket: no particle
                if len(name) == 4 and split_name(name)[0] == name[0]:
                    continue  # four syllables and a one-syllable family name: a body (육해운성)
                if self.dictionary_noun(name):
                    continue  # a common noun in the mark's place (△이력서 위조): no name
                if _looks_like_name(name) and not has_verb(tokens, match.start(1),
                                                           match.start(1) + len(name)):
                    candidates[match.start(1)] = (match.start(1) + len(name), name, 0.85)
                    listed.add(match.start(1))
        for match in _HANGUL_RUN.finditer(text):
            # a name followed by its romanization in brackets, whatever Kiwi reads
            name = match.group(0)  # a particle never stands before the bracket
            latin = self._bracketed_english(text, match.end())
            if _looks_like_name(name) and latin and same_person_name(name, latin):
                candidates[match.start()] = (match.start() + len(name), name, 0.95)
                listed.add(match.start())
        for match in _NAME_BY_ROLE.finditer(text):
            group = 1 if match.group(1) else 2
            name = _strip_particle(match.group(group))
            if _looks_like_name(name):
                candidates.setdefault(match.start(group),
                                      (match.start(group) + len(name), name, 0.8))
        places = self.native.places["ko"]
        # 주선양 "stationed in Shenyang"; 소백수 alone for 소백수무역회사: no person
        not_names = company_short_names(builder)
        for start, (end, name, confidence) in sorted(candidates.items()):
            if name in self.native.surfaces["ko"] or name in places or name in _PAIR_WORDS or (
                    (start, name) in common and start not in listed) or name in not_names or \
                    stationed_at(name, places, set(self.native.surfaces["ko"])):
                continue
            latin = self._bracketed_english(text, end)
            bracket = latin and same_person_name(name, latin)
            english = latin if bracket else canonical(name)  # the document spells it for us
            entity_id = make_id("Person", english)
            builder.add(Found(start, end, name, "Person", entity_id, english,
                              aliases=(name,), confidence=0.95 if bracket else confidence))
            if bracket:  # the romanization in brackets is a mention of the same person
                at = text.find(latin, end)
                builder.add(Found(at, at + len(latin), latin, "Person", entity_id, english,
                                  confidence=0.95))

    def _latin_names(self, builder: DocBuilder) -> None:
        """Latin names standing alone in Korean text (Upbit, Mandiant): organizations unless
        the English gazetteer knows them as something else."""
        matches = [*latin_names(builder.text), *_ACRONYM.finditer(builder.text)]
        for match in matches:
            name = match.group(0)
            known = self.native.english.lookup(name)
            if known and known[0].type in ("Agency", "Country"):
                # a stable actor by its Latin short name (OFAC은, FBI와): the actor itself
                entry = known[0]
                builder.add(Found(match.start(), match.end(), name, entry.type, entry.id,
                                  entry.name, properties=entry_properties(entry),
                                  confidence=0.9))
                continue
            if (known and known[0].type != "Organization") or name.isupper():
                continue  # an acronym no list knows (IT, AI) is no name here
            if not known and reads_as_korean_name(name.split()):
                # a romanized Korean name standing alone (a list's "Kim Chol Ung"): a person
                builder.add(Found(match.start(), match.end(), name, "Person",
                                  make_id("Person", name), name, confidence=0.8))
                continue
            builder.add(Found(match.start(), match.end(), name, "Organization",
                              known[0].id if known else make_id("Organization", name),
                              known[0].name if known else name,
                              properties={"kind": "company"}, confidence=0.7))

    def _payments(self, builder: DocBuilder) -> None:
        for money in find_money(builder.text):
            add_payment(builder, money.start, money.end, money.text, money.amount_usd,
                        money.amount, money.currency, money.qualifier)


# what the words after an amount say it is (a reward is an offer, not money that moved)
_MONEY_KINDS = (
    (re.compile(r"포상금|현상금|보상금|報奨金|懸賞金|報酬金"), "reward_offer"),
    (re.compile(r"외화벌이|수익|수입|벌어|収益|収入|稼"), "revenue"),
    (re.compile(r"탈취|훔|窃取|盗"), "theft"),
    (re.compile(r"몰수|没収"), "forfeiture"),
    (re.compile(r"임금|급여|賃金|給与|報酬"), "wages"),
)


def money_kind(text: str, start: int, end: int) -> str:
    """Korean names the kind after the amount (500만 달러의 포상금), Japanese often before
    it (報奨金は最大1000万ドル)."""
    window = text[max(0, start - 12):start] + text[end:end + 24]
    for pattern, kind in _MONEY_KINDS:
        if pattern.search(window):
            return kind
    return "other"


def add_payment(builder: DocBuilder, start: int, end: int, text: str, usd: int, amount: float,
                currency: str, qualifier: str) -> None:
    kind = money_kind(builder.text, start, end)
    props: dict[str, Any] = {"amount_usd": usd, "qualifier": qualifier, "kind": kind}
    if currency != "USD":
        props.update(amount=amount, currency=currency)
    name = f"USD {usd}"
    builder.add(Found(start, end, text, "Payment", payment_id(builder.meta.id, usd, kind), name,
                      properties=props, confidence=0.8))
