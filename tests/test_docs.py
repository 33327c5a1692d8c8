"""Documentation that derives from code stays in step with it."""

from __future__ import annotations

from pathlib import Path

from api.settings import Settings
from graph.model import default_model
from graph.model_docs import render

REPO = Path(__file__).resolve().parent.parent


def test_model_docs_are_current() -> None:
    current = (REPO / "docs" / "model.md").read_text()
    assert current == render(default_model()), (
        "docs/model.md is stale: run .venv/bin/python -m graph.model_docs > docs/model.md")


def test_every_setting_is_documented() -> None:
    readme = (REPO / "README.md").read_text()
    for name, field in Settings.model_fields.items():
        assert f"TKG_{name.upper()}" in readme, f"README does not document TKG_{name.upper()}"
        assert field.description, f"setting {name} has no description"
