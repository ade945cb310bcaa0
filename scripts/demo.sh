#!/usr/bin/env bash
# Set up Flashpoint in ./.venv (pinned by constraints.txt), build the demo database from the
# bundled corpus and serve the dashboard on it (http://127.0.0.1:8000/; --no-serve to skip).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e .
exec .venv/bin/flashpoint demo --fresh "$@"
