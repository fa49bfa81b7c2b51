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

echo "== bundle (dist/, release, wasm-opt -Oz): what a first visit downloads"
printf '%-42s %10s %10s %10s\n' file raw gzip-9 brotli-11
# The critical path: index.html, the files it names (script, wasm, style, icon) and one language's
# catalog (Dutch: the largest group of visitors). Then what the service worker precaches after the page
# is interactive (the other catalogs, the manifest); brotli from Node's zlib, as a host would send it.
# (sw.js is named in the page too, but registered only after the page has loaded; so is the whole app
# with the tools, flexicheck-tools-*, which only a tool's page loads.)
critical=(dist/index.html $(grep -oE '\./[A-Za-z0-9._-]+\.(js|wasm|css|svg)' dist/index.html | sed 's|^\./||' | grep -vx 'sw.js' | grep -v '^flexicheck-tools-' | sort -u | sed 's|^|dist/|') $(ls dist/catalog-nl-*.txt))
later=(dist/sw.js $( grep -oE '"\./[A-Za-z0-9._-]+"' dist/sw.js | tr -d '"' | sed 's|^\./||' | sort -u | sed 's|^|dist/|' | grep -vxF -f <(printf '%s\n' "${critical[@]}") ))
total_raw=0; total_gz=0; total_br=0
row() {
  local f="$1" raw gz br
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c)
  br=$(node -e 'const z = require("node:zlib"); process.stdout.write(String(z.brotliCompressSync(require("node:fs").readFileSync(process.argv[1]), { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length))' "$f")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-42s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
}
for f in "${critical[@]}"; do row "$f"; done
verdict=$([ "$total_gz" -le 180000 ] && echo met || echo "NOT met")
team_verdict=$([ "$total_gz" -le 250000 ] && echo met || echo "NOT met")
printf '%-42s %10d %10d %10d  (budget 180 KB gzip, %s; issue 23: 250 KB, %s)\n' "critical path (before interactive)" "$total_raw" "$total_gz" "$total_br" "$verdict" "$team_verdict"
for f in "${later[@]}"; do [ -f "$f" ] && row "$f"; done
verdict=$([ "$total_gz" -le 300000 ] && echo met || echo "NOT met")
printf '%-42s %10d %10d %10d  (budget 300 KB gzip, %s)\n' "first visit, offline copy included" "$total_raw" "$total_gz" "$total_br" "$verdict"

# The whole app with the tools: loaded when a team's, a year's or For websites' page opens, kept after.
for f in dist/flexicheck-tools-*.js dist/flexicheck-tools-*_bg.wasm; do
  printf '%-42s %10d %10d\n' "tools (when one opens): $(basename "$f" | sed -E 's/-[0-9a-f]{16}//')" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done

# The embed API (README, "Embedding"): loaded only by sites that embed it, never by the app's pages.
for f in dist/flexicheck-embed.js dist/flexicheck-embed_bg.wasm; do
  printf '%-42s %10d %10d\n' "embed API: $(basename "$f")" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done

# The floors: the rules engine and the questionnaire logic (their texts are the catalogs), with no UI
# framework at all (examples/engine_floor.rs), then the same shown by the smallest Leptos view
# (examples/leptos_floor.rs), built and optimised as Trunk builds the first download. The second, plus
# the page, its script and one catalog, is the least a first visit can weigh with this engine and
# framework, before any page of ours.
floor="$ROOT/target/engine-floor"
for example in engine_floor leptos_floor; do
  cargo build --locked --release --target wasm32-unknown-unknown --no-default-features --example "$example" 2>/dev/null
  wasm-bindgen --target web --out-dir "$floor" "$ROOT/target/wasm32-unknown-unknown/release/examples/$example.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --enable-reference-types --enable-multivalue "$floor/${example}_bg.wasm" -o "$floor/$example.opt.wasm"
done
printf '%-42s %10d %10d\n' "engine alone, no UI, no texts (wasm)" "$(wc -c <"$floor/engine_floor.opt.wasm")" "$(gzip -9 -c "$floor/engine_floor.opt.wasm" | wc -c)"
leptos_floor_gz=$(gzip -9 -c "$floor/leptos_floor.opt.wasm" | wc -c)
printf '%-42s %10d %10d\n' "engine + smallest Leptos view (wasm)" "$(wc -c <"$floor/leptos_floor.opt.wasm")" "$leptos_floor_gz"
least=$(( leptos_floor_gz + $(gzip -9 -c "$floor/leptos_floor.js" | wc -c) + $(gzip -9 -c dist/index.html | wc -c) + $(gzip -9 -c "$(ls dist/catalog-nl-*.txt)" | wc -c) ))
printf '%-42s %10s %10d  (with its script, the page, one catalog; no page of the app)\n' "floor of a first visit, Leptos" "" "$least"

echo "== timing"
node "$ROOT/scripts/bench-load.mjs" "${1:-5}"

echo "== flexicheck-cli team (profile cli): rows a second, every worker written out"
cargo build --locked --profile cli --quiet --bin flexicheck-cli
node "$ROOT/scripts/varied-team.mjs" 100000 > "$ROOT/target/team-100k.csv"
# Three runs, the median reported, after a pause: Chromium's processes of the timings above take a few
# seconds to end, and a run straight after them was 10-30% slower.
sleep 5
runs_ms=()
for _ in 1 2 3; do
  start=$(date +%s%N)
  "$ROOT/target/cli/flexicheck-cli" team --date 2026-10-15 --pc 302 < "$ROOT/target/team-100k.csv" > /dev/null
  runs_ms+=($(( ($(date +%s%N) - start) / 1000000 )))
done
elapsed_ms=$(printf '%s\n' "${runs_ms[@]}" | sort -n | sed -n 2p)
echo "100,000 workers, no two alike, median of 3 runs ${elapsed_ms} ms (runs ${runs_ms[*]} ms): $(( 100000 * 1000 / (elapsed_ms > 0 ? elapsed_ms : 1) )) rows a second (budget 100,000)"

echo "== rules engine (native, release)"
cargo bench --locked --bench assess 2>/dev/null
