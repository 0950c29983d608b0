// Files between devices (issue 3): backup and import with a preview, merge across two devices,
// deletes that sync, conflicts, undo of an import, encrypted backups (and the README's recipe to
// decrypt them without Jejak), readable Markdown/CSV exports and "days since the last backup".
//
// Each "device" is its own browser context, so it has its own IndexedDB, exactly like a phone and
// a laptop. Files move between them the way a person moves them: a real download, then the file
// picker on the other device. Bad input has its own file: files-bad.spec.ts.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  openApp,
  useLanguage,
  createEntry,
  fillEntry,
  entryCard,
  dumpStore,
  setMeta,
  openDataScreen,
  openJournal,
  downloadVia,
  chooseImportFile,
  previewCount,
  watchForProblems,
  expectNoA11yViolations,
  type LangCode,
  type EntryInput,
  type StoreDump,
} from './helpers';

test.describe.configure({ mode: 'parallel' });

// ---------------------------------------------------------------------------------------------
// Devices, files and the import preview
// ---------------------------------------------------------------------------------------------

interface Device {
  name: string;
  page: Page;
  problems: string[];
}

/** A fresh device: its own browser context (own IndexedDB and localStorage), app open. */
async function newDevice(browser: Browser, name: string, lang: LangCode = 'en'): Promise<Device> {
  const use = test.info().project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await useLanguage(page, lang);
  await openApp(page, '/journal');
  return { name, page, problems };
}

async function closeDevices(...devices: Device[]): Promise<void> {
  for (const d of devices) await d.page.context().close();
}

