"""`tkg extract` with good and bad input: clear per-file errors, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("inputs")
    made = {
        "good": ("good.txt", b"Christina Marie Chapman helped North Korean IT workers get jobs "
                             b"at more than 300 U.S. companies.\n"),
        "markdown": ("c9-sample.md", b"---\nid: c9-sample\ntitle: Sample\ndate: 2025-01-01\n"
                     b"doc_type: news\n---\nThe FBI warned companies about DPRK IT workers.\n"),
        "empty": ("empty.txt", b""),
        "binary": ("blob.bin", b"\x00\x01\x02\xff" * 500),
        "latin1": ("latin1.txt", "Caf\u00e9 in Pyongyang".encode("latin-1")),
        "html": ("page.html", b"<!DOCTYPE html><html><head><script>var x = 1;</script>"
                 b"</head><body><p>OFAC designated Kim Sang Man.</p></body></html>"),
        "nowords": ("numbers.txt", b"12 34 ... 56 !!!\n"),
        "nofront": ("broken.md", b"No front matter here.\n"),
    }
    paths = {}
    for key, (name, data) in made.items():
        path = folder / name
        path.write_bytes(data)
        paths[key] = path
    big = folder / "big.txt"
    with big.open("wb") as handle:  # 20 MB
        line = b"The FBI warned companies about North Korean IT workers. " * 40 + b"\n"
        while handle.tell() < 20_000_000:
            handle.write(line)
    paths["big"] = big
    return paths


def test_good_files_give_json(files: dict[str, Path]) -> None:
    result = runner.invoke(app, ["extract", str(files["good"]), str(files["markdown"])])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["documents"]] == ["good", "c9-sample"]
    assert data["errors"] == []
    names = {e["name"] for e in data["documents"][0]["entities"]}
    assert {"Christina Marie Chapman", "DPRK IT workers"} <= names


@pytest.mark.parametrize(("key", "reason"), [
    ("empty", "empty"),
    ("binary", "binary"),
    ("latin1", "not UTF-8"),
    ("nowords", "no sentences"),
    ("big", "the limit is"),
    ("nofront", "front matter"),
])
def test_each_bad_file_is_one_clear_error(files: dict[str, Path], key: str,
                                          reason: str) -> None:
    result = runner.invoke(app, ["extract", str(files[key]), str(files["good"])])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    data = json.loads(result.stdout)
    assert len(data["documents"]) == 1
    [error] = data["errors"]
    assert error["file"] == str(files[key])
    assert reason in error["detail"]
    assert reason in result.stderr


def test_html_is_cleaned_not_refused(files: dict[str, Path]) -> None:
    result = runner.invoke(app, ["extract", str(files["html"])])
    assert result.exit_code == 0
    [document] = json.loads(result.stdout)["documents"]
    assert {"Kim Sang Man", "Office of Foreign Assets Control"} <= {
        e["name"] for e in document["entities"]}
    assert all("<" not in e["name"] for e in document["entities"])


def test_exit_code_counts_failures(files: dict[str, Path]) -> None:
    bad = [str(files[k]) for k in ("empty", "binary", "latin1", "nowords")]
    result = runner.invoke(app, ["extract", *bad, str(files["missing"] if "missing" in files
                                                     else files["good"].with_name("gone.txt"))])
    assert result.exit_code == 5
    assert len(json.loads(result.stdout)["errors"]) == 5


def test_table_format(files: dict[str, Path]) -> None:
    # wide enough that a long unnamed-actor id does not squeeze the name column
    result = runner.invoke(app, ["extract", "--format", "table", str(files["good"])],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Christina Marie Chapman" in result.stdout
    assert "relations" in result.stdout


def test_unknown_model_is_a_clear_error(files: dict[str, Path]) -> None:
    result = runner.invoke(app, ["extract", "--model", "no_such_model_xyz", str(files["good"])])
    assert result.exit_code != 0
    assert "no_such_model_xyz" in str(result.exception) or "no_such_model_xyz" in result.output
