#!/usr/bin/env node
// Jejak performance benchmark (issue 9 "Performance", issue 3 "Figures for your note").
//
//   node tests/bench/run.mjs [--short] [--runs N] [--url URL] [--out FILE]
//
// Drives the release build (dist/, from `trunk build --release`) in headless Chromium and prints
// ONE JSON object on stdout: the medians of the runs (`figures`) and every run's raw samples
// (`samples`). Progress goes to stderr. Times are never asserted; the exit status is non-zero
// only when something is broken: the app does not load, an import fails or skips records, an
// export loses records, the page throws, or the benchmark itself crashes. A figure that cannot
// be measured is `null`, with the reason under `unmeasured`.
//
// Each run uses a fresh Chromium profile (launchPersistentContext on a new temporary user-data
// dir: an ordinary context keeps IndexedDB in memory and would hide its real cost), with the
// CPU throttled 4x through the DevTools protocol for the "throttled" figures. See README.md.

import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance as nodePerf } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { firstVisitFigures } from './first-visit.mjs';
import { countsFor, generateBackup } from './generate.mjs';
import { startCouch, startProxy } from '../e2e/couch.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
// Set from --dist below (default dist/): the build whose files are sized and, without --url, served.
let DIST = path.join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // performance.memory with exact (not bucketed) values.
  '--enable-precise-memory-info',
  // No name resolves except loopback: the benchmark must not touch the network.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];
const THROTTLE = 4;
const AUTOSAVE_DEBOUNCE_MS = 350; // src/pages/editor.rs AUTOSAVE_DELAY
const EDITS = 20;
// About 500 cards shown before scrolling (the journal adds 20 per click).
const SHOW_MORE_MAX = 25;

/** Issue 9's targets, echoed in the output so a reader needs nothing else. */
const TARGETS = {
  transfer_gzip_bytes: 'total <= 250 KB (256000 bytes); since issue 17 this sums every file of the build, most of which a first visit never fetches (see first_visit_gzip_bytes)',
  first_load_ms: '<= 1000 (empty store, 4x throttled)',
  load_full_ms: 'journal_first_entry_card (the journal list usable) <= 1500 (full store, 4x throttled)',
  search_ms: '<= 50 (keystroke to results painted, 10,000 entries, 4x throttled)',
  list_scroll: 'no frame over 50 ms (open the journal list and scroll to the end)',
  save_edit_ms: 'idb_write_p95 <= 20 (save one edit to IndexedDB: transaction opened to committed)',
  import_ms: 'preview + apply <= 2000 throttled (issue 3: < 1000 each unthrottled)',
  export_ms: '< 1000 (issue 3, this machine)',
  memory_mb: 'JS heap + wasm memory <= 50 (full store)',
  // Issue 18 (replaces issue 9's import target): reported by every mode, `--only import` alone.
  import_total_ms_issue18: 'preview + apply <= 3000 throttled',
  import_longest_task_ms: 'longest task during the preview and during the apply <= 200 throttled',
  startup_longest_task_ms: 'longest task during a full-store start-up <= 200 throttled',
  import_first_progress_ms: 'first progress update after choosing the file <= 300 throttled',
  // Issue 17: a first visit on a slow phone.
  first_visit_gzip_bytes: '<= 400 KB (409600 bytes): every html, js, css and wasm file fetched before Today is interactive, gzip',
  lighthouse_performance: '>= 90 (mobile preset, fresh visit to /, served compressed over HTTPS/HTTP2 as hosted), with LCP <= 2500 ms',
  lazy_screen_first_open_ms: '<= 300 (slowest lazy screen, click to heading painted, 4x throttled, empty store, from the local server)',
  update_code_gzip_bytes: 'an update that changes one screen re-downloads only the changed chunks (and the loader that names them)',
  sync: 'issue 19: first_sync_ms <= 15000 with no task over 200 ms; new_device_pull_ms <= 15000 with progress shown; edit_visible_on_other_ms <= 5000; requests_for_one_edit <= 2 (4x throttled, localhost)',
};

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

const { values: opts } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    runs: { type: 'string' },
    url: { type: 'string' },
    out: { type: 'string' },
    entries: { type: 'string' },
    dist: { type: 'string' },
    variant: { type: 'string' },
    only: { type: 'string' },
    'no-sync': { type: 'boolean', default: false },
    'only-sync': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opts.help) {
  process.stderr.write(
    'usage: node tests/bench/run.mjs [--short] [--runs N] [--url URL] [--out FILE] [--entries N] [--dist DIR] [--variant DIR] [--only visit|import] [--no-sync] [--only-sync]\n' +
      '  --short     1,000 entries (and proportionally fewer other records), 1 run: what CI runs\n' +
      '  --runs N    runs to take the median of (default 3, or 1 with --short)\n' +
      '  --url URL   an already running build on 127.0.0.1 (default: serve dist/ on a free port)\n' +
      '  --out FILE  also write the JSON there\n' +
      '  --entries N override the journal size (default 10000, or 1000 with --short)\n' +
      '  --dist DIR  the build to size and serve (default dist/; give it with --url for that build)\n' +
      '  --variant DIR  a build with one screen changed, for the update figures (default $E2E_VARIANT_DIST or\n' +
      '              target/variant-dist, made by scripts/build-variant.sh)\n' +
      '  --only visit   only issue 17\'s figures (first visit, lazy screens, update, Lighthouse)\n' +
      '  --no-sync   skip the sync figures (they start pouchdb-server on 127.0.0.1:5986 and a proxy on 5985)\n' +
      '  --only-sync only the sync figures\n' +
      '  --only import  only the import (throttled) and the full-store start-up after it (issue 18)\n',
  );
  process.exit(0);
}
if (opts.dist) DIST = path.resolve(opts.dist);
const SHORT = opts.short;
const ONLY_IMPORT = opts.only === 'import';
if (opts.only && !ONLY_IMPORT && opts.only !== 'visit') {
  process.stderr.write(`unknown --only ${opts.only} ("visit" or "import")\n`);
  process.exit(2);
}
const RUNS = Math.max(1, Number(opts.runs ?? (SHORT ? 1 : 3)) || 1);
const ENTRIES = Number(opts.entries ?? (SHORT ? 1_000 : 10_000));
// Bounds on every wait. Throttled imports of 10,000 entries can take a while on a slow machine.
const T = SHORT
  ? { load: 30_000, step: 60_000, import: 90_000, run: 240_000 }
  : { load: 60_000, step: 120_000, import: 300_000, run: 900_000 };

const log = (...a) => process.stderr.write(`[bench] ${a.join(' ')}\n`);

class Fatal extends Error {}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Nearest-rank percentile. */
function percentile(xs, p) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

const round = (x, d = 1) => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x ?? null);
const mb = (bytes) => (typeof bytes === 'number' ? round(bytes / (1024 * 1024), 2) : null);

