#!/usr/bin/env bash
# Benchmark (not a test): builds the release app, prints the size of every file the first page loads
# (raw and gzip -9), then the median times of cold loads on Lighthouse's mobile profile from a gzip host
# (first heading; a deep-linked result), then the engine's speed. Usage: scripts/bench.sh [loads, default 5]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
trunk build --release --locked >/dev/null 2>&1 || trunk build --release --locked

echo "== bundle (dist/, release, wasm-opt -Oz)"
printf '%-42s %10s %10s\n' file raw gzip-9
total_raw=0; total_gz=0
# What the first page loads: index.html and every script, wasm and stylesheet it names.
first_page=(dist/index.html $(grep -oE '/[A-Za-z0-9._-]+\.(js|wasm|css)' dist/index.html | sort -u | sed 's|^|dist|'))
for f in "${first_page[@]}"; do
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-42s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-42s %10d %10d\n' "first page load, total" "$total_raw" "$total_gz"

# The embed API (README, "Embedding"): loaded only by sites that embed it, never by the app's pages.
for f in dist/flexicheck-embed.js dist/flexicheck-embed_bg.wasm; do
  printf '%-42s %10d %10d\n' "embed API: $(basename "$f")" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done

# The floor: the rules engine, the questionnaire logic and every text, with no UI framework at all
# (examples/engine_floor.rs), built and optimised as Trunk builds the app.
floor="$ROOT/target/engine-floor"
cargo build --locked --release --target wasm32-unknown-unknown --example engine_floor 2>/dev/null
wasm-bindgen --target web --out-dir "$floor" "$ROOT/target/wasm32-unknown-unknown/release/examples/engine_floor.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue "$floor/engine_floor_bg.wasm" -o "$floor/engine_floor.opt.wasm"
printf '%-42s %10d %10d\n' "engine + texts alone, no UI (wasm)" "$(wc -c <"$floor/engine_floor.opt.wasm")" "$(gzip -9 -c "$floor/engine_floor.opt.wasm" | wc -c)"

echo "== timing"
node "$ROOT/scripts/bench-load.mjs" "${1:-5}"

echo "== rules engine (native, release)"
cargo bench --locked --bench assess 2>/dev/null
