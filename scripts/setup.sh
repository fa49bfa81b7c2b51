#!/usr/bin/env bash
# Installs what Flexicheck needs to build and test, skipping whatever is already there at the right
# version. Sourced by serve.sh, test.sh and bench.sh; safe to run again (the second run takes seconds).
# The facts behind each step are in ../shared/toolchain.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf 'setup: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; return 1; fi
}

# 1. Rust's WebAssembly target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Debian's Chromium and ChromeDriver (browser downloads by test tools do not work here).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 3. Trunk, pinned: 0.22 needs a newer rustc than these machines have.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes 8–18 minutes on 2 cores, once)"
  cargo install --locked "trunk@$TRUNK_VERSION" --no-default-features --features rustls
fi

# 4. wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (--locked fails: see toolchain notes).
BINDGEN_VERSION="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
if [ -z "$BINDGEN_VERSION" ]; then say "cannot find wasm-bindgen in Cargo.lock"; exit 1; fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $BINDGEN_VERSION" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (about 5 minutes, once)"
  cargo install --force "wasm-bindgen-cli@=$BINDGEN_VERSION"
fi

# 5. npm tools: playwright-core, axe-core, and binaryen's wasm-opt (never Debian's v108).
LOCK_SUM="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
if [ "$(cat "$ROOT/node_modules/.flexicheck-lock" 2>/dev/null)" != "$LOCK_SUM" ]; then
  say "installing npm test tools"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$LOCK_SUM" > "$ROOT/node_modules/.flexicheck-lock"
fi