/** Medians across runs, keeping the shape of the figures: numbers → median, objects → recurse. */
function medianTree(values) {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (!present.length) return null;
  if (present.every((v) => typeof v === 'number')) return round(median(present), 2);
  if (present.every((v) => typeof v === 'object' && !Array.isArray(v))) {
    const keys = [...new Set(present.flatMap((v) => Object.keys(v)))];
    return Object.fromEntries(keys.map((k) => [k, medianTree(present.map((v) => v[k]))]));
  }
  return present[0];
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const epochNow = () => nodePerf.timeOrigin + nodePerf.now();

// ---------------------------------------------------------------------------------------------
// Transfer size
// ---------------------------------------------------------------------------------------------

function transferSizes() {
  if (!existsSync(DIST)) return { value: null, reason: 'dist/ does not exist' };
  const out = { wasm: 0, js: 0, css: 0, total: 0 };
  const raw = { wasm: 0, js: 0, css: 0, total: 0 };
  const files = [];
  for (const name of readdirSync(DIST).sort()) {
    const ext = path.extname(name).slice(1);
    if (!['wasm', 'js', 'css'].includes(ext)) continue;
    const bytes = readFileSync(path.join(DIST, name));
    const gz = gzipSync(bytes, { level: 9 }).length;
    out[ext] += gz;
    out.total += gz;
    raw[ext] += bytes.length;
    raw.total += bytes.length;
    files.push({ name, bytes: bytes.length, gzip: gz });
  }
  if (!files.length) return { value: null, reason: 'no wasm/js/css files in dist/' };
  return { value: out, raw, files };
}

// ---------------------------------------------------------------------------------------------
// Static server
// ---------------------------------------------------------------------------------------------

async function startServer() {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts', 'static-server.mjs'), '--root', DIST, '--host', '127.0.0.1', '--port', '0', '--quiet'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await withTimeout(
    new Promise((resolve, reject) => {
      const onData = (d) => {
        output += d;
        const m = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
        if (m) resolve(m[1]);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', (d) => (output += d));
      child.on('exit', (code) => reject(new Error(`static server exited (${code}): ${output}`)));
    }),
    10_000,
    'static server start',
  );
  return { child, url };
}

// ---------------------------------------------------------------------------------------------
// In-page instrumentation (runs before the app's scripts in every document)
// ---------------------------------------------------------------------------------------------

function pageInstrumentation() {
  if (window.__bench) return;
  const now = () => performance.now();
  const B = (window.__bench = { marks: {}, longtasks: [], idb: [], watchIdb: false, anchorClicks: [] });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    B.longtaskError = String(e);
  }

  // The moment after the next frame is painted: rAF runs just before the frame's rendering, a
  // message posted from it runs right after. A timer fallback keeps a hidden page from hanging.
  B.afterPaint = () =>
    new Promise((resolve) => {
      let done = false;
      const fin = () => {
        if (!done) {
          done = true;
          resolve(now());
        }
      };
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = fin;
        ch.port2.postMessage(null);
      });
      setTimeout(fin, 5000);
    });

  // Start of a user action: the event's own time stamp (includes input queueing) when sane.
  B.t0 = (type, name) => {
    B.marks[name] = null;
    window.addEventListener(
      type,
      (e) => {
        const n = now();
        const ts = e.timeStamp;
        B.marks[name] = ts > 0 && ts <= n + 1 && n - ts < 5000 ? Math.min(ts, n) : n;
      },
      { capture: true, once: true },
    );
  };

  // Load milestones: boot ready, interactive (boot ready + the first screen's h1 visible),
  // first journal card. Recorded once per document; the observer goes away when done.
  const h1Visible = () => {
    const h = document.querySelector('main h1');
    if (!h) return false;
    const r = h.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(h).visibility !== 'hidden';
  };
  const check = () => {
    const m = B.marks;
    const boot = document.documentElement ? document.documentElement.dataset.boot : undefined;
    if (boot === 'failed' && m.boot_failed == null) m.boot_failed = now();
    if (boot === 'ready' && m.boot_ready == null) m.boot_ready = now();
    if (m.interactive_dom == null && boot === 'ready' && h1Visible()) {
      m.interactive_dom = now();
      B.afterPaint().then((t) => (m.interactive = t));
    }
    if (m.entry_card_dom == null && document.querySelector('.entry-card')) {
      m.entry_card_dom = now();
      B.afterPaint().then((t) => (m.entry_card = t));
    }
    const journal = location.pathname === '/journal';
    return m.boot_failed != null || (m.interactive_dom != null && (!journal || m.entry_card_dom != null));
  };
  const loadObserver = new MutationObserver(() => {
    if (check()) stopLoad();
  });
  loadObserver.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-boot'] });
  const loadTimer = setInterval(() => check() && stopLoad(), 50);
  const stopLoad = () => {
    loadObserver.disconnect();
    clearInterval(loadTimer);
  };
  setTimeout(stopLoad, 180_000);

  // Conditions a step can wait for, by name (functions cannot travel from Node).
  B.conds = {
    selector: (sel) => !!document.querySelector(sel),
    text: (sel, text) => Array.from(document.querySelectorAll(sel)).some((e) => e.textContent.includes(text)),
    // A screen opened from the navigation: its address, its heading, and no "Loading…" left.
    screen: (pathname) =>
      location.pathname === pathname &&
      h1Visible() &&
      !Array.from(document.querySelectorAll('main [role=status]')).some((e) => e.textContent.includes('Loading')),
  };
  B.pending = {};
  // Arms a wait before the action, so nothing is missed: resolves with the time the condition
  // first held (t_dom) and the time that frame was painted (t_paint); or with an error when the
  // fail condition holds first or the time runs out.
  B.arm = (name, cond, args, timeoutMs, failCond) => {
    B.pending[name] = new Promise((resolve) => {
      let done = false;
      const stop = () => {
        done = true;
        mo.disconnect();
        clearInterval(iv);
        clearTimeout(to);
      };
      const onChange = () => {
        if (done) return;
        if (failCond && B.conds[failCond[0]](...failCond.slice(1))) {
          stop();
          const el = document.querySelector(failCond[1]);
          resolve({ error: `failed: ${el ? el.textContent.trim().slice(0, 300) : failCond.join(' ')}` });
          return;
        }
        if (B.conds[cond](...args)) {
          const t_dom = now();
          stop();
          B.afterPaint().then((t_paint) => resolve({ t_dom, t_paint }));
        }
      };
      const mo = new MutationObserver(onChange);
      mo.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      const iv = setInterval(onChange, 100);
      const to = setTimeout(() => {
        stop();
        resolve({ error: `timed out after ${timeoutMs} ms` });
      }, timeoutMs);
      onChange();
    });
  };
  B.result = (name) => B.pending[name];

  // Issue 18: every value the import's progress bar shows, in order, with its time (the bar is
  // [data-testid=import-progress], a <progress> with a value and a max).
  B.watchProgress = () => {
    B.progress = [];
    let last = null;
    const look = () => {
      const bar = document.querySelector('[data-testid=import-progress]');
      if (!bar) return;
      const key = `${bar.dataset.phase ?? ''}:${bar.getAttribute('value')}/${bar.getAttribute('max')}`;
      if (key === last) return;
      last = key;
      B.progress.push({ t: now(), phase: bar.dataset.phase ?? null, value: Number(bar.getAttribute('value')), max: Number(bar.getAttribute('max')) });
    };
    if (B.progressObserver) B.progressObserver.disconnect();
    B.progressObserver = new MutationObserver(look);
    B.progressObserver.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['value', 'max', 'data-phase'] });
  };
  B.progressSamples = () => {
    const xs = B.progress ?? [];
    const byPhase = {};
    for (const x of xs) (byPhase[x.phase] ??= []).push(x);
    return Object.fromEntries(
      Object.entries(byPhase).map(([phase, v]) => [
        phase,
        {
          updates: v.length,
          monotonic: v.every((x, i) => i === 0 || x.value >= v[i - 1].value),
          reached_max: v.length > 0 && v[v.length - 1].value === v[v.length - 1].max,
          max: v.length ? v[v.length - 1].max : null,
          longest_gap_ms: v.length > 1 ? Math.round(Math.max(...v.slice(1).map((x, i) => x.t - v[i].t))) : null,
        },
      ]),
    );
  };

  // Runs `action` and waits until the DOM under `root` changed and that change was painted; if
  // more changes follow in later frames, waits for those too (until a frame passes with none).
  B.settle = async (root, action, timeoutMs = 10_000) => {
    let muts = 0;
    let firstMut = null;
    let onFirst;
    const first = new Promise((r) => (onFirst = r));
    const mo = new MutationObserver((recs) => {
      muts += recs.length;
      if (firstMut == null) firstMut = now();
      onFirst();
    });
    mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const t0 = now();
    action();
    let timer;
    const outcome = await Promise.race([
      first.then(() => 'ok'),
      new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (outcome !== 'ok') {
      mo.disconnect();
      return { error: 'the DOM did not change' };
    }
    let painted = await B.afterPaint();
    let frames = 1;
    for (; frames < 30; frames++) {
      const before = muts;
      const t = await B.afterPaint();
      if (muts === before) break;
      painted = t;
    }
    mo.disconnect();
    return { ms: painted - t0, dom_ms: firstMut - t0, frames };
  };

  // Where the time of imports and loads goes: counts and times of the app's IndexedDB calls on
  // the records store, and of its BroadcastChannel messages (cheap counters, always on).
  B.resetStats = () => {
    B.stats = { gets: 0, puts: 0, first_get: null, first_put: null, last_put: null, commits: [], get_alls: [], broadcasts: [] };
  };
  B.resetStats();
  // Commit times per transaction, from a 'complete' listener added when the transaction is
  // created, so it runs before the app's own (which continues with more work before returning).
  const txInfo = new WeakMap();
  B.txInfo = (tx) => txInfo.get(tx) ?? null;
  try {
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function () {
      const tx = transaction.apply(this, arguments);
      try {
        const info = { t_created: now(), t_commit: null };
        txInfo.set(tx, info);
        tx.addEventListener('complete', () => {
          info.t_commit = now();
          B.stats.commits.push(info.t_commit);
        });
      } catch {
        /* keep the app working whatever happens here */
      }
      return tx;
    };
  } catch (e) {
    B.statsError = String(e);
  }
  try {
    const P = IDBObjectStore.prototype;
    const get = P.get;
    P.get = function () {
      if (this.name === 'records') {
        B.stats.gets++;
        if (B.stats.first_get == null) B.stats.first_get = now();
      }
      return get.apply(this, arguments);
    };
    const getAll = P.getAll;
    P.getAll = function () {
      const req = getAll.apply(this, arguments);
      if (this.name === 'records') {
        const rec = { t_issue: now(), t_done: null, count: null };
        B.stats.get_alls.push(rec);
        req.addEventListener('success', () => {
          rec.t_done = now();
          rec.count = Array.isArray(req.result) ? req.result.length : null;
        });
      }
      return req;
    };
    const put0 = P.put;
    P.put = function () {
      if (this.name === 'records') {
        const t = now();
        B.stats.puts++;
        if (B.stats.first_put == null) B.stats.first_put = t;
        B.stats.last_put = t;
      }
      return put0.apply(this, arguments);
    };
  } catch (e) {
    B.statsError = String(e);
  }
  try {
    const post = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (msg) {
      const t = now();
      const r = post.apply(this, arguments);
      B.stats.broadcasts.push({ t, ms: now() - t, chars: typeof msg === 'string' ? msg.length : null });
      return r;
    };
  } catch {
    /* not essential */
  }

  // Every put into the records store while watched, with the time its transaction committed.
  try {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (B.watchIdb && this.name === 'records' && value && typeof value.json === 'string') {
        let info = null;
        try {
          info = B.txInfo(this.transaction);
        } catch {
          /* keep going: the poll in the benchmark still sees the write */
        }
        B.idb.push({
          id: value.id,
          json: value.json,
          t_put: now(),
          t_tx_created: info ? info.t_created : null,
          get t_commit() {
            return info ? info.t_commit : null;
          },
        });
      }
      return put.apply(this, arguments);
    };
  } catch (e) {
    B.idbHookError = String(e);
  }

  // The app downloads through a hidden <a download>.click().
  try {
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.hasAttribute('download')) B.anchorClicks.push(now());
      return click.apply(this, arguments);
    };
  } catch {
    /* not essential */
  }
}

