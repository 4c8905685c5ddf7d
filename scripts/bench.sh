#!/usr/bin/env bash
# The performance benchmark (not part of the tests): builds the release site, serves it from
# the sub-path /samspelskartan/ with gzip as a CDN would, and prints, for each first view,
# the bytes transferred, the time to content and to the app's mount (median and spread of
# ten cold loads, unthrottled and under Lighthouse's mobile conditions) beside a static HTML
# page with the same facts, Lighthouse's scores, and every file's size. See
# docs/performance.md. Options are passed on: `--runs N`, `--no-lighthouse`.
# `--floor` measures instead the floor of the stack (scripts/bench/floor: the smallest
# Leptos app that shows the front page's county cards) on the front page: what no trimming
# of the app can go below.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools
ensure_chromium
ensure_npm_packages scripts/bench
cd "$ROOT"
FLOOR=0
ARGS=()
for a in "$@"; do
  if [ "$a" = "--floor" ]; then FLOOR=1; else ARGS+=("$a"); fi
done
if [ "$FLOOR" = 1 ]; then
  SITE="$ROOT/target/bench-floor"
  rm -rf "$SITE"
  say "the floor of the stack, release build served from the sub-path /samspelskartan/"
  (cd scripts/bench/floor && CARGO_TARGET_DIR="$ROOT/target/floor" \
    trunk build --release --public-url /samspelskartan/ --dist "$SITE/samspelskartan" >&2)
  cp -r public/data "$SITE/samspelskartan/"
  say "measuring (a few minutes)"
  node scripts/bench/measure.mjs "$SITE" --only front "${ARGS[@]}"
  exit
fi
SITE="$ROOT/target/bench-site"
rm -rf "$SITE"
say "release build served from the sub-path /samspelskartan/"
trunk build --release --public-url /samspelskartan/ --dist "$SITE/samspelskartan" >&2
say "measuring (a few minutes)"
node scripts/bench/measure.mjs "$SITE" "${ARGS[@]}"
