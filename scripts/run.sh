#!/usr/bin/env bash
# Installs what is missing, then opens JourneyDesigner with an example map.
# Extra arguments replace the example (e.g. a .journey file of your own).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh gui
export LANG=${LANG:-C.UTF-8}
if [ $# -eq 0 ]; then
  set -- resources/templates/compra-online.es.journey
fi
exec .venv/bin/journeydesigner "$@"
