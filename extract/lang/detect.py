"""Which language a document is in, from its scripts; front matter may say otherwise.

Three languages are told apart by script alone: Korean is written in Hangul, Japanese always
has kana (hiragana particles and katakana loanwords) beside its kanji, English has neither.
Kanji without kana is not enough for Japanese (a Korean text may quote Hanja), so kana decide.
"""

from __future__ import annotations

import re

from graph.model import DocumentMeta

SUPPORTED = ("en", "ja", "ko")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]")
_LATIN = re.compile(r"[A-Za-z]")
# a document needs this share of its letters in a script before the script decides
_MIN_SHARE = 0.10


def script_counts(text: str) -> dict[str, int]:
    return {"hangul": len(_HANGUL.findall(text)), "kana": len(_KANA.findall(text)),
            "latin": len(_LATIN.findall(text))}


def detect_language(text: str) -> str:
    """'ko', 'ja' or 'en' by the share of Hangul, kana and Latin letters."""
    counts = script_counts(text)
    letters = sum(counts.values()) or 1
    hangul, kana = counts["hangul"] / letters, counts["kana"] / letters
    if hangul >= _MIN_SHARE and counts["hangul"] >= counts["kana"]:
        return "ko"
    if kana >= _MIN_SHARE:
        return "ja"
    return "en"


def document_language(text: str, meta: DocumentMeta) -> str:
    """Front matter wins when it names a language we read; otherwise the text decides."""
    declared = (meta.language or "").strip().lower()
    if declared in SUPPORTED:
        return declared
    return detect_language(text)
