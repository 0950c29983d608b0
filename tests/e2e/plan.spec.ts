// The development plan (issue 20): built from a prepared journal (the native tests' fixture,
// tests/fixtures/plan/journal.json), reached from Goals and Competencies; its sections as text;
// its options (drafts, names, period, the plan's own language) kept on the device only; the
// goal editor's new fields feeding it; the Markdown download (byte for byte the native golden
// file); and the printed plan as Chromium's PDF: its text holds the goals, the gaps and the
// signature block and no navigation, and its pages are rendered to PNG for a person to look at.
//
// The clock is fixed at 2026-11-25 10:00 UTC, the day the native golden files are made on, so
// "this year" is 2026 whatever day the tests run.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openApp,
  importRecords,
  downloadVia,
  dumpStore,
  screenshot,
  switchLanguage,
  watchForProblems,
  SCREENSHOT_DIR,
} from './helpers';

const FIXTURES = path.join('tests', 'fixtures', 'plan');
const NOW = new Date('2026-11-25T10:00:00Z');

/** The fixture's live records; its settings without a language, so the browser's decides. */
function records(): object[] {
  const file = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'journal.json'), 'utf8'));
  return (file.records as Record<string, unknown>[])
    .filter((r) => !r.deleted)
    .map((r) => {
      if (r.kind !== 'setting') return r;
      const { language: _drop, ...rest } = r;
      return rest;
    });
}

const main = (page: Page) => page.getByRole('main');
const doc = (page: Page) => page.getByTestId('plan-doc');
/** A section of the plan, by its heading. */
const section = (page: Page, name: string) =>
  doc(page)
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

async function seed(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await importRecords(page, 'plan-laptop', records());
}

function tool(name: string): string {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`]);
    return name;
  } catch {
    throw new Error(`${name} is missing: it comes with Debian's poppler-utils (scripts/install.sh installs it)`);
  }
}

