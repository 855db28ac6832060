#!/usr/bin/env bash
# Installs what is missing, builds Guichet and serves it at http://127.0.0.1:8080.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
build_release
say "serving Guichet at http://127.0.0.1:8080/ (Ctrl-C to stop)"
# The release build (the citizen's app and the insights app) served as a static host would:
# compression, the Content-Security-Policy header, deep links to index.html.
exec node tests/e2e/serve.mjs dist 8080
