#!/usr/bin/env bash
# Installs what JourneyDesigner needs on a Debian-like machine: the system
# libraries Qt loads (only those missing) and a virtual environment in .venv
# with the package and its test tools. Safe to run again: it only does what is
# missing. Usage: scripts/bootstrap.sh [gui|e2e]   ("gui" adds the X11/xcb libraries;
# "e2e" adds those and the X server, window manager and tools the end-to-end tests drive)
set -euo pipefail
cd "$(dirname "$0")/.."

# fontconfig and the TrueType fonts the PDF export falls back to for CJK and emoji
# (journeydesigner/print_fonts.py); poppler-utils and qpdf check the PDFs in the tests
packages=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
          libxkbcommon0 fonts-dejavu-core fontconfig fonts-wqy-microhei fonts-droid-fallback
          fonts-symbola poppler-utils qpdf)
# pyside6-lupdate / pyside6-lrelease (the translation catalogue) load QtNetwork
packages+=(libgssapi-krb5-2 libbrotli1 libzstd1)
if [ "${1:-}" = "gui" ] || [ "${1:-}" = "e2e" ]; then
  packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
             libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 xauth
             fonts-noto-color-emoji)
fi
if [ "${1:-}" = "e2e" ]; then
  packages+=(xvfb openbox xdotool imagemagick strace)
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${packages[@]}"; do
    # a t64-renamed library (Debian 13) counts as present
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" \
      || dpkg-query -W -f='${Status}' "${pkg}t64" 2>/dev/null | grep -q "ok installed" \
      || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system libraries: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    if [ -n "$sudo" ] && ! command -v sudo >/dev/null 2>&1; then
      echo "warning: cannot install ${missing[*]} (not root, no sudo); Qt may fail to start" >&2
    else
      export DEBIAN_FRONTEND=noninteractive
      $sudo apt-get update -qq
      $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  fi
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "error: JourneyDesigner needs Python 3.11 or newer ($python is $("$python" --version 2>&1))" >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  if ! "$python" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y -qq python3-venv >/dev/null
    "$python" -m venv .venv
  fi
fi

stamp=".venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "Installing JourneyDesigner and its Python packages into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