test('the plan from a prepared journal: sections, options, Markdown and reload', async ({ page }) => {
  const problems = watchForProblems(page);
  await seed(page);

  // From the Goals screen.
  await openApp(page, '/goals');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'plan-link-goals-en-390.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await main(page).getByRole('link', { name: 'Development plan' }).click();
  await expect(page).toHaveURL(/\/plan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Development plan' })).toBeVisible();
  await expect(doc(page).getByRole('heading', { level: 2 })).toHaveText('Individual Development Plan 2026');

  const who = section(page, 'About the employee');
  await expect(who).toContainText('Rina Wati');
  await expect(who).toContainText('Analis Kebijakan Ahli Pertama');
  await expect(who).toContainText('Kepala Subbagian Perencanaan (Administrator)');
  await expect(who).toContainText('Civil-service competency standard (ASN) (assessed 1 November 2026)');
  await expect(who).toContainText('1 January 2026 – 31 December 2026');
  await expect(who).toContainText('25 November 2026');

  const gaps = section(page, 'Competency gaps');
  const gapRows = gaps.getByRole('row');
  await expect(gapRows).toHaveCount(5);
  await expect(gapRows.nth(1)).toContainText('Communication');
  await expect(gapRows.nth(1)).toContainText('Memimpin proyek dasbor data regional');
  await expect(gapRows.nth(4)).toContainText('Decision making');
  await expect(gapRows.nth(4)).toContainText('No goal yet');
  await expect(gaps).toContainText('Gaps without a goal yet: Decision making.');

  const goals = section(page, 'Planned development');
  await expect(goals.getByTestId('plan-goal')).toHaveCount(4);
  const lead = goals.getByTestId('plan-goal').filter({ hasText: 'Memimpin proyek dasbor data regional' });
  await expect(lead).toContainText('Communication (2 → 4), Cooperation (3 → 4)');
  await expect(lead).toContainText('Experience and assignments (70), Coaching and mentoring (20)');
  await expect(lead).toContainText('Sepakati ruang lingkup');
  await expect(goals).toContainText(
    'Planned 70-20-10 split: Experience and assignments (70) 33 % · Coaching and mentoring (20) 17 % · Formal learning (10) 50 %',
  );
  await expect(goals).toContainText('1 goal has no development method yet.');
  await expect(goals).not.toContainText('Magang di Bappenas');

  const done = section(page, 'Done so far');
  await expect(done).toContainText('Learning hours 2026: 18 of 20 JP');
  await expect(done).toContainText('70-20-10 balance, 1 January 2026 – 25 November 2026 (by hours)');
  await expect(done.getByRole('row').filter({ hasText: 'Pelatihan Kepemimpinan Administrator' })).toContainText(
    'Applied: Memakai teknik umpan balik di rapat tim mingguan.',
  );
  await expect(done.getByRole('row').filter({ hasText: 'Kursus analisis data' })).toContainText('Waiting for a follow-up');
  await expect(done.getByRole('row').filter({ hasText: 'Webinar' })).toContainText('Follow-up from 17 December 2026');
  await expect(done).toContainText('Dasbor *v2* | rilis pertama');

  await expect(section(page, 'Assignments planned or running')).toContainText(
    'Secondment: Analis Kebijakan at Direktorat Aparatur Negara, Kementerian PPN/Bappenas · 6 January 2027 – 30 June 2027 · Preparing · Readiness 40 %',
  );
  const mentoring = section(page, 'Mentoring and coaching');
  await expect(mentoring).toContainText('Mentor · Monthly · Online · 3 sessions held in this period · next due 10 December 2026');
  await expect(mentoring).not.toContainText('Ratna');
  const signatures = section(page, 'Signatures');
  await expect(signatures.getByRole('columnheader')).toHaveText(['Employee', 'Direct supervisor']);
  await expect(signatures.getByRole('row').nth(1)).toContainText('Rina Wati');

  // Print hands the page to the browser's print dialog (stubbed: a headless dialog never closes).
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await main(page).getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // The Markdown file is the native golden plan, byte for byte.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jejak-plan-'));
  const md = await downloadVia(page, 'Download Markdown', dir);
  expect(md.name).toBe('jejak-development-plan-2026.md');
  expect(md.bytes.toString('utf8')).toBe(fs.readFileSync(path.join(FIXTURES, 'plan-en.md'), 'utf8'));

  // Options: drafts cover the last gap, names appear, the plan speaks Indonesian in an English app.
  await main(page).getByLabel('Include draft goals').check();
  await expect(gaps).toContainText('Every gap has a goal.');
  await expect(goals.getByTestId('plan-goal')).toHaveCount(5);
  await main(page).getByLabel('Show the names of mentors, coaches and supervisor').check();
  await expect(mentoring).toContainText('Mentor (Bu Ratna Sari)');
  await expect(signatures.getByRole('row').nth(1)).toContainText('Pak Agus Santoso');
  await main(page).getByLabel('Plan language').selectOption('id');
  await expect(doc(page)).toHaveAttribute('lang', 'id');
  await expect(doc(page).getByRole('heading', { level: 2 })).toHaveText('Rencana Pengembangan Kompetensi 2026');
  await expect(section(page, 'Yang sudah dilakukan')).toContainText('Jam pelajaran 2026: 18 dari 20 JP');
  await expect(page.getByRole('heading', { level: 1, name: 'Development plan' })).toBeVisible();

  // Another period: next year has not started, so nothing is done in it yet.
  await main(page).getByLabel('Period', { exact: true }).selectOption('next_year');
  await expect(doc(page).getByRole('heading', { level: 2 })).toHaveText('Rencana Pengembangan Kompetensi 2027');
  await expect(section(page, 'Yang sudah dilakukan')).toContainText('Periode ini belum dimulai.');
  // Custom dates, checked.
  await main(page).getByLabel('Period', { exact: true }).selectOption('dates');
  await main(page).getByLabel('From', { exact: true }).fill('2026-07-01');
  await main(page).getByLabel('To', { exact: true }).fill('2026-06-30');
  await expect(main(page)).toContainText('The end date cannot be before the start date.');
  await main(page).getByLabel('To', { exact: true }).fill('2027-06-30');
  await expect(doc(page).getByRole('heading', { level: 2 })).toHaveText(
    'Rencana Pengembangan Kompetensi 1 Juli 2026 – 30 Juni 2027',
  );
  await expect(main(page)).not.toContainText('The end date cannot be before the start date.');

  // The choices survive a reload, on this device only: no record holds them.
  const before = await dumpStore(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(doc(page).getByRole('heading', { level: 2 })).toHaveText(
    'Rencana Pengembangan Kompetensi 1 Juli 2026 – 30 Juni 2027',
  );
  await expect(main(page).getByLabel('Include draft goals')).toBeChecked();
  await expect(main(page).getByLabel('Period', { exact: true })).toHaveValue('dates');
  const after = await dumpStore(page);
  expect(after.records).toEqual(before.records);
  expect(JSON.stringify(after)).not.toContain('include_drafts');
  const stored = await page.evaluate(() => localStorage.getItem('jejak:plan-choices'));
  expect(JSON.parse(stored ?? '{}')).toMatchObject({ include_drafts: true, show_names: true, language: 'id' });

  // The person's details live in the settings record (they travel with a backup).
  await main(page).getByText('About you', { exact: true }).click();
  await main(page).getByLabel('Work unit').fill('Biro Organisasi');
  await main(page).getByLabel('Work unit').press('Tab');
  await expect(section(page, 'Identitas pegawai')).toContainText('Biro Organisasi');
  await expect
    .poll(async () => {
      const d = await dumpStore(page);
      return d.records.map((r) => JSON.parse(r.json)).find((r) => r.kind === 'setting')?.unit;
    })
    .toBe('Biro Organisasi');

  // From the Competencies screen too.
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '/competencies');
  await screenshot(page, 'plan-link-competencies-en-390');
  await main(page).getByRole('link', { name: 'Development plan' }).click();
  await expect(page).toHaveURL(/\/plan$/);
  expect(problems).toEqual([]);
});

test('the goal editor plans methods and competencies, and the plan follows', async ({ page }) => {
  await seed(page);
  await openApp(page, '/goals');
  await main(page).getByRole('link', { name: 'Membangun jejaring lintas instansi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Membangun jejaring lintas instansi' })).toBeVisible();
  const methods = main(page).getByRole('group', { name: 'Planned development methods' });
  await methods.getByLabel('Coaching and mentoring (20)').check();
  const competencies = main(page).getByRole('group', { name: 'Competencies it develops' });
  // The latest assessment's competencies, gaps marked.
  await expect(competencies.getByRole('checkbox')).toHaveCount(9);
  await expect(competencies.getByText('gap 3 → 4')).toHaveCount(2);
  await competencies.getByLabel('Decision making').check();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await methods.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `plan-goal-editor-en-${width}.png`) });
  }

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(methods.getByLabel('Coaching and mentoring (20)')).toBeChecked();
  await expect(methods.getByLabel('Formal learning (10)')).not.toBeChecked();
  await expect(competencies.getByLabel('Decision making')).toBeChecked();

  await openApp(page, '/plan');
  const gaps = section(page, 'Competency gaps');
  await expect(gaps.getByRole('row').nth(4)).toContainText('Membangun jejaring lintas instansi');
  await expect(gaps).toContainText('Every gap has a goal.');
  await expect(section(page, 'Planned development')).not.toContainText('has no development method');
  const goal = await dumpStore(page).then((d) =>
    d.records.map((r) => JSON.parse(r.json)).find((r) => r.title === 'Membangun jejaring lintas instansi'),
  );
  expect(goal.methods).toEqual(['social']);
  expect(goal.competencies).toEqual(['asn-decision-making']);
});

