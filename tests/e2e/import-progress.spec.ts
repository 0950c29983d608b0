// Issue 18: moving a large journal to a new phone. The generated 10,000-entry backup (the
// benchmark's, tests/bench/generate.mjs) is imported with the CPU slowed 4x: the progress bar
// only moves forward and reaches its total in every phase, the page answers other controls
// while the records are written, Cancel works while the file is checked, and a reload or a
// closed tab in the middle of the write leaves the journal exactly as before (all or nothing),
// with the Data screen saying what happened. Afterwards the journal equals the file.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countsFor, generateBackup } from '../bench/generate.mjs';
import { dumpStore, openApp, screenshot, useLanguage, watchForProblems } from './helpers';

const ENTRIES = Number(process.env.IMPORT_E2E_ENTRIES ?? 10_000);
const THROTTLE = 4;

let file: string;
let fileRecords: { id: string; kind: string; [k: string]: unknown }[];
let dir: string;

test.beforeAll(() => {
  const data = generateBackup(countsFor(ENTRIES));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jejak-import-e2e-'));
  file = path.join(dir, 'jejak-backup-large.json');
  fs.writeFileSync(file, data.text);
  fileRecords = JSON.parse(data.text).records;
});

test.afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test.describe.configure({ mode: 'serial' });

async function slowDown(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return cdp;
}

