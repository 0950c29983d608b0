// The Journal: creating, editing, deleting, searching and filtering entries, validation, safe
// Markdown, drafts that survive a closed tab, and live sync between two tabs.
import { test, expect, type Page } from '@playwright/test';
import {
  openApp,
  importRecords,
  useLanguage,
  createEntry,
  fillEntry,
  entryCard,
  listedTitles,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await useLanguage(page, 'en');
});

const main = (page: Page) => page.getByRole('main');
const journalHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Journal', exact: true });
const editorHeading = (page: Page) => page.getByRole('heading', { name: 'Edit entry' });

test('empty state on a fresh device', async ({ page }) => {
  await openApp(page, '/journal');
  await expect(journalHeading(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Write your first entry' })).toBeVisible();
});

test('create an entry with the button and with N; it survives a reload', async ({ page }) => {
  await openApp(page, '/journal');

  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await expect(editorHeading(page)).toBeVisible();
  await fillEntry(page, {
    title: 'Sesi mentoring pertama',
    date: '2026-03-14',
    kind: 'mentoring_note',
    tags: 'mentoring, Kepemimpinan',
    hours: '1,5',
    body: 'Kami membahas **rencana pengembangan** tahun ini.',
  });
  await page.keyboard.press('Escape');
  await expect(journalHeading(page)).toBeVisible();

  const card = entryCard(page, 'Sesi mentoring pertama');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Mentoring note');
  await expect(card).toContainText('#mentoring');
  await expect(card).toContainText('#kepemimpinan'); // tags are normalised to lower case
  await expect(card).toContainText('14 March 2026');
  await expect(card).toContainText('1.5 hours');
  await expect(card).toContainText('Kami membahas rencana pengembangan tahun ini.');

  // The N key opens a new entry too (focus is not in a text field).
  await page.keyboard.press('n');
  await expect(editorHeading(page)).toBeVisible();
  await fillEntry(page, { title: 'Catatan dengan tombol N', date: '2026-03-10', kind: 'reflection' });
  await page.keyboard.press('Escape');
  await expect(entryCard(page, 'Catatan dengan tombol N')).toBeVisible();
  await expect(main(page).getByText('2 entries')).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Mentoring note');
  await expect(card).toContainText('#mentoring');
  await expect(card).toContainText('#kepemimpinan');
  await expect(entryCard(page, 'Catatan dengan tombol N')).toContainText('Reflection');
  // Newest date first.
  expect(await listedTitles(page)).toEqual(['Sesi mentoring pertama', 'Catatan dengan tombol N']);

  // Opening it again shows what was saved.
  await card.getByRole('link').click();
  await expect(editorHeading(page)).toBeVisible();
  await expect(main(page).getByLabel('Title', { exact: true })).toHaveValue('Sesi mentoring pertama');
  await expect(main(page).getByLabel('Date', { exact: true })).toHaveValue('2026-03-14');
  await expect(main(page).getByLabel('Entry kind')).toHaveValue('mentoring_note');
  await expect(main(page).getByLabel('Tags', { exact: true })).toHaveValue('mentoring, kepemimpinan');
});

test('text typed just before the tab closes is kept', async ({ page, context }) => {
  await openApp(page, '/journal');
  await createEntry(page, { title: 'Rapat evaluasi', date: '2026-04-01', body: 'Awal catatan.' });

  await entryCard(page, 'Rapat evaluasi').getByRole('link').click();
  const body = main(page).getByLabel('Text (Markdown)');
  await expect(body).toHaveValue('Awal catatan.');
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Ditambah sebelum tab ditutup.');
  // Close within a few ms of the last keystroke: long before the 350 ms autosave.
  await page.close();

  const again = await context.newPage();
  await openApp(again, '/journal');
  const card = entryCard(again, 'Rapat evaluasi');
  await expect(card).toContainText('Awal catatan. Ditambah sebelum tab ditutup.');
  await card.getByRole('link').click();
  await expect(main(again).getByLabel('Text (Markdown)')).toHaveValue(
    'Awal catatan. Ditambah sebelum tab ditutup.',
  );
});

test('a new entry typed just before the tab closes is kept', async ({ page, context }) => {
  await openApp(page, '/journal');
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await main(page).getByLabel('Title', { exact: true }).click();
  await page.keyboard.type('Judul diketik cepat');
  await page.close();

  const again = await context.newPage();
  await openApp(again, '/journal');
  await expect(entryCard(again, 'Judul diketik cepat')).toBeVisible();
});

test.describe('delete', () => {
  test('delete offers undo; undo brings the entry back for good', async ({ page }) => {
    await openApp(page, '/journal');
    await createEntry(page, { title: 'Entri yang dihapus', date: '2026-02-02' });
    await createEntry(page, { title: 'Entri yang tetap', date: '2026-02-01' });

    await entryCard(page, 'Entri yang dihapus').getByRole('link').click();
    await main(page).getByRole('button', { name: 'Delete' }).click();
    await expect(journalHeading(page)).toBeVisible();
    await expect(entryCard(page, 'Entri yang dihapus')).toHaveCount(0);
    await expect(page.getByText('Entry deleted.')).toBeVisible();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(entryCard(page, 'Entri yang dihapus')).toBeVisible();
    await expect(page.getByText('Entry restored.')).toBeVisible();

    await page.reload();
    await expect(entryCard(page, 'Entri yang dihapus')).toBeVisible();
    await expect(entryCard(page, 'Entri yang tetap')).toBeVisible();
  });

  test('delete without undo is permanent after a reload', async ({ page }) => {
    await openApp(page, '/journal');
    await createEntry(page, { title: 'Entri yang dihapus', date: '2026-02-02' });
    await createEntry(page, { title: 'Entri yang tetap', date: '2026-02-01' });

    await entryCard(page, 'Entri yang dihapus').getByRole('link').click();
    await main(page).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('Entry deleted.')).toBeVisible();
    await expect(entryCard(page, 'Entri yang dihapus')).toHaveCount(0);

    await page.reload();
    await expect(entryCard(page, 'Entri yang tetap')).toBeVisible();
    await expect(entryCard(page, 'Entri yang dihapus')).toHaveCount(0);
    await expect(main(page).getByText('1 entry', { exact: true })).toBeVisible();
  });
});

test('search: words, diacritics, case, title-first ranking and the / key', async ({ page }) => {
  await openApp(page, '/journal');
  await createEntry(page, {
    title: 'Rapat koordinasi anggaran',
    date: '2026-01-05',
    body: 'Membahas pagu tahun depan.',
  });
  await createEntry(page, {
    title: 'Pelatihan kepemimpinan',
    date: '2026-02-10',
    kind: 'training',
    body: 'Diklat tiga hari di Bogor.',
  });
  // Newest, and mentions "anggaran" only in its text.
  await createEntry(page, {
    title: 'Makan siang dengan mentor',
    date: '2026-03-15',
    body: 'Kami bicara soal résumé saya dan anggaran pribadi.',
  });

  const search = main(page).getByRole('searchbox', { name: 'Search' });

  // "/" focuses the search box (from the list, and from another screen).
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue(''); // the "/" was not typed into it

  await search.fill('kepemimpinan');
  await expect.poll(() => listedTitles(page)).toEqual(['Pelatihan kepemimpinan']);
  await expect(main(page).getByText('1 of 3 entries')).toBeVisible();

  await search.fill('resume');
  await expect.poll(() => listedTitles(page)).toEqual(['Makan siang dengan mentor']);
  await search.fill('RÉSUMÉ');
  await expect.poll(() => listedTitles(page)).toEqual(['Makan siang dengan mentor']);

  // A title match ranks above a newer entry that has the word only in its text.
  await search.fill('anggaran');
  await expect
    .poll(() => listedTitles(page))
    .toEqual(['Rapat koordinasi anggaran', 'Makan siang dengan mentor']);

  await search.fill('tidakadadimanapun');
  await expect(main(page).getByText('No entries match this search or these filters.')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.keyboard.press('/');
  await expect(journalHeading(page)).toBeVisible();
  await expect(search).toBeFocused();
});

test('filters: kind, tag chip, date range, counts and clear', async ({ page }) => {
  await openApp(page, '/journal');
  await createEntry(page, {
    title: 'Diklat manajemen risiko',
    date: '2026-01-20',
    kind: 'training',
    tags: 'risiko, diklat',
  });
  await createEntry(page, {
    title: 'Catatan mentoring Februari',
    date: '2026-02-18',
    kind: 'mentoring_note',
    tags: 'mentoring, risiko',
  });
  await createEntry(page, {
    title: 'Refleksi akhir kuartal',
    date: '2026-03-30',
    kind: 'reflection',
    tags: 'refleksi',
  });
  await expect(main(page).getByText('3 entries', { exact: true })).toBeVisible();

  // Kind
  const kind = main(page).getByLabel('Kind', { exact: true });
  await kind.selectOption({ label: 'Training' });
  await expect.poll(() => listedTitles(page)).toEqual(['Diklat manajemen risiko']);
  await expect(main(page).getByText('1 of 3 entries')).toBeVisible();
  await main(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(main(page).getByText('3 entries', { exact: true })).toBeVisible();
  await expect(kind).toHaveValue('');
  await expect(main(page).getByRole('button', { name: 'Clear filters' })).toHaveCount(0);

  // Tag chip: a toggle button
  const tags = main(page).getByRole('group', { name: 'Tags' });
  const risiko = tags.getByRole('button', { name: /#risiko/ });
  await expect(risiko).toContainText('2');
  await expect(risiko).toHaveAttribute('aria-pressed', 'false');
  await risiko.click();
  await expect(risiko).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => listedTitles(page))
    .toEqual(['Catatan mentoring Februari', 'Diklat manajemen risiko']);
  await expect(main(page).getByText('2 of 3 entries')).toBeVisible();
  await risiko.click();
  await expect(risiko).toHaveAttribute('aria-pressed', 'false');
  await expect(main(page).getByText('3 entries', { exact: true })).toBeVisible();

  // Date range
  await main(page).getByLabel('From date').fill('2026-02-01');
  await expect
    .poll(() => listedTitles(page))
    .toEqual(['Refleksi akhir kuartal', 'Catatan mentoring Februari']);
  await expect(main(page).getByText('2 of 3 entries')).toBeVisible();
  await main(page).getByLabel('To date').fill('2026-02-28');
  await expect.poll(() => listedTitles(page)).toEqual(['Catatan mentoring Februari']);
  await expect(main(page).getByText('1 of 3 entries')).toBeVisible();

  // Combined with kind: nothing left
  await kind.selectOption({ label: 'Training' });
  await expect(main(page).getByText('0 of 3 entries')).toBeVisible();
  await expect(main(page).getByText('No entries match this search or these filters.')).toBeVisible();

  await main(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(main(page).getByText('3 entries', { exact: true })).toBeVisible();
  expect(await listedTitles(page)).toHaveLength(3);
  await expect(main(page).getByLabel('From date')).toHaveValue('');
  await expect(main(page).getByLabel('To date')).toHaveValue('');
  await expect(kind).toHaveValue('');
});

test('validation messages and aria-invalid', async ({ page }) => {
  await openApp(page, '/journal');
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  const title = main(page).getByLabel('Title', { exact: true });
  const hours = main(page).getByLabel('Hours', { exact: true });

  // Nothing is shown before the user has typed anything.
  await expect(main(page).getByText('A title is required.')).toHaveCount(0);

  await main(page).getByLabel('Text (Markdown)').fill('Isi tanpa judul');
  await expect(main(page).getByText('A title is required.')).toBeVisible();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(/A title is required\./);

  await hours.fill('-1');
  await expect(main(page).getByText('Hours cannot be negative.')).toBeVisible();
  await expect(hours).toHaveAttribute('aria-invalid', 'true');

  await hours.fill('abc');
  await expect(main(page).getByText('Hours must be a number, e.g. 1.5.')).toBeVisible();

  await hours.fill('2,5');
  await title.fill('Sekarang ada judul');
  await expect(main(page).getByText('A title is required.')).toHaveCount(0);
  await expect(main(page).getByText('Hours cannot be negative.')).toHaveCount(0);
  await expect(title).toHaveAttribute('aria-invalid', 'false');
  await expect(hours).toHaveAttribute('aria-invalid', 'false');

  await page.keyboard.press('Escape');
  await expect(entryCard(page, 'Sekarang ada judul')).toContainText('2.5 hours');
});

test('Markdown and titles are shown as text, never run', async ({ page }) => {
  // Any alert/confirm/prompt is a script that ran: record it (and dismiss it) to fail below.
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });

  const title = '<img src=x onerror=alert(1)>';
  const body =
    '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">[click](javascript:window.__xss=3)';

  await openApp(page, '/journal');
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await fillEntry(page, { title, body, date: '2026-05-05' });

  await main(page).getByRole('button', { name: 'Preview' }).click();
  await expect(main(page).getByRole('button', { name: 'Preview' })).toHaveAttribute('aria-pressed', 'true');
  const preview = main(page).locator('.preview');
  await expect(preview).toContainText('<script>window.__xss=1</script>');
  await expect(preview).toContainText('<img src=x onerror="window.__xss=2">');
  await expect(preview.getByText('click')).toBeVisible();
  // No live element came out of the payload.
  await expect(preview.locator('script, img, iframe, [onerror]')).toHaveCount(0);
  await expect(preview.locator('a[href^="javascript"]')).toHaveCount(0);

  await preview.getByText('click').click();
  await page.waitForTimeout(200);
  expect(dialogs, 'dialogs opened').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  await page.keyboard.press('Escape');
  await expect(journalHeading(page)).toBeVisible();
  const card = entryCard(page, title);
  await expect(card).toBeVisible();
  await expect(card.locator('img')).toHaveCount(0);
  await page.reload();
  await expect(entryCard(page, title)).toBeVisible();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs, 'dialogs opened').toEqual([]);
});

test('two tabs see each other’s changes without a reload', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a, '/journal');
  await openApp(b, '/journal');
  const live = { timeout: 1500 };

  // Created in A -> listed in B.
  await a.getByRole('button', { name: 'New entry', exact: true }).click();
  await fillEntry(a, { title: 'Dibuat di tab A', date: '2026-06-01', tags: 'sinkron' });
  await expect(entryCard(b, 'Dibuat di tab A')).toBeVisible(live);
  await expect(entryCard(b, 'Dibuat di tab A')).toContainText('#sinkron');

  // Edited in A (still in the editor) -> B's list follows.
  await main(a).getByLabel('Title', { exact: true }).fill('Diubah di tab A');
  await expect(entryCard(b, 'Diubah di tab A')).toBeVisible(live);
  await expect(entryCard(b, 'Dibuat di tab A')).toHaveCount(0);
  await a.keyboard.press('Escape');
  await expect(journalHeading(a)).toBeVisible();

  // Edited in B -> A's list follows.
  await entryCard(b, 'Diubah di tab A').getByRole('link').click();
  await main(b).getByLabel('Title', { exact: true }).fill('Diubah di tab B');
  await expect(entryCard(a, 'Diubah di tab B')).toBeVisible(live);

  // An editor open (and untouched) in A follows an edit made in B.
  await entryCard(a, 'Diubah di tab B').getByRole('link').click();
  await expect(main(a).getByLabel('Title', { exact: true })).toHaveValue('Diubah di tab B');
  await main(b).getByLabel('Text (Markdown)').fill('Isi dari tab B');
  await expect(main(a).getByLabel('Text (Markdown)')).toHaveValue('Isi dari tab B', live);
});

