// The first-visit Today (issue 17): on a device that never ran Jejak, index.html paints the app's
// own first Today (frame, navigation, welcome) in the person's language before the app's code has
// arrived, and the app takes its place in the same frame, pixel for pixel. The app's code is held
// back with a route in these tests, as a slow network would.
import { test, expect, type Browser, type Page, type Route } from '@playwright/test';
import { expectNoA11yViolations, openApp, watchForProblems, SCREENSHOT_DIR, type LangCode } from './helpers';
// @ts-expect-error: a plain ES module without types, shared with the script that writes the copy.
import { appMarkup, LOCALES } from '../../scripts/first-visit-shell.mjs';
import path from 'node:path';

const MAIN_WASM = /\/jejak-[0-9a-f]{16}_bg\.wasm$/;
const WELCOME = { id: 'Selamat datang di Jejak', en: 'Welcome to Jejak' };
const FIRST_ENTRY = { id: 'Tulis entri pertama', en: 'Write a first entry' };
/** A screenshot without the date, the one thing the copy leaves to the app. (Through the CSSOM:
 * the page's Content-Security-Policy refuses a stylesheet from Playwright's `style` option.) */
async function withoutDate(page: Page): Promise<Buffer> {
  await page.evaluate(() => {
    for (const p of document.querySelectorAll<HTMLElement>('.today .page-header p')) p.style.visibility = 'hidden';
  });
  const shot = await page.screenshot();
  await page.evaluate(() => {
    for (const p of document.querySelectorAll<HTMLElement>('.today .page-header p')) p.style.visibility = '';
  });
  return shot;
}

/** Holds the app's main module until `release()`: the page has everything else. */
async function holdApp(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route(MAIN_WASM, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return { release };
}

async function freshPage(browser: Browser, lang: LangCode, width: number) {
  const context = await browser.newContext({
    locale: LOCALES[lang],
    timezoneId: 'UTC',
    viewport: { width, height: width < 600 ? 844 : 800 },
    // A service worker would answer for the network, out of the route's reach.
    serviceWorkers: 'block',
  });
  return { context, page: await context.newPage() };
}

for (const lang of ['id', 'en'] as LangCode[]) {
  for (const width of [390, 1280]) {
    test(`a first visit shows Today before the app has arrived and the app takes over unseen (${lang}, ${width} px)`, async ({ browser }) => {
      const { context, page } = await freshPage(browser, lang, width);
      const problems = watchForProblems(page);
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: number; paints: number[] };
        w.shifts = 0;
        w.paints = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.paints.push(e.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!e.hadRecentInput) w.shifts += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const app = await holdApp(page);
      await page.goto('/');

      await expect(page.getByRole('heading', { name: WELCOME[lang] })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('data-shell', lang);
      await expect(page.locator('html')).not.toHaveAttribute('data-boot', /.*/);
      await expect(page.locator('#boot-splash')).toBeHidden();
      await expectNoA11yViolations(page);
      const before = await withoutDate(page);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `first-visit-shell-${lang}-${width}.png`) });
      const released = await page.evaluate(() => performance.now());

      app.release();
      await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
      await expect(page.locator('html')).not.toHaveAttribute('data-shell', /.*/);
      await expect(page.locator('.first-visit')).toHaveCount(0);
      await expect(page.getByRole('heading', { name: WELCOME[lang] })).toBeVisible();
      await expect(page.locator('.today .page-header p')).not.toHaveText(/^\s*$/);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `first-visit-app-${lang}-${width}.png`) });
      const after = await withoutDate(page);
      expect(Buffer.compare(before, after), 'the app looks different from the first-visit copy').toBe(0);

      const paints = await page.evaluate(() => (window as unknown as { paints: number[] }).paints);
      expect(paints.length).toBeGreaterThan(0);
      // The largest paint of the visit is the copy's: the app's identical Today adds none.
      expect(Math.max(...paints)).toBeLessThan(released);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  test(`index.html's first-visit Today is the app's own (${lang})`, async ({ browser }) => {
    const { context, page } = await freshPage(browser, lang, 1280);
    await openApp(page, '/');
    await expect(page.locator('html')).not.toHaveAttribute('data-shell', /.*/);
    const copy = await page.evaluate(async (l) => {
      const html = await (await fetch('/', { cache: 'no-store' })).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.querySelector(`.first-visit[lang="${l}"]`)?.innerHTML ?? null;
    }, lang);
    const own = await page.evaluate(appMarkup, lang);
    expect(copy, "index.html's first-visit Today differs from the app's: after a release build, run node scripts/first-visit-shell.mjs and build again").toBe(own);
    await context.close();
  });

  test(`a tap on the first-visit Today before the app has started is carried out once it has (${lang})`, async ({ browser }) => {
    const { context, page } = await freshPage(browser, lang, 390);
    const app = await holdApp(page);
    await page.goto('/');
    const button = page.getByRole('button', { name: FIRST_ENTRY[lang] });
    await button.click();
    await expect(button).toHaveAttribute('aria-busy', 'true');
    expect(new URL(page.url()).pathname).toBe('/');
    app.release();
    await expect(page).toHaveURL(/\/journal\/[^/?]+\?new=1$/);
    await expect(page.locator('html')).not.toHaveAttribute('data-shell', /.*/);
    await expect(page.locator('textarea, [contenteditable]').first()).toBeVisible();
    await context.close();
  });
}

test('only a device whose Today would show the welcome, at /, gets the first-visit copy', async ({ browser }) => {
  const { context, page } = await freshPage(browser, 'en', 1280);
  // Another address: the loading screen, as before.
  let app = await holdApp(page);
  await page.goto('/journal');
  await expect(page.locator('#boot-splash')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-shell', /.*/);
  app.release();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');

  // Today remembers that it showed the welcome...
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(page.getByRole('heading', { name: WELCOME.en })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('jejak:home'))).toBe('welcome');

  // ...and that it no longer does once the journal has something in it.
  await page.getByRole('button', { name: 'Create a first goal' }).click();
  await expect(page).toHaveURL(/\/goals\//);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(page.getByRole('heading', { name: WELCOME.en })).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('jejak:home'))).toBe('journal');
  await page.unroute(MAIN_WASM);
  app = await holdApp(page);
  await page.reload();
  await expect(page.locator('#boot-splash')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-shell', /.*/);
  await expect(page.getByRole('heading', { name: WELCOME.en })).toHaveCount(0);
  app.release();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await context.close();
});

test('when the app cannot start, the first-visit copy gives way to the message that says so', async ({ browser }) => {
  const { context, page } = await freshPage(browser, 'id', 390);
  await page.route(MAIN_WASM, (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'failed');
  await expect(page.locator('.first-visit')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Jejak tidak dapat dimulai' })).toBeVisible();
  await expect(page.getByRole('heading', { name: WELCOME.id })).toHaveCount(0);
  await context.close();
});
