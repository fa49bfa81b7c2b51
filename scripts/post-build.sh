#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml), on the staged site in $TRUNK_STAGING_DIR. One script because Trunk
# may run the hooks of a stage at the same time, and the order matters: the policy hashes every inline script.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${TRUNK_STAGING_DIR:?run by trunk build}"
# 1. The start page's static HTML in each language, from the app's own texts (src/prerender.rs).
cargo run --quiet --locked --manifest-path "$ROOT/Cargo.toml" --bin flexicheck-prerender -- "$TRUNK_STAGING_DIR/index.html"
# 2. The service worker for offline use.
node "$ROOT/scripts/offline.mjs"
# 3. The Content-Security-Policy, with the hash of each inline script.
node "$ROOT/scripts/csp.mjs"