/**
 * Imports `count` reflection entries through the Data screen, as a backup file made on `device`;
 * `entry(i)` gives the i-th one's title, date and body. `importTimeout` is for large files.
 */
async function importEntries(
  page: Page,
  device: string,
  count: number,
  entry: (i: number) => { title: string; date: string; body: string },
  importTimeout?: number,
) {
  const hex = (n: number) => n.toString(16).padStart(12, '0');
  const records = Array.from({ length: count }, (_, i) => ({
    id: `b2200000-0000-4000-8000-${hex(i + 1)}`,
    kind: 'entry',
    created: '2026-01-01T00:00:00.000Z',
    rev: `${String(1_780_000_000_000 + i * 1000).padStart(13, '0')}-000000-${device}`,
    entry_kind: 'reflection',
    ...entry(i),
    links: [],
    tags: [],
  }));
  await importRecords(page, device, records, importTimeout);
}

test('a long journal shows 20 cards at a time; "Show more" adds 20; a new search starts again at 20', async ({ page }) => {
  await importEntries(page, 'paging', 60, (i) => ({
    title: `Catatan harian ${i + 1}`,
    date: `2026-0${1 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')}`,
    body: 'Refleksi singkat.',
  }));

  await page.goto('/journal');
  const cards = main(page).locator('li.entry-card:not(.draft)');
  const more = main(page).getByRole('button', { name: 'Show more' });
  await expect(cards).toHaveCount(20);
  await expect(main(page)).toContainText('60 entries');
  // Newest first: the last day imported heads the list.
  await expect(cards.first()).toContainText('Catatan harian 60');
  await more.click();
  await expect(cards).toHaveCount(40);
  await more.click();
  await expect(cards).toHaveCount(60);
  await expect(more).toHaveCount(0);
  await expect(cards.last()).toContainText('Catatan harian 1');

  // A new search shows its first 20 matches, not the 60 shown before.
  await main(page).getByLabel('Search', { exact: true }).fill('catatan');
  await expect(main(page)).toContainText('60 of 60 entries');
  await expect(cards).toHaveCount(20);
  await expect(more).toBeVisible();
});

