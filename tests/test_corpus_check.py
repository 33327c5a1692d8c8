"""The document reader and checker, on the real corpus and on broken copies of it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.check import check_folder, document_paths, load_corpus
from corpus.frontmatter import DocumentFormatError, read_document
from graph.errors import DocumentError

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "corpus" / "documents"
TKG = Path(sys.executable).with_name("tkg")
PROBLEM_LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<message>.+)$")

VALID = """---
id: {doc_id}
title: Joint Statement on Remote IT Workers
issuers:
  - {{country: JP, agency: Ministry of Foreign Affairs}}
  - {{country: US, agency: Department of State}}
date: 2025-08-27
doc_type: joint_statement
language: en
source_urls:
  - https://example.org/statement
---
Japan, the United States and the ROK issued a statement.
"""


def write(folder: Path, doc_id: str, text: str | None = None, name: str | None = None) -> Path:
    path = folder / f"{name or doc_id}.md"
    path.write_text(text if text is not None else VALID.format(doc_id=doc_id), encoding="utf-8")
    return path


def line_of(text: str, prefix: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if line.startswith(prefix))


def test_real_corpus_passes() -> None:
    paths = document_paths(DOCUMENTS) if DOCUMENTS.is_dir() else []
    if not paths:
        pytest.skip("corpus/documents holds no documents yet")
    assert len(paths) >= 25, f"expected at least 25 documents, found {len(paths)}"
    problems = check_folder(DOCUMENTS)
    assert problems == [], "\n".join(str(p) for p in problems)


def test_body_offsets_start_after_the_closing_fence(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "a-doc"))
    assert doc.body == "Japan, the United States and the ROK issued a statement.\n"
    assert doc.body_line == 13
    assert doc.meta.id == "a-doc" and doc.meta.date == "2025-08-27"
    assert doc.meta.issuers[1] == {"country": "US", "agency": "Department of State"}
    assert doc.key_lines["doc_type"] == 8 and doc.key_lines["issuers.1.country"] == 6
    assert doc.line_at(doc.body.index("ROK")) == 13


def test_windows_newlines_and_bom_do_not_shift_offsets(tmp_path: Path) -> None:
    text = "\ufeff" + VALID.format(doc_id="crlf").replace("\n", "\r\n")
    path = tmp_path / "crlf.md"
    path.write_bytes(text.encode("utf-8"))
    doc = read_document(path)
    assert doc.body.startswith("Japan,") and "\r" not in doc.body


def test_plain_text_takes_its_id_from_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "press-note.txt"
    path.write_text("OFAC designated a front company.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.meta.id == "press-note" and doc.body == "OFAC designated a front company.\n"


@pytest.mark.parametrize(("data", "expected"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("caf\u00e9 ok\n".encode("latin-1"), "not UTF-8"),
])
def test_unreadable_files_get_a_clear_message(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=expected) as info:
        read_document(path)
    assert str(path) in info.value.detail


@pytest.mark.parametrize(("text", "expected"), [
    ("no front matter here\n", "missing front matter"),
    ("---\nid: x\ntitle: never closed\n", "not closed"),
    ("---\n- a list\n---\nbody\n", "must be a mapping"),
])
def test_broken_front_matter_is_refused(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "x.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentFormatError, match=expected):
        read_document(path)


def _base_text() -> str:
    """A real document when the corpus has one, else the template: breakage must show either way."""
    paths = document_paths(DOCUMENTS) if DOCUMENTS.is_dir() else []
    return paths[0].read_text(encoding="utf-8") if paths else VALID.format(doc_id="base")


def _with_id(text: str, doc_id: str) -> str:
    return re.sub(r"(?m)^id:.*$", f"id: {doc_id}", text, count=1)


def test_broken_copies_fail_naming_file_and_line(tmp_path: Path) -> None:
    base = _base_text()
    no_date = re.sub(r"(?m)^date:.*\n", "", _with_id(base, "no-date"), count=1)
    write(tmp_path, "no-date", no_date)
    bad_type = re.sub(r"(?m)^doc_type:.*$", "doc_type: memo", _with_id(base, "bad-type"), count=1)
    write(tmp_path, "bad-type", bad_type)
    write(tmp_path, "mismatch", _with_id(base, "some-other-id"))
    broken_yaml = re.sub(r"(?m)^title:.*$", "title: [unclosed", _with_id(base, "broken-yaml"),
                         count=1)
    write(tmp_path, "broken-yaml", broken_yaml)
    write(tmp_path, "fine", _with_id(base, "fine"))

    problems = {(p.file.name, p.line): p.message for p in check_folder(tmp_path)}

    assert problems[("no-date.md", 1)] == "missing required front-matter key 'date'"
    assert "doc_type 'memo'" in problems[("bad-type.md", line_of(bad_type, "doc_type:"))]
    assert "does not equal the file name" in problems[("mismatch.md", line_of(base, "id:"))]
    yaml_problems = [m for (f, _l), m in problems.items() if f == "broken-yaml.md"]
    assert yaml_problems and "not valid YAML" in yaml_problems[0]
    assert not [k for k in problems if k[0] == "fine.md"]


def test_every_field_rule(tmp_path: Path) -> None:
    text = """---
