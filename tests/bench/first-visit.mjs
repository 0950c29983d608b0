// Issue 17's figures: what a first visit on a slow phone costs, now that the app is split by
// screen. Used by run.mjs (its JSON has them under `figures` and `first_visit`):
//
// - first visit to Today: every html, js, css and wasm file the browser fetched before Today was
//   interactive (html[data-boot=ready] and its heading painted), in a fresh profile, from a server
//   that compresses as static hosts do; reported as transferred (brotli) and as gzip -9 of the
//   same files (the unit);
// - every file of the build by part (main module, glue, boot, loader, common pack, stylesheets,
//   each screen group's part, the other chunks), raw, gzip and brotli;
// - each lazy screen's first open at 4x CPU from the local server: click to its heading painted,
//   empty store, no service worker (so the part really comes over the network);
// - an update that changed one screen (a build from scripts/build-variant.sh): the files whose
//   names changed, and the bytes the service worker downloads for it;
// - Lighthouse (npm `lighthouse`, mobile preset: simulated slow 4G and 4x CPU) on a fresh visit
//   to `/`, served compressed.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const HASHED = /-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/;
const PRECACHE_LINE = /^const PRECACHE = (\[.*\]);$/m;

/** Lazy screens (src/app.rs), opened through links as a person would, with their English heading. */
const SCREENS = [
  ['/journal', 'Journal'],
  ['/goals', 'Goals'],
  ['/plan', 'Development plan'],
  ['/people', 'Mentoring'],
  ['/competencies', 'Competencies'],
  ['/assignments', 'Assignments'],
  ['/growth', 'Competency development'],
  ['/mentees', 'Mentees'],
  ['/share', 'Share with my mentor'],
  ['/data', 'Data and storage'],
  ['/settings', 'Settings'],
];

const round = (x, d = 0) => (x == null || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d);
const gzip = (b) => gzipSync(b, { level: 9 }).length;
const brotli = (b) =>
  brotliCompressSync(b, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;

/** What a file of the build is, by its name. */
function partOf(name) {
  if (/^jejak-[0-9a-f]{16}_bg\.wasm$/.test(name)) return 'main module';
  if (/^jejak-[0-9a-f]{16}\.js$/.test(name)) return 'glue';
  if (/^boot-[0-9a-f]{16}\.js$/.test(name)) return 'boot';
  if (/^split-[0-9a-f]{16}\.js$/.test(name)) return 'loader';
  if (/^common-[0-9a-f]{16}\.wasm$/.test(name)) return 'common pack';
  if (/^screens-[0-9a-f]{16}\.css$/.test(name)) return 'screens css';
  if (/\.css$/.test(name)) return 'eager css';
  const group = /^split_([a-z_]+)-[0-9a-f]{16}\.wasm$/.exec(name);
  if (group) return `screen group ${group[1]}`;
  if (/^chunk_\d+-[0-9a-f]{16}\.wasm$/.test(name)) return 'shared chunk';
  return 'other';
}

/** Every wasm, js and css file of a build with its sizes, and the sums by part. */
export function buildParts(dist) {
  const files = [];
  for (const name of readdirSync(dist).sort()) {
    if (!/\.(wasm|js|css)$/.test(name) || name === 'sw.js') continue;
    const bytes = readFileSync(path.join(dist, name));
    files.push({ name, part: partOf(name), bytes: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) });
  }
  const parts = {};
  for (const f of files) {
    const p = (parts[f.part] ??= { files: 0, bytes: 0, gzip: 0, brotli: 0 });
    p.files += 1;
    p.bytes += f.bytes;
    p.gzip += f.gzip;
    p.brotli += f.brotli;
  }
  const unhashed = files.filter((f) => !HASHED.test(f.name)).map((f) => f.name);
  return { files, parts, unhashed };
}

function precacheOf(dist) {
  const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const m = PRECACHE_LINE.exec(sw);
  if (!m) throw new Error(`${dist}/sw.js has no precache list`);
  return JSON.parse(m[1]);
}

/**
 * An update from `dist` to `variant`: the files whose names are new, and what the service worker
 * downloads for it (new names, plus the files whose names never change, which it always fetches
 * again: index.html, the manifest, icons; plus sw.js itself). gzip -9 bytes.
 */
