#!/usr/bin/env bash
# Install what building and testing Jejak needs, and only what is missing:
#   Debian chromium + chromium-driver, poppler-utils (pdftotext and pdftoppm, for the printed
#   development plan's test), Python's cryptography, the wasm32 Rust target, trunk 0.21.14,
#   wasm-split-cli (wasm_split_cli_support 0.2.4), wasm-bindgen-cli (same version as
#   Cargo.lock), npm devDependencies
#   (Playwright, axe-core, binaryen's wasm-opt) and the crates in Cargo.lock.
# Safe to run again: a second run changes nothing and only prints "ok" lines.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

apt_updated=0
apt_install() {
  if [[ $apt_updated -eq 0 ]]; then
    step "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
  step "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# 1. Browser for Playwright and wasm-bindgen-test (never `npx playwright install`).
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  note "ok: chromium and chromedriver"
else
  apt_install chromium chromium-driver
fi

# 1b. PDF text and page pictures: the e2e test of the printed development plan reads the PDF
#     Chromium prints (pdftotext) and renders its pages for review (pdftoppm).
if command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null; then
  note "ok: poppler-utils (pdftotext, pdftoppm)"
else
  apt_install poppler-utils
fi

# 2. Python cryptography (used by a test that decrypts an encrypted backup).
if python3 -c 'import cryptography' 2>/dev/null; then
  note "ok: python3 cryptography"
else
  step "installing python3 cryptography"
  python3 -m pip install --quiet --disable-pip-version-check cryptography \
    || apt_install python3-cryptography
fi

# 3. Rust: wasm target and the components the checks use.
targets="$(rustup target list --installed)"
if grep -qx wasm32-unknown-unknown <<<"$targets"; then
  note "ok: rust target wasm32-unknown-unknown"
else
  step "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
components="$(rustup component list --installed)"
for component in rustfmt clippy; do
  if grep -q "^$component" <<<"$components"; then
    note "ok: rustup component $component"
  else
    step "rustup component add $component"
    rustup component add "$component"
  fi
done

# 4. Trunk.
if [[ "$(trunk --version 2>/dev/null || true)" == "trunk $TRUNK_VERSION" ]]; then
  note "ok: trunk $TRUNK_VERSION"
else
  step "cargo install --locked trunk@$TRUNK_VERSION (about 9 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# 4b. The splitter that cuts the lazily loaded screens out of the wasm (scripts/split.mjs).
# It has no --version; cargo's list of installed packages tells which one is there.
if command -v wasm-split-cli >/dev/null \
  && cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  note "ok: wasm-split-cli $WASM_SPLIT_VERSION"
else
  step "cargo install --locked wasm_split_cli_support@$WASM_SPLIT_VERSION --features build-binary (about 4 minutes)"
  cargo install --locked "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary
fi

# 5. npm devDependencies, reinstalled when package.json or package-lock.json changed.
stamp="node_modules/.jejak-install-stamp"
want="$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)"
if [[ -d node_modules && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  note "ok: node_modules (package-lock.json unchanged)"
else
  step "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
[[ -x "$BINARYEN_BIN/wasm-opt" ]] || die "wasm-opt missing from $BINARYEN_BIN"

# 6. Crates: trunk builds with --offline, so everything in Cargo.lock must be downloaded.
if [[ ! -f Cargo.lock ]]; then
  step "cargo generate-lockfile"
  cargo generate-lockfile
fi
if cargo fetch --offline --quiet 2>/dev/null; then
  note "ok: crates in Cargo.lock are downloaded"
else
  step "cargo fetch"
  cargo fetch
fi

# 7. wasm-bindgen CLI pinned to Cargo.lock (also updates Trunk.toml's [tools] pin).
"$ROOT/scripts/sync-wasm-bindgen.sh"
note "ok: wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), wasm-opt $(wasm-opt --version | awk '{print $3}')"

step "install: done"