test('printed as A4 PDF: goals, gaps and signatures, no navigation; page numbers', async ({ page }) => {
  test.setTimeout(60_000);
  const pdftotext = tool('pdftotext');
  const pdftoppm = tool('pdftoppm');
  await seed(page);
  await openApp(page, '/plan');
  await expect(section(page, 'Signatures')).toBeVisible();
  // A toast or banner on screen must not reach the paper either.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Development plan' })).toBeHidden();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jejak-plan-pdf-'));
  const pdf = path.join(dir, 'plan.pdf');
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: false });
  const text = execFileSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');

  for (const goal of [
    'Memimpin proyek dasbor data regional',
    'Menerapkan proyek perubahan PKA',
    'Membangun jejaring lintas instansi',
    'Lulus pelatihan analisis data',
  ]) {
    expect(flat).toContain(goal);
  }
  for (const gap of ['Communication', 'Cooperation', 'Managing change', 'Decision making']) expect(flat).toContain(gap);
  expect(flat).toContain('Gaps without a goal yet: Decision making.');
  expect(flat).toContain('Individual Development Plan 2026');
  expect(flat).toContain('Signatures');
  expect(flat).toMatch(/Employee\s+Direct supervisor/);
  expect(flat).toContain('This plan was discussed and agreed together.');
  // Nothing of the app around the plan: navigation, the screen's controls, its title.
  for (const leak of [
    'Skip to content',
    'Journal',
    'Today',
    'Mentees',
    'Settings',
    'Plan options',
    'Include draft goals',
    'Download Markdown',
    'Print or save as PDF',
    'About you',
  ]) {
    expect(flat, `"${leak}" leaked into the printed plan`).not.toContain(leak);
  }
  // Page numbers from the @page margin box, "1 / N" on the first page.
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  expect(pages.length).toBeGreaterThan(1);
  expect(pages[0]).toMatch(new RegExp(`\\b1 ?/ ?${pages.length}\\b`));

  // Pages as pictures, for a person to look at.
  const prefix = path.join(SCREENSHOT_DIR, 'plan-print-en');
  execFileSync(pdftoppm, ['-png', '-r', '60', pdf, prefix]);
  expect(fs.existsSync(`${prefix}-1.png`)).toBe(true);
});

test('screens at 390 and 1280 px in both languages', async ({ page }) => {
  test.setTimeout(60_000);
  await seed(page);
  for (const lang of ['en', 'id'] as const) {
    await switchLanguage(page, lang, '/plan');
    await expect(doc(page)).toBeVisible();
    await expect(doc(page)).not.toHaveAttribute('lang', /.*/);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      await screenshot(page, `plan-${lang}-${width}`);
    }
  }
  // The Indonesian plan printed, too.
  await page.emulateMedia({ media: 'print' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jejak-plan-pdf-'));
  const pdf = path.join(dir, 'plan-id.pdf');
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  execFileSync(tool('pdftoppm'), ['-png', '-r', '60', pdf, path.join(SCREENSHOT_DIR, 'plan-print-id')]);
  const text = execFileSync(tool('pdftotext'), ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Rencana Pengembangan Kompetensi 2026');
  expect(text).toContain('Atasan langsung');
  expect(text).not.toContain('Lewati ke isi');
});
