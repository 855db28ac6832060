#!/usr/bin/env bash
# Installs what is missing, builds Guichet and serves it at http://127.0.0.1:8080.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
ensure_build_tools
say "serving Guichet at http://127.0.0.1:8080/ (Ctrl-C to stop)"
exec trunk serve --release --address 127.0.0.1 --port 8080
