"""Send each document to the pipeline of its language (English stays with the Extractor)."""

from __future__ import annotations

from typing import Protocol

from extract.lang.crosslink import EnglishRegistry, link
from extract.lang.detect import document_language
from extract.lang.native import NativeGazetteer, load_native
from graph.model import DocumentMeta, Extraction


class LanguagePipeline(Protocol):
    lang: str
    chars: int
    seconds: float

    def extract(self, text: str, meta: DocumentMeta) -> Extraction: ...


class LanguagePipelines:
    """The Japanese and Korean pipelines, each loaded the first time a document needs it."""

    def __init__(self, native: NativeGazetteer | None = None) -> None:
        self._native = native
        self._loaded: dict[str, LanguagePipeline] = {}
        # English persons and companies read so far, for the cross-language links
        self.registry = EnglishRegistry()

    def get(self, lang: str) -> LanguagePipeline:
        if lang not in self._loaded:
            native = self._native or load_native()
            if lang == "ko":
                from extract.lang.ko import KoreanPipeline

                self._loaded[lang] = KoreanPipeline(native)
            elif lang == "ja":
                from extract.lang.ja import JapanesePipeline

                self._loaded[lang] = JapanesePipeline(native)
            else:
                raise ValueError(f"no pipeline for language {lang!r}")
        return self._loaded[lang]

    def route(self, text: str, meta: DocumentMeta) -> str:
        """The document's language, written into its meta so the graph records it."""
        meta.language = document_language(text, meta)
        return meta.language

    def begin_run(self) -> None:
        """Forget the English names read before: an ingest run links Japanese and Korean
        names to the English documents of that run only, so its graph does not depend on
        what this extractor happened to read earlier."""
        self.registry = EnglishRegistry()

    def settle(self, result: Extraction) -> Extraction:
        """Remember an English result's names; link a Japanese or Korean result's names to
        the English ones read so far (extract/lang/crosslink.py), and an English result's
        companies to those of earlier English documents spelled with another legal form.
        Documents read earlier in the same Extractor count, so a corpus is best read
        English first."""
        if result.document.language in ("ja", "ko"):
            link(result, self.registry)
        else:
            self.registry.join_english(result)
            self.registry.add(result)
        return result
