#!/usr/bin/env bash
# A second release build in which exactly one screen's code differs, for the update test
# (tests/e2e/offline.spec.ts): an update that changes one screen must change only that screen's
# chunk names (plus index.html, sw.js and the loader that names the chunks).
#
#   bash scripts/build-variant.sh [OUT_DIR]     # default: target/variant-dist
#
# The change: the Competencies screen shows one more matching entry as evidence (MATCHES_MAX in
# src/pages/competency/evidence.rs). It is made in this checkout for the length of the build and
# undone on exit, however the build ends: a copy elsewhere would build every dependency again
# (cargo's fingerprints name the workspace's path), here only the jejak crate compiles again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

out="$(realpath -m "${1:-target/variant-dist}")"
file="src/pages/competency/evidence.rs"
original='const MATCHES_MAX: usize = 6;'
changed='const MATCHES_MAX: usize = 7;'

grep -qx "$original" "$file" || die "$file: no line '$original' (changed by hand, or the screen moved); update this script"
backup="$(mktemp)"
cp -p "$file" "$backup"
# A plain copy back: the file's time moves on, so the next build compiles the original again.
trap 'cp "$backup" "$file"; rm -f "$backup"' EXIT
sed -i "s/^$original\$/$changed/" "$file"
grep -qx "$changed" "$file" || die "$file: the change did not apply"

step "variant build (one screen changed: $file) into $out"
trunk build --release --dist "$out"
