// What a person does while a large journal is still loading (on a slow phone that takes a
// second or more) must wait for it: a setting changed, a file opened or a backup made in that
// moment works on the whole stored journal, never on the empty one the screen starts with.
// The load is held deterministically: an init script keeps the answers of the start-up reads of
// the `records` store until the test releases them.
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openApp,
  dumpStore,
  downloadVia,
  chooseImportFile,
  watchForProblems,
  createEntry,
  entryCard,
} from './helpers';

const SETTINGS_ID = '00000000-0000-4000-8000-000000000001';
const MENTEE_ID = '7b1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f';
const GOAL_ID = '7b1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e01';
const ENTRY_ID = '7b1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e02';
const HOLD_FLAG = 'e2e:hold-load';

function backupWithSettings(): string {
  const rev = (n: number) => `${String(1_780_000_000_000 + n).padStart(13, '0')}-000000-phone`;
  const created = '2026-05-01T08:00:00.000Z';
  const records = [
    {
      id: SETTINGS_ID, kind: 'setting', created, rev: rev(1),
      language: 'en', theme: 'light', jp_target: 40, display_name: 'Andi', mentee_id: MENTEE_ID,
    },
    {
      id: GOAL_ID, kind: 'goal', created, rev: rev(2),
      title: 'Lead the regional data project', status: 'active', category: 'role', activated: '2026-05-01',
    },
    {
      id: ENTRY_ID, kind: 'entry', created, rev: rev(3), date: '2026-07-01',
      entry_kind: 'reflection', title: 'What the audit taught me', body: 'Ask for the data early.',
    },
  ];
  return JSON.stringify({
    format: 'jejak-backup', version: 1, app_version: '0.1.0',
    exported_at: '2026-09-01T00:00:00.000Z', device: 'phone', records,
  });
}

/**
 * While localStorage says so (`openHeld`), every page of `context` keeps the answers of its
 * reads of the `records` store until `releaseLoad`.
 */
async function holdLoadWhenAsked(context: BrowserContext): Promise<void> {
  await context.addInitScript((flag) => {
    if (localStorage.getItem(flag) !== '1') return;
    const w = window as unknown as { __heldReads: number; __releaseLoad: () => void };
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    w.__heldReads = 0;
    w.__releaseLoad = () => {
      localStorage.removeItem(flag);
      release();
    };
    const getAll = IDBObjectStore.prototype.getAll;
    const onsuccess = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess')!;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      const request = getAll.apply(this, args);
      if (this.name !== 'records') return request;
      w.__heldReads += 1;
      Object.defineProperty(request, 'onsuccess', {
        configurable: true,
        get: () => onsuccess.get!.call(request),
        set: (handler: ((ev: Event) => void) | null) =>
          onsuccess.set!.call(request, handler && ((ev: Event) => void held.then(() => handler.call(request, ev)))),
      });
      return request;
    };
  }, HOLD_FLAG);
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const use = test.info().project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL, locale: 'en-US', timezoneId: 'UTC', acceptDownloads: true,
    viewport: { width: 390, height: 844 },
  });
  await holdLoadWhenAsked(context);
  return context;
}

/** Loads `route` with the start-up read of the records held until `releaseLoad`. */
async function openHeld(page: Page, route: string): Promise<void> {
  await page.evaluate((flag) => localStorage.setItem(flag, '1'), HOLD_FLAG);
  await openApp(page, route);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __heldReads: number }).__heldReads)).toBeGreaterThan(0);
}

async function releaseLoad(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __releaseLoad: () => void }).__releaseLoad());
}

function storedSettings(page: Page) {
  return dumpStore(page).then((d) => {
    const r = d.records.find((x) => x.id === SETTINGS_ID);
    return r ? JSON.parse(r.json) : null;
  });
}

