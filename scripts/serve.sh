#!/usr/bin/env bash
# Installs what is missing, then builds and serves the app at http://127.0.0.1:8080/ with
# Trunk, rebuilding on changes. Nothing to configure.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
ensure_build_tools
cd "$ROOT"
say "Serving Samspelskartan at http://127.0.0.1:8080/ (Ctrl-C stops)"
exec trunk serve "$@"