// ---------------------------------------------------------------------------------------------
// Browser session
// ---------------------------------------------------------------------------------------------

const openContexts = new Set();
const tempDirs = new Set();

async function openBrowser(label) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `jejak-bench-${label}-`));
  tempDirs.add(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    serviceWorkers: 'allow',
  });
  openContexts.add(context);
  await context.addInitScript(() => localStorage.setItem('jejak:lang', 'en'));
  await context.addInitScript(pageInstrumentation);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(T.step);
  const problems = { pageErrors: [], consoleErrors: [], failedResponses: [], offsiteRequests: [] };
  page.on('pageerror', (e) => problems.pageErrors.push(String(e.message ?? e).slice(0, 500)));
  page.on('console', (m) => {
    // The blank same-origin page the benchmark starts on (icon.svg) makes Chromium ask for
    // /favicon.ico, which the app does not have: not the app's error.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) {
      problems.consoleErrors.push(`${m.text().slice(0, 500)} ${m.location().url ?? ''}`.trim());
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.failedResponses.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost', ''].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) {
      problems.offsiteRequests.push(r.url());
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable').catch(() => {});
  const close = async () => {
    openContexts.delete(context);
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  };
  return { context, page, cdp, problems, close, dir };
}

async function setThrottle(cdp, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Time of a fixed piece of JavaScript (second of two runs, so the JIT is warm). */
async function probeCpu(page) {
  return page.evaluate(() => {
    const work = () => {
      const t = performance.now();
      let x = 0;
      for (let i = 0; i < 2e7; i++) x = (x + i * 7) % 1000003;
      return [performance.now() - t, x];
    };
    work();
    return work()[0];
  });
}

/**
 * Sanity check that throttling works: the probe's time unthrottled, then at `rate`. Returns the
 * unthrottled time (for later checks) and the observed slowdown. Leaves the rate at `rate`.
 */
async function measureSlowdown(page, cdp, rate) {
  await setThrottle(cdp, 1);
  const base = await probeCpu(page);
  await setThrottle(cdp, rate);
  const slow = await probeCpu(page);
  return { base_ms: round(base), slowdown: round(slow / Math.max(base, 0.01), 2) };
}

/** Navigates and waits for the load milestones; `journal` also waits for the first entry card. */
async function load(session, url, { journal = false } = {}) {
  const { page } = session;
  await page.goto(url, { waitUntil: 'commit', timeout: T.load });
  let marks;
  try {
    await page.waitForFunction(
      (j) => {
        const m = window.__bench && window.__bench.marks;
        if (!m) return false;
        if (m.boot_failed != null) return true;
        return m.interactive != null && (!j || m.entry_card != null);
      },
      journal,
      { timeout: T.load, polling: 50 },
    );
    marks = await page.evaluate(() => window.__bench.marks);
  } catch (e) {
    const state = await page
      .evaluate(() => ({ boot: document.documentElement.dataset.boot, h1: document.querySelector('main h1')?.textContent, marks: window.__bench?.marks }))
      .catch(() => null);
    throw new Fatal(`the app did not become interactive at ${url}: ${e.message.split('\n')[0]} (${JSON.stringify(state)})`);
  }
  if (marks.boot_failed != null) throw new Fatal(`the app failed to start at ${url} (html[data-boot=failed])`);
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return n ? { response_end: n.responseEnd, dom_content_loaded: n.domContentLoadedEventEnd, load_event: n.loadEventEnd } : {};
  });
  const { longest, getAll } = await page.evaluate((until) => {
    const B = window.__bench;
    return {
      longest: B.longtasks.filter(([s]) => s <= until).reduce((a, [, d]) => Math.max(a, d), 0),
      // The app reads the store in parts (key ranges asked for at once): from the first
      // asked for to the last answered, read before the first card.
      getAll: B.stats.get_alls.length
        ? {
            t_issue: Math.min(...B.stats.get_alls.map((g) => g.t_issue)),
            t_done: Math.max(...B.stats.get_alls.map((g) => g.t_done ?? NaN)),
            count: B.stats.get_alls.reduce((n, g) => n + (g.count ?? 0), 0),
            parts: B.stats.get_alls.length,
          }
        : null,
    };
  }, marks.entry_card ?? marks.interactive);
  return {
    interactive_ms: round(marks.interactive),
    interactive_dom_ms: round(marks.interactive_dom),
    boot_ready_ms: round(marks.boot_ready),
    first_entry_card_ms: journal ? round(marks.entry_card) : undefined,
    response_end_ms: round(nav.response_end),
    dom_content_loaded_ms: round(nav.dom_content_loaded),
    longest_task_ms: round(longest),
    // The store's reads of every record (one getAll per part): the first issued and the last
    // answered (ms from navigation start), the records and the parts.
    records_get_all: getAll
      ? { issued_ms: round(getAll.t_issue), answered_ms: round(getAll.t_done), records: getAll.count, parts: getAll.parts }
      : null,
  };
}

/**
 * Issue 18: start-up with the full store on Today, from navigation until the journal is loaded
 * (Today's "Loading…" gone) and 1 s after it (the search index fills in the background then):
 * the longest task in that span, and when the journal was loaded.
 */
async function loadStartup(session, url) {
  const { page } = session;
  await page.goto(url, { waitUntil: 'commit', timeout: T.load });
  await page.waitForFunction(() => window.__bench && window.__bench.conds, null, { timeout: T.load, polling: 20 });
  const pathname = new URL(url).pathname;
  await page.evaluate(([p, t]) => window.__bench.arm('startup', 'screen', [p], t), [pathname, T.load]);
  const r = await withTimeout(page.evaluate(() => window.__bench.result('startup')), T.load + 5000, 'start-up');
  if (r.error) throw new Fatal(`start-up with the full store at ${url}: ${r.error}`);
  await sleep(1000);
  const { longest, tasks } = await page.evaluate(() => ({
    longest: window.__bench.longtasks.reduce((m, [, d]) => Math.max(m, d), 0),
    tasks: window.__bench.longtasks.map(([s, d]) => [Math.round(s), Math.round(d)]),
  }));
  return { loaded_ms: round(r.t_paint), longest_task_ms: round(longest), long_tasks: tasks };
}

// ---------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------

/** The wasm linear memory in bytes (wasm-bindgen's init returns the live exports when called again). */
async function wasmMemoryBytes(page) {
  return page.evaluate(async () => {
    try {
      const s = document.querySelector('script[data-jejak-boot]');
      const glue = await import(s.dataset.js);
      return (await glue.default()).memory.buffer.byteLength;
    } catch {
      return null;
    }
  });
}

async function memory(session, { gc = true } = {}) {
  const { page, cdp } = session;
  const out = { notes: [] };
  if (gc) {
    const before = await cdp.send('Runtime.getHeapUsage').catch(() => null);
    out.js_heap_before_gc_mb = before ? mb(before.usedSize) : null;
    await cdp.send('HeapProfiler.collectGarbage').catch((e) => out.notes.push(`gc: ${e.message}`));
  }
  const heap = await cdp.send('Runtime.getHeapUsage').catch(() => null);
  const metrics = await cdp.send('Performance.getMetrics').catch(() => null);
  const m = Object.fromEntries((metrics?.metrics ?? []).map((x) => [x.name, x.value]));
  const inPage = await page.evaluate(async () => {
    const r = {};
    if (performance.memory) {
      r.used = performance.memory.usedJSHeapSize;
      r.total = performance.memory.totalJSHeapSize;
    }
    // wasm-bindgen's init returns the already-initialised exports (memory included) when called
    // again, and importing the glue again gives the same module instance.
    try {
      const s = document.querySelector('script[data-jejak-boot]');
      const glue = await import(s.dataset.js);
      const wasm = await glue.default();
      r.wasm = wasm.memory.buffer.byteLength;
    } catch (e) {
      r.wasmError = String(e);
    }
    r.uasm = typeof performance.measureUserAgentSpecificMemory === 'function' && self.crossOriginIsolated;
    r.nodes = document.getElementsByTagName('*').length;
    return r;
  });
  out.js_heap_mb = heap ? mb(heap.usedSize) : mb(inPage.used);
  out.js_heap_performance_memory_mb = mb(inPage.used);
  out.js_heap_metrics_mb = mb(m.JSHeapUsedSize);
  out.wasm_memory_mb = mb(inPage.wasm);
  if (inPage.wasmError) out.notes.push(`wasm memory not reachable: ${inPage.wasmError}`);
  out.total_mb = out.js_heap_mb != null && out.wasm_memory_mb != null ? round(out.js_heap_mb + out.wasm_memory_mb, 2) : null;
  out.dom_nodes = inPage.nodes;
  if (!inPage.uasm) {
    out.notes.push('performance.measureUserAgentSpecificMemory needs cross-origin isolation: not used');
  }
  if (!out.notes.length) delete out.notes;
  return out;
}

