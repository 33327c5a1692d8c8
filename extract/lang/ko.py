"""The Korean pipeline: Kiwi morphology, the native gazetteer, names, amounts, frames.

Each kind of mention has its module: persons (ko_persons.py), companies written in ways the
compound rule below misses (ko_orgs.py), Western names written by sound (ko_western.py);
this module finds organizations that end in a generic head (회사, 교류사, 은행...), Latin
names and amounts, and runs the document rules (statements, cases, charges, links).
"""

from __future__ import annotations

import re
import time
from typing import Any

from extract.components.korean_names import reads_as_korean_name
from extract.gazetteer import GazetteerEntry
from extract.lang.advisory_titles import add_quoted_titles
from extract.lang.assemble import add_known_actors, conclude
from extract.lang.common import DocBuilder, Found, Span, make_id
from extract.lang.ko_aliases import join_aliases
from extract.lang.ko_bracketed import add_bracketed_persons
from extract.lang.ko_case_mentions import add_case_mentions
from extract.lang.ko_case_names import name_cases_by_first_defendant
from extract.lang.ko_cases import add_sentencings
from extract.lang.ko_charged_with import add_charged_with
from extract.lang.ko_charges import add_charges
from extract.lang.ko_evidence import (
    KNOWN_WORD_SCORE,
    QUOTED_LATIN,
    QUOTED_THEN_LATIN,
    bracketed_english,
    is_description,
    latin_person,
)
from extract.lang.ko_groups import add_charged_groups
from extract.lang.ko_items import add_item_label_companies
from extract.lang.ko_labels import add_labelled_names
from extract.lang.ko_links import add_links
from extract.lang.ko_orgs import (
    add_bracketed_companies,
    add_company_short_mentions,
    add_spaced_companies,
    join_names_without_state,
    join_short_forms,
)
from extract.lang.ko_partners import add_coordinated_names
from extract.lang.ko_persons import (
    add_persons,
    drop_bylines,
    looks_like_name,
    strip_particle,
)
from extract.lang.ko_repeats import add_repeated_names
from extract.lang.ko_sound_companies import add_seated_companies, add_sound_companies
from extract.lang.ko_sound_firms import add_sound_firms
from extract.lang.ko_statements import add_statement_authors
from extract.lang.ko_western import add_western_persons
from extract.lang.money import find_money
from extract.lang.names import entry_properties
from extract.lang.native import NativeGazetteer, load_native
from extract.lang.orgnames import (
    KO_ORG_HEADS,
    english_org_name,
    latin_names,
    latin_org_names,
    proper_part,
)
from graph.ids import payment_id
from graph.model import DocumentMeta, Extraction

# a Latin acronym in Korean text: a stable actor's short name if the gazetteer knows it
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2,6}(?![A-Za-z0-9])")
# the one-syllable short names of states (남북 "the two Koreas", 북중, 한중, 북러) and of
# regions (동북아) that compound with 무역 for trade between them
_STATE_SHORTS = frozenset("남북한중러일미조동아")
_HANGUL_RUN = re.compile(r"[가-힣0-9]+")


