#!/usr/bin/env bash
# Installs what is missing, then runs the linter and the whole test suite
# headless (Qt's offscreen platform). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 PYTHONUTF8=1
.venv/bin/ruff check --quiet .
.venv/bin/python -m pytest -q "$@"
