#!/usr/bin/env bash
# Installs what is missing, then runs the linter and the whole test suite: the core
# and CLI tests, the pytest-qt GUI tests on a real X server (Qt's xcb platform on
# Xvfb with openbox), and the end-to-end scenarios (tests/e2e), which start X
# servers of their own. Extra arguments go to pytest (e.g. tests/e2e for those alone).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh e2e
export LANG=C.UTF-8 PYTHONUTF8=1
.venv/bin/ruff check --quiet .
# shellcheck source=scripts/xserver.sh
source scripts/xserver.sh
start_xserver 1600x1000
export QT_QPA_PLATFORM=xcb
.venv/bin/python -m pytest -q "$@"
