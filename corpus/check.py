"""Check a folder of corpus documents against the format of docs/development.md.

The checker lists every problem it finds instead of stopping at the first, because the
people writing documents fix them in one pass; each problem names `file:line`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.frontmatter import CorpusDocument, DocumentFormatError, read_document
from corpus.validate import id_problem, size_problems, title_problem, url_problem
from graph.errors import DocumentError
from graph.model import default_model

REQUIRED_KEYS = ("id", "title", "issuers", "date", "doc_type", "language", "source_urls")
OPTIONAL_KEYS = ("invented",)  # true: an evaluation document about an event that did not happen
ISSUER_KEYS = ("country", "agency")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")

# ISO 3166-1 alpha-2, officially assigned codes, plus EU (exceptionally reserved) for
# documents a union issues. Kept inline so the check needs no network or extra package.
_ISO_TEXT = """AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN
    BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK
    DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR
    GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM
    KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP
    MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL
    PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST
    SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG
    VI VN VU WF WS YE YT ZA ZM ZW EU"""
ISO_COUNTRIES = frozenset(_ISO_TEXT.split())


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, at one line."""

    file: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class Corpus:
    """The documents that could be read, keyed by id, and what is wrong with the folder."""

    documents: dict[str, CorpusDocument] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def doc_types() -> tuple[str, ...]:
    """The allowed doc_type values, read from the model so there is one list."""
    return default_model().node("Document").properties["doc_type"].enum


def document_paths(folder: Path) -> list[Path]:
    """The Markdown documents of a folder, in a stable order."""
    return sorted(p for p in folder.glob("*.md") if p.is_file())


def load_corpus(folder: Path) -> Corpus:
    """Read and check every document of `folder`."""
    corpus = Corpus()
    if not folder.is_dir():
        corpus.problems.append(Problem(folder, 0, "not a folder"))
        return corpus
    first_seen: dict[str, Path] = {}
    for path in document_paths(folder):
        try:
            doc = read_document(path)
        except DocumentFormatError as exc:
            corpus.problems.append(Problem(exc.path, exc.line, exc.message))
            continue
        except DocumentError as exc:
            corpus.problems.append(Problem(path, 1, exc.detail.removeprefix(f"{path}: ")))
            continue
        corpus.problems.extend(check_document(doc))
        doc_id = doc.meta.id
        if doc_id in first_seen:
            message = f"id {doc_id!r} is also used by {first_seen[doc_id]}"
            corpus.problems.append(Problem(path, doc.line_of("id"), message))
            continue
        first_seen[doc_id] = path
        corpus.documents[doc_id] = doc
    return corpus


def check_folder(folder: Path) -> list[Problem]:
    """Every problem of a folder of documents; empty when it is fine."""
    return load_corpus(folder).problems


def check_document(doc: CorpusDocument) -> list[Problem]:
    """Problems of one document that can be seen without looking at the others."""
    fm = doc.front_matter
    problems: list[Problem] = []

    def report(key: str, message: str) -> None:
        problems.append(Problem(doc.path, doc.line_of(key), message))

    for key in REQUIRED_KEYS:
        if key not in fm or fm[key] is None or fm[key] == "" or fm[key] == []:
            report(key, f"missing required front-matter key {key!r}")
    for key in fm:
        if key not in (*REQUIRED_KEYS, *OPTIONAL_KEYS):
            report(key, f"unknown front-matter key {key!r} (expected "
                        f"{', '.join(REQUIRED_KEYS)}; optional {', '.join(OPTIONAL_KEYS)})")
    if "invented" in fm and not isinstance(fm["invented"], bool):
        report("invented", "invented must be true or false")
    checks = {
        "id": _check_id, "title": _check_title, "issuers": _check_issuers, "date": _check_date,
        "doc_type": _check_doc_type, "language": _check_language, "source_urls": _check_urls,
    }
    for where, message in size_problems(fm):
        report(where, message)
    for key, check in checks.items():
        if fm.get(key) not in (None, "", []):
            for where, message in check(fm[key], doc):
                report(where or key, message)
    if not doc.body.strip():
        problems.append(Problem(doc.path, doc.body_line, "the body is empty"))
    return problems


Findings = Iterable[tuple[str, str]]  # (dotted key to point at, or "" for the key itself; message)


def _check_id(value: Any, doc: CorpusDocument) -> Findings:
    if (problem := id_problem(value)) is not None:
        yield "", problem
    elif value != doc.path.stem:
        yield "", f"id {value!r} does not equal the file name {doc.path.stem!r}"


def _check_title(value: Any, doc: CorpusDocument) -> Findings:
    if (problem := title_problem(value)) is not None:
        yield "", problem


def _check_issuers(value: Any, doc: CorpusDocument) -> Findings:
    if not isinstance(value, list):
        yield "", "issuers must be a list of {country: XX, agency: ...}"
        return
    for i, issuer in enumerate(value):
        where = f"issuers.{i}"
        if not isinstance(issuer, dict):
            yield where, f"issuer {i + 1} must be a mapping {{country: XX, agency: ...}}"
            continue
        for key in issuer:
            if key not in ISSUER_KEYS:
                yield f"{where}.{key}", f"issuer {i + 1}: unknown key {key!r}"
        country = issuer.get("country")
        if isinstance(country, bool):
            yield f"{where}.country", (
                f"issuer {i + 1}: country reads as {country} in YAML; quote the code ('NO')"
            )
        elif not isinstance(country, str) or country not in ISO_COUNTRIES:
            yield f"{where}.country", (
                f"issuer {i + 1}: country {country!r} is not an ISO 3166-1 alpha-2 code (e.g. US)"
            )
        agency = issuer.get("agency")
        if not isinstance(agency, str) or not agency.strip():
            yield f"{where}.agency", f"issuer {i + 1}: agency must be non-empty text"


def _check_date(value: Any, doc: CorpusDocument) -> Findings:
    if not isinstance(value, str) or not _DATE.match(value):
        yield "", f"date {value!r} must be an ISO date YYYY-MM-DD"
    else:
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            yield "", f"date {value!r} is not a real calendar date"


def _check_doc_type(value: Any, doc: CorpusDocument) -> Findings:
    if value not in doc_types():
        yield "", f"doc_type {value!r} must be one of {'|'.join(doc_types())}"


def _check_language(value: Any, doc: CorpusDocument) -> Findings:
    if not isinstance(value, str) or not _LANGUAGE.match(value):
        yield "", f"language {value!r} must be an ISO 639 code such as 'en', 'ja' or 'ko'"


def _check_urls(value: Any, doc: CorpusDocument) -> Findings:
    if not isinstance(value, list):
        yield "", "source_urls must be a list of http(s) URLs"
        return
    for i, url in enumerate(value):
        if (problem := url_problem(url)) is not None:
            yield f"source_urls.{i}", problem
