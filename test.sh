#!/usr/bin/env bash
# The whole test suite: install what is missing (test tools and chromium included), check
# style and types, then run every test. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --dev
.venv/bin/ruff check .
.venv/bin/mypy
exec .venv/bin/pytest "$@"