/** Samples the JS heap through CDP while `promise` runs; returns the peak in MB. */
async function samplePeakHeap(cdp, promise) {
  let peak = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const h = await cdp.send('Runtime.getHeapUsage').catch(() => null);
      if (h) peak = Math.max(peak, h.usedSize);
      await sleep(200);
    }
  })();
  try {
    return { value: await promise, peak_js_heap_mb: mb(peak) };
  } finally {
    running = false;
    await sampler;
  }
}

async function importBackup(session, file, expect, throttle) {
  const { page, cdp } = session;
  await setThrottle(cdp, throttle);
  const input = page.getByLabel('Choose a file', { exact: true });
  await input.waitFor({ state: 'attached' });

  const run = async () => {
    // Preview: file chosen ('change') → the preview's counts table painted.
    await page.evaluate(
      (t) => {
        window.__bench.t0('change', 'preview_t0');
        window.__bench.arm('preview', 'selector', ['[data-testid=count-PreviewNew]'], t, ['selector', '[data-testid=import-error]']);
        // Issue 18: the first determinate progress shown after the file is chosen, and (for
        // builds without one) the first sign of life of any kind in the import card.
        window.__bench.arm('first_progress', 'selector', ['[data-testid=import-progress]'], t);
        window.__bench.arm('first_status', 'selector', ['[aria-labelledby=import-title] [role=status]'], t);
        window.__bench.watchProgress();
      },
      T.import,
    );
    await input.setInputFiles(file);
    const preview = await withTimeout(page.evaluate(() => window.__bench.result('preview')), T.import + 5000, 'import preview');
    if (preview.error) throw new Fatal(`import preview: ${preview.error}`);
    const firstProgress = await page.evaluate(() =>
      Promise.race([window.__bench.result('first_progress'), Promise.resolve({ error: 'no progress shown before the preview' })]),
    );
    const firstStatus = await page.evaluate(() =>
      Promise.race([window.__bench.result('first_status'), Promise.resolve({ error: 'no status shown before the preview' })]),
    );
    const counts = await page.evaluate(() => {
      const n = (k) => Number(document.querySelector(`[data-testid=count-${k}] td`)?.textContent.replace(/\D/g, '') || NaN);
      return { new: n('PreviewNew'), updated: n('PreviewUpdated'), unchanged: n('PreviewUnchanged'), invalid: n('PreviewInvalid') };
    });
    if (counts.invalid !== 0 || counts.new !== expect.records) {
      throw new Fatal(`import preview of the generated file: expected ${expect.records} new and 0 invalid, got ${JSON.stringify(counts)}`);
    }
    const t0p = await page.evaluate(() => window.__bench.marks.preview_t0);

    // Apply: click "Import now" → "Import finished." painted.
    await page.evaluate(
      (t) => {
        window.__bench.t0('click', 'apply_t0');
        window.__bench.arm('apply', 'text', ['[role=status]', 'Import finished.'], t, ['selector', '[data-testid=import-error]']);
      },
      T.import,
    );
    await page.evaluate(() => window.__bench.resetStats());
    await page.getByRole('button', { name: 'Import now', exact: true }).click();
    const applied = await withTimeout(page.evaluate(() => window.__bench.result('apply')), T.import + 5000, 'import apply');
    if (applied.error) throw new Fatal(`import apply: ${applied.error}`);
    const t0a = await page.evaluate(() => window.__bench.marks.apply_t0);
    const st = await page.evaluate(() => window.__bench.stats);
    const commit = st.commits.find((c) => st.last_put != null && c >= st.last_put) ?? null;
    const rel = (t) => (t == null ? null : round(t - t0a));
    // click → first get / first put / last put / commit of the records transaction → painted.
    const apply_breakdown = {
      record_gets: st.gets,
      record_puts: st.puts,
      first_get_ms: rel(st.first_get),
      first_put_ms: rel(st.first_put),
      last_put_ms: rel(st.last_put),
      commit_ms: rel(commit),
      painted_ms: rel(applied.t_paint),
      broadcasts: st.broadcasts.map((b) => ({ at_ms: rel(b.t), ms: round(b.ms), chars: b.chars })),
    };
    // The longest task inside each phase (a task counts when it overlaps the phase).
    const phases = await page.evaluate(
      ([p0, p1, a0, a1]) => {
        const longest = (from, to) =>
          window.__bench.longtasks.filter(([s, d]) => s + d >= from && s <= to).reduce((m, [, d]) => Math.max(m, d), 0);
        const list = (from, to) =>
          window.__bench.longtasks.filter(([s, d]) => s + d >= from && s <= to).map(([s, d]) => [Math.round(s - from), Math.round(d)]);
        return {
          preview: longest(p0, p1),
          apply: longest(a0, a1),
          preview_tasks: list(p0, p1),
          apply_tasks: list(a0, a1),
          progress: window.__bench.progressSamples(),
        };
      },
      [t0p, preview.t_paint, t0a, applied.t_paint],
    );
    const doneText = await page.getByText('Import finished.').first().textContent();
    const written = Number((doneText.replace(/[.,\u00a0 ](?=\d{3}\b)/g, '').match(/\((\d+)\)/) ?? [])[1]);
    if (written !== expect.records) {
      throw new Fatal(`import wrote ${written} records, expected ${expect.records} ("${doneText}")`);
    }
    return {
      preview_ms: round(preview.t_paint - t0p),
      preview_dom_ms: round(preview.t_dom - t0p),
      apply_ms: round(applied.t_paint - t0a),
      apply_dom_ms: round(applied.t_dom - t0a),
      total_ms: round(preview.t_paint - t0p + applied.t_paint - t0a),
      preview_longest_task_ms: round(phases.preview),
      apply_longest_task_ms: round(phases.apply),
      first_progress_ms: firstProgress.error ? null : round(firstProgress.t_paint - t0p),
      first_status_ms: firstStatus.error ? null : round(firstStatus.t_paint - t0p),
      progress: phases.progress,
      // Long tasks (over 50 ms) in each phase: [ms from the phase's start, duration].
      preview_long_tasks: phases.preview_tasks,
      apply_long_tasks: phases.apply_tasks,
      apply_breakdown,
    };
  };
  const { value, peak_js_heap_mb } = await samplePeakHeap(cdp, run());
  const longest = await page.evaluate(() => window.__bench.longtasks.reduce((a, [, d]) => Math.max(a, d), 0));
  // Linear memory only grows, so its size after the import is its peak during it.
  const wasm = await wasmMemoryBytes(page);
  return { ...value, longest_task_ms: round(longest), peak_js_heap_mb, wasm_after_import_mb: mb(wasm) };
}

// The screens of the navigation, in the order they are opened, with their addresses.
const SCREENS = [
  ['Today', '/'],
  ['Goals', '/goals'],
  ['Learning', '/growth'],
  ['Competencies', '/competencies'],
  ['Mentoring', '/people'],
  ['Assignments', '/assignments'],
  ['Mentees', '/mentees'],
  ['Data', '/data'],
  ['Settings', '/settings'],
  // Last, so the list step after this starts on the Journal as before.
  ['Journal', '/journal'],
];

/**
 * Opens every screen from the side navigation with the full store, throttled: click → the
 * screen's heading painted with its content (no "Loading…"), and the longest task meanwhile.
 * Not a target of the issue, but a screen that builds thousands of rows shows up here.
 */
async function openScreens(session) {
  const { page, cdp } = session;
  await setThrottle(cdp, THROTTLE);
  const out = {};
  for (const [name, pathname] of SCREENS) {
    await page.evaluate(
      ([p, t]) => {
        window.__bench.longtasks = [];
        window.__bench.t0('click', 'screen_t0');
        window.__bench.arm('screen', 'screen', [p], t);
      },
      [pathname, T.step],
    );
    await page.getByRole('navigation').first().getByRole('link', { name, exact: true }).click();
    const r = await withTimeout(page.evaluate(() => window.__bench.result('screen')), T.step + 5000, `open ${name}`);
    if (r.error) throw new Error(`open ${name}: ${r.error}`);
    // Work the screen starts right after its first frame (effects, more rows) counts too.
    await sleep(500);
    const { t0, longest } = await page.evaluate(() => ({
      t0: window.__bench.marks.screen_t0,
      longest: window.__bench.longtasks.reduce((a, [, d]) => Math.max(a, d), 0),
    }));
    out[name] = { open_ms: round(r.t_paint - t0), longest_task_ms: round(longest) };
  }
  const slowest = Object.entries(out).sort((a, b) => b[1].open_ms - a[1].open_ms)[0];
  return { screens: out, slowest: slowest[0], slowest_open_ms: slowest[1].open_ms };
}

