#!/usr/bin/env bash
# Benchmark: builds the release site and prints the bytes a first visit downloads, per
# file and in total, raw and gzipped (level 9, as a CDN would serve them).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools
cd "$ROOT"
SITE="$ROOT/target/bench-site"
rm -rf "$SITE"
trunk build --release --public-url /samspelskartan/ --dist "$SITE" >&2
python3 - "$SITE" <<'PY'
import gzip, pathlib, sys
site = pathlib.Path(sys.argv[1])
rows = []
for f in sorted(p for p in site.rglob("*") if p.is_file()):
    raw = f.read_bytes()
    rows.append((str(f.relative_to(site)), len(raw), len(gzip.compress(raw, 9))))
w = max(len(r[0]) for r in rows)
print(f"{'file':<{w}}  {'raw bytes':>10}  {'gzip bytes':>10}")
for name, raw, gz in rows:
    print(f"{name:<{w}}  {raw:>10}  {gz:>10}")
print(f"{'total (first load)':<{w}}  {sum(r[1] for r in rows):>10}  {sum(r[2] for r in rows):>10}")
PY
