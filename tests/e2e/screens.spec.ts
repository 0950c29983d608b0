// Screens that load lazily (issue 17): every screen but Today is its own part of the app,
// fetched the first time it is opened. Each is opened from a cold start (a fresh browser profile:
// nothing cached, no service worker yet) by its address and through the navigation, in both
// languages; a screen whose part cannot be downloaded says so and opens on "Try again"; and a
// first visit to Today fetches no other screen's code or styles.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { openApp, useLanguage, watchForProblems, type LangCode } from './helpers';

type Texts = Record<LangCode, string>;

/** Every route of a lazy screen (src/app.rs), its main heading, and its navigation link. */
const SCREENS: { route: string; heading: Texts; nav: Texts }[] = [
  { route: '/journal', heading: { id: 'Jurnal', en: 'Journal' }, nav: { id: 'Jurnal', en: 'Journal' } },
  { route: '/goals', heading: { id: 'Tujuan', en: 'Goals' }, nav: { id: 'Tujuan', en: 'Goals' } },
  {
    route: '/plan',
    heading: { id: 'Rencana pengembangan', en: 'Development plan' },
    nav: { id: 'Tujuan', en: 'Goals' },
  },
  { route: '/people', heading: { id: 'Mentoring', en: 'Mentoring' }, nav: { id: 'Mentoring', en: 'Mentoring' } },
  {
    route: '/competencies',
    heading: { id: 'Kompetensi', en: 'Competencies' },
    nav: { id: 'Kompetensi', en: 'Competencies' },
  },
  {
    route: '/assignments',
    heading: { id: 'Penugasan', en: 'Assignments' },
    nav: { id: 'Penugasan', en: 'Assignments' },
  },
  {
    route: '/growth',
    heading: { id: 'Pengembangan kompetensi', en: 'Competency development' },
    nav: { id: 'Belajar', en: 'Learning' },
  },
  { route: '/mentees', heading: { id: 'Mentee', en: 'Mentees' }, nav: { id: 'Mentee', en: 'Mentees' } },
  {
    route: '/share',
    heading: { id: 'Bagikan ke mentor', en: 'Share with my mentor' },
    nav: { id: 'Data', en: 'Data' },
  },
  {
    route: '/data',
    heading: { id: 'Data dan penyimpanan', en: 'Data and storage' },
    nav: { id: 'Data', en: 'Data' },
  },
  { route: '/settings', heading: { id: 'Pengaturan', en: 'Settings' }, nav: { id: 'Pengaturan', en: 'Settings' } },
];

/** Detail screens, opened by an address whose record does not exist: their own "not found". */
const DETAILS: { route: string; text: Texts }[] = [
  { route: '/journal/none', text: { id: 'Entri ini tidak ditemukan.', en: 'This entry was not found.' } },
  { route: '/goals/none', text: { id: 'Tujuan ini tidak ditemukan.', en: 'This goal was not found.' } },
  { route: '/people/none', text: { id: 'Orang ini tidak ditemukan.', en: 'This person was not found.' } },
  { route: '/sessions/none', text: { id: 'Sesi ini tidak ditemukan.', en: 'This session was not found.' } },
  {
    route: '/assignments/none',
    text: { id: 'Penugasan ini tidak ditemukan.', en: 'This assignment was not found.' },
  },
  {
    route: '/competencies/assessment/none',
    text: { id: 'Penilaian ini tidak ditemukan.', en: 'This assessment was not found.' },
  },
  {
    route: '/competencies/framework/none',
    text: { id: 'Kerangka ini tidak ditemukan.', en: 'This framework was not found.' },
  },
  { route: '/mentees/none', text: { id: 'File berbagi tidak ditemukan', en: 'Share file not found' } },
];

/** The Data screen's link to the share screen. */
const SHARE_LINK: Texts = { id: 'Pilih yang dibagikan', en: 'Choose what to share' };
const NOT_FOUND: Texts = { id: 'Halaman tidak ditemukan', en: 'Page not found' };
const MAIN_NAV: Texts = { id: 'Navigasi utama', en: 'Main navigation' };

/** A page in a fresh context: an empty HTTP cache and no service worker, as on a first visit. */
async function coldPage(browser: Browser, baseURL: string, lang: LangCode) {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC', serviceWorkers: 'block' });
  const page = await context.newPage();
  await useLanguage(page, lang);
  return { context, page, problems: watchForProblems(page) };
}

/** The wasm, css and js files a page requested, by name. */
function requestedFiles(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop()!;
    if (/\.(wasm|css|js)$/.test(name)) files.push(name);
  });
  return files;
}

