#!/usr/bin/env bash
# The performance benchmark (not part of the tests): builds the release site, serves it from
# the sub-path /samspelskartan/ with gzip as a CDN would, and prints, for each first view,
# the bytes transferred, the time to content and to the app's mount (median and spread of
# ten cold loads, unthrottled and under Lighthouse's mobile conditions) beside a static HTML
# page with the same facts, Lighthouse's scores, and every file's size. See
# docs/performance.md. Options are passed on: `--runs N`, `--no-lighthouse`.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools
ensure_chromium
ensure_npm_packages scripts/bench
cd "$ROOT"
SITE="$ROOT/target/bench-site"
rm -rf "$SITE"
say "release build served from the sub-path /samspelskartan/"
trunk build --release --public-url /samspelskartan/ --dist "$SITE/samspelskartan" >&2
say "measuring (a few minutes)"
node scripts/bench/measure.mjs "$SITE" "$@"
