#!/usr/bin/env bash
# The main job: install what is missing, ingest corpus/ into the store (the embedded one
# unless TKG_STORE=neo4j or TKG_NEO4J_URI says otherwise), and serve
# the API and graph browser on http://127.0.0.1:8000 (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
# With TKG_STORE=neo4j the local Neo4j is started first, so both commands use one server
# (it keeps running afterwards: `.venv/bin/tkg neo4j stop`).
if [[ "${TKG_STORE:-falkordb}" == "neo4j" && -z "${TKG_NEO4J_URI:-}" ]]; then
  .venv/bin/tkg neo4j start
fi
.venv/bin/tkg ingest corpus/documents
exec .venv/bin/tkg serve --host 127.0.0.1 --port 8000