/** Empties the search box: back to the whole list. */
async function clearSearch(page) {
  await page.evaluate(async () => {
    const input = document.getElementById('journal-search') ?? document.querySelector('input[type=search]');
    await window.__bench.settle(document.querySelector('main'), () => {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  });
}

/** The journal's note while a search has not covered every entry yet (src/i18n/strings.rs). */
const STILL_SEARCHING = 'Still searching your whole journal';

async function search(session, words) {
  const { page, cdp } = session;
  await setThrottle(cdp, THROTTLE);
  const box = page.getByLabel('Search', { exact: true });
  await box.waitFor({ state: 'visible' });
  // The first query right after start-up: the index of the full store is still filling, so the
  // app answers from the part indexed so far ("Still searching…") and again once it is done.
  // Both times are reported; the median below is over complete answers only.
  const first = await withTimeout(
    page.evaluate(async ({ query, still }) => {
      const input = document.getElementById('journal-search') ?? document.querySelector('input[type=search]');
      const meta = () => document.querySelector('.list-meta')?.textContent ?? '';
      const t0 = performance.now();
      const res = await window.__bench.settle(document.querySelector('main'), () => {
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const partial = meta().includes(still);
      let complete = t0 + res.ms;
      while (meta().includes(still)) complete = await window.__bench.afterPaint();
      return { first_paint_ms: res.ms, partial, complete_ms: complete - t0, error: res.error };
    }, { query: words[0], still: STILL_SEARCHING }),
    60_000,
    `first search "${words[0]}"`,
  );
  await clearSearch(page);
  const per = [];
  for (const q of words) {
    const r = await withTimeout(
      page.evaluate(async (query) => {
        const input = document.getElementById('journal-search') ?? document.querySelector('input[type=search]');
        const main = document.querySelector('main');
        const res = await window.__bench.settle(main, () => {
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        res.shown = document.querySelectorAll('.entry-card').length;
        res.meta = document.querySelector('.list-meta')?.textContent.trim() ?? null;
        return res;
      }, q),
      30_000,
      `search "${q}"`,
    );
    const partial = r.meta?.includes(STILL_SEARCHING) ?? false;
    per.push({ query: q, ms: round(r.ms), dom_ms: round(r.dom_ms), frames: r.frames, shown: r.shown, meta: r.meta, partial, error: r.error });
  }
  await clearSearch(page);
  const ok = per.filter((p) => p.ms != null && p.shown > 0 && !p.partial);
  const bad = per.filter((p) => !(p.ms != null && p.shown > 0 && !p.partial));
  return {
    median_ms: round(median(ok.map((p) => p.ms))),
    max_ms: round(Math.max(...ok.map((p) => p.ms))),
    dom_median_ms: round(median(ok.map((p) => p.dom_ms))),
    first_after_load: {
      first_paint_ms: round(first.first_paint_ms),
      partial: first.partial,
      complete_ms: round(first.complete_ms),
      error: first.error,
    },
    queries: per,
    problems: bad.length
      ? bad.map((p) => `"${p.query}": ${p.error ?? (p.partial ? 'answered from part of the index' : 'no results shown')}`)
      : undefined,
  };
}

async function listScroll(session) {
  const { page, cdp } = session;
  await setThrottle(cdp, THROTTLE);
  const r = await withTimeout(
    page.evaluate(
      async ({ maxClicks }) => {
        const B = window.__bench;
        const main = document.querySelector('main');
        const clicks = [];
        const startMore = performance.now();
        for (let i = 0; i < maxClicks; i++) {
          const btn = Array.from(document.querySelectorAll('main button')).find((b) => /show more/i.test(b.textContent));
          if (!btn) break;
          const res = await B.settle(main, () => btn.click());
          clicks.push(res.ms ?? null);
        }
        const endMore = performance.now();
        const moreTasks = B.longtasks.filter(([s, d]) => s + d >= startMore && s <= endMore);

        const el = document.scrollingElement || document.documentElement;
        el.scrollTop = 0;
        const raf = () => new Promise((res) => requestAnimationFrame(res));
        let last = await raf();
        const step = Math.round(innerHeight * 0.75);
        const deltas = [];
        const start = performance.now();
        let reached = false;
        while (performance.now() - start < 90_000) {
          el.scrollTop += step;
          const ts = await raf();
          deltas.push(ts - last);
          last = ts;
          if (el.scrollTop + el.clientHeight >= el.scrollHeight - 2) {
            reached = true;
            // One more frame at the very end.
            const ts2 = await raf();
            deltas.push(ts2 - last);
            break;
          }
        }
        const end = performance.now();
        const tasks = B.longtasks.filter(([s, d]) => s + d >= start && s <= end);
        return {
          shown_entries: document.querySelectorAll('.entry-card').length,
          show_more_clicks: clicks.length,
          show_more_ms: clicks,
          show_more_long_tasks: moreTasks.length,
          show_more_longest_task_ms: moreTasks.reduce((a, [, d]) => Math.max(a, d), 0),
          scroll_height_px: el.scrollHeight,
          reached_end: reached,
          frames: deltas.length,
          max_frame_ms: Math.max(...deltas),
          frames_over_50ms: deltas.filter((d) => d > 50).length,
          long_tasks: tasks.length,
          longest_task_ms: tasks.reduce((a, [, d]) => Math.max(a, d), 0),
          scroll_ms: end - start,
        };
      },
      { maxClicks: SHOW_MORE_MAX },
    ),
    T.step * 2,
    'list scroll',
  );
  return {
    max_frame_ms: round(r.max_frame_ms),
    frames_over_50ms: r.frames_over_50ms,
    frames: r.frames,
    long_tasks: r.long_tasks,
    longest_task_ms: round(r.longest_task_ms),
    reached_end: r.reached_end,
    scroll_ms: round(r.scroll_ms),
    scroll_height_px: r.scroll_height_px,
    shown_entries: r.shown_entries,
    show_more_clicks: r.show_more_clicks,
    show_more_median_ms: round(median(r.show_more_ms)),
    show_more_max_ms: round(Math.max(0, ...r.show_more_ms.filter((x) => x != null))),
    show_more_ms: r.show_more_ms.map((x) => round(x)),
    show_more_long_tasks: r.show_more_long_tasks,
    show_more_longest_task_ms: round(r.show_more_longest_task_ms),
  };
}

async function saveEdits(session, base, id, title) {
  const { page, cdp } = session;
  await setThrottle(cdp, THROTTLE);
  await load(session, `${base}/journal/${id}`);
  const field = page.getByRole('main').getByLabel('Title', { exact: true });
  await field.waitFor({ state: 'visible' });
  const current = await field.inputValue();
  if (current !== title) throw new Error(`the editor shows "${current}", expected "${title}"`);
  await field.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    window.__bench.watchIdb = true;
    window.__bench.idb = [];
  });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let text = title;
  const samples = [];
  const txSamples = [];
  let method = 'idb-commit';
  for (let i = 0; i < EDITS; i++) {
    const ch = letters[i % letters.length];
    text += ch;
    const needle = JSON.stringify(text).slice(1, -1);
    await page.evaluate(() => window.__bench.t0('keydown', 'edit_t0'));
    await page.keyboard.type(ch);
    // The instrumented put's commit time; a direct read of IndexedDB confirms the text.
    const r = await withTimeout(
      page.evaluate(
        async ({ id, needle, timeout }) => {
          const B = window.__bench;
          const t0 = B.marks.edit_t0;
          const deadline = performance.now() + timeout;
          const openDb = () =>
            new Promise((res, rej) => {
              const o = indexedDB.open('jejak');
              o.onsuccess = () => res(o.result);
              o.onerror = () => rej(o.error);
            });
          const read = (db) =>
            new Promise((res, rej) => {
              const g = db.transaction('records', 'readonly').objectStore('records').get(id);
              g.onsuccess = () => res(g.result);
              g.onerror = () => rej(g.error);
            });
          let hooked = null;
          while (performance.now() < deadline) {
            hooked = B.idb.find((p) => p.id === id && p.json.includes(needle) && p.t_commit != null);
            if (hooked) break;
            await new Promise((r) => setTimeout(r, 5));
          }
          const db = await openDb();
          try {
            if (hooked) {
              const row = await read(db);
              return {
                ms: hooked.t_commit - t0,
                put_ms: hooked.t_put - t0,
                // The write itself: the app opens the transaction → IndexedDB reports it committed.
                tx_ms: hooked.t_tx_created != null ? hooked.t_commit - hooked.t_tx_created : null,
                verified: !!row && row.json.includes(needle),
                method: 'idb-commit',
              };
            }
            // No put seen (instrumentation missed it): poll the store itself.
            while (performance.now() < deadline + timeout) {
              const row = await read(db);
              if (row && row.json.includes(needle)) return { ms: performance.now() - t0, verified: true, method: 'poll' };
              await new Promise((r) => setTimeout(r, 5));
            }
            return { error: 'the edit never reached IndexedDB' };
          } finally {
            db.close();
          }
        },
        { id, needle, timeout: 10_000 },
      ),
      30_000,
      'save edit',
    );
    if (r.error) throw new Error(r.error);
    if (!r.verified) throw new Error('IndexedDB does not hold the edited text');
    if (r.method !== 'idb-commit') method = r.method;
    samples.push(r.ms);
    if (r.tx_ms != null) txSamples.push(r.tx_ms);
    await page.evaluate(() => (window.__bench.idb = []));
  }
  await page.evaluate(() => (window.__bench.watchIdb = false));
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  return {
    p50: round(p50),
    p95: round(p95),
    p50_minus_debounce: round(p50 - AUTOSAVE_DEBOUNCE_MS),
    p95_minus_debounce: round(p95 - AUTOSAVE_DEBOUNCE_MS),
    idb_write_p50: round(percentile(txSamples, 50)),
    idb_write_p95: round(percentile(txSamples, 95)),
    debounce_ms: AUTOSAVE_DEBOUNCE_MS,
    edits: samples.length,
    method,
    samples_ms: samples.map((x) => round(x)),
    idb_write_samples_ms: txSamples.map((x) => round(x)),
    final_title: text,
  };
}

async function exportBackup(session, throttle, expect) {
  const { page, cdp } = session;
  await setThrottle(cdp, throttle);
  const button = page.getByRole('button', { name: 'Download backup', exact: true });
  await button.waitFor({ state: 'visible' });
  await page.evaluate(() => {
    window.__bench.t0('click', 'export_t0');
    window.__bench.anchorClicks = [];
  });
  const downloaded = page.waitForEvent('download', { timeout: T.import });
  await button.click();
  const download = await downloaded;
  const tEnd = epochNow();
  const m = await page.evaluate(() => ({
    t0: performance.timeOrigin + window.__bench.marks.export_t0,
    anchor: window.__bench.anchorClicks.length ? performance.timeOrigin + window.__bench.anchorClicks[0] : null,
  }));
  const file = await withTimeout(download.path(), T.step, 'download to finish');
  const bytes = statSync(file).size;
  let records = null;
  let entries = null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8'));
    records = parsed.records.length;
    entries = parsed.records.filter((r) => r.kind === 'entry' && !r.deleted).length;
  } catch (e) {
    throw new Fatal(`the exported backup is not readable JSON: ${e.message}`);
  }
  if (entries !== expect.entries || records < expect.records) {
    throw new Fatal(`the export holds ${records} records / ${entries} entries, expected ${expect.records} / ${expect.entries}`);
  }
  return {
    ms: round(tEnd - m.t0),
    to_anchor_click_ms: m.anchor != null ? round(m.anchor - m.t0) : null,
    file_bytes: bytes,
    records,
  };
}

// ---------------------------------------------------------------------------------------------
// Sync (issue 19): a CouchDB-protocol server (pouchdb-server, in memory) on 127.0.0.1, device A
// through a counting proxy, device B straight to the server; both throttled 4x.
// ---------------------------------------------------------------------------------------------

const SYNC_COUCH_PORT = Number(process.env.SYNC_BENCH_COUCH_PORT ?? 5986);
const SYNC_PROXY_PORT = Number(process.env.SYNC_BENCH_PROXY_PORT ?? 5985);
const SYNC_PASSPHRASE = 'benchmark sync passphrase';

/** Fills Settings → Sync and clicks "Connect and sync"; resolves with the in-page timing. */
async function connectSync(session, base, serverUrl, couch, timeout) {
  const { page } = session;
  await load(session, `${base}/settings/sync`);
  await page.getByLabel('Server and database address').fill(`${serverUrl}/bench`);
  await page.getByLabel('User name').fill(couch.user);
  await page.getByLabel('Server password').fill(couch.password);
  await page.getByLabel('Passphrase', { exact: true }).fill(SYNC_PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(SYNC_PASSPHRASE);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Connect and sync' }).waitFor();
  await page.evaluate((t) => {
    const B = window.__bench;
    B.t0('click', 'sync_t0');
    B.arm('sync', 'text', ['[data-testid=sync-status]', 'Synced'], t, ['selector', '[data-testid=sync-problem]']);
    // Every distinct progress line shown while it runs.
    B.syncProgress = [];
    const seen = () => {
      const t = document.querySelector('[data-testid=sync-progress]')?.textContent ?? '';
      if (t && B.syncProgress[B.syncProgress.length - 1]?.[1] !== t) B.syncProgress.push([Math.round(performance.now() - B.marks.sync_t0), t]);
    };
    new MutationObserver(seen).observe(document, { subtree: true, childList: true, characterData: true });
  }, timeout);
  await page.getByRole('button', { name: 'Connect and sync' }).click();
  const r = await withTimeout(page.evaluate(() => window.__bench.result('sync')), timeout + 5000, 'sync');
  if (r.error) throw new Error(`sync: ${r.error}`);
  return page.evaluate((r) => {
    const B = window.__bench;
    const t0 = B.marks.sync_t0;
    const longest = B.longtasks.filter(([st]) => st >= t0).reduce((a, [, d]) => Math.max(a, d), 0);
    const long = B.longtasks.filter(([st, d]) => st >= t0 && d >= 50).map(([st, d]) => [Math.round(st - t0), Math.round(d)]);
    return { ms: r.t_paint - t0, longest_task_ms: longest, long_tasks: long, progress: B.syncProgress };
  }, r);
}

async function storedRecordCount(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('jejak');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('records').objectStore('records').count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
        };
      }),
  );
}

