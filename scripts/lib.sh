# Shared helpers for the scripts in this folder. Source it, don't run it.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

# Tools installed by `cargo install` and the wasm-opt shipped in the npm package binaryen.
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/binaryen/bin:$ROOT/node_modules/.bin:$PATH"
# Trunk: no update check against crates.io, never download a tool.
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

TRUNK_VERSION="0.21.14"
# Its split sections match wasm_split_helpers 0.2.3 in Cargo.lock (0.2.2 to 0.2.4 share the format).
WASM_SPLIT_VERSION="0.2.4"
BINARYEN_BIN="$ROOT/node_modules/binaryen/bin"

step() { printf '==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