/** The test's own folder for downloaded and generated files. */
function filesDir(): string {
  const dir = test.info().outputPath('files');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Today's date as the app writes it in file names (the contexts run in UTC). */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Data screen -> "Download backup"; returns the saved file. */
async function downloadBackup(d: Device, dir: string) {
  await openDataScreen(d.page);
  const file = await downloadVia(d.page, 'Download backup', dir, `${d.name}-`);
  await expect(d.page.getByTestId('backup-since')).toHaveText('Last backup: today.');
  return file;
}

type CountKey = 'New' | 'Updated' | 'Unchanged' | 'Conflicts' | 'Deleted' | 'Invalid';

/** Every row of the preview's counts table (rows not given must be 0). */
async function expectPreviewCounts(page: Page, counts: Partial<Record<CountKey, number>>) {
  await expect(page.getByRole('heading', { name: 'Import preview' })).toBeVisible();
  const labels: Record<CountKey, string> = {
    New: 'New',
    Updated: 'Updated',
    Unchanged: 'Unchanged',
    Conflicts: 'Conflicts',
    Deleted: 'Deleted',
    Invalid: 'Invalid (skipped)',
  };
  for (const key of Object.keys(labels) as CountKey[]) {
    const row = page.getByTestId(`count-Preview${key}`);
    await expect(row.getByRole('rowheader')).toHaveText(labels[key]);
    await expect(previewCount(page, `Preview${key}`), `preview count ${key}`).toHaveText(
      String(counts[key] ?? 0),
    );
  }
}

/** Pick `file` on the Data screen and check the preview's counts. */
async function previewImport(d: Device, file: string, counts: Partial<Record<CountKey, number>>) {
  await openDataScreen(d.page);
  await chooseImportFile(d.page, file);
  await expectPreviewCounts(d.page, counts);
}

/** "Import now" and wait for "Import finished. (n)". */
async function confirmImport(d: Device, written: number) {
  await d.page.getByRole('button', { name: 'Import now' }).click();
  await expect(d.page.getByRole('status').filter({ hasText: 'Import finished.' })).toHaveText(
    `Import finished. (${written})`,
  );
  await expect(d.page.getByRole('heading', { name: 'Import preview' })).toHaveCount(0);
}

/** The titles listed under one heading of the preview ("New", "Updated", "Deleted"). */
function previewList(page: Page, heading: 'New' | 'Updated' | 'Deleted') {
  return page
    .locator('.preview h4', { hasText: new RegExp(`^${heading}$`) })
    .locator('xpath=following-sibling::ul[1]')
    .getByRole('listitem');
}

/** Open an entry from the Journal, change its title, close the editor. */
async function retitle(d: Device, from: string, to: string) {
  await openJournal(d.page);
  await entryCard(d.page, from).getByRole('link').click();
  await expect(d.page.getByRole('heading', { name: 'Edit entry' })).toBeVisible();
  await fillEntry(d.page, { title: to });
  await d.page.keyboard.press('Escape');
  await expect(entryCard(d.page, to)).toBeVisible();
}

async function deleteEntry(d: Device, title: string) {
  await openJournal(d.page);
  await entryCard(d.page, title).getByRole('link').click();
  await d.page.getByRole('main').getByRole('button', { name: 'Delete' }).click();
  await expect(d.page.getByText('Entry deleted.')).toBeVisible();
  await expect(entryCard(d.page, title)).toHaveCount(0);
}

/** What a person sees of every entry on the Journal: each card's text, sorted. */
async function journalCards(d: Device): Promise<string[]> {
  await openJournal(d.page);
  const cards = d.page.getByRole('main').locator('li.entry-card:not(.draft)');
  // Cards use content-visibility: auto, so their text reads as empty until the first frame
  // has laid them out; wait for that frame rather than reading a skipped card.
  const texts = async () => (await cards.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).sort();
  await expect.poll(async () => (await texts()).every((t) => t !== '')).toBe(true);
  return texts();
}

interface EntryFacts {
  title: string;
  date: string;
  tags: string[];
  body: string;
}

/** (title, date, tags, body) of every live entry, read from the stored records, sorted. */
function entryFacts(dump: StoreDump): EntryFacts[] {
  return dump.records
    .map((r) => JSON.parse(r.json) as Record<string, unknown>)
    .filter((r) => r.kind === 'entry' && !r.deleted)
    .map((r) => ({
      title: String(r.title ?? ''),
      date: String(r.date ?? ''),
      tags: (r.tags as string[] | undefined) ?? [],
      body: String(r.body ?? ''),
    }))
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

/** Both devices hold exactly the same records, byte for byte, and show the same Journal. */
async function expectSameData(a: Device, b: Device) {
  const [da, db] = [await dumpStore(a.page), await dumpStore(b.page)];
  expect(db.records, 'raw IndexedDB records of B equal those of A').toEqual(da.records);
  expect(entryFacts(db)).toEqual(entryFacts(da));
  expect(await journalCards(b)).toEqual(await journalCards(a));
}

const A_ENTRIES: EntryInput[] = [
  {
    title: 'Rapat koordinasi anggaran',
    date: '2026-03-02',
    kind: 'assignment_log',
    tags: 'rapat, anggaran',
    body: 'Dicatat di **laptop**.',
  },
  {
    title: 'Diklat kepemimpinan',
    date: '2026-02-10',
    kind: 'training',
    hours: '6',
    tags: 'diklat',
    body: 'Hari pertama: komunikasi.',
  },
];

const B_ENTRIES: EntryInput[] = [
  {
    title: 'Sesi mentoring dengan Bu Sari',
    date: '2026-03-05',
    kind: 'mentoring_note',
    tags: 'mentoring',
    body: 'Dicatat di ponsel.',
  },
  { title: 'Refleksi minggu ini', date: '2026-03-07', kind: 'reflection', body: 'Banyak belajar.' },
  { title: 'Bertemu tim IT provinsi', date: '2026-01-15', kind: 'networking', tags: 'jejaring' },
];

/**
 * Two devices with their own entries that have exchanged backups both ways (A -> B, then
 * B -> A), checking each preview on the way. Ends with identical data on both.
 */
async function syncedPair(browser: Browser, dir: string) {
  const a = await newDevice(browser, 'A');
  const b = await newDevice(browser, 'B');
  for (const e of A_ENTRIES) await createEntry(a.page, e);
  for (const e of B_ENTRIES) await createEntry(b.page, e);

  const fromA = await downloadBackup(a, dir);
  await previewImport(b, fromA.file, { New: A_ENTRIES.length });
  await confirmImport(b, A_ENTRIES.length);

  const fromB = await downloadBackup(b, dir);
  await previewImport(a, fromB.file, {
    New: B_ENTRIES.length,
    Unchanged: A_ENTRIES.length,
  });
  await confirmImport(a, B_ENTRIES.length);
  return { a, b };
}

// ---------------------------------------------------------------------------------------------
// 1. Two devices end with identical data
// ---------------------------------------------------------------------------------------------

test('two devices exchange backups and end with identical data', async ({ browser }) => {
  test.setTimeout(90_000);
  const dir = filesDir();
  const a = await newDevice(browser, 'A');
  const b = await newDevice(browser, 'B');
  for (const e of A_ENTRIES) await createEntry(a.page, e);
  for (const e of B_ENTRIES) await createEntry(b.page, e);

  // A makes a backup: a real download, named by today's date, holding A's records.
  const fromA = await downloadBackup(a, dir);
  expect(fromA.name).toBe(`jejak-backup-${todayUtc()}.json`);
  const fileA = JSON.parse(fromA.bytes.toString('utf8'));
  expect(fileA.format).toBe('jejak-backup');
  expect(fileA.version).toBe(1);
  expect(fileA.records.map((r: { title: string }) => r.title).sort()).toEqual(
    A_ENTRIES.map((e) => e.title).sort(),
  );
  // The file holds exactly what A stores.
  const storedA = (await dumpStore(a.page)).records.map((r) => JSON.parse(r.json));
  expect([...fileA.records].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(storedA);

  // B imports it: the preview names A's entries as new, nothing is stored before confirming.
  const bBefore = await dumpStore(b.page);
  await previewImport(b, fromA.file, { New: 2 });
  await expect(previewList(b.page, 'New')).toHaveText([
    /^(Rapat koordinasi anggaran · 2 March 2026|Diklat kepemimpinan · 10 February 2026)$/,
    /^(Rapat koordinasi anggaran · 2 March 2026|Diklat kepemimpinan · 10 February 2026)$/,
  ]);
  expect(await dumpStore(b.page)).toEqual(bBefore);
  await confirmImport(b, 2);
  await openJournal(b.page);
  for (const e of [...A_ENTRIES, ...B_ENTRIES]) await expect(entryCard(b.page, e.title)).toBeVisible();
  await expect(entryCard(b.page, 'Diklat kepemimpinan')).toContainText('6 hours');
  await expect(entryCard(b.page, 'Rapat koordinasi anggaran')).toContainText('#anggaran');

  // B's backup back into A: B's three are new, A's own two unchanged.
  const fromB = await downloadBackup(b, dir);
  await previewImport(a, fromB.file, { New: 3, Unchanged: 2 });
  await confirmImport(a, 3);

  await expectSameData(a, b);
  expect((await dumpStore(a.page)).records).toHaveLength(5);

  // Importing the same file again changes nothing and says so.
  await previewImport(a, fromB.file, { Unchanged: 5 });
  await expect(
    a.page.getByRole('status').filter({ hasText: 'Nothing new in this file; your data is already the same.' }),
  ).toBeVisible();
  await expect(a.page.getByRole('button', { name: 'Import now' })).toHaveCount(0);
  await a.page.getByRole('button', { name: 'Cancel' }).click();

  // And it survives a reload on both.
  await a.page.reload();
  await b.page.reload();
  await expect(a.page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(b.page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expectSameData(a, b);
  expect(a.problems).toEqual([]);
  expect(b.problems).toEqual([]);
  await closeDevices(a, b);
});

// ---------------------------------------------------------------------------------------------
// 2. Deletes sync
// ---------------------------------------------------------------------------------------------

test('a delete on one device syncs to the other through a backup', async ({ browser }) => {
  test.setTimeout(90_000);
  const dir = filesDir();
  const { a, b } = await syncedPair(browser, dir);

  await deleteEntry(a, 'Sesi mentoring dengan Bu Sari');
  const fromA = await downloadBackup(a, dir);
  // The tombstone travels in the file.
  const rec = JSON.parse(fromA.bytes.toString('utf8')).records.find(
    (r: { title?: string }) => r.title === 'Sesi mentoring dengan Bu Sari',
  );
  expect(rec.deleted).toBe(true);

  await previewImport(b, fromA.file, { Deleted: 1, Unchanged: 4 });
  await expect(previewList(b.page, 'Deleted')).toHaveText([
    'Sesi mentoring dengan Bu Sari · 5 March 2026',
  ]);
  await confirmImport(b, 1);
  await openJournal(b.page);
  await expect(entryCard(b.page, 'Sesi mentoring dengan Bu Sari')).toHaveCount(0);
  await expect(entryCard(b.page, 'Refleksi minggu ini')).toBeVisible();
  await b.page.reload();
  await expect(b.page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(entryCard(b.page, 'Refleksi minggu ini')).toBeVisible();
  await expect(entryCard(b.page, 'Sesi mentoring dengan Bu Sari')).toHaveCount(0);

  await expectSameData(a, b);
  expect(a.problems).toEqual([]);
  expect(b.problems).toEqual([]);
  await closeDevices(a, b);
});

// ---------------------------------------------------------------------------------------------
// 3. Conflicts
// ---------------------------------------------------------------------------------------------

/** After a sync, B then A (later) change the title of the same entry; A makes a backup. */
async function conflictingEdits(browser: Browser, dir: string) {
  const { a, b } = await syncedPair(browser, dir);
  await retitle(b, 'Rapat koordinasi anggaran', 'Rapat anggaran (diubah di B)');
  await retitle(a, 'Rapat koordinasi anggaran', 'Rapat anggaran (diubah di A)');
  const fromA = await downloadBackup(a, dir);
  return { a, b, fromA };
}

/** The one conflict row of the preview. */
function conflictRow(page: Page) {
  return page.locator('ul.conflict-list').getByRole('listitem');
}

test('conflict: the newer edit wins by default, and the user sees which', async ({ browser }) => {
  test.setTimeout(120_000);
  const dir = filesDir();
  const { a, b, fromA } = await conflictingEdits(browser, dir);

  await previewImport(b, fromA.file, { Conflicts: 1, Unchanged: 4 });
  await expect(
    b.page.getByText(
      'These were changed on both devices since they last exchanged data. The newer version is used unless you keep this device\'s version.',
    ),
  ).toBeVisible();
  const row = conflictRow(b.page);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Rapat anggaran (diubah di B) · 2 March 2026');
  await expect(row).toContainText('the newer version: from the file');
  const keep = row.getByLabel("Keep this device's version", { exact: true });
  await expect(keep).not.toBeChecked();
  await expect(b.page.getByLabel("Keep this device's version for all")).not.toBeChecked();
  await expectNoA11yViolations(b.page);

  await confirmImport(b, 1);
  await openJournal(b.page);
  await expect(entryCard(b.page, 'Rapat anggaran (diubah di A)')).toBeVisible();
  await expect(entryCard(b.page, 'Rapat anggaran (diubah di B)')).toHaveCount(0);

  // B's backup into A: nothing to change there, and the two are identical.
  const fromB = await downloadBackup(b, dir);
  await previewImport(a, fromB.file, { Unchanged: 5 });
  await a.page.getByRole('button', { name: 'Cancel' }).click();
  await expectSameData(a, b);
  await closeDevices(a, b);
});

test("conflict: keeping this device's version wins here and on the other device", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dir = filesDir();
  const { a, b, fromA } = await conflictingEdits(browser, dir);

  await previewImport(b, fromA.file, { Conflicts: 1, Unchanged: 4 });
  const row = conflictRow(b.page);
  await expect(row).toContainText('the newer version: from the file');
  await row.getByLabel("Keep this device's version", { exact: true }).check();
  // With a single conflict, "for all" follows.
  await expect(b.page.getByLabel("Keep this device's version for all")).toBeChecked();
  await confirmImport(b, 1);
  await openJournal(b.page);
  await expect(entryCard(b.page, 'Rapat anggaran (diubah di B)')).toBeVisible();
  await expect(entryCard(b.page, 'Rapat anggaran (diubah di A)')).toHaveCount(0);

  // The kept version was re-stamped: in B's backup it beats A's edit on A, without a conflict.
  const fromB = await downloadBackup(b, dir);
  await previewImport(a, fromB.file, { Updated: 1, Unchanged: 4 });
  await expect(previewList(a.page, 'Updated')).toHaveText(['Rapat anggaran (diubah di B) · 2 March 2026']);
  await confirmImport(a, 1);
  await openJournal(a.page);
  await expect(entryCard(a.page, 'Rapat anggaran (diubah di B)')).toBeVisible();
  await expect(entryCard(a.page, 'Rapat anggaran (diubah di A)')).toHaveCount(0);
  await expectSameData(a, b);
  expect(a.problems).toEqual([]);
  expect(b.problems).toEqual([]);
  await closeDevices(a, b);
});

// Both sides changed the entry since they last exchanged data and this device's edit is newer:
// the preview still shows the conflict, so the user sees that the file's change will not be used.
test('conflict where this device has the newer edit: the preview still shows it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dir = filesDir();
  const { a, b } = await syncedPair(browser, dir);
  // A edits first and makes its backup; then B edits the same entry (newer).
  await retitle(a, 'Rapat koordinasi anggaran', 'Rapat anggaran (diubah di A)');
  const fromA = await downloadBackup(a, dir);
  await retitle(b, 'Rapat koordinasi anggaran', 'Rapat anggaran (diubah di B)');

  // Both sides changed the entry since they last exchanged data: the user must see that A's
  // change is about to be dropped, not "Nothing new in this file; your data is already the same."
  await previewImport(b, fromA.file, { Conflicts: 1, Unchanged: 4 });
  const row = conflictRow(b.page);
  await expect(row).toContainText('Rapat anggaran (diubah di B) · 2 March 2026');
  await expect(row).toContainText('the newer version: from this device');
  await closeDevices(a, b);
});

// Undo also puts back the time of the last exchange, so the same file is again a conflict.
test('conflict: after undoing an import, the same file shows the same conflict again', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dir = filesDir();
  const { a, b, fromA } = await conflictingEdits(browser, dir);

  await previewImport(b, fromA.file, { Conflicts: 1, Unchanged: 4 });
  await confirmImport(b, 1);
  await b.page.getByRole('button', { name: 'Undo the last import' }).click();
  await expect(b.page.getByText('The last import was undone.')).toBeVisible();
  await openJournal(b.page);
  await expect(entryCard(b.page, 'Rapat anggaran (diubah di B)')).toBeVisible();

  // Undo puts the data back as it was, so the same file must again be a conflict that the
  // user can resolve by keeping this device's version, not a silent overwrite.
  await previewImport(b, fromA.file, { Conflicts: 1, Unchanged: 4 });
  await conflictRow(b.page).getByLabel("Keep this device's version", { exact: true }).check();
  await confirmImport(b, 1);
  await openJournal(b.page);
  await expect(entryCard(b.page, 'Rapat anggaran (diubah di B)')).toBeVisible();
  await closeDevices(a, b);
});

// ---------------------------------------------------------------------------------------------
// 4. Undo an import
// ---------------------------------------------------------------------------------------------

test('undo the last import puts back exactly what was stored, also after a reload', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dir = filesDir();
  const { a, b } = await syncedPair(browser, dir);

  // A: one new, one edited, one deleted.
  await createEntry(a.page, { title: 'Entri baru dari A', date: '2026-03-10', tags: 'baru' });
  await retitle(a, 'Diklat kepemimpinan', 'Diklat kepemimpinan (hari kedua)');
  await deleteEntry(a, 'Bertemu tim IT provinsi');
  const fromA = await downloadBackup(a, dir);

  const before = await dumpStore(b.page);
  const cardsBefore = await journalCards(b);
  await previewImport(b, fromA.file, { New: 1, Updated: 1, Deleted: 1, Unchanged: 3 });
  await expect(previewList(b.page, 'New')).toHaveText(['Entri baru dari A · 10 March 2026']);
  await expect(previewList(b.page, 'Updated')).toHaveText([
    'Diklat kepemimpinan (hari kedua) · 10 February 2026',
  ]);
  await expect(previewList(b.page, 'Deleted')).toHaveText(['Bertemu tim IT provinsi · 15 January 2026']);
  await confirmImport(b, 3);
  const imported = await dumpStore(b.page);
  expect(imported.records).not.toEqual(before.records);
  await openJournal(b.page);
  await expect(entryCard(b.page, 'Entri baru dari A')).toBeVisible();

  // The undo button is still there after a reload.
  await b.page.reload();
  await expect(b.page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await openDataScreen(b.page);
  await b.page.getByRole('button', { name: 'Undo the last import' }).click();
  await expect(b.page.getByText('The last import was undone.')).toBeVisible();
  await expect(b.page.getByRole('button', { name: 'Undo the last import' })).toHaveCount(0);

  const after = await dumpStore(b.page);
  expect(after.records, 'records byte for byte as before the import').toEqual(before.records);
  expect(await journalCards(b)).toEqual(cardsBefore);

  await b.page.reload();
  await expect(b.page.locator('html')).toHaveAttribute('data-boot', 'ready');
  expect((await dumpStore(b.page)).records).toEqual(before.records);
  expect(await journalCards(b)).toEqual(cardsBefore);
  await expect(entryCard(b.page, 'Entri baru dari A')).toHaveCount(0);
  await expect(entryCard(b.page, 'Bertemu tim IT provinsi')).toBeVisible();
  await expect(entryCard(b.page, 'Diklat kepemimpinan')).toBeVisible();
  await openDataScreen(b.page);
  await expect(b.page.getByRole('button', { name: 'Undo the last import' })).toHaveCount(0);
  expect(b.problems).toEqual([]);
  await closeDevices(a, b);
});

// ---------------------------------------------------------------------------------------------
// 6. Encrypted backups
// ---------------------------------------------------------------------------------------------

const PASSPHRASE = 'Kopi tubruk di Yogya, 2026!';
const WRONG_PASSPHRASE = 'Kopi tubruk di Yogya, 2025!';
const WRONG_OR_DAMAGED =
  'Wrong passphrase, or the file is damaged or was altered. Nothing was changed.';

test('encrypted backup: passphrase twice, wrong or tampered refused, right one imports, README recipe decrypts it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dir = filesDir();
  const a = await newDevice(browser, 'A');
  for (const e of A_ENTRIES) await createEntry(a.page, e);
  await openDataScreen(a.page);

  const download = a.page.getByRole('button', { name: 'Download backup' });
  await a.page.getByLabel('Protect with a passphrase').check();
  await expect(
    a.page.getByText('The file is encrypted (AES-256). Without the passphrase nobody can read it'),
  ).toBeVisible();
  const pass1 = a.page.getByLabel('Passphrase', { exact: true });
  const pass2 = a.page.getByLabel('Repeat the passphrase', { exact: true });
  await expect(download).toBeDisabled();

  // Too short, then weak: the hint is announced with the field.
  await pass1.fill('kopi');
  await expect(a.page.getByText('The passphrase needs at least 8 characters.')).toBeVisible();
  await expect(pass1).toHaveAttribute('aria-invalid', 'true');
  await pass1.fill('kopikopi');
  await expect(pass1).toHaveAccessibleDescription(/Strength: weak — use a long sentence you can remember\./);
  await pass1.fill('Kopi tubruk!');
  await expect(a.page.getByText('Strength: strong.')).toBeVisible();
  await pass1.fill('kopi tubruk');
  await expect(a.page.getByText('Strength: fair.')).toBeVisible();

  // Mismatch: a message, and no download.
  await pass1.fill(PASSPHRASE);
  await expect(a.page.getByText('Strength: strong.')).toBeVisible();
  await pass2.fill(WRONG_PASSPHRASE);
  await expect(a.page.getByText('The two passphrases do not match.')).toBeVisible();
  await expect(pass2).toHaveAccessibleDescription('The two passphrases do not match.');
  await expect(download).toBeDisabled();
  await expectNoA11yViolations(a.page);
  await pass2.fill(PASSPHRASE);
  await expect(a.page.getByText('The two passphrases do not match.')).toHaveCount(0);
  await expect(download).toBeEnabled();

  const sealed = await downloadVia(a.page, 'Download backup', dir, 'A-');
  expect(sealed.name).toBe(`jejak-backup-${todayUtc()}.encrypted.json`);
  await expect(a.page.getByTestId('backup-since')).toHaveText('Last backup: today.');
  const wrapper = JSON.parse(sealed.bytes.toString('utf8'));
  expect(wrapper).toMatchObject({
    format: 'jejak-encrypted',
    version: 1,
    inner_format: 'jejak-backup',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000 },
    cipher: { name: 'AES-GCM' },
  });
  expect(Buffer.from(wrapper.kdf.salt, 'base64')).toHaveLength(16);
  expect(Buffer.from(wrapper.cipher.iv, 'base64')).toHaveLength(12);
  const text = sealed.bytes.toString('utf8');
  for (const e of A_ENTRIES) expect(text).not.toContain(e.title);
  expect(text).not.toContain(PASSPHRASE);
  // The passphrase is not kept anywhere on the device.
  const aStore = JSON.stringify(await dumpStore(a.page));
  expect(aStore).not.toContain(PASSPHRASE);
  expect(await a.page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(PASSPHRASE);

  // A tampered copy: one base64 character of the ciphertext changed.
  const tampered = structuredClone(wrapper);
  const i = Math.floor(tampered.ciphertext.length / 2);
  const c = tampered.ciphertext[i];
  tampered.ciphertext =
    tampered.ciphertext.slice(0, i) + (c === 'A' ? 'B' : 'A') + tampered.ciphertext.slice(i + 1);
  const tamperedFile = path.join(dir, 'tampered.encrypted.json');
  fs.writeFileSync(tamperedFile, JSON.stringify(tampered, null, 2));

  // B: its own entry, then the encrypted file.
  const b = await newDevice(browser, 'B');
  await createEntry(b.page, B_ENTRIES[0]);
  await openDataScreen(b.page);
  const before = await dumpStore(b.page);
  const ask = b.page.getByText('This file is encrypted. Enter its passphrase.');
  const importPass = b.page.getByLabel('Passphrase', { exact: true });
  const alert = b.page.getByRole('alert').filter({ hasText: WRONG_OR_DAMAGED });

  await chooseImportFile(b.page, sealed.file);
  await expect(ask).toBeVisible();
  await importPass.fill(WRONG_PASSPHRASE);
  await b.page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(alert).toHaveText(WRONG_OR_DAMAGED, { timeout: 15_000 });
  await expect(ask).toBeVisible(); // may try again
  await expectNoA11yViolations(b.page);
  await expect(b.page.getByRole('heading', { name: 'Import preview' })).toHaveCount(0);
  expect(await dumpStore(b.page)).toEqual(before);

  await chooseImportFile(b.page, tamperedFile);
  await expect(ask).toBeVisible();
  await expect(alert).toHaveCount(0);
  await importPass.fill(PASSPHRASE);
  await b.page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(alert).toHaveText(WRONG_OR_DAMAGED, { timeout: 15_000 });
  await expect(b.page.getByRole('heading', { name: 'Import preview' })).toHaveCount(0);
  expect(await dumpStore(b.page)).toEqual(before);

  await chooseImportFile(b.page, sealed.file);
  await expect(ask).toBeVisible();
  await importPass.fill(PASSPHRASE);
  await b.page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(b.page.getByRole('heading', { name: 'Import preview' })).toBeVisible({ timeout: 15_000 });
  await expectPreviewCounts(b.page, { New: 2 });
  expect(await dumpStore(b.page)).toEqual(before);
  await confirmImport(b, 2);
  await openJournal(b.page);
  for (const e of [...A_ENTRIES, B_ENTRIES[0]]) await expect(entryCard(b.page, e.title)).toBeVisible();

  // Without Jejak: scripts/decrypt.py (README "Encrypted files") gives the inner jejak-backup.
  const storedA = (await dumpStore(a.page)).records.map((r) => JSON.parse(r.json));
  const env = { ...process.env, JEJAK_PASSPHRASE: PASSPHRASE };
  const inner = JSON.parse(
    execFileSync('python3', ['scripts/decrypt.py', sealed.file], { env, encoding: 'utf8' }),
  );
  expect(inner.format).toBe('jejak-backup');
  expect(inner.version).toBe(1);
  expect([...inner.records].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(storedA);

  // ...and so does the README's own Python block, run exactly as printed there.
  const readme = fs.readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Encrypted files'));
  const block = /```python\n([\s\S]*?)```/.exec(section)?.[1];
  expect(block, 'README has a Python recipe under "Encrypted files"').toBeTruthy();
  const viaReadme = JSON.parse(
    execFileSync('python3', ['-c', block!, sealed.file], { env, encoding: 'utf8' }),
  );
  expect(viaReadme).toEqual(inner);

  // The script refuses a wrong passphrase and the tampered copy (exit status 1).
  for (const [file, pass] of [
    [sealed.file, WRONG_PASSPHRASE],
    [tamperedFile, PASSPHRASE],
  ]) {
    let status = 0;
    try {
      execFileSync('python3', ['scripts/decrypt.py', file], {
        env: { ...process.env, JEJAK_PASSPHRASE: pass },
        stdio: 'pipe',
      });
    } catch (e) {
      status = (e as { status: number }).status;
    }
    expect(status, `decrypt.py on ${path.basename(file)} with ${pass}`).toBe(1);
  }
  expect(a.problems).toEqual([]);
  expect(b.problems).toEqual([]);
  await closeDevices(a, b);
});

// ---------------------------------------------------------------------------------------------
// 7. Readable exports
// ---------------------------------------------------------------------------------------------

/** A small RFC 4180 reader: rows of fields, quotes and CRLF inside quotes handled. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  expect(field === '' && row.length === 0, 'the CSV ends with CRLF').toBe(true);
  return rows;
}

test('readable exports: Markdown with front matter per entry, CSV with BOM and one row per entry', async ({
  page,
}) => {
  const dir = filesDir();
  await useLanguage(page, 'en');
  await openApp(page, '/journal');
  const entries: EntryInput[] = [
    {
      title: 'Rapat "evaluasi", tahap 2',
      date: '2026-03-02',
      kind: 'mentoring_note',
      tags: 'rapat, evaluasi',
      hours: '1,5',
      body: 'Baris pertama.\nBaris kedua: pengembangan karier — ✓',
    },
    { title: 'Pelatihan manajemen risiko', date: '2026-01-20', kind: 'training', tags: 'diklat' },
    { title: 'Refleksi: apa yang saya pelajari', date: '2026-02-11', kind: 'reflection', body: 'Pendek.' },
    // A title a spreadsheet would run as a formula.
    { title: '=HYPERLINK("http://contoh.test")', date: '2026-01-02', kind: 'reflection' },
  ];
  for (const e of entries) await createEntry(page, e);
  await openDataScreen(page);

  const md = await downloadVia(page, 'Download Markdown', dir);
  expect(md.name).toBe(`jejak-journal-${todayUtc()}.md`);
  const mdText = md.bytes.toString('utf8');
  const blocks = [...mdText.matchAll(/^---\n([\s\S]*?)\n---\n/gm)].map((m) => m[1]);
  expect(blocks, 'one front matter block per entry').toHaveLength(4);
  // Oldest first, every string quoted.
  expect(blocks.map((b) => /^title: (.*)$/m.exec(b)?.[1])).toEqual([
    '"=HYPERLINK(\\"http://contoh.test\\")"',
    '"Pelatihan manajemen risiko"',
    '"Refleksi: apa yang saya pelajari"',
    '"Rapat \\"evaluasi\\", tahap 2"',
  ]);
  expect(blocks.map((b) => /^date: (.*)$/m.exec(b)?.[1])).toEqual([
    '2026-01-02',
    '2026-01-20',
    '2026-02-11',
    '2026-03-02',
  ]);
  expect(blocks[3]).toContain('kind: mentoring_note');
  expect(blocks[3]).toContain('hours: 1.5');
  expect(blocks[3]).toContain('tags:\n  - "rapat"\n  - "evaluasi"');
  expect(blocks[3]).toMatch(/^id: "[0-9a-f-]{36}"$/m);
  expect(blocks[0]).toContain('tags: []');
  expect(mdText).toContain('---\nBaris pertama.\nBaris kedua: pengembangan karier — ✓\n');

  const csv = await downloadVia(page, 'Download CSV', dir);
  expect(csv.name).toBe(`jejak-entries-${todayUtc()}.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csv.bytes.subarray(3).toString('utf8'));
  expect(rows[0]).toEqual(['id', 'date', 'title', 'kind', 'learning', 'hours', 'tags', 'body']);
  expect(rows).toHaveLength(1 + entries.length);
  const byTitle = new Map(rows.slice(1).map((r) => [r[2], r]));
  const rapat = byTitle.get('Rapat "evaluasi", tahap 2');
  expect(rapat, 'quoted title reads back').toBeTruthy();
  expect(rapat!.slice(1)).toEqual([
    '2026-03-02',
    'Rapat "evaluasi", tahap 2',
    'mentoring_note',
    'social',
    '1.5',
    'rapat;evaluasi',
    'Baris pertama.\nBaris kedua: pengembangan karier — ✓',
  ]);
  // The formula-looking title is neutralised with a leading apostrophe.
  expect(byTitle.get('\'=HYPERLINK("http://contoh.test")')?.slice(1, 4)).toEqual([
    '2026-01-02',
    '\'=HYPERLINK("http://contoh.test")',
    'reflection',
  ]);
  expect(byTitle.get('Pelatihan manajemen risiko')!.slice(1, 4)).toEqual([
    '2026-01-20',
    'Pelatihan manajemen risiko',
    'training',
  ]);
  // Same ids in both files, and they are the stored ones.
  const ids = (await dumpStore(page)).records.map((r) => r.id).sort();
  expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(ids);
  expect(blocks.map((b) => /^id: "(.*)"$/m.exec(b)?.[1]).sort()).toEqual(ids);
});

// ---------------------------------------------------------------------------------------------
// 8. Days since the last backup
// ---------------------------------------------------------------------------------------------

test('the Data screen says how long ago the last backup was', async ({ page }) => {
  const dir = filesDir();
  await useLanguage(page, 'en');
  await openApp(page, '/data');
  const since = page.getByTestId('backup-since');
  await expect(since).toHaveText('No backup has been made on this device yet.');

  await downloadVia(page, 'Download backup', dir);
  await expect(since).toHaveText('Last backup: today.');
  await expect(page.getByText('Backup created.')).toBeVisible();
  await page.reload();
  await expect(since).toHaveText('Last backup: today.');

  const day = 24 * 60 * 60 * 1000;
  await setMeta(page, 'last_backup', String(Date.now() - 12 * day));
  await page.reload();
  await expect(since).toHaveText('Last backup: 12 days ago.');

  await setMeta(page, 'last_backup', String(Date.now() - day));
  await page.reload();
  await expect(since).toHaveText('Last backup: yesterday.');
});

test('days since the last backup in Indonesian', async ({ page }) => {
  await useLanguage(page, 'id');
  await openApp(page, '/data');
  const since = page.getByTestId('backup-since');
  await expect(since).toHaveText('Belum pernah membuat cadangan di perangkat ini.');
  await setMeta(page, 'last_backup', String(Date.now() - 40 * 24 * 60 * 60 * 1000));
  await page.reload();
  await expect(since).toHaveText('Cadangan terakhir: 40 hari yang lalu.');
});
