#!/usr/bin/env bash
# Build Jejak in release mode and serve it on http://127.0.0.1:8080 (rebuilds when index.html,
# Cargo.toml, Cargo.lock, src/, style/ or public/ change; reload the page by hand: Trunk's
# autoreload client is an inline script, which the app's Content-Security-Policy forbids).
# Installs what is missing first (scripts/install.sh). Extra arguments go to `trunk serve`,
# e.g. `bash scripts/serve.sh --port 8081`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

bash "$ROOT/scripts/install.sh"

step "trunk serve --release on http://127.0.0.1:${SERVE_PORT:-8080}/"
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port "${SERVE_PORT:-8080}" "$@"
