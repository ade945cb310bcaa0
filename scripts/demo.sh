#!/usr/bin/env bash
# Set up Flashpoint in ./.venv (pinned by constraints.txt) and run the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c constraints.txt -e .
exec .venv/bin/flashpoint demo "$@"