class KoreanPipeline:
    lang = "ko"

    def __init__(self, native: NativeGazetteer | None = None) -> None:
        from kiwipiepy import Kiwi  # loads its model (a few seconds) only when Korean is read

        self.kiwi = Kiwi()
        self.native = native or load_native()
        self._squeezed = {surface.replace(" ", ""): entry
                          for surface, entry in self.native.surfaces["ko"].items()}
        self.chars = 0
        self.seconds = 0.0
        self._nouns: dict[str, bool] = {}
        self._seen: dict[str, list[tuple[int, int, str, str]]] = {}  # per document

    def dictionary_noun(self, word: str) -> bool:
        """Does Kiwi know `word` alone as a common noun (이력서, 인사)? Kiwi tags an unknown
        name as a common noun too (리철웅), but scores a guess far lower than a word of its
        dictionary."""
        if word not in self._nouns:
            tokens, score = self.kiwi.analyze(word, top_n=1)[0]
            self._nouns[word] = len(tokens) == 1 and tokens[0].tag == "NNG" and \
                score > KNOWN_WORD_SCORE
        return self._nouns[word]

    def _known_name(self, name: str) -> GazetteerEntry | None:
        """The gazetteer's entry for a Korean name, spaces ignored (진영정보기술 개발협조회사
        for the listed 진영정보기술개발협조회사)."""
        return self._squeezed.get(name.replace(" ", ""))

    def tokens(self, text: str) -> list[tuple[int, int, str, str]]:
        """Kiwi's tokens of a text; the whole document's are asked for by both person
        readers, and tokenizing it twice cost as much as the rest of the pipeline: the
        tokens of every text read during one document are kept (Kiwi gives the same tokens
        for the same text). One cache for all texts: the phrases a reader re-reads between
        the two requests for the document used to evict the document's tokens."""
        if text not in self._seen:
            self._seen[text] = [(t.start, t.start + t.len, t.form, t.tag)
                                for t in self.kiwi.tokenize(text)]
        return list(self._seen[text])

    def extract(self, text: str, meta: DocumentMeta) -> Extraction:
        started = time.perf_counter()
        self._seen.clear()
        builder = DocBuilder(text, meta, "ko")
        add_quoted_titles(builder, self.native)
        add_known_actors(builder, self.native)
        add_labelled_names(builder, self.native, self.dictionary_noun)
        add_bracketed_companies(builder, self.native.places["ko"])
        self._organizations(builder)
        add_spaced_companies(builder, self.dictionary_noun, self._known_name, self.tokens(text))
        add_item_label_companies(builder)
        add_sound_companies(builder, self.native.places["ko"], self.dictionary_noun,
                            self.tokens(text))
        add_seated_companies(builder, self.dictionary_noun, self.tokens(text))
        add_company_short_mentions(builder)
        join_names_without_state(builder)
        join_short_forms(builder)
        add_western_persons(builder, self.tokens(text), self.native, self.dictionary_noun,
                            self.tokens)
        # (after the Western persons, whose names are written by sound too)
        add_sound_firms(builder, self.native.places["ko"], self.dictionary_noun)
        add_persons(builder, self.tokens, self.native, self.dictionary_noun)
        add_coordinated_names(builder, looks_like_name, self.dictionary_noun,
                              {*self.native.surfaces["ko"], *self.native.places["ko"]})
        # (after the Korean names: 노동자 진성일(Jin Sung-Il) is 진성일 and a noun before it)
        add_bracketed_persons(builder, self.dictionary_noun,
                              {*self.native.surfaces["ko"], *self.native.places["ko"]})
        add_repeated_names(builder)
        drop_bylines(builder)
        join_aliases(builder)
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
        add_sentencings(builder, spans, {place for place, code in
                                         self.native.places["ko"].items() if code == "US"})
        add_charges(builder, spans)
        add_charged_groups(builder, spans, self.native)
        name_cases_by_first_defendant(builder)
        add_charged_with(builder)
        add_case_mentions(builder)
        add_links(builder, spans, self.native.places["ko"])

    def _trading_house(self, proper: str) -> bool:
        """A proper word before a plain 무역 (남강무역, 칠성무역: a firm the releases list
        so), not a word the dictionary knows (중계무역, 해상무역 are kinds of trade) nor one
        of states' short names (남북무역, 북중무역: trade between them), nor a place."""
        return 2 <= len(proper) <= 3 and not self.dictionary_noun(proper) and \
            not set(proper) <= _STATE_SHORTS and proper not in self.native.places["ko"] and \
            not is_description(proper)

    def _organizations(self, builder: DocBuilder) -> None:
        text = builder.text
        for match in [*QUOTED_LATIN.finditer(text), *QUOTED_THEN_LATIN.finditer(text)]:
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
            word = strip_particle(match.group(0))
            if word.endswith("다") and word[:-1].endswith(KO_ORG_HEADS):
                word = word[:-1]  # the copula after a vowel: 대상은 A와 X교류사다
            # (the tuple test first: most words end in no head at all)
            head = next((h for h in KO_ORG_HEADS if word.endswith(h)), None) \
                if word.endswith(KO_ORG_HEADS) else None
            if head is None and word.endswith("무역") and (
                    word.startswith(("조선", "고려")) or self._trading_house(word[:-2])):
                head = "무역"  # DPRK trading houses often end in plain 무역 (조선X무역)
            if head is None or len(word) < len(head) + 2 or word in self.native.surfaces["ko"]:
                continue
            if is_description(proper_part(word[:-len(head)]) or word[:-len(head)]):
                continue  # 무기수출회사 "an arms exporter", 해커그룹: a description
            if word == "주식회사":
                continue  # the legal form written before a company's name (주식회사 X)
            if head == "학원" and (self.dictionary_noun(word[:-2]) or word[:-2].endswith("어")):
                continue  # 입시학원, 영어학원: a kind of private school, no name (금성학원)
            start = match.start()
            english = _bracketed_company(text, start + len(word)) or english_org_name(word)
            builder.add(Found(start, start + len(word), word, "Organization",
                              make_id("Organization", english), english,
                              aliases=(word,), properties={
                                  "kind": "dprk_unit" if head == "총국" else "company"},
                              confidence=0.8))

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
            if not known and (reads_as_korean_name(name.split())
                              or latin_person(builder.text, match.start(), match.end())):
                # a romanized Korean name standing alone (a list's "Kim Chol Ung"), or a
                # Latin name the sentence calls a person's (러시아 국적의 Dmitri Volkov)
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


def _bracketed_company(text: str, end: int) -> str:
    """The Latin name in the bracket after a company's Korean name, whole when it is a
    company's name with a two-part legal form (X무역유한공사(X Trading Co., Ltd.)), which
    the romanization reader ends at its comma."""
    english = bracketed_english(text, end)
    at = text.find(english, end) if english else -1
    if at < 0:
        return english
    whole = next((m.group(0) for m in latin_org_names(text[at:at + 120]) if m.start() == 0), "")
    return whole if whole.startswith(english) else english


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
