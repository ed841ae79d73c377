#!/usr/bin/env bash
# Installs what is missing, then opens JourneyDesigner with an example map.
# Extra arguments replace the example (e.g. a .journey file of your own).
set -euo pipefail
here="$PWD"
args=()
for arg in "$@"; do  # files named relative to where the command was typed
  case "$arg" in /*|-*) args+=("$arg") ;; *) args+=("$here/$arg") ;; esac
done
set -- ${args[@]+"${args[@]}"}
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh gui
export LANG=${LANG:-C.UTF-8}
if [ $# -eq 0 ]; then
  # a copy of the example, so saving never writes into the repository's templates
  examples="${XDG_DATA_HOME:-$HOME/.local/share}/JourneyDesigner/examples"
  mkdir -p "$examples"
  [ -f "$examples/compra-online.es.journey" ] \
    || cp resources/templates/compra-online.es.journey "$examples/"
  set -- "$examples/compra-online.es.journey"
fi
exec .venv/bin/journeydesigner "$@"