id: Bad_Id
title: ""
issuers:
  - {country: XX, agency: Someone}
  - {country: NO, agency: ""}
  - not a mapping
date: 2025-02-30
doc_type: joint_statement
language: English
source_urls:
  - ftp://example.org/x
  - https://example.org/ok
notes: typo'd key
---

"""
    path = write(tmp_path, "Bad_Id", text)
    problems = check_folder(tmp_path)
    assert all(p.file == path for p in problems)
    expected_lines = {
        "id 'Bad_Id' must be": 2, "missing required front-matter key 'title'": 3,
        "country 'XX'": 5, "reads as False": 6, "agency must be non-empty": 6,
        "issuer 3 must be a mapping": 7, "not a real calendar date": 8,
        "language 'English'": 10, "ftp://example.org/x": 12, "unknown front-matter key": 14,
        "the body is empty": 16,
    }
    for fragment, line in expected_lines.items():
        assert any(fragment in p.message and p.line == line for p in problems), (
            fragment, [str(p) for p in problems])
    assert len(problems) == len(expected_lines)


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "a", VALID.format(doc_id="a"))
    write(tmp_path, "b", VALID.format(doc_id="a"), name="b")
    corpus = load_corpus(tmp_path)
    assert any("also used by" in p.message for p in corpus.problems)
    assert list(corpus.documents) == ["a"]


def _tkg(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(TKG), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, check=False)


def test_cli_check_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good" / "documents"
    good.mkdir(parents=True)
    write(good, "fine")
    result = _tkg("corpus", "check", str(good))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 documents OK" in result.stdout and "joint_statement" in result.stdout

    bad = tmp_path / "bad"
    bad.mkdir()
    write(bad, "nodate", VALID.format(doc_id="nodate").replace("date: 2025-08-27\n", ""))
    result = _tkg("corpus", "check", str(bad))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert lines and all(PROBLEM_LINE.match(line) for line in lines), result.stdout
    assert f"{bad / 'nodate.md'}:1: missing required front-matter key 'date'" in lines


def test_cli_check_default_folder() -> None:
    if not document_paths(DOCUMENTS):
        pytest.skip("corpus/documents holds no documents yet")
    result = _tkg("corpus", "check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_check_copy_of_real_corpus_with_one_break(tmp_path: Path) -> None:
    if not document_paths(DOCUMENTS):
        pytest.skip("corpus/documents holds no documents yet")
    copy = tmp_path / "documents"
    shutil.copytree(DOCUMENTS, copy)
    victim = document_paths(copy)[0]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(re.sub(r"(?m)^doc_type:.*$", "doc_type: memo", text, count=1),
                      encoding="utf-8")
    result = _tkg("corpus", "check", str(copy))
    assert result.returncode == 1
    assert f"{victim}:{line_of(text, 'doc_type:')}: doc_type 'memo'" in result.stdout


def test_cli_check_includes_the_test_split_on_request(tmp_path: Path) -> None:
    if not document_paths(ROOT / "corpus" / "test" / "documents"):
        pytest.skip("corpus/test holds no documents yet")
    result = _tkg("corpus", "check", "--test")
    assert result.returncode == 0, result.stdout + result.stderr
    dev, test = len(document_paths(DOCUMENTS)), len(document_paths(ROOT / "corpus/test/documents"))
    assert f"{dev + test} documents OK" in result.stdout

    clash = tmp_path / "clash" / "documents"
    clash.mkdir(parents=True)
    write(clash, "fine")
    other = tmp_path / "other" / "documents"
    other.mkdir(parents=True)
    write(other, "fine")
    result = _tkg("corpus", "check", str(clash), str(other))
    assert result.returncode == 1
    assert f"id 'fine' is also used by {clash / 'fine.md'}" in result.stdout


def test_an_invented_document_is_marked_checked_and_left_out_of_ingest(tmp_path: Path) -> None:
    from api.ingest_runner import IngestSummary, leave_out_invented
    real = read_document(write(tmp_path, "real-doc"))
    invented_text = VALID.format(doc_id="made-up").replace("language: en\n",
                                                           "language: en\ninvented: true\n")
    made_up = read_document(write(tmp_path, "made-up", invented_text))
    assert not real.invented and made_up.invented
    assert check_folder(tmp_path) == []
    summary = IngestSummary()
    assert leave_out_invented([real, made_up], summary) == [real]
    assert [(Path(p).name, "invented" in why) for p, why in summary.skipped] == [
        ("made-up.md", True)]
    # a value that is not a boolean is an error, never read as "not invented"
    write(tmp_path, "made-up", invented_text.replace("invented: true", "invented: 'yes'"))
    assert any("invented must be true or false" in p.message for p in check_folder(tmp_path))
