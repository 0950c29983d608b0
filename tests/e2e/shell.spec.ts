// The app shell: language and theme, navigation layout on phone and desktop, the Data screen,
// the Content-Security-Policy, and deleting all data.
import { createHash } from 'node:crypto';
import { test, expect, type Page } from '@playwright/test';
import {
  openApp,
  useLanguage,
  createEntry,
  fillEntry,
  entryCard,
  watchForProblems,
  watchForCspViolations,
  expectNoA11yViolations,
  screenshot,
} from './helpers';

const nav = (page: Page, name = 'Main navigation') => page.getByRole('navigation', { name });

test.describe('language', () => {
  // The switch itself starts from English; the browser-language cases below set their own.
  test.use({ locale: 'en-US' });

  test('switching to Bahasa Indonesia in Settings sticks across reloads', async ({ page }) => {
    await openApp(page, '/settings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(nav(page).getByRole('link', { name: 'Journal' })).toBeVisible();

    await page.getByLabel('Language').selectOption({ label: 'Bahasa Indonesia' });
    const navId = nav(page, 'Navigasi utama');
    await expect(navId.getByRole('link', { name: 'Jurnal' })).toBeVisible();
    await expect(navId.getByRole('link', { name: 'Pengaturan' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(navId.getByRole('link', { name: 'Jurnal' })).toBeVisible();
    await expect(navId.getByRole('link', { name: 'Pengaturan' })).toBeVisible();
    await expect(page.getByLabel('Bahasa', { exact: true })).toHaveValue('id');

    // And back to English.
    await page.getByLabel('Bahasa', { exact: true }).selectOption({ label: 'English' });
    await expect(nav(page).getByRole('link', { name: 'Settings' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test.describe('browser language id-ID', () => {
    test.use({ locale: 'id-ID' });
    test('starts in Indonesian', async ({ page }) => {
      await openApp(page, '/journal');
      await expect(page.locator('html')).toHaveAttribute('lang', 'id');
      await expect(nav(page, 'Navigasi utama').getByRole('link', { name: 'Jurnal' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Jurnal Anda masih kosong' })).toBeVisible();
    });
  });

  test.describe('browser language en-US', () => {
    test.use({ locale: 'en-US' });
    test('starts in English', async ({ page }) => {
      await openApp(page, '/journal');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(nav(page).getByRole('link', { name: 'Journal' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
    });
  });
});

test('dark theme is applied and persists after a reload', async ({ page }) => {
  await useLanguage(page, 'en');
  await openApp(page, '/settings');
  const theme = page.getByLabel('Theme');
  await expect(theme).toHaveValue('system');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await theme.selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg, 'the page background changes').not.toBe(lightBg);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');

  await page.getByLabel('Theme').selectOption({ label: 'Light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test.describe('navigation', () => {
  test.beforeEach(async ({ page }) => {
    await useLanguage(page, 'en');
  });

  test('phone: a tab bar at the bottom of the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, '/journal');
    const box = await nav(page).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y, 'nav top edge').toBeGreaterThan(700);
    expect(box!.y + box!.height, 'nav bottom edge').toBeLessThanOrEqual(844 + 1);
    expect(box!.width).toBeGreaterThan(380);
    // Every tab fits on screen and can be tapped; the sections without a tab are under More.
    for (const name of ['Today', 'Journal', 'Goals', 'Mentoring', 'More']) {
      const link = nav(page).getByRole('link', { name });
      await expect(link).toBeInViewport();
      const lb = (await link.boundingBox())!;
      expect(lb.height, `${name} tap target height`).toBeGreaterThanOrEqual(44);
    }
    await expect(nav(page).getByRole('link', { name: 'Settings' })).toBeHidden();
    await nav(page).getByRole('link', { name: 'More' }).click();
    await expect(nav(page).getByRole('link', { name: 'More' })).toHaveAttribute('aria-current', 'page');
    for (const name of ['Competencies', 'Assignments', 'Learning', 'Mentees', 'Data', 'Settings']) {
      await expect(page.getByRole('main').getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
    }
    // Still at the bottom after scrolling a long page.
    await page.getByRole('main').getByRole('link', { name: /^Settings/ }).click();
    await expect(nav(page).getByRole('link', { name: 'More' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.mouse.wheel(0, 2000);
    await expect(nav(page).getByRole('link', { name: 'More' })).toBeInViewport();
  });

  test('desktop: a side bar on the left, full height', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, '/journal');
    const box = (await nav(page).boundingBox())!;
    expect(box.x, 'nav left edge').toBeLessThan(50);
    expect(box.y, 'nav top edge').toBeLessThan(5);
    expect(Math.abs(box.height - 800), 'nav height vs viewport').toBeLessThan(5);
    expect(box.width).toBeLessThan(400);
  });

  test('links have names and mark the current page', async ({ page }) => {
    await openApp(page, '/journal');
    // Every working module has a named link, and only one is current.
    for (const name of ['Today', 'Journal', 'Learning', 'Data', 'Settings']) {
      await expect(nav(page).getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(nav(page).locator('[aria-current="page"]')).toHaveCount(1);
    const journal = nav(page).getByRole('link', { name: 'Journal' });
    const data = nav(page).getByRole('link', { name: 'Data' });
    const settings = nav(page).getByRole('link', { name: 'Settings' });
    await expect(journal).toHaveAttribute('aria-current', 'page');
    await expect(data).not.toHaveAttribute('aria-current', /.*/);
    await expect(settings).not.toHaveAttribute('aria-current', /.*/);

    await data.click();
    await expect(page).toHaveURL(/\/data$/);
    await expect(data).toHaveAttribute('aria-current', 'page');
    await expect(journal).not.toHaveAttribute('aria-current', /.*/);

    await settings.click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(settings).toHaveAttribute('aria-current', 'page');

    // The editor belongs to the Journal.
    await journal.click();
    await page.getByRole('button', { name: 'New entry', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Edit entry' })).toBeVisible();
    await expect(journal).toHaveAttribute('aria-current', 'page');
  });

  // An old bookmark or a typo must not break the app: it says so and leads back home.
  test('unknown routes show a not-found page that leads to the Journal', async ({ page }) => {
    await useLanguage(page, 'en');
    for (const route of ['/does-not-exist', '/journal/x/y']) {
      await openApp(page, route);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    }
    await page.getByRole('link', { name: 'Back to journal' }).click();
    await expect(page).toHaveURL(/\/journal$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  });
});

test('Data screen shows where the data lives and how much is used', async ({ page }) => {
  await useLanguage(page, 'en');
  await openApp(page, '/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data and storage' })).toBeVisible();
  await expect(page.getByText('IndexedDB (on this device)')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText(
    /Used\s*\d+(\.\d)? (B|KB|MB|GB) \/ \d+(\.\d)? (B|KB|MB|GB|TB) \(Quota\)/,
  );
  await expect(main).toContainText('0 entries');
});

test('CSP is set and a normal journey has no console errors or CSP violations', async ({ page }) => {
  const problems = watchForProblems(page);
  const violations = await watchForCspViolations(page);
  await useLanguage(page, 'en');

  await openApp(page, '/journal');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  // Inline code only by hash: the first paint's script and stylesheet (scripts/split.mjs), each
  // allowed by the hash of exactly what the page holds.
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'( 'wasm-unsafe-eval')?;/);
  expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
  const inline = await page.evaluate(() => ({
    script: [...document.querySelectorAll('script:not([src])')].map((e) => e.textContent ?? ''),
    style: [...document.querySelectorAll('style')].map((e) => e.textContent ?? ''),
  }));
  expect(inline.script).toHaveLength(1);
  expect(inline.style).toHaveLength(1);
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  expect(csp).toContain(`script-src 'self' ${hash(inline.script[0])}`);
  expect(csp).toContain(`style-src 'self' ${hash(inline.style[0])}`);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);

  // A normal journey: write an entry with Markdown, preview it, search, look at every screen.
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await fillEntry(page, {
    title: 'Perjalanan biasa',
    date: '2026-07-01',
    kind: 'achievement',
    tags: 'csp, uji',
    hours: '2',
    body: '# Judul\n\n**Tebal**, _miring_, `kode`, [tautan](https://example.org) dan ![gambar](https://example.org/x.png)\n\n- [x] tugas\n\n| a | b |\n|---|---|\n| 1 | 2 |',
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: 'tautan' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(entryCard(page, 'Perjalanan biasa')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('tebal');
  await expect(entryCard(page, 'Perjalanan biasa')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Data' }).click();
  await expect(page.getByText('IndexedDB (on this device)')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('Theme').selectOption('light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
  await expect(entryCard(page, 'Perjalanan biasa')).toBeVisible();
  await page.waitForTimeout(300);

  expect(violations, 'CSP violations').toEqual([]);
  // No exceptions: the favicon 404 seen before public/icon.svg existed counts as a failure too.
  expect(problems, 'console errors').toEqual([]);
});

/** Data -> "Delete all data" -> type DELETE -> confirm. */
async function deleteAllData(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Data' }).click();
  await page.getByRole('button', { name: 'Delete all data' }).click();
  const confirm = page.getByRole('button', { name: 'Delete all data' });
  const word = page.getByLabel('Type DELETE to confirm');
  await expect(confirm).toBeDisabled();
  await word.fill('delete');
  await expect(confirm).toBeDisabled();
  await word.fill('DELETE');
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(page.getByText('All data was deleted from this device.')).toBeVisible();
}

test('Delete all data empties the journal', async ({ page }) => {
  await useLanguage(page, 'en');
  await openApp(page, '/journal');
  await createEntry(page, { title: 'Akan dihapus semua', date: '2026-08-01' });
  await createEntry(page, { title: 'Juga akan dihapus', date: '2026-08-02' });
  await page.getByRole('navigation').getByRole('link', { name: 'Data' }).click();
  await expect(page.getByRole('main')).toContainText('2 entries');

  await deleteAllData(page);
  await expect(page.getByRole('main')).toContainText('0 entries');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
  await expect(entryCard(page, 'Akan dihapus semua')).toHaveCount(0);

  // The app still works afterwards.
  await createEntry(page, { title: 'Mulai lagi', date: '2026-08-03' });
  await page.reload();
  await expect(entryCard(page, 'Mulai lagi')).toBeVisible();
});

// "Delete all data" removes every entry *and setting*: the theme goes back to the system's.
test('Delete all data also resets the settings', async ({ page }) => {
  await useLanguage(page, 'en');
  await openApp(page, '/settings');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await deleteAllData(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
});

// Before the app runs there is only index.html: while the WebAssembly downloads (seconds on a
// slow connection) it says so, and a start that fails (an old browser, a broken download) says
// what to do instead of leaving a blank page. No service worker here: it would fetch and cache
// the app behind the test's back.
test.describe('start-up screens', () => {
  test.use({ serviceWorkers: 'block' });
  const WASM = '**/*_bg.wasm';

  for (const width of [390, 1280]) {
    // (At / a device that never ran Jejak sees its first Today instead: first-visit.spec.ts.)
    test(`"Loading Jejak…" shows while the app downloads and goes once it runs, ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      let release = () => {};
      const downloaded = new Promise<void>((r) => (release = r));
      await page.route(WASM, async (route) => {
        await downloaded;
        await route.continue();
      });
      await page.goto('/journal');
      const splash = page.getByRole('status').filter({ hasText: 'Memuat Jejak… · Loading Jejak…' });
      await expect(splash).toBeVisible();
      await expectNoA11yViolations(page);
      await screenshot(page, `boot-loading-${width}`);
      release();
      await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
      await expect(splash).toHaveCount(0);
      await expect(page.locator('#boot-failed')).toHaveCount(0);
    });

    test(`the loading screen already has the theme chosen in the app, ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await openApp(page, '/settings');
      await page.getByLabel('Theme').selectOption('dark');
      let release = () => {};
      const downloaded = new Promise<void>((r) => (release = r));
      await page.route(WASM, async (route) => {
        await downloaded;
        await route.continue();
      });
      await page.reload();
      await expect(page.getByRole('status').filter({ hasText: 'Loading Jejak…' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(15, 20, 25)');
      await expectNoA11yViolations(page);
      await screenshot(page, `boot-loading-dark-${width}`);
      release();
      await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
    });

    test(`a start that fails says so in both languages and offers a reload, ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      await page.route(WASM, (route) =>
        route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not a WebAssembly module' }),
      );
      await page.goto('/journal');
      await expect(page.locator('html')).toHaveAttribute('data-boot', 'failed');
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: 'Jejak tidak dapat dimulai' })).toBeVisible();
      await expect(alert.getByRole('heading', { name: 'Jejak could not start' })).toBeVisible();
      await expect(alert).toContainText('Data already stored on this device is not affected.');
      await expect(page.getByRole('status')).toHaveCount(0);
      await expectNoA11yViolations(page);
      await screenshot(page, `boot-failed-${width}`);

      await page.unroute(WASM);
      await alert.getByRole('button', { name: 'Muat ulang · Reload' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
      await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'could not start' })).toHaveCount(0);
    });
  }
});