test('a search typed while a large journal is still being indexed says so, then shows every match', async ({ page }) => {
  // An import of 3,000 entries and a load on a CPU slowed 20x: about 25 s here.
  test.setTimeout(120_000);
  // 3,000 entries with long bodies: after a reload the search index fills in the background
  // for a while (slowed 20x below), and a search typed meanwhile answers from the part indexed.
  const words = (i: number) =>
    Array.from({ length: 160 }, (_, k) => `kata${(i * 7 + k * 13) % 5000}`).join(' ');
  await importEntries(page, 'indexing', 3000, (i) => ({
    title: i % 3 === 0 ? `Rapat koordinasi ${i}` : `Catatan ${i}`,
    date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    body: words(i),
  }), 30_000);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  try {
    await page.goto('/journal');
    const meta = main(page).locator('.list-meta');
    await expect(meta).toContainText('3000 entries', { timeout: 60_000 });
    await main(page).getByLabel('Search', { exact: true }).fill('rapat');
    // Never a count from part of the journal, and never "no entries match".
    await expect(meta).toContainText('Still searching your whole journal…');
    await expect(main(page).getByText('No entries match')).toHaveCount(0);
    await expect(meta).toContainText('1000 of 3000 entries', { timeout: 60_000 });
    await expect(meta).not.toContainText('Still searching');
    await expect(main(page).locator('li.entry-card')).toHaveCount(20);
    await expect(main(page).locator('li.entry-card').first()).toContainText('Rapat koordinasi');
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
});
