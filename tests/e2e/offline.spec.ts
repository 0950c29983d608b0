// Installable and offline: the web app manifest, the service worker (works with no network after
// the first load, never switches versions under the user, shows "a new version is ready"), and the
// iOS "Add to Home Screen" hint.
//
// The offline and update tests need a server they can stop and a build they can change, so they
// copy the build under test (whatever E2E_BASE_URL serves: sw.js's precache list names every file)
// into a temporary folder and serve it with their own scripts/static-server.mjs on a free port.
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEntry, entryCard, expectNoA11yViolations, openApp, useLanguage, watchForProblems } from './helpers';

// Every module's route (src/app.rs), with the main navigation's link to it.
const ROUTES: [string, string][] = [
  ['/', 'Today'],
  ['/journal', 'Journal'],
  ['/goals', 'Goals'],
  // The development plan belongs to Goals in the navigation.
  ['/plan', 'Goals'],
  ['/people', 'Mentoring'],
  ['/competencies', 'Competencies'],
  ['/assignments', 'Assignments'],
  ['/growth', 'Learning'],
  ['/mentees', 'Mentees'],
  ['/share', 'Data'],
  ['/data', 'Data'],
  ['/settings', 'Settings'],
  ['/settings/sync', 'Settings'],
];

// Every screen group's part (src/app.rs, `lazy_screen!`), and the sync engine (src/state/sync),
// sorted.
const SCREEN_GROUPS = [
  'assignment_screens',
  'competency_screens',
  'data_screen',
  'goal_screens',
  'growth_screen',
  'journal_screens',
  'mentor_screens',
  'mentoring_screens',
  'plan_screen',
  'settings_screen',
  'sync_runner',
  'sync_screen',
];

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

// ---------------------------------------------------------------------------------------------
// A copy of the build on a server of our own.
// ---------------------------------------------------------------------------------------------

const PRECACHE_LINE = /^const PRECACHE = (\[.*\]);$/m;
const VERSION_LINE = /^const VERSION = "([^"]*)";$/m;

/** Download the build that `base` serves into `dir`: sw.js, every precached file, the screenshots. */
async function mirrorBuild(base: string, dir: string): Promise<void> {
  const get = async (rel: string): Promise<Buffer> => {
    const res = await fetch(new URL(rel, base));
    expect(res.status, `GET ${rel}`).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const sw = (await get('sw.js')).toString('utf8');
  const list = PRECACHE_LINE.exec(sw);
  expect(list, 'sw.js has its precache list (scripts/precache.mjs ran)').not.toBeNull();
  const manifest = JSON.parse((await get('manifest.webmanifest')).toString('utf8'));
  const files: string[] = [
    ...JSON.parse(list![1]),
    ...manifest.screenshots.map((s: { src: string }) => s.src.replace(/^\//, '')),
  ];
  for (const rel of files) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await get(rel));
  }
  writeFileSync(path.join(dir, 'sw.js'), sw);
}

/** Put the build in `src` (a dist/ folder) over the one in `dir`, as a deploy would. */
function copyBuild(src: string, dir: string): string[] {
  const sw = readFileSync(path.join(src, 'sw.js'), 'utf8');
  const files: string[] = JSON.parse(PRECACHE_LINE.exec(sw)![1]);
  for (const rel of files) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, readFileSync(path.join(src, rel)));
  }
  writeFileSync(path.join(dir, 'sw.js'), sw);
  return files;
}

const HASHED = /-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/;

interface Server {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * scripts/static-server.mjs on `root`; port 0 picks a free one. With `requests`, the path of
 * every GET it answers is pushed there.
 */
async function startServer(root: string, port = 0, requests?: string[]): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'scripts/static-server.mjs',
      '--root',
      root,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      ...(requests ? [] : ['--quiet']),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let lines = '';
  child.stdout!.on('data', (d) => {
    lines += d;
    const complete = lines.split('\n');
    lines = complete.pop()!;
    for (const line of complete) {
      const m = /^GET (\S+) \d+ /.exec(line);
      if (m && requests) requests.push(new URL(m[1], 'http://x').pathname.slice(1));
    }
  });
  const listening = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.stderr!.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`static server exited (${code}): ${out}`)));
  });
  const url = new URL(listening);
  return {
    url: url.origin,
    port: Number(url.port),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, serviceWorkers: 'allow', locale: 'en-US', timezoneId: 'UTC' });
}

