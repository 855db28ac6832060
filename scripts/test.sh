#!/usr/bin/env bash
# Installs what is missing, then runs every test: native (unit, integration, doctests,
# i18n parity, pipeline golden), wasm in headless Chromium, end-to-end in headless Chromium.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
ensure_chromium

say "native tests"
cargo test --locked --features pipeline
# The tests on the real sources are #[ignore]d (a run without them says "ignored"); run
# them where the sources are.
SOURCES="${GUICHET_SOURCES:-$ROOT/../shared/data}"
if [ -d "$SOURCES" ]; then
  say "native tests on the real sources ($SOURCES)"
  GUICHET_SOURCES="$SOURCES" cargo test --locked --features pipeline -- --ignored
else
  say "no sources at $SOURCES: the real-data tests are skipped (set GUICHET_SOURCES)"
fi

say "wasm tests in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --test web

build_release

say "end-to-end tests in headless Chromium"
npx playwright test --config tests/e2e/playwright.config.mjs "$@"
say "all tests passed"
