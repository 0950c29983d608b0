#!/usr/bin/env bash
# Keep the wasm-bindgen CLI (and wasm-bindgen-test-runner) equal to the wasm-bindgen crate
# version in Cargo.lock: rewrite the [tools] pin in Trunk.toml when it differs and install
# wasm-bindgen-cli@VERSION when `wasm-bindgen --version` does not print it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

if [[ ! -f Cargo.lock ]]; then
  step "Cargo.lock missing: cargo generate-lockfile"
  cargo generate-lockfile
fi

# The version line that follows `name = "wasm-bindgen"` in Cargo.lock.
version="$(awk '
  $0 == "[[package]]" { in_pkg = 0 }
  $0 == "name = \"wasm-bindgen\"" { in_pkg = 1; next }
  in_pkg && $1 == "version" { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
[[ -n "$version" ]] || die "no wasm-bindgen package in Cargo.lock"

pinned="$(sed -n 's/^wasm_bindgen[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' Trunk.toml)"
if [[ "$pinned" != "$version" ]]; then
  step "Trunk.toml: wasm_bindgen ${pinned:-<unset>} -> $version"
  if [[ -n "$pinned" ]]; then
    sed -i "s/^wasm_bindgen[[:space:]]*=.*/wasm_bindgen = \"$version\"/" Trunk.toml
  elif grep -q '^\[tools\]' Trunk.toml; then
    sed -i "/^\[tools\]/a wasm_bindgen = \"$version\"" Trunk.toml
  else
    printf '\n[tools]\nwasm_bindgen = "%s"\n' "$version" >> Trunk.toml
  fi
fi

installed="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
runner="$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$installed" != "$version" || "$runner" != "$version" ]]; then
  step "installing wasm-bindgen-cli $version (found: ${installed:-none}; takes a few minutes)"
  # Not --locked: one of its locked dependencies is missing from the registry mirror.
  cargo install wasm-bindgen-cli --version "$version"
fi