test('changing settings, opening a file, backing up and the undo button all wait for the journal to load', async ({ browser }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jejak-loading-'));
  const context = await newContext(browser);
  const page = await context.newPage();
  const problems = watchForProblems(page);

  // A journal with stored settings, and a share file this person made.
  await openApp(page, '/data');
  const backup = path.join(dir, 'backup.json');
  fs.writeFileSync(backup, backupWithSettings());
  await chooseImportFile(page, backup);
  await page.getByRole('button', { name: 'Import now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import finished' })).toBeVisible();
  await page.goto('/share');
  await expect(page.getByLabel('Your name')).toHaveValue('Andi');
  const share = await downloadVia(page, 'Save share file', dir);
  expect(JSON.parse(share.bytes.toString()).mentee_id).toBe(MENTEE_ID);

  const storedDeviceName = () =>
    dumpStore(page).then((d) => d.meta.find(([k]) => k === 'device_name')?.[1]);
  await page.goto('/settings');
  await page.locator('#setting-device').fill('Phone');
  await page.locator('#setting-device').press('Tab');
  await expect.poll(storedDeviceName).toBe('Phone');

  // Settings changed before the stored ones arrived: the change is kept, the rest of the stored
  // settings (name, mentee id, JP target) too, and the device name typed is not replaced by the
  // stored one.
  await openHeld(page, '/settings');
  await page.locator('#setting-language').selectOption('id');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.locator('#setting-theme').selectOption('dark');
  await page.locator('#setting-device').fill('Office laptop');
  await page.locator('#setting-device').press('Tab');
  await releaseLoad(page);
  await expect.poll(() => storedSettings(page)).toMatchObject({
    language: 'id', theme: 'dark', jp_target: 40, display_name: 'Andi', mentee_id: MENTEE_ID,
  });
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#setting-device')).toHaveValue('Office laptop');
  await expect.poll(storedDeviceName).toBe('Office laptop');
  await page.locator('#setting-language').selectOption('en');
  await expect.poll(() => storedSettings(page).then((s) => s?.language)).toBe('en');

  // The Growth and Share screens say they are loading instead of showing an empty journal.
  await openHeld(page, '/growth');
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Learning hours (JP)' })).toHaveCount(0);
  await releaseLoad(page);
  await expect(page.getByRole('heading', { name: 'Learning hours (JP)' })).toBeVisible();
  await openHeld(page, '/share');
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveCount(0);
  await releaseLoad(page);
  await expect(page.getByLabel('Your name')).toHaveValue('Andi');
  await expect(page.getByRole('button', { name: 'Save share file' })).toBeEnabled();

  // A share file opened before the load ended is still recognised as this person's own.
  await openHeld(page, '/mentees');
  await page.getByLabel('Choose a file', { exact: true }).setInputFiles(share.file);
  // Read and checked meanwhile (issue 18), then held: the progress stays up until the load ends.
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  await releaseLoad(page);
  await expect(page.getByTestId('import-error')).toHaveText(/a share file you made yourself/);
  await expect(page.getByRole('heading', { name: 'No files from mentees yet' })).toBeVisible();

  // A backup asked for before the load ended holds the whole journal.
  const before = await dumpStore(page);
  await openHeld(page, '/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('button', { name: 'Download backup' }).click();
      await releaseLoad(page);
    })(),
  ]);
  const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(saved.records.map((r: { id: string }) => r.id).sort()).toEqual(
    before.records.map((r) => r.id).sort(),
  );
  // The Data screen opened by a reload still offers to undo the import made at the start.
  await expect(page.getByRole('button', { name: 'Undo the last import' })).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();
});

test('an entry another tab writes while this tab is loading shows up here too', async ({ browser }) => {
  const context = await newContext(browser);
  const writer = await context.newPage();
  const problems = watchForProblems(writer);
  await createEntry(writer, { title: 'Written before', date: '2026-03-01' });

  const reader = await context.newPage();
  const readerProblems = watchForProblems(reader);
  await writer.evaluate((flag) => localStorage.setItem(flag, '1'), HOLD_FLAG);
  await openApp(reader, '/journal');
  await expect.poll(() => reader.evaluate(() => (window as unknown as { __heldReads: number }).__heldReads)).toBeGreaterThan(0);
  await expect(reader.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();

  // Written and stored after the reader's read of the store, before its load ends.
  await createEntry(writer, { title: 'Written during the load', date: '2026-03-02' });
  await expect
    .poll(() => dumpStore(writer).then((d) => d.records.some((r) => r.json.includes('Written during the load'))))
    .toBe(true);
  await releaseLoad(reader);
  await expect(entryCard(reader, 'Written before')).toBeVisible();
  await expect(entryCard(reader, 'Written during the load')).toBeVisible();
  expect(problems).toEqual([]);
  expect(readerProblems).toEqual([]);
  await context.close();
});
