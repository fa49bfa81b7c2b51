#!/usr/bin/env bash
# Mutation testing of the rules engine (a measurement, like bench.sh; not part of the test command).
# Runs cargo-mutants over src/rules with every native test (library, vectors, CLI, properties,
# sources, rule details), the property tests at fewer cases so one mutant takes seconds. Prints the caught/missed counts; the missed
# mutants are in mutants.out/missed.txt. Extra arguments go to cargo-mutants (e.g. --shard 1/3).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MUTANTS_VERSION="27.1.0"
export PATH="$HOME/.cargo/bin:$PATH"
if [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $MUTANTS_VERSION" ]; then
  echo "mutants: installing cargo-mutants $MUTANTS_VERSION (about 2 minutes, once)" >&2
  cargo install --locked "cargo-mutants@$MUTANTS_VERSION"
fi

# Every native test suite (not the million-scenario fuzz loop, which finds panics, not wrong
# answers); the property tests run 300 cases instead of 20,000.
export FLEXICHECK_PROPTEST_CASES="${FLEXICHECK_PROPTEST_CASES:-300}"
cargo mutants -f 'src/rules/**/*.rs' --timeout 120 "$@" -- \
  --tests -- --skip a_million_random_scenarios_never_panic

caught=$(wc -l < mutants.out/caught.txt)
missed=$(wc -l < mutants.out/missed.txt)
timeout=$(wc -l < mutants.out/timeout.txt)
unviable=$(wc -l < mutants.out/unviable.txt)
echo "mutants: $caught caught, $missed missed, $timeout timed out, $unviable unviable"
echo "mutants: score $(awk -v c="$caught" -v m="$missed" -v t="$timeout" 'BEGIN { printf "%.1f %%", 100 * (c + t) / (c + m + t) }') of viable mutants"
