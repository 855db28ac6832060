# Shared set-up, sourced by scripts/run.sh and scripts/test.sh.
# Installs only what is missing, at pinned versions, from the package registries
# (crates.io, npm, Debian). Safe to run again: every step checks first.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk: never download a tool, never check for updates.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
# Playwright drives Debian's Chromium; it must never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
    # --debug: installs in ~4 min instead of ~13 and builds just as fast. Trunk 0.22 needs
    # a newer rustc than this machine's, hence the pin.
    say "installing trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --debug
  fi
}

ensure_wasm_bindgen() {
  if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    # Without --locked: its lock file names a webpki-roots release the registry lacks.
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

ensure_node_modules() {
  # wasm-opt (npm binaryen: Debian's is too old and silently breaks the module), Playwright
  # and axe-core, exactly as package-lock.json pins them.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_crates() {
  # Trunk builds with cargo --offline; fetch what Cargo.lock names first.
  cargo fetch --locked --quiet
}

ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    say "installing Debian's chromium and chromium-driver"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_crates
  ensure_node_modules
  ensure_trunk
  ensure_wasm_bindgen
}

build_release() {
  say "building the app (release)"
  # The insights app first (insights.html, a module of its own, into target/), then the
  # citizen's app into dist/ (which Trunk replaces), then the insights page and module
  # copied beside it. One cargo build serves both: only the two final links differ.
  trunk build --release --dist target/dist-insights insights.html
  trunk build --release
  # (Trunk names its output page index.html whatever the source.)
  cp target/dist-insights/index.html dist/insights.html
  cp target/dist-insights/guichet-insights-*.js target/dist-insights/guichet-insights-*_bg.wasm dist/
}