export function updateBytes(dist, variant) {
  const before = new Set(precacheOf(dist));
  const after = precacheOf(variant);
  const size = (rel) => gzip(readFileSync(path.join(variant, rel)));
  const renamed = after.filter((f) => HASHED.test(f) && !before.has(f));
  const refetched = ['sw.js', ...after.filter((f) => !HASHED.test(f))];
  const code = renamed.reduce((n, f) => n + size(f), 0);
  const always = refetched.reduce((n, f) => n + size(f), 0);
  const whole = after.filter((f) => HASHED.test(f)).reduce((n, f) => n + size(f), 0);
  return {
    renamed: renamed.map((f) => ({ name: f, gzip: size(f) })),
    code_gzip_bytes: code,
    unhashed_refetched: refetched,
    unhashed_gzip_bytes: always,
    downloaded_gzip_bytes: code + always,
    all_code_gzip_bytes: whole,
  };
}

async function serve(root, log, h2 = false) {
  const child = spawn(
    process.execPath,
    ['scripts/static-server.mjs', '--root', root, '--host', '127.0.0.1', '--port', '0', '--quiet', '--compress', ...(h2 ? ['--h2'] : [])],
    { cwd: path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (https?:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`static server exited (${code}): ${out}`)));
  });
  log?.(`first visit: serving ${root} compressed on ${url}`);
  return { url, stop: () => child.kill('SIGTERM') };
}

async function freshBrowser(args, serviceWorkers) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'jejak-bench-visit-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: args.executablePath,
    args: args.args,
    headless: true,
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 390, height: 844 },
    serviceWorkers,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(() => localStorage.setItem('jejak:lang', 'en'));
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Bytes fetched until Today is interactive, from a fresh profile. */
async function firstVisit(base, dist, browserArgs) {
  const { page, context, close } = await freshBrowser(browserArgs, 'allow');
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const urls = new Map();
    const done = [];
    let interactive = false;
    cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
    cdp.on('Network.loadingFinished', (e) => {
      if (!interactive) done.push({ url: urls.get(e.requestId), transferred: e.encodedDataLength });
    });
    await page.goto(`${base}/`);
    await page.waitForSelector('html[data-boot=ready]', { timeout: 60_000 });
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor({ timeout: 60_000 });
    interactive = true;
    const files = done
      .filter((f) => f.url && new URL(f.url).origin === new URL(base).origin)
      .map((f) => {
        let name = new URL(f.url).pathname.slice(1);
        if (!name.includes('.')) name = 'index.html'; // an app route answered with index.html
        const local = path.join(dist, name);
        const bytes = existsSync(local) ? readFileSync(local) : null;
        return { name, transferred: f.transferred, gzip: bytes ? gzip(bytes) : null, bytes: bytes?.length ?? null };
      })
      .filter((f) => /\.(wasm|js|css|html)$/.test(f.name));
    const sum = (k) => files.reduce((n, f) => n + (f[k] ?? 0), 0);
    return {
      requests: files.length,
      gzip_bytes: sum('gzip'),
      transferred_bytes: sum('transferred'),
      raw_bytes: sum('bytes'),
      files,
    };
  } finally {
    await close();
  }
}

/** Each lazy screen's first open at `throttle`x CPU: click to heading painted. */
async function lazyFirstOpen(base, browserArgs, throttle) {
  const { page, context, close } = await freshBrowser(browserArgs, 'block');
  try {
    await page.goto(`${base}/`);
    await page.waitForSelector('html[data-boot=ready]', { timeout: 60_000 });
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    // A person reads Today before going elsewhere: start-up work (opening the store, the search
    // index) is over by then and is not counted as the screen's.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const out = {};
    for (const [route, heading] of SCREENS) {
      const ms = await page.evaluate(
        ([href, want]) =>
          new Promise((resolve, reject) => {
            const t0 = performance.now();
            const shown = () => {
              const h = document.querySelector('main h1');
              return h && h.textContent.trim() === want;
            };
            const obs = new MutationObserver(() => {
              if (!shown()) return;
              obs.disconnect();
              // Painted: the frame after the heading is in the DOM.
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            });
            obs.observe(document.body, { subtree: true, childList: true, characterData: true });
            setTimeout(() => reject(new Error(`${href}: "${want}" not shown in 20 s`)), 20_000);
            const a = document.createElement('a');
            a.href = href;
            document.body.append(a);
            a.click();
            a.remove();
          }),
        [route, heading],
      );
      out[route] = round(ms);
    }
    const slowest = Object.entries(out).sort((a, b) => b[1] - a[1])[0];
    return { screens_ms: out, slowest: slowest[0], slowest_ms: slowest[1] };
  } finally {
    await close();
  }
}

/**
 * Lighthouse's mobile preset on a fresh visit to `/`. `method`: `simulate` (Lighthouse's default:
 * the page loads at full speed from the local server and Lantern estimates the slow phone from
 * that trace) or `devtools` (the page really loads at slow 4G and 4x CPU).
 */
