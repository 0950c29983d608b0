#!/usr/bin/env bash
# Run every test layer of Jejak, in order, stopping at the first failing layer:
#   1. static checks and native tests: cargo fmt --check, clippy (native + wasm32), cargo test
#   2. wasm-bindgen tests in headless Chromium: cargo test --target wasm32-unknown-unknown
#   3. end-to-end: trunk build --release into dist/, a second build with one screen changed
#      (scripts/build-variant.sh, for the update test), serve dist/ on 127.0.0.1, Playwright
#   4. benchmarks: node tests/bench/run.mjs --short (skipped while that file does not exist)
# Installs what is missing first (scripts/install.sh). Ends with one line "N passed, N failed"
# (each layer counts as one) and exits non-zero when a layer failed.
#
# Environment: E2E_PORT (default 8090; the next free port is used when it is taken),
# E2E_WORKERS (Playwright workers, default 2).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

passed=0
failed=0
skipped=0
summary() {
  if [[ $skipped -gt 0 ]]; then
    echo "$passed passed, $failed failed, $skipped skipped"
  else
    echo "$passed passed, $failed failed"
  fi
}
header() {
  echo
  echo "================================================================"
  echo "== $*"
  echo "================================================================"
}
layer() {
  local name="$1"; shift
  header "$name"
  local t0=$SECONDS rc
  # Not in an `if` or `||` list: there bash would ignore `set -e` inside the subshell.
  ( set -euo pipefail; "$@" ); rc=$?
  if [[ $rc -eq 0 ]]; then
    echo "-- $name: PASSED ($((SECONDS - t0)) s)"
    passed=$((passed + 1))
  else
    echo "-- $name: FAILED ($((SECONDS - t0)) s)"
    failed=$((failed + 1))
    echo
    summary
    exit 1
  fi
}

header "setup: scripts/install.sh"
if ! bash "$ROOT/scripts/install.sh"; then
  echo "setup failed"
  echo
  echo "0 passed, 1 failed"
  exit 1
fi

layer_checks() {
  echo "-- cargo fmt --check"
  cargo fmt --all -- --check
  echo "-- cargo clippy --all-targets (native)"
  cargo clippy --all-targets -- -D warnings
  echo "-- cargo clippy --all-targets --target wasm32-unknown-unknown"
  cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
  echo "-- cargo test (native)"
  cargo test
}

layer_wasm() {
  # Runner (wasm-bindgen-test-runner) from .cargo/config.toml, browser flags from webdriver.json.
  CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown
}

free_port() {
  node -e '
    const net = require("node:net");
    const want = Number(process.argv[1]);
    const tryPort = (p) => {
      const s = net.createServer();
      s.once("error", () => (p === 0 ? process.exit(1) : tryPort(0)));
      s.listen(p, "127.0.0.1", () => {
        const got = s.address().port;
        s.close(() => console.log(got));
      });
    };
    tryPort(want);
  ' "$1"
}

layer_e2e() {
  echo "-- trunk build --release"
  trunk build --release
  [[ -f dist/index.html ]] || { echo "dist/index.html missing"; return 1; }
  compgen -G 'dist/*.wasm' >/dev/null || { echo "no .wasm in dist/"; return 1; }
  ls -l dist/*.wasm dist/*.js 2>/dev/null | awk '{print "   ", $5, $9}'
  # The update test needs a second build in which one screen changed (only jejak recompiles).
  echo "-- variant build for the update test"
  bash scripts/build-variant.sh target/variant-dist
  export E2E_VARIANT_DIST="$ROOT/target/variant-dist"

  local port
  port="$(free_port "${E2E_PORT:-8090}")"
  # server_log and server_pid are not local, so the EXIT trap of the layer's subshell sees them.
  server_log="$(mktemp)"
  node scripts/static-server.mjs --root dist --host 127.0.0.1 --port "$port" --quiet >"$server_log" 2>&1 &
  server_pid=$!
  trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; rm -f "$server_log"' EXIT
  for _ in $(seq 1 50); do
    grep -q '^listening on' "$server_log" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$server_log"; return 1; }
    sleep 0.1
  done
  grep -q '^listening on' "$server_log" || { echo "static server did not start"; cat "$server_log"; return 1; }
  echo "-- serving dist/ on http://127.0.0.1:$port"

  echo "-- playwright test"
  E2E_BASE_URL="http://127.0.0.1:$port" npx --no-install playwright test --pass-with-no-tests
}

layer_bench() {
  node tests/bench/run.mjs --short
}

layer "1/4 checks: fmt, clippy (native + wasm32), native tests" layer_checks
layer "2/4 wasm-bindgen tests in headless Chromium" layer_wasm
layer "3/4 end-to-end: trunk release build + Playwright" layer_e2e
if [[ -f tests/bench/run.mjs ]]; then
  layer "4/4 benchmarks (short)" layer_bench
else
  header "4/4 benchmarks (short)"
  echo "-- skipped: tests/bench/run.mjs does not exist yet"
  skipped=$((skipped + 1))
fi

echo
summary
[[ $failed -eq 0 ]]
