#!/usr/bin/env bash
# The main job: install what is missing, ingest corpus/ into the embedded store, and serve
# the API and graph browser on http://127.0.0.1:8000 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
.venv/bin/tkg ingest corpus/documents
exec .venv/bin/tkg serve --host 127.0.0.1 --port 8000
