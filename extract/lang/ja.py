"""The Japanese pipeline: GiNZA (spaCy + SudachiPy) for names, the native gazetteer for
stable actors, amounts, dates and the frames of extract/lang/frames.py.

GiNZA's entity recognizer finds persons and companies; a Korean name in katakana
(キム・サンマン) keeps its katakana as an alias and takes its English name from a bracketed
romanization when the document gives one (キム・サンマン(KIM Sang Man)); otherwise the
cross-language step (extract/lang/crosslink.py) links it to an English name by reading.
"""

from __future__ import annotations

import time
from typing import Any

from extract.lang.advisory_titles import add_short_references
from extract.lang.assemble import add_known_actors, conclude
from extract.lang.common import DocBuilder, Found, Span, make_id, sentences
from extract.lang.ja_advisories import add_bare_advisories
from extract.lang.ja_anaphora import add_same_references
from extract.lang.ja_annex import apply_annex
from extract.lang.ja_apposed_kinds import add_apposed_kinds
from extract.lang.ja_bare_ministries import add_bare_korean_ministry
from extract.lang.ja_cases import apply_cases
from extract.lang.ja_charges import apply_charges
from extract.lang.ja_clauses import apply_clauses
from extract.lang.ja_companies import (
    add_companies,
    add_latin_bracketed,
    add_short_companies,
    join_bracketed_translations,
)
from extract.lang.ja_coordinate import apply_second_clauses
from extract.lang.ja_count_examples import apply_count_examples
from extract.lang.ja_counted import apply_counted
from extract.lang.ja_designators import (
    keep_body_designators,
    keep_office_designators,
    korean_state_designators,
)
from extract.lang.ja_followups import apply_also_targets
from extract.lang.ja_foreign_ministries import repoint_foreign_ministries
from extract.lang.ja_gloss_aliases import add_glossed_quotes, attach_bracket_aliases
from extract.lang.ja_hangul_glosses import add_hangul_glossed_names
from extract.lang.ja_header import add_header_title, header_actors
from extract.lang.ja_institutions import add_institutions
from extract.lang.ja_issued import apply_issued, apply_title_issuers
from extract.lang.ja_items import apply_items
from extract.lang.ja_kanji_names import add_kanji_names
from extract.lang.ja_katakana_companies import add_katakana_companies
from extract.lang.ja_layout import apply_layout, attach_aliases
from extract.lang.ja_lead_source import apply_lead_sources
from extract.lang.ja_list_romanized import add_kana_then_latin
from extract.lang.ja_locations import apply_locations
from extract.lang.ja_mentions import (
    add_bracket_abbreviations,
    add_ministry_stems,
    add_state_genitive_agencies,
    distribute_us_prefix,
    repoint_short_forms,
    repoint_us_context,
)
from extract.lang.ja_noise import (
    repeat_company_mentions,
)
from extract.lang.ja_notice_lines import apply_bracketed_issuers
from extract.lang.ja_numbered_units import add_numbered_units
from extract.lang.ja_persons import (
    add_family_references,
    add_kana_then_kanji,
    add_latin_then_kana,
    add_reading_names,
    add_titled_officials,
    join_bare_family_names,
)
from extract.lang.ja_police import add_prefectural_police
from extract.lang.ja_prose import apply_prose
from extract.lang.ja_quoted import (
    add_glossed_bodies,
    add_quoted_names,
    add_titles,
    english_gloss,
    reading,
)
from extract.lang.ja_read_companies import add_read_companies
from extract.lang.ja_recognized import add_katakana_names, add_latin_names, add_named
from extract.lang.ja_relative import apply_relative_designations, drop_undated_relatives
from extract.lang.ja_reported import apply_legal_basis, apply_reported_actors
from extract.lang.ja_sanctions import apply_sanctions, drop_counted_governments
from extract.lang.ja_short_names import add_bracket_short_names
from extract.lang.ja_states import add_actor_pairs, add_single_states, share_pair_acts
from extract.lang.ja_topic_titles import apply_title_topics
from extract.lang.ja_unnamed import apply_unnamed_persons
from extract.lang.ko import add_payment
from extract.lang.money import find_money
from extract.lang.native import NativeGazetteer, load_native
from extract.lang.orgnames import latin_org_names
from graph.model import DocumentMeta, Extraction

