#!/usr/bin/env bash
# Build the one-folder Linux application from a checkout, with one command:
#
#   bash packaging/build-linux.sh
#
# It makes its own virtual environment in build/packaging-venv (the project's .venv is
# not touched), installs the project and PyInstaller into it, and runs PyInstaller with
# packaging/journeydesigner.spec. Result: dist/journeydesigner/journeydesigner (run
# packaging/smoke-test.sh next). PYTHON=python3.12 picks another interpreter (3.11+).
# The machine needs what Qt needs (scripts/bootstrap.sh installs it on Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=${PYTHON:-python3}
venv=build/packaging-venv
started=$(date +%s)

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "error: needs Python 3.11 or newer ($python)" >&2
  exit 1
fi
if [ ! -x "$venv/bin/python" ]; then
  echo "== creating $venv"
  "$python" -m venv "$venv"
fi
echo "== installing JourneyDesigner and PyInstaller into $venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
# a regular (not editable) install: PyInstaller sees exactly what a user would install
"$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade "$root" \
  "pyinstaller>=6.10,<7"
"$venv/bin/python" -m pip list --disable-pip-version-check 2>/dev/null \
  | grep -Ei '^(journeydesigner|pyinstaller|pyside6|shiboken6|pydantic|networkx|reportlab|python-calamine) ' \
  | sed 's/^/   /'

echo "== running PyInstaller"
rm -rf dist/journeydesigner
# from build/, so that the installed package (not the checkout's source folder, which
# `python -m` would put first on sys.path) is what gets frozen, with its metadata
mkdir -p build
(cd build && "$root/$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$root/dist" --workpath "$root/build/pyinstaller" "$root/packaging/journeydesigner.spec")

app=dist/journeydesigner/journeydesigner
if [ ! -x "$app" ]; then
  echo "error: $app was not built" >&2
  exit 1
fi
finished=$(date +%s)
size=$(du -sh dist/journeydesigner | cut -f1)
files=$(find dist/journeydesigner -type f | wc -l)
echo "== built $app"
echo "   $size in $files files, $((finished - started)) s"
echo "   next: bash packaging/smoke-test.sh"
