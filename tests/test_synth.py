"""The synthetic corpus: valid, deterministic, connected and varied."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from corpus.check import load_corpus
from corpus.gold import check_gold
from corpus.synth import DOC_TYPE_WEIGHTS, synthesize
from graph.errors import InvalidInput

TKG = Path(sys.executable).with_name("tkg")
N_DOCS = 120


@pytest.fixture(scope="module")
def synth_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    synthesize(N_DOCS, 11, out)
    return out


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_output_validates_with_check_and_gold(synth_dir: Path) -> None:
    corpus = load_corpus(synth_dir / "documents")
    assert corpus.problems == [] and len(corpus.documents) == N_DOCS
    report = check_gold(synth_dir / "gold", corpus.documents)
    assert report.problems == [], "\n".join(str(p) for p in report.problems[:10])
    assert len(report.documents) == N_DOCS
    assert set(report.entity_counts) == {"Country", "Agency", "Person", "Organization", "Case",
                                         "Advisory", "Payment"}
    assert {"DESIGNATED", "SENTENCED", "FRONT_FOR", "FUNDED", "MET", "FORFEITED",
            "GENERATED_REVENUE_FOR", "EMPLOYED_AT"} <= set(report.relation_counts)


def test_same_seed_same_bytes_other_seed_differs(synth_dir: Path, tmp_path: Path) -> None:
    synthesize(N_DOCS, 11, tmp_path / "again")
    synthesize(N_DOCS, 12, tmp_path / "other")
    first = _files(synth_dir)
    assert _files(tmp_path / "again") == first
    other = _files(tmp_path / "other")
    assert other.keys() != first.keys() or other != first


def test_documents_are_statement_sized_and_mix_doc_types(synth_dir: Path) -> None:
    corpus = load_corpus(synth_dir / "documents")
    words = [len(doc.body.split()) for doc in corpus.documents.values()]
    assert min(words) >= 180 and max(words) <= 420, (min(words), max(words))
    kinds = Counter(doc.meta.doc_type for doc in corpus.documents.values())
    assert set(kinds) == set(DOC_TYPE_WEIGHTS)


def test_entities_recur_across_documents(synth_dir: Path) -> None:
    """The graph must connect: named people and firms appear in more than one document."""
    seen: Counter[tuple[str, str]] = Counter()
    for path in (synth_dir / "gold").glob("*.jsonl"):
        record = json.loads(path.read_text(encoding="utf-8"))
        seen.update({(e["type"], e["name"]) for e in record["entities"]
                     if e["type"] in ("Person", "Organization")})
    shared = [key for key, n in seen.items() if n > 1]
    assert len(shared) >= 20


def test_amounts_are_written_in_varied_forms(synth_dir: Path) -> None:
    text = " ".join(p.read_text(encoding="utf-8") for p in (synth_dir / "documents").glob("*.md"))
    for pattern in (r"\$\d+(\.\d)? million", r"USD \d{1,3}(,\d{3})+", r"\$\d+(\.\d)?M\b",
                    r"(more than|over|in excess of) (US)?\$", r"\b(about|approximately) "):
        assert re.search(pattern, text), pattern


def test_gold_payments_match_their_text(synth_dir: Path) -> None:
    """Every written amount converts back to the gold amount_usd."""
    scale = {"million": 1_000_000, "M": 1_000_000, "K": 1_000, "": 1}
    amount = re.compile(r"^(?:US\$|\$|USD )([\d,]+(?:\.\d)?)(?: ?(million|M|K))?$")
    for path in (synth_dir / "gold").glob("*.jsonl"):
        for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            if entity["type"] != "Payment":
                continue
            for mention in entity["mentions"]:
                match = amount.match(mention["text"])
                assert match, mention["text"]
                value = float(match.group(1).replace(",", "")) * scale[match.group(2) or ""]
                assert round(value) == entity["properties"]["amount_usd"], mention["text"]


def test_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    synthesize(3, 1, tmp_path)
    with pytest.raises(InvalidInput, match="--force"):
        synthesize(3, 1, tmp_path)
    (tmp_path / "documents" / "keep.txt").write_text("not ours", encoding="utf-8")
    synthesize(2, 1, tmp_path, overwrite=True)
    assert len(list((tmp_path / "documents").glob("*.md"))) == 2
    assert (tmp_path / "documents" / "keep.txt").exists()


def test_cli_synth_then_check(tmp_path: Path) -> None:
    result = subprocess.run([str(TKG), "synth", "--docs", "30", "--seed", "5", "--out",
                             str(tmp_path)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert "wrote 30 documents" in result.stdout
    result = subprocess.run([str(TKG), "corpus", "check", str(tmp_path / "documents")],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "30 documents OK" in result.stdout and "SENTENCED" in result.stdout