/** Records every value the progress bar shows, per phase, from now on. */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: { phase: string; value: number; max: number }[] };
    w.__progress = [];
    let last = '';
    const look = () => {
      const bar = document.querySelector('[data-testid=import-progress]');
      if (!bar) return;
      const entry = {
        phase: (bar as HTMLElement).dataset.phase ?? '',
        value: Number(bar.getAttribute('value')),
        max: Number(bar.getAttribute('max')),
      };
      const key = JSON.stringify(entry);
      if (key !== last) {
        last = key;
        w.__progress.push(entry);
      }
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

async function progressSeen(page: Page) {
  return page.evaluate(() => (window as unknown as { __progress: { phase: string; value: number; max: number }[] }).__progress);
}

/** Waits until the write has started and is not yet half done; returns the bar's value then. */
async function waitForWriting(page: Page, fraction = 0.05) {
  const bar = page.getByTestId('import-progress');
  await expect(bar).toHaveAttribute('data-phase', 'writing', { timeout: 120_000 });
  await page.waitForFunction(
    (f) => {
      const b = document.querySelector('[data-testid=import-progress]');
      if (!b || (b as HTMLElement).dataset.phase !== 'writing') return false;
      const v = Number(b.getAttribute('value'));
      const m = Number(b.getAttribute('max'));
      return v >= m * f && v > 0;
    },
    fraction,
    { polling: 10, timeout: 120_000 },
  );
  return Number(await bar.getAttribute('value'));
}

async function previewReady(page: Page) {
  await expect(page.getByTestId('count-PreviewNew').getByRole('cell')).toHaveText(String(fileRecords.length), {
    timeout: 120_000,
  });
}

test('a large backup imports with progress that only moves forward, the page answers meanwhile, and the journal equals the file', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const problems = watchForProblems(page);
  await useLanguage(page, 'en');
  await openApp(page, '/data');
  await slowDown(page);
  await recordProgress(page);

  await page.getByLabel('Choose a file', { exact: true }).setInputFiles(file);
  // Progress shows at once, with counts in words and a label for screen readers.
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /Reading the file|Checking the records/ })).toBeVisible();
  await previewReady(page);
  await expect(page.getByTestId('count-PreviewInvalid').getByRole('cell')).toHaveText('0');

  await page.getByRole('button', { name: 'Import now' }).click();
  await waitForWriting(page);
  // No Cancel once the write has started; the page says why to keep it open.
  await expect(page.getByText('Keep this page open until the import finishes.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await expect(page.getByTestId('import-progress-count')).toHaveText(/^[\d,]+ of [\d,]+ records written$/);

  // Another control answers while the records are being written: when the page handles the
  // click, the bar still shows the write under way.
  await page.evaluate(() => {
    document.querySelector('#backup-encrypt')!.addEventListener(
      'change',
      () => {
        const b = document.querySelector('[data-testid=import-progress]') as HTMLElement | null;
        const finished = [...document.querySelectorAll('[role=status]')].some((s) =>
          (s.textContent ?? '').includes('Import finished.'),
        );
        (window as unknown as { __atClick: unknown }).__atClick = b
          ? { phase: b.dataset.phase, value: Number(b.getAttribute('value')), max: Number(b.getAttribute('max')), finished }
          : null;
      },
      { once: true },
    );
  });
  await page.getByLabel('Protect with a passphrase').check();
  const atClick = await page.evaluate(
    () => (window as unknown as { __atClick: { phase: string; value: number; max: number; finished: boolean } | null }).__atClick,
  );
  // The import was still under way: its last records may already be in the transaction while it
  // commits and the journal takes them in, but "Import finished." is not there yet.
  expect(atClick, 'the click was handled while the import ran').toMatchObject({ phase: 'writing', finished: false });
  expect(atClick!.value).toBeLessThanOrEqual(atClick!.max);
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('tetap bisa mengetik');
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveValue('tetap bisa mengetik');

  await expect(page.getByRole('status').filter({ hasText: 'Import finished.' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Import finished.' })).toContainText(`(${fileRecords.length})`);

  // Progress: every phase only moved forward and reached its total.
  const seen = await progressSeen(page);
  for (const phase of ['reading', 'checking', 'writing']) {
    const values = seen.filter((p) => p.phase === phase);
    expect(values.length, `${phase}: updates`).toBeGreaterThan(2);
    for (let i = 1; i < values.length; i++) {
      expect(values[i].value, `${phase}: ${JSON.stringify(values.slice(i - 1, i + 1))}`).toBeGreaterThanOrEqual(values[i - 1].value);
      expect(values[i].max).toBe(values[0].max);
    }
    expect(values.at(-1)!.value, `${phase} reaches its total`).toBe(values.at(-1)!.max);
  }
  expect(seen.filter((p) => p.phase === 'checking').at(-1)!.max).toBe(fileRecords.length);
  expect(seen.filter((p) => p.phase === 'writing').at(-1)!.max).toBe(fileRecords.length);
  expect(seen.filter((p) => p.phase === 'reading').at(-1)!.max).toBe(fs.statSync(file).size);

  // The journal equals the file: the same ids, counts by kind, and a sample compared field by field.
  const store = await dumpStore(page);
  const stored = new Map(store.records.map((r) => [r.id, r]));
  expect(store.records.length).toBe(fileRecords.length);
  const kinds = (list: { kind: string }[]) =>
    list.reduce<Record<string, number>>((m, r) => ((m[r.kind] = (m[r.kind] ?? 0) + 1), m), {});
  expect(kinds(store.records)).toEqual(kinds(fileRecords));
  const step = Math.floor(fileRecords.length / 40);
  for (let i = 0; i < fileRecords.length; i += step) {
    const want = fileRecords[i];
    const got = stored.get(want.id);
    expect(got, `record ${want.id}`).toBeTruthy();
    expect(JSON.parse(got!.json)).toEqual(want);
  }
  // The undo snapshot matches what was written: every record was new, so undo removes them all.
  const undo = JSON.parse(String(store.meta.find(([k]) => k === 'import_undo')?.[1]));
  expect(undo.previous).toEqual([]);
  expect(undo.absent).toEqual(fileRecords.map((r) => r.id));

  // The journal shows them (the count line of the Journal).
  await page.getByRole('navigation').getByRole('link', { name: 'Journal', exact: true }).click();
  const entries = fileRecords.filter((r) => r.kind === 'entry' && !r.deleted).length;
  await expect(page.locator('.list-meta').first()).toContainText(entries.toLocaleString('en-US').replace(/,/g, ''), {
    timeout: 60_000,
  });
  expect(problems).toEqual([]);
});

test('Cancel works while the file is checked, and nothing changes', async ({ page }) => {
  test.setTimeout(180_000);
  await useLanguage(page, 'en');
  await openApp(page, '/data');
  const before = await dumpStore(page);
  const cdp = await slowDown(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 12 });
  // Cancel is pressed the moment the check has started, from inside the page: a click sent by
  // the test could arrive after the check had ended on a busy machine (seen once in a full run).
  await page.evaluate(() => {
    const w = window as unknown as { cancelledWhile?: string };
    new MutationObserver((_, observer) => {
      const bar = document.querySelector('[data-testid="import-progress"]');
      if (bar?.getAttribute('data-phase') !== 'checking') return;
      const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel');
      if (!cancel) return;
      observer.disconnect();
      w.cancelledWhile = bar.getAttribute('data-phase') ?? '';
      cancel.click();
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-phase'] });
  });
  await page.getByLabel('Choose a file', { exact: true }).setInputFiles(file);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { cancelledWhile?: string }).cancelledWhile), { timeout: 60_000 })
    .toBe('checking');
  // The click was handled before the check ended: no preview, the bar is gone.
  await expect(page.getByTestId('count-PreviewNew')).toHaveCount(0);
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  await expect(page.getByTestId('import-announce')).toHaveText('Import cancelled. Nothing was changed.');
  // The cancelled check does not come back as a preview later.
  await page.waitForTimeout(3000);
  await expect(page.getByTestId('count-PreviewNew')).toHaveCount(0);
  const after = await dumpStore(page);
  expect(after.records).toEqual(before.records);
});

for (const how of ['reload', 'closed tab'] as const) {
  test(`a ${how} in the middle of the write leaves the journal as before, and the Data screen says so`, async ({
    page,
    context,
  }) => {
    test.setTimeout(300_000);
    await useLanguage(page, 'en');
    await openApp(page, '/data');
    const before = await dumpStore(page);
    await slowDown(page);
    await page.getByLabel('Choose a file', { exact: true }).setInputFiles(file);
    await previewReady(page);
    await page.getByRole('button', { name: 'Import now' }).click();
    const at = await waitForWriting(page, 0.3);
    expect(at).toBeLessThan(fileRecords.length);

    let next = page;
    if (how === 'reload') {
      await page.reload();
    } else {
      await page.close({ runBeforeUnload: false });
      next = await context.newPage();
      await next.goto('/data');
    }
    await expect(next.locator('html')).toHaveAttribute('data-boot', 'ready');
    const notice = next.getByTestId('last-import');
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(notice).toContainText('The last import did not finish');
    await expect(notice).toContainText(`while ${fileRecords.length.toLocaleString('en-US')} records were being saved`);
    await expect(notice).toContainText('Nothing of that import was saved');
    // All or nothing: exactly what was stored before, no undo snapshot of a write that never was.
    const after = await dumpStore(next);
    expect(after.records).toEqual(before.records);
    expect(after.meta.find(([k]) => k === 'import_undo')).toBeUndefined();
    await expect(next.getByRole('button', { name: 'Undo the last import' })).toHaveCount(0);
    // Said once: dismissed, and gone after another reload.
    await next.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await next.reload();
    await expect(next.getByRole('heading', { level: 1, name: 'Data and storage' })).toBeVisible();
    await next.waitForTimeout(1000);
    await expect(next.getByTestId('last-import')).toHaveCount(0);
  });
}

test('the progress and the interrupted-import message at 390 and 1280 px, in Indonesian and English', async ({ browser }) => {
  test.setTimeout(300_000);
  for (const lang of ['id', 'en'] as const) {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await useLanguage(page, lang);
      await openApp(page, '/data');
      const cdp = await slowDown(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 12 });
      await page.getByLabel(lang === 'en' ? 'Choose a file' : 'Pilih file', { exact: true }).setInputFiles(file);
      await expect(page.getByTestId('import-progress')).toHaveAttribute('data-phase', 'checking', { timeout: 60_000 });
      await screenshot(page, `import-progress-checking-${lang}-${width}`);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      await previewReady(page);
      await page.getByRole('button', { name: lang === 'en' ? 'Import now' : 'Impor sekarang' }).click();
      await waitForWriting(page, 0.3);
      await screenshot(page, `import-progress-writing-${lang}-${width}`);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.reload();
      await expect(page.getByTestId('last-import')).toBeVisible({ timeout: 30_000 });
      await screenshot(page, `import-interrupted-${lang}-${width}`);
      await context.close();
    }
  }
});
