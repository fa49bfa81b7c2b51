#!/usr/bin/env bash
# Installs what is missing, then builds and serves the app at http://127.0.0.1:8080/ (rebuilds on change;
# reload the page to see it: Trunk's reload script is inline, and the app's security policy refuses it).
# Extra arguments go to `trunk serve`, e.g. scripts/serve.sh --release --port 3000
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
echo "Flexicheck will be served at http://127.0.0.1:8080/ once built (Ctrl-C stops it)."
exec trunk serve --locked --no-autoreload "$@"
