"""The held-out test split stays held out: no invented name of corpus/test/gold in extract/.

corpus/test measures the extractor on text its rules were not written from. If a person or
company invented for the test split shows up in a gazetteer, rule or normalizer, the split
has leaked and its scores flatter the extractor. Real public bodies the split mentions are
listed in corpus/test/public_names.txt and may appear in gazetteers.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEST_GOLD = ROOT / "corpus" / "test" / "gold"
PUBLIC_NAMES = ROOT / "corpus" / "test" / "public_names.txt"
EXTRACT = ROOT / "extract"
CHECKED_TYPES = ("Person", "Organization")
# A bare family name or syllable ("Yu", "Rim", "Choe") is a legitimate entry of a Korean name
# list; only longer single words ("Marsh", "Quintrel") and multi-word names identify one
# invented entity.
MIN_SINGLE_WORD = 5


@dataclass(frozen=True)
class Leak:
    name: str
    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: test-split name {self.name!r}"


def _fold(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def public_names(path: Path = PUBLIC_NAMES) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return {_fold(line.strip()).casefold() for line in lines
            if line.strip() and not line.startswith("#")}


def held_out_names(gold: Path = TEST_GOLD, public: set[str] | None = None) -> set[str]:
    """Names and aliases of the invented persons and organizations of the test gold."""
    skip = public_names() if public is None else public
    names: set[str] = set()
    for path in sorted(gold.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for entity in json.loads(line)["entities"]:
                if entity["type"] not in CHECKED_TYPES or entity.get("unnamed"):
                    continue
                if _fold(entity["name"]).casefold() in skip:
                    continue
                for name in [entity["name"], *entity.get("aliases", [])]:
                    if " " in name.strip() or len(name.strip()) >= MIN_SINGLE_WORD:
                        names.add(_fold(name.strip()))
    by_case = {name.casefold(): name for name in sorted(names, reverse=True)}
    return set(by_case.values())  # matching ignores case, so one spelling per name


def _pattern(name: str) -> re.Pattern[str]:
    """The name as a whole word or phrase, any case, any run of whitespace between words."""
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def find_leaks(names: set[str], folder: Path) -> list[Leak]:
    """Every place a name occurs in a text file under `folder`."""
    patterns = [(name, _pattern(name)) for name in sorted(names)]
    leaks: list[Leak] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if "__pycache__" in path.parts:
            continue
        try:
            text = _fold(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, OSError):
            continue  # binary files hold no rules
        for name, pattern in patterns:
            for match in pattern.finditer(text):
                leaks.append(Leak(name, path, text.count("\n", 0, match.start()) + 1))
    return leaks


def test_the_test_split_has_names_to_protect() -> None:
    names = held_out_names()
    assert len(names) >= 40, sorted(names)


def test_no_test_split_name_in_extract() -> None:
    leaks = find_leaks(held_out_names(), EXTRACT)
    assert not leaks, "the test split leaked into extract/:\n" + "\n".join(map(str, leaks))


def test_scanner_finds_a_name_planted_in_a_copy_of_extract(tmp_path: Path) -> None:
    copy = tmp_path / "extract"
    shutil.copytree(EXTRACT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    names = held_out_names()
    planted = sorted(n for n in names if " " in n)[0]
    victim = sorted(p for p in copy.rglob("*.py") if p.is_file())[0]
    victim.write_text(victim.read_text(encoding="utf-8")
                      + f"\nKNOWN = [{planted.upper()!r}]\n", encoding="utf-8")
    leaks = find_leaks(names, copy)
    assert planted in {leak.name for leak in leaks}
    assert {leak.path for leak in leaks} == {victim}  # the real extract/ holds none


@pytest.mark.parametrize(("text", "found"), [
    ("Quintrel  Staffing LLC", True),      # any case, any whitespace, inside a longer name
    ("QUINTREL STAFFING", True),
    ("quintrel staffingco", False),        # part of a longer word is not the name
    ("xquintrel staffing", False),
])
def test_scanner_matches_whole_phrases(tmp_path: Path, text: str, found: bool) -> None:
    (tmp_path / "rules.yaml").write_text(f"names: [{text}]\n", encoding="utf-8")
    assert bool(find_leaks({"Quintrel Staffing"}, tmp_path)) is found


def test_public_names_and_unnamed_actors_are_not_held_out(tmp_path: Path) -> None:
    record = {"doc_id": "x", "relations": [], "entities": [
        {"id": "a", "type": "Organization", "name": "Munitions Industry Department",
         "aliases": ["MID"], "mentions": []},
        {"id": "b", "type": "Person", "name": "Arizona woman", "unnamed": True, "mentions": []},
        {"id": "c", "type": "Person", "name": "Ottoline Vance Marsh",
         "aliases": ["Marsh", "Yu"], "mentions": []},
        {"id": "d", "type": "Country", "name": "North Korea", "mentions": []}]}
    (tmp_path / "x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    names = held_out_names(tmp_path, public={"munitions industry department"})
    assert names == {"Ottoline Vance Marsh", "Marsh"}