MODEL = "ja_ginza"


class JapanesePipeline:
    lang = "ja"

    def __init__(self, native: NativeGazetteer | None = None, model: str = MODEL) -> None:
        import spacy  # GiNZA registers its components on import of the package

        self.nlp = spacy.load(model)
        self.native = native or load_native()
        self.chars = 0
        self.seconds = 0.0
        self._doc: Any = None  # the GiNZA parse of the document being read

    def extract(self, text: str, meta: DocumentMeta) -> Extraction:
        started = time.perf_counter()
        builder = DocBuilder(text, meta, "ja")
        add_header_title(builder, self.native)  # a header's title line: an advisory
        add_titles(builder, self.native)  # names in a title (北朝鮮) are not mentions
        add_known_actors(builder, self.native)
        add_prefectural_police(builder)  # 大阪府警, 神奈川県警察: a prefecture's police
        add_ministry_stems(builder, self.native)  # 外務、財務、経済産業の3省: three ministries
        drop_counted_governments(builder)  # 3カ国政府: the states counted, not "the government"
        distribute_us_prefix(builder, self.native)  # 米国務省、財務省: the US Treasury
        repoint_us_context(builder, self.native)  # 米国は…。財務省は: the US Treasury
        add_state_genitive_agencies(builder, self.native)  # 米国の財務省, 韓国の外交部
        repoint_foreign_ministries(builder)  # 中国外務省: China's ministry, not Japan's
        add_bare_korean_ministry(builder, self.native)  # 韓国政府は…。外交部は: Seoul's
        repoint_short_forms(builder)  # 財務省 after 米財務省: the US Treasury
        add_bracket_abbreviations(builder)  # 外国資産管理局（OFAC）
        add_read_companies(builder, self.native)  # 柳京(リュギョン)貿易会社: one company
        add_reading_names(builder, self.native)  # 崔明浩（チェ・ミョンホ）: one person
        add_kana_then_kanji(builder, self.native)  # パク・パダ（朴波多）
        add_latin_then_kana(builder)  # KIM Ha Nul（キム・ハヌル）
        add_kana_then_latin(builder)  # a list's ルカシェンコ Aleksandr LUKASHENKO: one person
        add_hangul_glossed_names(builder)  # 金恩順（김은순）: the Hangul spells the name
        add_family_references(builder)
        doc = self._doc = self.nlp(text)
        add_glossed_quotes(builder, self.native, doc)  # 「X」（通称・Y）: X, also called Y
        add_quoted_names(builder, self.native, doc)
        add_kanji_names(builder, self.native, doc)  # 金英哲氏, 朴成日ら, a list line's 金英哲
        add_glossed_bodies(builder, self.native)  # ハンビョル（Hanbyol）: a body's name
        self._organizations(builder, doc)  # whole company names before the recognizer's pieces
        join_bracketed_translations(builder)  # X Trading Company（X貿易会社）: one company
        repeat_company_mentions(builder)  # 「X」 named again bare: no part of it is a person
        # katakana names before the recognizer, which may take a part of one; a dotted
        # name ending in a company word (X・トレーディング) before the persons' reader
        add_katakana_companies(builder, self.native)
        add_numbered_units(builder)  # 第227総局: a unit by its number, in no list
        add_katakana_names(builder, self.native)
        add_named(builder, self.native, doc)
        add_apposed_kinds(builder, doc)  # 延辺X科技という中国企業: a body by its stated kind
        add_family_references(builder)  # パク氏, after the katakana names
        join_bare_family_names(builder)  # ソンは… after ソン・クムヒョク: that person
        add_titled_officials(builder)  # ミラー報道官: a person, or the one named before
        add_latin_names(builder, self.native)
        add_actor_pairs(builder, self.native)  # 米韓が…: both states, no person
        add_single_states(builder, self.native)  # 米、…を制裁: the US alone
        add_short_companies(builder)  # チンヨン社 after チンヨン情報技術協力会社
        add_bracket_short_names(builder)  # 朝鮮ヘダン貿易会社（ヘダン）, then ヘダンは
        for money in find_money(text):
            add_payment(builder, money.start, money.end, money.text, money.amount_usd,
                        money.amount, money.currency, money.qualifier)
        add_short_references(builder)  # 共同声明 for the one titled statement, else:
        add_bare_advisories(builder, self.native)
        attach_aliases(builder)  # 別名：X under a listed name: X is that name's alias
        attach_bracket_aliases(builder)  # X（通称Y）: Y is X's alias, of a person too
        builder.merge_same_surface()  # before relations, so they join the merged entities
        add_same_references(builder)  # 同社は / 同社に対する: the body named last
        apply_locations(builder, self.native, sentences(text, "ja"))
        # the header's issuers act where a sentence of the release names no actor
        builder.last_actors = header_actors(builder)
        extraction = conclude(builder, "ja", self._layout)
        self.chars += len(text)
        self.seconds += time.perf_counter() - started
        return extraction

    def _layout(self, builder: DocBuilder, spans: list[Span]) -> None:
        apply_layout(builder, spans, self.native)  # headers, lists and tables
        apply_prose(builder, spans)  # roles, control, fronts and funds stated in prose
        apply_reported_actors(builder, spans)  # …と米財務省が発表した, …によると
        apply_legal_basis(builder, spans)  # Xは…大統領令第13722号に基づき指定された
        apply_sanctions(builder, spans)  # designations and statements as news tells them
        apply_clauses(builder, self._doc)  # names of another clause are not its targets
        apply_second_clauses(builder, spans)  # …を指定し、韓国政府も…を加えた
        apply_issued(builder, spans, self._doc)  # 「…」を26日に発出した, 発表した共同声明
        apply_title_issuers(builder)  # 日米韓共同声明: the states it is named after
        apply_bracketed_issuers(builder, spans)  # …注意喚起を更新しました（警察庁）
        apply_counted(builder, spans)  # 計8人・2団体を…加えた, then the names that fill the count
        apply_count_examples(builder, spans)  # 個人4人と2団体を…。個人はA氏ら、団体はB社など
        apply_annex(builder, spans)  # 別紙に掲げる者を…指定した, and the annex's items
        apply_also_targets(builder, spans)  # …を指定した。Yも対象になった
        apply_items(builder, spans)  # ① A社 … ③ C：A社の代表; ・A社（米国が指定）
        drop_undated_relatives(builder)  # …が指定しているX社と取引した: recalled, undated
        apply_relative_designations(builder, spans)  # 米国が2023年に指定したX社は
        apply_unnamed_persons(builder, spans)  # 3団体及び4個人を指定: persons never named
        keep_body_designators(builder)  # a headline's department yields to the body's office
        keep_office_designators(builder)  # a lead's department yields to the office named
        korean_state_designators(builder)  # 韓国外交部は…指定した: South Korea designates
        share_pair_acts(builder)  # 米韓両国は…指定した: each state's act
        apply_title_topics(builder, self.native)  # 北朝鮮IT労働者に関する注意喚起: warns
        apply_cases(builder, spans)  # 連邦大陪審はX被告を起訴した: the case, its defendants
        apply_charges(builder, spans)  # 5人は…の罪に問われている: the charges of the case
        apply_lead_sources(builder, spans)  # 指定されたのはX社。米財務省が18日発表した

    def _organizations(self, builder: DocBuilder, doc: Any) -> None:
        def japanese_reading(start: int, end: int) -> str:
            span = doc.char_span(start, end, alignment_mode="expand")
            return reading(span) if span is not None else ""

        # kanji names first: their English name in brackets is a mention of the same company
        add_companies(builder, self.native, english_gloss, japanese_reading)
        add_latin_bracketed(builder, self.native)
        add_institutions(builder, self.native, english_gloss, japanese_reading)
        for match in latin_org_names(builder.text):
            name = match.group(0)
            builder.add(Found(match.start(), match.end(), name, "Organization",
                              make_id("Organization", name), name,
                              properties={"kind": "company"}, confidence=0.8))
