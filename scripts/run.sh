#!/usr/bin/env bash
# Installs what is missing, builds Guichet and serves it at http://127.0.0.1:8080.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
say "serving Guichet at http://127.0.0.1:8080/ (Ctrl-C to stop)"
# --no-autoreload: a page that Trunk reloads itself is a dev build, whose service worker
# removes itself (scripts/sw-build.mjs); without it this is the offline-capable app.
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port 8080