/** Wait until the service worker is active and controls the page (reloading if it must). */
async function waitForController(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  for (let i = 0; i < 5; i++) {
    const controlled = await page
      .waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (controlled) return;
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  }
  throw new Error('the service worker never took control of the page');
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

// ---------------------------------------------------------------------------------------------

test.describe('offline', () => {
  let dir: string;
  let server: Server;

  test.beforeEach(async ({ baseURL }) => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'jejak-offline-'));
    await mirrorBuild(baseURL!, dir);
    server = await startServer(dir);
  });

  test.afterEach(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('after one load the app works with no network and no server; entries written offline stay', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await useLanguage(page, 'en');
    await openApp(page, '/');
    await waitForController(page);

    // Everything the build lists is in one versioned cache.
    const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    const version = VERSION_LINE.exec(sw)![1];
    const precache: string[] = JSON.parse(PRECACHE_LINE.exec(sw)![1]);
    expect(await cacheNames(page)).toEqual([`jejak-${version}`]);
    const cached = await page.evaluate(
      async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.slice(1)),
      `jejak-${version}`,
    );
    expect(cached.sort()).toEqual([...precache].sort());
    expect(precache).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest']));
    // The main module and its glue, the boot script, the loader, the common pack, the screens'
    // stylesheet: one of each, named by content. And every screen group's part.
    for (const name of [/^jejak-[0-9a-f]{16}_bg\.wasm$/, /^jejak-[0-9a-f]{16}\.js$/, /^boot-[0-9a-f]{16}\.js$/,
      /^split-[0-9a-f]{16}\.js$/, /^common-[0-9a-f]{16}\.wasm$/, /^screens-[0-9a-f]{16}\.css$/]) {
      expect(precache.filter((f) => name.test(f)), String(name)).toHaveLength(1);
    }
    const groups = precache.map((f) => /^split_([a-z_]+)-[0-9a-f]{16}\.wasm$/.exec(f)?.[1]).filter(Boolean).sort();
    expect(groups).toEqual(SCREEN_GROUPS);
    // Nothing else of the build's code goes without a content hash in its name.
    expect(precache.filter((f) => /\.(wasm|js|css)$/.test(f) && !/-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/.test(f))).toEqual([]);

    // No network at all: the browser is offline and the server is gone.
    await server.stop();
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');

    // Every module opens, by a full page load of its address and through the navigation.
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const [route, label] of ROUTES) {
      await page.goto(route);
      await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
      await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    }
    for (const [, label] of [...ROUTES].reverse()) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
    }

    await page.goto('/journal');
    await createEntry(page, {
      title: 'Ditulis tanpa internet',
      date: '2026-11-20',
      kind: 'reflection',
      tags: 'offline',
      body: 'Catatan di kereta, tanpa sinyal.',
    });
    await page.reload();
    await expect(entryCard(page, 'Ditulis tanpa internet')).toBeVisible();

    // Back online (same origin: same port), the entry is still there.
    await context.setOffline(false);
    server = await startServer(dir, server.port);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
    await expect(entryCard(page, 'Ditulis tanpa internet')).toBeVisible();
    await page.getByRole('main').getByText('Ditulis tanpa internet', { exact: true }).click();
    await expect(page.getByRole('main').getByLabel('Text (Markdown)', { exact: true })).toHaveValue(
      'Catatan di kereta, tanpa sinyal.',
    );

    expect(problems).toEqual([]);
    await context.close();
  });

  test('a new build waits for the user: "a new version is ready — reload"', async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await useLanguage(page, 'en');
    await openApp(page, '/journal');
    await waitForController(page);
    await createEntry(page, { title: 'Sebelum pembaruan' });
    // A second tab of the app, open during the whole update.
    const other = await context.newPage();
    await openApp(other, '/');
    await expect(other.locator('html')).toHaveAttribute('data-boot', 'ready');

    const swFile = path.join(dir, 'sw.js');
    const oldVersion = VERSION_LINE.exec(readFileSync(swFile, 'utf8'))![1];
    const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(banner).toHaveCount(0);

    // A "new build": a different index.html and a service worker with a new version.
    const newVersion = `${oldVersion}-next`;
    const indexFile = path.join(dir, 'index.html');
    writeFileSync(
      indexFile,
      readFileSync(indexFile, 'utf8').replace('<head>', '<head>\n    <meta name="jejak-test-build" content="next" />'),
    );
    writeFileSync(swFile, readFileSync(swFile, 'utf8').replace(VERSION_LINE, `const VERSION = "${newVersion}";`));

    // The browser finds it (here: asked to look now) and installs it next to the running one.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg!.update();
    });
    await expect(banner).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('html')).toHaveAttribute('data-update', 'ready');
    await expectNoA11yViolations(page);

    // Nothing switched: still the old page, and a reload keeps the old version (and the banner).
    const build = page.locator('meta[name="jejak-test-build"]');
    await expect(build).toHaveCount(0);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
    await expect(build).toHaveCount(0);
    await expect(banner).toBeVisible();
    expect((await cacheNames(page)).sort()).toEqual([`jejak-${newVersion}`, `jejak-${oldVersion}`].sort());

    // "Later" hides it for now.
    await banner.getByRole('button', { name: 'Later' }).click();
    await expect(banner).toHaveCount(0);
    await page.reload();
    await expect(banner).toBeVisible();

    // "Reload" switches to the new version and reloads once.
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Reload', exact: true }).click(),
    ]);
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
    await expect(build).toHaveCount(1);
    await expect(banner).toHaveCount(0);
    // The version before is kept until the next update: a tab still running it may yet open a
    // screen whose part only that version's cache holds.
    expect((await cacheNames(page)).sort()).toEqual([`jejak-${newVersion}`, `jejak-${oldVersion}`].sort());
    await expect(entryCard(page, 'Sebelum pembaruan')).toBeVisible();

    // The other tab still runs the old version; its banner reloads it onto the new one.
    const otherBanner = other.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(otherBanner).toBeVisible();
    await expect(other.locator('meta[name="jejak-test-build"]')).toHaveCount(0);
    await Promise.all([
      other.waitForEvent('load'),
      otherBanner.getByRole('button', { name: 'Reload', exact: true }).click(),
    ]);
    await expect(other.locator('html')).toHaveAttribute('data-boot', 'ready');
    await expect(other.locator('meta[name="jejak-test-build"]')).toHaveCount(1);
    await expect(otherBanner).toHaveCount(0);

    expect(problems).toEqual([]);
    await context.close();
  });

  test('an update that changed one screen downloads only that screen\'s part', async ({ browser }) => {
    // scripts/build-variant.sh: the same sources with one change in the Competencies screen.
    const variant = process.env.E2E_VARIANT_DIST;
    expect(variant, 'E2E_VARIANT_DIST names a build made by scripts/build-variant.sh (scripts/test.sh sets it)').toBeTruthy();
    test.setTimeout(90_000);
    await server.stop();
    const requests: string[] = [];
    server = await startServer(dir, 0, requests);
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await useLanguage(page, 'en');
    await openApp(page, '/competencies');
    await waitForController(page);
    const before: string[] = JSON.parse(PRECACHE_LINE.exec(readFileSync(path.join(dir, 'sw.js'), 'utf8'))![1]);

    // The new build goes online; the browser looks for it (here: asked to look now).
    requests.length = 0;
    const after = copyBuild(variant!, dir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(banner).toBeVisible({ timeout: 15_000 });

    // Only the Competencies screens' part and the loader that names the parts have new names.
    const renamed = after.filter((f) => HASHED.test(f) && !before.includes(f)).sort();
    expect(renamed.map((f) => f.replace(/-[0-9a-f]{16}/, '-HASH'))).toEqual([
      'split-HASH.js',
      'split_competency_screens-HASH.wasm',
    ]);
    // And those are the only code the update downloaded: everything else came from the cache.
    const downloaded = [...new Set(requests.filter((f) => HASHED.test(f)))].sort();
    expect(downloaded).toEqual(renamed);
    expect(requests.filter((f) => f.endsWith('.wasm')).length).toBe(1);

    // After "Reload" the page runs the new build, and the changed screen opens from the cache.
    await Promise.all([
      page.waitForEvent('load'),
      banner.getByRole('button', { name: 'Reload', exact: true }).click(),
    ]);
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
    const loader = await page.locator('script[data-split]').getAttribute('data-split');
    expect(renamed).toContain(loader!.replace(/^\//, ''));
    await server.stop();
    await context.setOffline(true);
    await page.goto('/assignments');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Competencies', exact: true }).click();
    await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Competencies' })).toBeVisible();
    expect(problems).toEqual([]);
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------

test.describe('installable', () => {
  test('the manifest parses and Chromium finds the app installable', async ({ playwright, baseURL }, testInfo) => {
    // Chromium never offers to install from an incognito profile, which every test context is:
    // this test gets a real (temporary) profile.
    const profile = mkdtempSync(path.join(os.tmpdir(), 'jejak-profile-'));
    const context = await playwright.chromium.launchPersistentContext(profile, {
      ...testInfo.project.use.launchOptions,
      baseURL,
      locale: 'en-US',
      serviceWorkers: 'allow',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await openApp(page, '/');
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${baseURL}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const m = JSON.parse(manifest.data!);
    expect(m).toMatchObject({
      name: 'Jejak — jurnal karier',
      short_name: 'Jejak',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'id',
      theme_color: '#0f6b63',
    });
    expect(m.description).toMatch(/Jurnal karier.*Career/);

    // Installability errors may take a moment (the icons are fetched); wait until there are none.
    await expect
      .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId), {
        timeout: 15_000,
      })
      .toEqual([]);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  test('icons and screenshots exist with the sizes the manifest declares', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    const images: { src: string; sizes: string; type: string; purpose?: string }[] = [
      ...manifest.icons,
      ...manifest.screenshots,
    ];
    expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`).sort()).toEqual(
      ['192x192 any', '512x512 any', '512x512 maskable'],
    );
    expect(manifest.screenshots.map((s: { form_factor: string }) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const img of images) {
      const res = await request.get(img.src);
      expect(res.status(), img.src).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      const png = await res.body();
      // PNG: width and height are the first two fields of the IHDR chunk.
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, img.src).toBe(img.sizes);
      expect(png.length, `${img.src} stays small`).toBeLessThan(150 * 1024);
    }
  });

  test('iOS meta tags, and sw.js served as JavaScript that is always revalidated', async ({ page, request }) => {
    await openApp(page, '/');
    await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute('content', 'yes');
    const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect((await request.get(touchIcon!)).status()).toBe(200);

    const sw = await request.get('/sw.js');
    expect(sw.headers()['content-type']).toMatch(/^text\/javascript/);
    expect(sw.headers()['cache-control']).toBe('no-cache');
    expect(await sw.text()).not.toContain('const VERSION = "dev"');
  });

  test('nothing is loaded from another host', async ({ page, baseURL }) => {
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(`${baseURL}/`) && !/^(data|blob):/.test(u)) elsewhere.push(u);
    });
    for (const [route] of ROUTES) await openApp(page, route);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(elsewhere).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

test.describe('iOS Safari: add to Home Screen hint', () => {
  test.use({ userAgent: IPHONE_SAFARI, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('explains "Add to Home Screen" until dismissed', async ({ page }) => {
    await useLanguage(page, 'en');
    await openApp(page, '/journal');
    const hint = page.getByRole('complementary', { name: 'Add Jejak to your Home Screen' });
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('Add to Home Screen');
    await expect(hint).toContainText('7 days');
    await expectNoA11yViolations(page);

    await hint.getByRole('button', { name: 'Got it' }).click();
    await expect(hint).toHaveCount(0);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await expect(hint).toHaveCount(0);
  });

  test('in Indonesian', async ({ page }) => {
    await useLanguage(page, 'id');
    await openApp(page, '/');
    const hint = page.getByRole('complementary', { name: 'Pasang Jejak di Layar Utama' });
    await expect(hint).toContainText('Tambah ke Layar Utama');
    await expectNoA11yViolations(page);
  });

  test('not shown once opened from the Home Screen', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
    await useLanguage(page, 'en');
    await openApp(page, '/journal');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Add Jejak to your Home Screen' })).toHaveCount(0);
  });
});

test('no install hint in desktop Chromium', async ({ page }) => {
  await useLanguage(page, 'en');
  await openApp(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Add Jejak to your Home Screen' })).toHaveCount(0);
});
