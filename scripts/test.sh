#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting, clippy (native and
# wasm32), the native tests, a release build served from a sub-path, and the end-to-end
# tests in headless Chromium with axe-core.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools
ensure_chromium
cd "$ROOT"
started=$SECONDS

say "cargo fmt --check"
cargo fmt --all --check

say "clippy, native"
cargo clippy --workspace --all-targets --locked -- -D warnings

say "clippy, wasm32"
cargo clippy -p samspelskartan -p catalog --target wasm32-unknown-unknown --locked -- -D warnings

say "native tests"
cargo test --workspace --locked

say "release build served from the sub-path /samspelskartan/"
SITE="$ROOT/target/site"
rm -rf "$SITE"
trunk build --release --public-url /samspelskartan/ --dist "$SITE/samspelskartan"

say "end-to-end tests in headless Chromium"
SITE_ROOT="$SITE" SUB_PATH=/samspelskartan/ node --test --test-concurrency=1 tests/e2e/

say "all tests passed in $((SECONDS - started)) s (after installs)"
