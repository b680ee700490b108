#!/usr/bin/env bash
# Create .venv and install the dev tools of the fast tier (idempotent, stamped).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
stamp="$VENV/.dev-tools-$(sha1sum requirements-dev.txt | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip 'setuptools<70' wheel
  "$VENV/bin/python" -m pip install -q -r requirements-dev.txt
  touch "$stamp"
fi
