#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml), on the staged site in $TRUNK_STAGING_DIR. One script because Trunk
# may run the hooks of a stage at the same time, and the order matters: the policy hashes every inline script.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${TRUNK_STAGING_DIR:?run by trunk build}"
# 0. The whole app (tools included) gets a content hash in its names, as Trunk gives the first download:
#    a browser and the service worker may then keep it for good once a tool has loaded it.
tools_hash="$(cat "$TRUNK_STAGING_DIR/flexicheck-tools.js" "$TRUNK_STAGING_DIR/flexicheck-tools_bg.wasm" | sha256sum | cut -c1-16)"
mv "$TRUNK_STAGING_DIR/flexicheck-tools.js" "$TRUNK_STAGING_DIR/flexicheck-tools-$tools_hash.js"
mv "$TRUNK_STAGING_DIR/flexicheck-tools_bg.wasm" "$TRUNK_STAGING_DIR/flexicheck-tools-${tools_hash}_bg.wasm"
app_js="$(cd "$TRUNK_STAGING_DIR" && ls flexicheck-*.js | grep -v -e '^flexicheck-tools' -e '^flexicheck-embed')"
[ "$(printf '%s\n' "$app_js" | wc -l)" -eq 1 ] || { echo "post-build: not one app script: $app_js" >&2; exit 1; }
# 1. The loader, in place of Trunk's (the visitor's catalog and the build the address needs), and the
#    start page's static HTML in each language, from the app's own texts (src/prerender.rs).
cargo run --quiet --locked --manifest-path "$ROOT/Cargo.toml" --bin flexicheck-prerender -- "$TRUNK_STAGING_DIR/index.html" \
  "./$app_js" "./${app_js%.js}_bg.wasm" "./flexicheck-tools-$tools_hash.js" "./flexicheck-tools-${tools_hash}_bg.wasm"
# 2. The service worker for offline use.
node "$ROOT/scripts/offline.mjs"
# 3. The Content-Security-Policy, with the hash of each inline script.
node "$ROOT/scripts/csp.mjs"
