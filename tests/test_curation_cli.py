"""`tkg judge` and `tkg judgments list` as an analyst runs them, and judgments carried by
`tkg forget`, `tkg export` and `tkg import`: real processes on a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from graph import curation
from graph.ingest import ingest_extraction
from graph.store import GraphStore
from tests.conftest import store_env
from tests.curation_data import KIM, KIM_VARIANT, YANBIAN, release, report

TKG = str(Path(sys.executable).with_name("tkg"))


def tkg(*args: str, store: GraphStore) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TKG_")}
    env.update({**store_env(store), "COLUMNS": "200"})
    return subprocess.run([TKG, *args], capture_output=True, text=True, env=env, timeout=120)


def test_judgments_from_the_command_line_survive_forget_export_and_import(
        falkor_store: GraphStore, spare_store: GraphStore, tmp_path: Path) -> None:
    ingest_extraction(falkor_store, release())
    ingest_extraction(falkor_store, report())
    merged = tkg("judge", "merge", KIM, KIM_VARIANT, "--reason", "same person", "--by", "park",
                 store=falkor_store)
    assert merged.returncode == 0, merged.stderr
    assert KIM_VARIANT in merged.stdout
    rejected = tkg("judge", "reject", "EMPLOYED_AT", KIM, YANBIAN, "-r", "misread",
                   store=falkor_store)
    assert rejected.returncode == 0, rejected.stderr
    refused = tkg("judge", "reject", "EMPLOYED_AT", KIM, "organization:nobody", "-r", "x",
                  store=falkor_store)
    assert refused.returncode != 0 and "no EMPLOYED_AT fact" in refused.stderr
    no_reason = tkg("judge", "rate", "d-report", "unverified", store=falkor_store)
    assert no_reason.returncode != 0

    assert tkg("forget", "d-release", store=falkor_store).returncode == 0
    listed = tkg("judgments", "list", "--format", "json", store=falkor_store)
    assert listed.returncode == 0, listed.stderr
    assert [(j["kind"], j["author"]) for j in json.loads(listed.stdout)] == [
        ("reject", "analyst"), ("merge", "park")]
    table = tkg("judgments", "list", store=falkor_store)
    assert "same person" in table.stdout and "2 judgments" in table.stdout

    out = tmp_path / "graph.jsonl"
    exported = tkg("export", str(out), store=falkor_store)
    assert exported.returncode == 0, exported.stderr
    imported = tkg("import", str(out), store=spare_store)
    assert imported.returncode == 0, imported.stderr
    assert "2 judgments" in imported.stdout
    assert curation.all_judgments(spare_store) == curation.all_judgments(falkor_store)
    assert curation.load_verdicts(spare_store).cluster(KIM_VARIANT) == [KIM, KIM_VARIANT]