for (const lang of ['id', 'en'] as const) {
  test.describe(`lazy screens (${lang})`, () => {
    test('each opens from a cold start by its address', async ({ browser, baseURL }) => {
      test.setTimeout(120_000);
      for (const { route, heading } of SCREENS) {
        const { context, page, problems } = await coldPage(browser, baseURL!, lang);
        await openApp(page, route);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('main').getByRole('heading', { level: 1, name: heading[lang], exact: true })).toBeVisible();
        await expect(page.getByText(NOT_FOUND[lang])).toHaveCount(0);
        expect(problems, route).toEqual([]);
        await context.close();
      }
      for (const { route, text } of DETAILS) {
        const { context, page, problems } = await coldPage(browser, baseURL!, lang);
        await openApp(page, route);
        await expect(page.getByRole('main').getByText(text[lang])).toBeVisible();
        await expect(page.getByText(NOT_FOUND[lang])).toHaveCount(0);
        expect(problems, route).toEqual([]);
        await context.close();
      }
    });

    test('each opens from a cold start of Today through the navigation', async ({ browser, baseURL }) => {
      test.setTimeout(60_000);
      const { context, page, problems } = await coldPage(browser, baseURL!, lang);
      await openApp(page, '/');
      const nav = page.getByRole('navigation', { name: MAIN_NAV[lang] });
      for (const { route, heading, nav: link } of SCREENS) {
        if (route === '/plan' || route === '/share') continue; // reached from Goals and Data below
        await nav.getByRole('link', { name: link[lang], exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`${route}$`));
        await expect(page.getByRole('main').getByRole('heading', { level: 1, name: heading[lang], exact: true })).toBeVisible();
      }
      // The plan and the share screen are one link inside their sections.
      await nav.getByRole('link', { name: SCREENS[1].nav[lang], exact: true }).click();
      await page.getByRole('main').getByRole('link', { name: SCREENS[2].heading[lang] }).first().click();
      await expect(page.getByRole('main').getByRole('heading', { level: 1, name: SCREENS[2].heading[lang] })).toBeVisible();
      await nav.getByRole('link', { name: 'Data', exact: true }).click();
      await page.getByRole('main').getByRole('link', { name: SHARE_LINK[lang] }).click();
      await expect(page.getByRole('main').getByRole('heading', { level: 1, name: SCREENS[8].heading[lang] })).toBeVisible();
      expect(problems).toEqual([]);
      await context.close();
    });
  });
}

test('a first visit to Today fetches no other screen: no screen part, no screens stylesheet', async ({
  browser,
  baseURL,
}) => {
  const { context, page, problems } = await coldPage(browser, baseURL!, 'en');
  const files = requestedFiles(page);
  await openApp(page, '/');
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(files.filter((f) => /^split_/.test(f) || /^screens-/.test(f) || /^chunk_/.test(f))).toEqual([]);
  expect(files.some((f) => /^jejak-[0-9a-f]{16}_bg\.wasm$/.test(f))).toBe(true);

  // The first other screen brings its own part and the screens' stylesheet.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  expect(files.filter((f) => /^split_goal_screens-[0-9a-f]{16}\.wasm$/.test(f))).toHaveLength(1);
  expect(files.filter((f) => /^screens-[0-9a-f]{16}\.css$/.test(f))).toHaveLength(1);
  expect(problems).toEqual([]);
  await context.close();
});

test('a screen whose part cannot be downloaded says so, and opens on "Try again"', async ({ browser, baseURL }) => {
  const { context, page } = await coldPage(browser, baseURL!, 'en');
  await openApp(page, '/');
  // The connection drops before Goals was ever opened.
  await page.route(/\/split_goal_screens-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Goals', exact: true }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'This screen could not be opened' })).toBeVisible();
  await expect(main).toContainText('Your data is safe.');
  await expect(main.getByRole('heading', { level: 1, name: 'Goals' })).toHaveCount(0);

  // Still offline: trying again says the same, and the rest of the app keeps working.
  await main.getByRole('button', { name: 'Try again' }).click();
  await expect(main.getByRole('heading', { name: 'This screen could not be opened' })).toBeVisible();
  await nav.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // Back online: "Try again" opens the screen.
  await nav.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(main.getByRole('heading', { name: 'This screen could not be opened' })).toBeVisible();
  await page.unroute(/\/split_goal_screens-[0-9a-f]{16}\.wasm$/);
  await main.getByRole('button', { name: 'Try again' }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'This screen could not be opened' })).toHaveCount(0);
  await context.close();
});
