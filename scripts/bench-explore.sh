#!/usr/bin/env bash
# The explore page's speed benchmark (not part of the tests): builds the release site, makes
# a copy of it whose data folder holds a data set 20× the county pages (`ingest scaled 20`),
# serves each from the sub-path /samspelskartan/ and measures in headless Chromium, in the
# page, the time from a keystroke in the free text and from a click on a facet to the card
# list's DOM being updated: median and p95 of at least 30 runs each, unthrottled and with
# the CPU slowed 4×. Targets, unthrottled: 16 ms at seed scale, 50 ms at 20×.
# Options are passed on: `--runs N` (default 30), `--scale seed|20x` (default both),
# `--unthrottled` (skip the 4× slowed runs).
# `--no-build` reuses the last build under target/bench-explore.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
OUT="$ROOT/target/bench-explore"
BUILD=1
ARGS=()
for a in "$@"; do
  if [ "$a" = "--no-build" ]; then BUILD=0; else ARGS+=("$a"); fi
done
if [ "$BUILD" = 1 ] || [ ! -d "$OUT/seed/samspelskartan" ]; then
  ensure_build_tools
  ensure_chromium
  ensure_npm_packages
  rm -rf "$OUT"
  say "release build served from the sub-path /samspelskartan/"
  trunk build --release --public-url /samspelskartan/ --dist "$OUT/seed/samspelskartan" >&2
  say "a copy of the site with the data set 20× the county pages"
  mkdir -p "$OUT/scaled"
  cp -r "$OUT/seed/samspelskartan" "$OUT/scaled/samspelskartan"
  cargo run --release -q -p ingest -- scaled 20 --out "$OUT/scaled/samspelskartan/data" 2>/dev/null
fi
say "measuring (a few minutes)"
node scripts/bench/explore.mjs "$OUT/seed" "$OUT/scaled" "${ARGS[@]}"
