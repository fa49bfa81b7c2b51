#!/usr/bin/env bash
# Installs what is missing, then runs every test level:
#   1. native   — cargo test: the rules, the test vectors, property tests, the CLI
#   2. wasm     — wasm-bindgen-test in headless Chromium: the same vectors, and mounted components
#   3. e2e      — the release app built by Trunk, driven by Playwright in Chromium, with an axe-core scan
# Prints one summary line per level and ends with "N passed, N failed" for all levels together.
# Exits non-zero when any level fails or runs no test.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
source "$ROOT/scripts/setup.sh" || { echo "setup failed"; exit 1; }
set +e

export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TERM_COLOR=never
LOGS="$ROOT/test-results"
mkdir -p "$LOGS"

total_passed=0
total_failed=0
summary=()
status=0

# Runs one level; $1 = name, $2 = how to count ("cargo" or "node"), then the command.
level() {
  local name="$1" counter="$2"
  shift 2
  echo "=== $name: $*"
  "$@" 2>&1 | tee "$LOGS/$name.log"
  local exit_code=${PIPESTATUS[0]} passed failed
  if [ "$counter" = cargo ]; then
    passed=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^passed/) s += $i } END { print s + 0 }' "$LOGS/$name.log")
    failed=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^failed/) s += $i } END { print s + 0 }' "$LOGS/$name.log")
  else
    passed=$(awk '/^ℹ pass / { s += $3 } END { print s + 0 }' "$LOGS/$name.log")
    failed=$(awk '/^ℹ fail / { s += $3 } END { print s + 0 }' "$LOGS/$name.log")
  fi
  if [ "$exit_code" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi  # a build error is a failure too
  local verdict=ok
  if [ "$exit_code" -ne 0 ] || [ "$failed" -ne 0 ]; then verdict=FAILED; status=1; fi
  if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then verdict="FAILED (no test ran)"; status=1; fi
  if [ "$passed" -eq 0 ]; then status=1; fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  summary+=("$name: $passed passed, $failed failed — $verdict")
}

level native cargo cargo test --locked --no-fail-fast
# The maintainer's checklist for the coming new year, in CI's log (docs/updating-the-law.md).
echo "=== law status"
cargo run --quiet --locked --bin flexicheck-cli -- law-status 2027-01-01 | tee "$LOGS/law-status.log"
level wasm cargo cargo test --locked --no-fail-fast --target wasm32-unknown-unknown --test web
level e2e node bash -c 'trunk build --release --locked >"$0/test-results/trunk-build.log" 2>&1 \
  || { cat "$0/test-results/trunk-build.log"; exit 1; }; node --test --test-reporter=spec tests/e2e/' "$ROOT"

echo
echo "=== summary"
printf '%s\n' "${summary[@]}"
echo "$total_passed passed, $total_failed failed"
exit "$status"