async function syncBench(base, data, file) {
  const expect = { records: data.counts.records, entries: data.counts.entries };
  const timeout = SHORT ? 60_000 : 120_000;
  const couch = await startCouch({ port: SYNC_COUCH_PORT, dbs: ['bench'] });
  const proxy = await startProxy({ port: SYNC_PROXY_PORT, target: couch.url });
  const out = { errors: [] };
  let a = null;
  let b = null;
  try {
    // Device A: the generated journal, imported unthrottled (imports are measured above), then
    // the first sync to the empty database at 4x.
    a = await openBrowser('sync-a');
    await a.page.goto(`${base}/icon.svg`, { timeout: T.load });
    await load(a, `${base}/data`);
    await importBackup(a, file, expect, 1);
    await setThrottle(a.cdp, THROTTLE);
    const first = await connectSync(a, base, proxy.url, couch, timeout);
    const onServer = (await couch.request('GET', 'bench')).body.doc_count;
    out.first_sync = { ...first, server_docs: onServer };
    if (onServer < expect.records) out.errors.push(`first sync: ${onServer} documents on the server, expected ${expect.records} + the key`);

    // Device B: a new device pulls it all.
    b = await openBrowser('sync-b');
    await b.page.goto(`${base}/icon.svg`, { timeout: T.load });
    await setThrottle(b.cdp, THROTTLE);
    if (process.env.SYNC_PROFILE) {
      await b.cdp.send('Profiler.enable');
      await b.cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await b.cdp.send('Profiler.start');
    }
    const pull = await connectSync(b, base, couch.url, couch, timeout);
    if (process.env.SYNC_PROFILE) {
      const { profile } = await b.cdp.send('Profiler.stop');
      const self = new Map();
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const dt = profile.timeDeltas;
      const counts = new Map();
      profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
      for (const [id, us] of counts) {
        const n = byId.get(id);
        const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
        self.set(k, (self.get(k) ?? 0) + us);
      }
      out.profile = [...self.entries()].sort((x, y) => y[1] - x[1]).slice(0, 40).map(([k, us]) => [k, Math.round(us / 1000)]);
    }
    const got = await storedRecordCount(b.page);
    out.new_device = { ...pull, records: got };
    if (got !== expect.records) out.errors.push(`new device: ${got} records stored, expected ${expect.records}`);

    // One edit on A, visible on B (both open on the journal, online, throttled).
    await load(b, `${base}/journal`, { journal: true });
    await load(a, `${base}/journal`, { journal: true });
    await sleep(3000);
    const requests = [];
    a.page.on('request', (r) => {
      if (r.url().startsWith(proxy.url)) requests.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    const title = `Sync benchmark edit ${Date.now()}`;
    await a.page.getByRole('button', { name: 'New entry', exact: true }).first().click();
    const field = a.page.getByRole('main').getByLabel('Title', { exact: true });
    await field.waitFor();
    await field.fill(title);
    const t0 = epochNow();
    await a.page.keyboard.press('Escape');
    await b.page.getByText(title, { exact: true }).first().waitFor({ timeout: 30_000 });
    const visible = epochNow() - t0;
    // Quiet time for the requests that edit causes (the push, the long-poll coming back).
    await sleep(4000);
    out.edit = { visible_on_other_ms: round(visible), requests: requests.length, request_list: requests };
  } catch (e) {
    out.errors.push(e.message.split('\n')[0]);
  } finally {
    await a?.close();
    await b?.close();
    await proxy.stop();
    await couch.stop();
  }
  return {
    figures: {
      first_sync_ms: round(out.first_sync?.ms) ?? null,
      first_sync_longest_task_ms: round(out.first_sync?.longest_task_ms) ?? null,
      new_device_pull_ms: round(out.new_device?.ms) ?? null,
      new_device_longest_task_ms: round(out.new_device?.longest_task_ms) ?? null,
      new_device_progress_shown: out.new_device ? out.new_device.progress.some(([, t]) => /Receiving \d+/.test(t)) : null,
      edit_visible_on_other_ms: out.edit?.visible_on_other_ms ?? null,
      requests_for_one_edit: out.edit?.requests ?? null,
    },
    details: out,
  };
}

// ---------------------------------------------------------------------------------------------
// One run
// ---------------------------------------------------------------------------------------------

async function step(run, name, fn) {
  const t = Date.now();
  try {
    const v = await fn();
    log(`  ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return v;
  } catch (e) {
    if (e instanceof Fatal) throw e;
    log(`  ${name}: FAILED ${e.message.split('\n')[0]}`);
    run.errors.push(`${name}: ${e.message.split('\n')[0]}`);
    return null;
  }
}

/** `--only import`: the throttled import and the full-store start-up after it (issue 18). */
async function importRun(i, base, data, file) {
  const run = { run: i + 1, errors: [], details: {} };
  const expect = { records: data.counts.records, entries: data.counts.entries };
  const started = Date.now();
  const a = await openBrowser(`run${i + 1}i`);
  try {
    await a.page.goto(`${base}/icon.svg`, { timeout: T.load });
    const probe = await measureSlowdown(a.page, a.cdp, THROTTLE);
    await setThrottle(a.cdp, THROTTLE);
    await load(a, `${base}/`);
    await load(a, `${base}/data`);
    const after = await probeCpu(a.page);
    run.details.throttle_check = {
      requested: THROTTLE,
      observed_before_navigation: probe.slowdown,
      observed_after_navigation: round(after / Math.max(probe.base_ms, 0.01), 2),
    };
    run.details.import_throttled = await step(run, 'import (throttled)', () => importBackup(a, file, expect, THROTTLE));
    await setThrottle(a.cdp, THROTTLE);
    run.details.startup_today = await step(run, 'start-up, full store, Today (throttled)', () => loadStartup(a, `${base}/`));
    run.details.startup_journal = await step(run, 'start-up, full store, Journal (throttled)', () => loadStartup(a, `${base}/journal`));
    run.details.problems_a = a.problems;
  } finally {
    await a.close();
  }
  const d = run.details;
  if (d.problems_a?.pageErrors?.length) throw new Fatal(`uncaught errors in the page: ${d.problems_a.pageErrors.slice(0, 3).join(' | ')}`);
  const imp = d.import_throttled;
  run.figures = {
    import_preview_ms: imp?.preview_ms ?? null,
    import_apply_ms: imp?.apply_ms ?? null,
    import_total_ms: imp?.total_ms ?? null,
    import_preview_longest_task_ms: imp?.preview_longest_task_ms ?? null,
    import_apply_longest_task_ms: imp?.apply_longest_task_ms ?? null,
    import_first_progress_ms: imp?.first_progress_ms ?? null,
    import_first_status_ms: imp?.first_status_ms ?? null,
    startup_longest_task_ms: { today: d.startup_today?.longest_task_ms ?? null, journal: d.startup_journal?.longest_task_ms ?? null },
    startup_loaded_ms: { today: d.startup_today?.loaded_ms ?? null, journal: d.startup_journal?.loaded_ms ?? null },
  };
  run.duration_s = round((Date.now() - started) / 1000);
  return run;
}

async function oneRun(i, base, data, file) {
  const run = { run: i + 1, errors: [], details: {} };
  const expect = { records: data.counts.records, entries: data.counts.entries };
  const started = Date.now();

  // Session A (throttled): first load, import, full-store load, search, scroll, edits, export.
  const a = await openBrowser(`run${i + 1}a`);
  try {
    // Same-origin blank-ish page first, so throttling is set on the renderer that loads the app.
    await a.page.goto(`${base}/icon.svg`, { timeout: T.load });
    const probe = await measureSlowdown(a.page, a.cdp, THROTTLE);
    await setThrottle(a.cdp, THROTTLE);

    run.details.first_load = await step(run, 'first load (empty, throttled)', () => load(a, `${base}/`));
    // Does the throttling survive the navigation into the app? (It must, or the figures lie.)
    const after = await probeCpu(a.page);
    run.details.throttle_check = {
      requested: THROTTLE,
      observed_before_navigation: probe.slowdown,
      observed_after_navigation: round(after / Math.max(probe.base_ms, 0.01), 2),
    };
    await load(a, `${base}/data`);
    run.details.import_throttled = await step(run, 'import (throttled)', () => importBackup(a, file, expect, THROTTLE));

    await setThrottle(a.cdp, THROTTLE);
    run.details.load_full = await step(run, 'load full store (throttled)', () => load(a, `${base}/`));
    run.details.load_full_journal = await step(run, 'load journal (throttled)', () => load(a, `${base}/journal`, { journal: true }));
    run.details.memory = await step(run, 'memory', () => memory(a));
    run.details.search = await step(run, 'search (throttled)', () => search(a, data.searchWords));
    run.details.open_screens = await step(run, 'open every screen (throttled)', () => openScreens(a));
    run.details.list_scroll = await step(run, 'list: show more + scroll (throttled)', () => listScroll(a));
    run.details.save_edit = await step(run, 'save edits (throttled)', () => saveEdits(a, base, data.sampleEntryId, data.sampleEntryTitle));
    await setThrottle(a.cdp, THROTTLE);
    await load(a, `${base}/data`);
    run.details.export_throttled = await step(run, 'export (throttled)', () => exportBackup(a, THROTTLE, expect));
    run.details.export_unthrottled = await step(run, 'export (unthrottled)', () => exportBackup(a, 1, expect));
    run.details.problems_a = a.problems;
  } finally {
    await a.close();
  }

  // Session B (unthrottled, fresh profile): first load and import without throttling.
  const b = await openBrowser(`run${i + 1}b`);
  try {
    await b.page.goto(`${base}/icon.svg`, { timeout: T.load });
    await setThrottle(b.cdp, 1);
    // The same path as session A (first load on /, then /data), so both imports meet the same
    // compiled-code state (Chromium caches optimised wasm code after the first visit).
    run.details.first_load_unthrottled = await step(run, 'first load (empty, unthrottled)', () => load(b, `${base}/`));
    await load(b, `${base}/data`);
    run.details.import_unthrottled = await step(run, 'import (unthrottled)', () => importBackup(b, file, expect, 1));
    run.details.problems_b = b.problems;
  } finally {
    await b.close();
  }

  const d = run.details;
  const pageErrors = [...(d.problems_a?.pageErrors ?? []), ...(d.problems_b?.pageErrors ?? [])];
  const offsite = [...(d.problems_a?.offsiteRequests ?? []), ...(d.problems_b?.offsiteRequests ?? [])];
  if (pageErrors.length) throw new Fatal(`uncaught errors in the page: ${pageErrors.slice(0, 3).join(' | ')}`);
  if (offsite.length) run.errors.push(`requests to other hosts: ${offsite.slice(0, 5).join(', ')}`);

  run.figures = {
    first_load_ms: d.first_load?.interactive_ms ?? null,
    first_load_boot_ready_ms: d.first_load?.boot_ready_ms ?? null,
    first_load_unthrottled_ms: d.first_load_unthrottled?.interactive_ms ?? null,
    import_preview_ms: { throttled: d.import_throttled?.preview_ms ?? null, unthrottled: d.import_unthrottled?.preview_ms ?? null },
    import_apply_ms: { throttled: d.import_throttled?.apply_ms ?? null, unthrottled: d.import_unthrottled?.apply_ms ?? null },
    import_total_ms: { throttled: d.import_throttled?.total_ms ?? null, unthrottled: d.import_unthrottled?.total_ms ?? null },
    import_longest_task_ms: {
      preview: d.import_throttled?.preview_longest_task_ms ?? null,
      apply: d.import_throttled?.apply_longest_task_ms ?? null,
    },
    import_first_progress_ms: d.import_throttled?.first_progress_ms ?? null,
    load_full_ms: d.load_full
      ? {
          interactive: d.load_full.interactive_ms,
          journal_interactive: d.load_full_journal?.interactive_ms ?? null,
          journal_first_entry_card: d.load_full_journal?.first_entry_card_ms ?? null,
          journal_longest_task: d.load_full_journal?.longest_task_ms ?? null,
        }
      : null,
    search_ms: d.search
      ? {
          median: d.search.median_ms,
          max: d.search.max_ms,
          first_after_load: d.search.first_after_load.first_paint_ms,
          first_after_load_complete: d.search.first_after_load.complete_ms,
        }
      : null,
    list_scroll: d.list_scroll
      ? {
          max_frame_ms: d.list_scroll.max_frame_ms,
          frames_over_50ms: d.list_scroll.frames_over_50ms,
          long_tasks: d.list_scroll.long_tasks,
          show_more_max_ms: d.list_scroll.show_more_max_ms,
          shown_entries: d.list_scroll.shown_entries,
        }
      : null,
    save_edit_ms: d.save_edit
      ? {
          p50: d.save_edit.p50,
          p95: d.save_edit.p95,
          p50_minus_debounce: d.save_edit.p50_minus_debounce,
          p95_minus_debounce: d.save_edit.p95_minus_debounce,
          idb_write_p50: d.save_edit.idb_write_p50,
          idb_write_p95: d.save_edit.idb_write_p95,
        }
      : null,
    open_screen_ms: d.open_screens
      ? {
          slowest_open: d.open_screens.slowest_open_ms,
          ...Object.fromEntries(Object.entries(d.open_screens.screens).map(([k, v]) => [k.toLowerCase(), v])),
        }
      : null,
    export_ms: { throttled: d.export_throttled?.ms ?? null, unthrottled: d.export_unthrottled?.ms ?? null },
    export_file_bytes: d.export_unthrottled?.file_bytes ?? d.export_throttled?.file_bytes ?? null,
    memory_mb: d.memory
      ? {
          js_heap: d.memory.js_heap_mb,
          wasm: d.memory.wasm_memory_mb,
          total: d.memory.total_mb,
          js_heap_before_gc: d.memory.js_heap_before_gc_mb,
          peak_js_heap_during_import: d.import_throttled?.peak_js_heap_mb ?? null,
          wasm_after_import: d.import_throttled?.wasm_after_import_mb ?? null,
        }
      : null,
  };
  run.duration_s = round((Date.now() - started) / 1000);
  return run;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

let server = null;

async function cleanup() {
  for (const c of openContexts) await c.close().catch(() => {});
  openContexts.clear();
  if (server && server.exitCode == null) {
    server.kill('SIGTERM');
    await Promise.race([new Promise((r) => server.once('exit', r)), sleep(2000)]);
    if (server.exitCode == null) server.kill('SIGKILL');
  }
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  tempDirs.clear();
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    log(`${sig}: cleaning up`);
    await cleanup();
    process.exit(130);
  });
}
process.on('exit', () => {
  if (server && server.exitCode == null) server.kill('SIGKILL');
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

async function main() {
  const t0 = Date.now();
  let base = opts.url?.replace(/\/+$/, '');
  if (base) {
    const host = new URL(base).hostname;
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`--url must be on 127.0.0.1 (got ${host})`);
  } else {
    if (!existsSync(path.join(DIST, 'index.html'))) {
      throw new Error('dist/index.html is missing: run `trunk build --release` first (scripts/test.sh does)');
    }
    if (!readdirSync(DIST).some((f) => f.endsWith('.wasm'))) throw new Error('no .wasm in dist/: run `trunk build --release`');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);

  const counts = countsFor(ENTRIES);
  log(`mode ${SHORT ? 'short' : 'full'}: ${counts.entries} entries, ${RUNS} run(s)`);
  const tg = Date.now();
  const data = generateBackup(counts);
  const work = mkdtempSync(path.join(os.tmpdir(), 'jejak-bench-data-'));
  tempDirs.add(work);
  const file = path.join(work, 'jejak-backup-bench.json');
  writeFileSync(file, data.text);
  log(`generated ${data.counts.records} records, ${data.bytes} bytes in ${Date.now() - tg} ms`);

  if (!base) {
    const s = await startServer();
    server = s.child;
    base = s.url;
    log(`serving dist/ on ${base}`);
  }

  const transfer = transferSizes();
  const variant = opts.variant ?? process.env.E2E_VARIANT_DIST ?? path.join(ROOT, 'target', 'variant-dist');
  let visit = { unmeasured: { first_visit: 'skipped', lighthouse: 'skipped', lazy_first_open: 'skipped', update: 'skipped' } };
  if (!opts['only-sync'] && !ONLY_IMPORT) {
    log('first visit, lazy screens, update and Lighthouse (issue 17)');
    visit = await firstVisitFigures({
      dist: DIST,
      variant: existsSync(variant) ? variant : null,
      browserArgs: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
      throttle: THROTTLE,
      log,
    });
  }
  const runs = [];
  let fatal = null;
  for (let i = 0; i < (opts.only === 'visit' || opts['only-sync'] ? 0 : RUNS); i++) {
    log(`run ${i + 1}/${RUNS}`);
    try {
      runs.push(await withTimeout((ONLY_IMPORT ? importRun : oneRun)(i, base, data, file), T.run, `run ${i + 1}`));
    } catch (e) {
      fatal = e instanceof Fatal ? e.message : `${e.message.split('\n')[0]}`;
      log(`run ${i + 1} FAILED: ${fatal}`);
      break;
    }
  }

  let sync = null;
  if (!fatal && !opts['no-sync'] && !opts.only) {
    log('sync (issue 19)');
    try {
      sync = await withTimeout(syncBench(base, data, file), SHORT ? 300_000 : 600_000, 'sync benchmark');
      for (const e of sync.details.errors) log(`  sync: ${e}`);
    } catch (e) {
      sync = { figures: null, details: { errors: [e.message.split('\n')[0]] } };
      log(`  sync FAILED: ${e.message.split('\n')[0]}`);
    }
  }

  let chromiumVersion = null;
  try {
    const { execFileSync } = await import('node:child_process');
    chromiumVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    /* informational */
  }

  const figures = medianTree(runs.map((r) => r.figures)) ?? {};
  const out = {
    benchmark: 'jejak',
    mode: SHORT ? 'short' : 'full',
    runs: runs.length,
    runs_requested: RUNS,
    ok: !fatal,
    fatal: fatal ?? undefined,
    started_at: new Date(t0).toISOString(),
    duration_s: null,
    url: base,
    chromium: chromiumVersion,
    cpu_throttling: THROTTLE,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, memory_gb: round(os.totalmem() / 2 ** 30, 1), node: process.version },
    dataset: { ...data.counts, seed: data.seed, backup_file_bytes: data.bytes },
    targets: TARGETS,
    figures: {
      first_visit_gzip_bytes: visit.first_visit?.gzip_bytes ?? null,
      first_visit_transferred_bytes: visit.first_visit?.transferred_bytes ?? null,
      first_visit_requests: visit.first_visit?.requests ?? null,
      lighthouse_performance: visit.lighthouse?.performance ?? null,
      lighthouse_lcp_ms: visit.lighthouse?.lcp_ms ?? null,
      lighthouse_applied_performance: visit.lighthouse_applied?.performance ?? null,
      lighthouse_applied_lcp_ms: visit.lighthouse_applied?.lcp_ms ?? null,
      lighthouse_applied_interactive_ms: visit.lighthouse_applied?.interactive_ms ?? null,
      lighthouse_http1_lcp_ms: visit.lighthouse_http1?.lcp_ms ?? null,
      lazy_screen_first_open_ms: visit.lazy_first_open?.slowest_ms ?? null,
      update_code_gzip_bytes: visit.update?.code_gzip_bytes ?? null,
      update_downloaded_gzip_bytes: visit.update?.downloaded_gzip_bytes ?? null,
      transfer_gzip_bytes: transfer.value,
      backup_file_bytes: data.bytes,
      ...figures,
      sync: sync?.figures ?? null,
    },
    unmeasured: {},
    transfer: transfer.value ? { raw_bytes: transfer.raw, files: transfer.files } : undefined,
    first_visit: visit,
    errors: [...runs.flatMap((r) => r.errors.map((e) => `run ${r.run}: ${e}`)), ...(sync?.details.errors ?? []).map((e) => `sync: ${e}`)],
    sync_details: sync?.details ?? undefined,
    notes: [
      'Times are milliseconds from the user action (or navigation start) to the next frame painted after the DOM showed the result.',
      `save_edit_ms includes the editor's ${AUTOSAVE_DEBOUNCE_MS} ms autosave debounce; *_minus_debounce subtracts it.`,
      'memory_mb.js_heap is after a forced GC; wasm is the linear memory size (it never shrinks, so it is also the peak).',
      'performance.measureUserAgentSpecificMemory needs cross-origin isolation, which the app does not have: JS heap (CDP Runtime.getHeapUsage) + wasm linear memory are reported instead.',
    ],
    samples: runs,
  };
  if (!transfer.value) out.unmeasured.transfer_gzip_bytes = transfer.reason;
  for (const [k, part] of [
    ['first_visit_gzip_bytes', 'first_visit'],
    ['lighthouse_performance', 'lighthouse'],
    ['lighthouse_applied_performance', 'lighthouse_applied'],
    ['lighthouse_http1_lcp_ms', 'lighthouse_http1'],
    ['lazy_screen_first_open_ms', 'lazy_first_open'],
    ['update_code_gzip_bytes', 'update'],
  ]) {
    if (out.figures[k] == null) out.unmeasured[k] = visit.unmeasured[part] ?? 'not measured';
  }
  if (opts.only === 'visit') out.notes.push('--only visit: the journal figures (issue 9) were not measured.');
  const whyNull = ONLY_IMPORT
    ? {}
    : {
    first_load_ms: 'the first-load step failed',
    import_preview_ms: 'the import step failed',
    import_apply_ms: 'the import step failed',
    load_full_ms: 'the full-store load failed',
    search_ms: 'the search step failed (no search box or no results)',
    list_scroll: 'the list step failed',
    save_edit_ms: 'the editor step failed',
    export_ms: 'the export step failed',
    memory_mb: 'the memory step failed',
  };
  for (const [k, why] of Object.entries(whyNull)) {
    if (out.figures[k] == null) {
      out.figures[k] = null;
      out.unmeasured[k] = opts.only === 'visit' ? 'not measured (--only visit)' : fatal ?? runs.flatMap((r) => r.errors).find((e) => e.toLowerCase().includes(k.split('_')[0])) ?? why;
    }
  }
  out.duration_s = round((Date.now() - t0) / 1000);
  const json = JSON.stringify(out, null, 2);
  if (opts.out) writeFileSync(opts.out, `${json}\n`);
  process.stdout.write(`${json}\n`);
  return fatal ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (e) {
  log(`crashed: ${e.stack ?? e}`);
  code = 2;
} finally {
  await cleanup();
}
process.exit(code);