async function lighthouse(base, executablePath, log, method = 'simulate') {
  const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'node_modules', '.bin', 'lighthouse');
  if (!existsSync(bin)) return { error: 'node_modules/.bin/lighthouse is missing (npm ci)' };
  // (The HTTPS server's certificate is a throwaway self-signed one.)
  const flags =
    '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run' +
    (base.startsWith('https:') ? ' --ignore-certificate-errors' : '');
  return new Promise((resolve) => {
    const child = spawn(
      bin,
      [
        `${base}/`,
        '--only-categories=performance,accessibility,best-practices',
        `--throttling-method=${method}`,
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--chrome-flags=${flags}`,
      ],
      { env: { ...process.env, CHROME_PATH: executablePath }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      try {
        const r = JSON.parse(out);
        const a = (id) => round(r.audits[id]?.numericValue);
        resolve({
          lighthouse: r.lighthouseVersion,
          performance: round(r.categories.performance.score * 100),
          accessibility: round(r.categories.accessibility.score * 100),
          best_practices: round(r.categories['best-practices'].score * 100),
          lcp_ms: a('largest-contentful-paint'),
          fcp_ms: a('first-contentful-paint'),
          tbt_ms: a('total-blocking-time'),
          speed_index_ms: a('speed-index'),
          interactive_ms: a('interactive'),
          cls: r.audits['cumulative-layout-shift']?.numericValue ?? null,
          protocol: r.audits['network-requests']?.details?.items?.[0]?.protocol ?? null,
          // What Lantern starts from: in the unthrottled trace, a request that ends before the
          // largest paint counts towards it (see tests/bench/README.md).
          observed_lcp_ms: round(r.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint),
          observed_main_wasm_end_ms: round(
            r.audits['network-requests']?.details?.items?.find((i) => /_bg\.wasm$/.test(i.url))?.networkEndTime,
          ),
          runtime_error: r.runtimeError?.message,
        });
      } catch (e) {
        log?.(`lighthouse failed (exit ${code}): ${err.slice(-500)}`);
        resolve({ error: `lighthouse exit ${code}: ${(err || e.message).split('\n').slice(-3).join(' ')}` });
      }
    });
  });
}

/**
 * All of issue 17's figures. `browserArgs`: { executablePath, args }. `variant`: a second build
 * with one screen changed, or null.
 */
export async function firstVisitFigures({ dist, variant, browserArgs, throttle, log }) {
  const server = await serve(dist, log);
  const out = { unmeasured: {} };
  try {
    const step = async (name, fn) => {
      const t0 = Date.now();
      try {
        out[name] = await fn();
        log?.(`first visit: ${name} (${Date.now() - t0} ms)`);
      } catch (e) {
        out[name] = null;
        out.unmeasured[name] = e.message.split('\n')[0];
        log?.(`first visit: ${name} FAILED: ${out.unmeasured[name]}`);
      }
    };
    await step('parts', async () => buildParts(dist));
    await step('first_visit', () => firstVisit(server.url, dist, browserArgs));
    await step('lazy_first_open', () => lazyFirstOpen(server.url, browserArgs, throttle));
    if (variant && existsSync(path.join(variant, 'sw.js'))) {
      // A variant older than dist is a leftover of another checkout state: say so, do not guess.
      if (statSync(path.join(variant, 'sw.js')).mtimeMs < statSync(path.join(dist, 'sw.js')).mtimeMs - 15 * 60_000) {
        out.unmeasured.update = `${variant} is older than ${dist}: run scripts/build-variant.sh again`;
      }
      await step('update', async () => updateBytes(dist, variant));
    } else {
      out.update = null;
      out.unmeasured.update = 'no variant build (scripts/build-variant.sh writes target/variant-dist)';
    }
    // Lighthouse as the site is hosted (README, "Hosting Jejak"): HTTPS, which every host serves
    // over HTTP/2; then the same simulated run over the local server's plain HTTP/1.1, and one
    // with the throttling applied for real (tests/bench/README.md says why all three).
    const secure = await serve(dist, log, true);
    try {
      const run = (base, method) => async () => {
        const r = await lighthouse(base, browserArgs.executablePath, log, method);
        if (r.error) throw new Error(r.error);
        return r;
      };
      await step('lighthouse', run(secure.url, 'simulate'));
      await step('lighthouse_applied', run(secure.url, 'devtools'));
    } finally {
      secure.stop();
    }
    await step('lighthouse_http1', async () => {
      const r = await lighthouse(server.url, browserArgs.executablePath, log);
      if (r.error) throw new Error(r.error);
      return r;
    });
  } finally {
    server.stop();
  }
  return out;
}
