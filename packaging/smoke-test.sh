#!/usr/bin/env bash
# Run the built application headless and check that it works:
#
#   bash packaging/smoke-test.sh [PATH-TO-EXECUTABLE]    (default dist/journeydesigner/journeydesigner)
#
# --version; validate an example map (from the checkout and the bundled copy); list the
# templates (they are found through sys._MEIPASS); export the example to JSON and, when
# the build has the PDF export, to PDF; open the window offscreen for a few seconds.
# Exits non-zero at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-dist/journeydesigner/journeydesigner}
if [ ! -x "$app" ]; then
  echo "error: $app not found; build it with: bash packaging/build-linux.sh" >&2
  exit 1
fi
export QT_QPA_PLATFORM=offscreen LANG=${LANG:-C.UTF-8}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/runtime"
export XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/runtime"
example=resources/templates/compra-online.es.journey
bundled=$(dirname "$app")/_internal/resources/templates/compra-online.es.journey
failures=0

ok() { printf '  ok    %-34s %s\n' "$1" "${2:-}"; }
fail() { printf '  FAIL  %-34s %s\n' "$1" "${2:-}"; failures=$((failures + 1)); }
now() { date +%s%N; }
since() { echo "$(( ($(date +%s%N) - $1) / 1000000 )) ms"; }

echo "smoke test of $app"
t=$(now)
version=$("$app" --version 2>&1) && ok "--version" "$version ($(since "$t"))" || fail "--version" "$version"
expected=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
case "$version" in *"$expected"*) ok "version matches pyproject.toml" "$expected" ;;
  *) fail "version matches pyproject.toml" "wanted $expected" ;; esac

t=$(now)
out=$("$app" validate "$example" 2>&1) && ok "validate (checkout copy)" "$out ($(since "$t"))" \
  || fail "validate (checkout copy)" "$out"
if [ -f "$bundled" ]; then
  out=$("$app" validate -q "$bundled" 2>&1) && ok "validate (bundled copy)" || fail "validate (bundled copy)" "$out"
else
  fail "bundled resources" "$bundled is missing"
fi
broken="$tmp/broken.journey"
printf '{"format": "journeydesigner", "version": 1, "title": ""}' > "$broken"
if out=$("$app" validate "$broken" 2>&1); then
  fail "validate refuses a broken map" "exit 0"
else
  ok "validate refuses a broken map" "$(echo "$out" | head -1)"
fi

out=$("$app" templates 2>&1) && echo "$out" | grep -q "compra-online.es" \
  && ok "templates (resources via _MEIPASS)" "$(echo "$out" | wc -l) templates" \
  || fail "templates (resources via _MEIPASS)" "$out"

t=$(now)
if out=$("$app" export "$example" -o "$tmp/out.json" 2>&1) && "$app" validate -q "$tmp/out.json"; then
  ok "export JSON" "$(stat -c %s "$tmp/out.json") bytes ($(since "$t"))"
else
  fail "export JSON" "$out"
fi

t=$(now)
set +e
out=$("$app" export "$example" -o "$tmp/out.pdf" 2>&1)
rc=$?
set -e
if [ $rc -eq 0 ] && [ "$(head -c 5 "$tmp/out.pdf" 2>/dev/null)" = "%PDF-" ]; then
  ok "export PDF" "$(stat -c %s "$tmp/out.pdf") bytes ($(since "$t"))"
elif echo "$out" | grep -qi "cannot export"; then
  ok "export PDF" "skipped: this build has no PDF export ($out)"
else
  fail "export PDF" "exit $rc: $out"
fi

t=$(now)
set +e
timeout 8 "$app" "$example" > "$tmp/gui.log" 2>&1
rc=$?
set -e
if [ $rc -eq 124 ]; then
  ok "window opens (offscreen, 8 s)" "still running, stopped by timeout"
else
  fail "window opens (offscreen, 8 s)" "exited with $rc: $(tail -5 "$tmp/gui.log")"
fi

echo
if [ $failures -eq 0 ]; then
  echo "smoke test passed"
else
  echo "smoke test FAILED: $failures failure(s)"
  exit 1
fi
