# Installs, at pinned versions, what building and testing Samspelskartan needs, skipping
# whatever is already installed at the right version. Sourced by scripts/serve.sh and
# scripts/test.sh; works on a fresh Debian machine with Rust (rustup) and Node.js/npm.
# Nothing is downloaded outside the package registries (crates.io, Debian, npm).

TRUNK_VERSION="0.21.14"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\n==> %s\n' "$*" >&2; }

# The wasm-bindgen version Cargo.lock holds; wasm-bindgen-cli must be exactly this one.
wasm_bindgen_version() {
  sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing Trunk $TRUNK_VERSION from crates.io (a few minutes)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local v
  v="$(wasm_bindgen_version)"
  if [ -z "$v" ]; then
    echo "error: no wasm-bindgen version in Cargo.lock" >&2
    return 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $v" ]; then
    say "Installing wasm-bindgen-cli $v from crates.io"
    # Without --locked: its lock file pins crates the registry here may not have.
    cargo install wasm-bindgen-cli --version "$v" --force
  fi
}

# npm packages exactly as a folder's package-lock.json says: by default the repository's
# (wasm-opt from binaryen, Playwright, axe-core); `ensure_npm_packages scripts/bench` for the
# benchmark's own (Lighthouse).
ensure_npm_packages() {
  local dir="$ROOT/${1:-.}" want
  local stamp="$dir/node_modules/.installed-lock.sha256"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "Installing npm packages from ${1:-.}/package-lock.json"
    (cd "$dir" && npm ci --no-audit --no-fund)
    echo "$want" > "$stamp"
  fi
}

# Debian's Chromium, which Playwright drives for the end-to-end tests.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    say "Installing Debian's chromium"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm_packages
}
