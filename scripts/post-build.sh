#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): the split step, the service worker's precache list, and
# the build check, in that order, over Trunk's staged build ($TRUNK_STAGING_DIR).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
node scripts/split.mjs
node scripts/precache.mjs
node scripts/check-build.mjs
