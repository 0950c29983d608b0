// The mentor loop (issue 8): a mentee shares a chosen part (encrypted), a mentor opens it in the
// Mentees inbox, comments on a goal and an assessment and exports feedback, the mentee imports it
// and sees both comments beside the records and on Today; re-importing adds nothing and the
// mentor's own journal never changes. Each person is a separate browser context (own IndexedDB).
import { test, expect, type Browser, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openApp,
  useLanguage,
  dumpStore,
  downloadVia,
  chooseImportFile,
  watchForProblems,
  expectNoA11yViolations,
  screenshot,
  createEntry,
  type LangCode,
} from './helpers';

interface Person {
  page: Page;
  problems: string[];
}

async function newPerson(browser: Browser, lang: LangCode, width = 390): Promise<Person> {
  const use = test.info().project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    acceptDownloads: true,
    viewport: { width, height: 844 },
  });
  const page = await context.newPage();
  const problems = watchForProblems(page);
  await useLanguage(page, lang);
  await openApp(page, '/');
  return { page, problems };
}

const GOAL_ID = '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f01';
const DRAFT_GOAL_ID = '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f02';
const OLD_ASSESSMENT = '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f10';
const NEW_ASSESSMENT = '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f11';
const NETWORKING_ENTRY = '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f20';
const PERSON = '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f30';

/** The mentee's existing data, restored from a backup the way a person moves to a new phone. */
function menteeBackup(): string {
  const rev = (n: number) => `${String(1_780_000_000_000 + n).padStart(13, '0')}-000000-mentee-phone`;
  const created = '2026-05-01T08:00:00.000Z';
  const rating = (competency: string, name: string, level: number, target: number) => ({
    competency,
    name,
    level,
    target,
  });
  const records = [
    {
      id: GOAL_ID, kind: 'goal', created, rev: rev(1),
      title: 'Lead the regional data project', status: 'active', category: 'role',
      why: 'Ready for a head-of-section role', activated: '2026-05-01', target_date: '2027-03-31',
      milestones: [{ id: 'm1', title: 'Agree the scope', done: '2026-06-01' }, { id: 'm2', title: 'First report' }],
    },
    { id: DRAFT_GOAL_ID, kind: 'goal', created, rev: rev(2), title: 'Private idea', status: 'draft' },
    {
      id: OLD_ASSESSMENT, kind: 'assessment', created, rev: rev(3), date: '2026-02-01',
      framework: 'builtin-asn-2017', status: 'completed', target_role: 'Head of section',
      ratings: [rating('asn-integrity', 'Integritas', 2, 3), rating('asn-communication', 'Komunikasi', 2, 3)],
    },
    {
      id: NEW_ASSESSMENT, kind: 'assessment', created, rev: rev(4), date: '2026-08-01',
      framework: 'builtin-asn-2017', status: 'completed', target_role: 'Head of section',
      ratings: [rating('asn-integrity', 'Integritas', 3, 3), rating('asn-communication', 'Komunikasi', 2, 4)],
    },
    {
      id: NETWORKING_ENTRY, kind: 'entry', created, rev: rev(5), date: '2026-07-01',
      entry_kind: 'networking', title: 'Coffee with the deputy', body: 'Private notes',
    },
    { id: PERSON, kind: 'person', created, rev: rev(6), name: 'Pak Budi', contact_notes: '0812 private' },
  ];
  return JSON.stringify({
    format: 'jejak-backup', version: 1, app_version: '0.1.0',
    exported_at: '2026-09-01T00:00:00.000Z', device: 'mentee-phone', records,
  });
}

test('mentee shares goals and the latest assessment encrypted; mentor comments; feedback comes back once', async ({ browser }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jejak-mentor-'));

  // --- Mentee (Indonesian UI on a phone): restore existing data, then share.
  const mentee = await newPerson(browser, 'id');
  const backup = path.join(dir, 'mentee-backup.json');
  fs.writeFileSync(backup, menteeBackup());
  await mentee.page.goto('/data');
  await chooseImportFile(mentee.page, backup, 'id');
  await mentee.page.getByRole('button', { name: 'Impor sekarang' }).click();
  await expect(mentee.page.getByRole('status').filter({ hasText: 'Impor selesai' })).toBeVisible();

  await mentee.page.goto('/share');
  await expect(mentee.page.getByRole('heading', { level: 1, name: 'Bagikan ke mentor' })).toBeVisible();
  // Defaults: active goals and the latest assessment; nothing private.
  await expect(mentee.page.getByTestId('share-total')).toContainText('2 catatan');
  await expect(mentee.page.getByTestId('share-counts')).toContainText('1 tujuan');
  await expect(mentee.page.getByTestId('share-counts')).toContainText('1 penilaian kompetensi');
  await expect(mentee.page.getByText('Orang dan catatan kontak').last()).toBeVisible();
  // The Save button waits for a name.
  const save = mentee.page.getByRole('button', { name: 'Simpan file berbagi' });
  await expect(save).toBeDisabled();
  await mentee.page.getByLabel('Nama Anda').fill('Rina Wati');
  await mentee.page.getByLabel('Lindungi dengan kata sandi').check();
  await mentee.page.getByLabel('Kata sandi', { exact: true }).fill('kopi-tubruk-2026');
  await mentee.page.getByLabel('Ulangi kata sandi').fill('kopi-tubruk-2026');
  await expectNoA11yViolations(mentee.page);
  await screenshot(mentee.page, 'mentor-share-390-id');
  const share = await downloadVia(mentee.page, 'Simpan file berbagi', dir, 'mentee-');
  expect(share.name).toMatch(/^jejak-share-rina-wati-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
  const sealed = JSON.parse(share.bytes.toString('utf8'));
  expect(sealed.format).toBe('jejak-encrypted');
  // Nothing readable leaks from the encrypted file.
  expect(share.bytes.toString('utf8')).not.toContain('Lead the regional');

  // --- Mentor (English UI): has a journal of their own.
  const mentor = await newPerson(browser, 'en');
  await mentor.page.goto('/journal');
  await createEntry(mentor.page, { title: 'My own reflection', date: '2026-09-02', kind: 'reflection', body: 'Mine.' });
  const mentorBefore = await dumpStore(mentor.page);

  await mentor.page.goto('/mentees');
  await expect(mentor.page.getByRole('heading', { name: 'No files from mentees yet' })).toBeVisible();
  await mentor.page.getByLabel('Choose a file', { exact: true }).setInputFiles(share.file);
  await mentor.page.getByLabel('Passphrase', { exact: true }).fill('kopi-tubruk-2026');
  await mentor.page.getByRole('button', { name: 'Open' }).click();
  await expect(mentor.page.getByText('Share file added to Mentees.')).toBeVisible();
  await mentor.page.getByRole('link', { name: 'Review now' }).click();

  await expect(mentor.page.getByRole('heading', { level: 1, name: 'Rina Wati' })).toBeVisible();
  await expect(mentor.page.getByTestId('review-goal')).toHaveCount(1);
  await expect(mentor.page.getByTestId('review-goal')).toContainText('Lead the regional data project');
  await expect(mentor.page.getByTestId('review-assessment')).toHaveCount(1);
  // Built-in competencies read in the mentor's own language.
  await expect(mentor.page.getByTestId('review-assessment')).toContainText('Communication · +2');
  // The mentee's radar with its table of the same numbers, as on their own results screen.
  await expect(mentor.page.getByTestId('review-assessment').locator('svg.radar[role="img"]')).toBeVisible();
  await expect(mentor.page.getByTestId('review-assessment').getByRole('table')).toBeVisible();
  // The draft goal, the older assessment, the networking note and the person stayed home.
  await expect(mentor.page.getByText('Private idea')).toHaveCount(0);
  await expect(mentor.page.getByText('Coffee with the deputy')).toHaveCount(0);
  await expect(mentor.page.getByText('Pak Budi')).toHaveCount(0);
  // Read-only: no editable field of the mentee's data, only comment boxes and the author name.
  const editable = mentor.page.locator('main input:not(#feedback-author):not([type=file]):not([type=password]), main select');
  await expect(editable).toHaveCount(0);

  await mentor.page.getByRole('textbox', { name: /Your comment: Lead the regional data project/ }).fill('Good scope. Book the first report review with your director.');
  await mentor.page.getByTestId('review-assessment').getByRole('textbox', { name: /Your comment/ }).fill('Communication is the gap: present at the next coordination meeting.');
  await expect(mentor.page.getByTestId('my-comment-count')).toHaveText('2 comments');
  await mentor.page.getByLabel('Your name').fill('Pak Hendra');
  await expectNoA11yViolations(mentor.page);
  await screenshot(mentor.page, 'mentor-review-390-en');

  // Comments survive a reload (saved as typed).
  await mentor.page.reload();
  await expect(mentor.page.getByRole('textbox', { name: /Your comment: Lead the regional data project/ })).toHaveValue(/Good scope/);
  const feedback = await downloadVia(mentor.page, 'Save feedback file', dir, 'mentor-');
  expect(feedback.name).toMatch(/^jejak-feedback-\d{4}-\d{2}-\d{2}\.json$/);
  const fb = JSON.parse(feedback.bytes.toString('utf8'));
  expect(fb.format).toBe('jejak-feedback');
  expect(fb.author).toBe('Pak Hendra');
  expect(fb.records.map((r: { target: string }) => r.target).sort()).toEqual([GOAL_ID, NEW_ASSESSMENT].sort());

  // The mentor's own journal is unchanged: same records, plus only their two comments.
  const mentorAfter = await dumpStore(mentor.page);
  const own = (d: typeof mentorAfter) => d.records.filter((r) => r.kind !== 'comment' && r.kind !== 'setting');
  expect(own(mentorAfter)).toEqual(own(mentorBefore));
  expect(mentorAfter.records.filter((r) => r.kind === 'comment')).toHaveLength(2);

  // --- Mentee imports the feedback.
  await mentee.page.goto('/data');
  await chooseImportFile(mentee.page, feedback.file, 'id');
  await expect(mentee.page.getByTestId('feedback-counts')).toContainText('2 komentar baru');
  await mentee.page.getByRole('button', { name: 'Tambahkan umpan balik' }).click();
  await expect(mentee.page.getByRole('status').filter({ hasText: 'Impor selesai' })).toBeVisible();

  // Today lists both as new, with links to the goal and the assessment.
  await mentee.page.goto('/');
  const card = mentee.page.locator('.today-feedback');
  await expect(card.getByTestId('feedback-line')).toHaveCount(2);
  await expect(card).toContainText('Pak Hendra');
  await expectNoA11yViolations(mentee.page);
  await screenshot(mentee.page, 'mentor-feedback-today-390-id');

  // Beside the goal.
  await card.getByRole('link', { name: 'Tentang tujuan' }).click();
  await expect(mentee.page.getByTestId('received-comment')).toContainText('Good scope');
  await mentee.page.getByTestId('received-comment').getByRole('button', { name: 'Tandai sudah dibaca' }).click();
  await mentee.page.reload();
  await expect(mentee.page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(mentee.page.getByTestId('received-comment')).toContainText('Good scope');
  await expect(mentee.page.getByTestId('received-comment').getByRole('button', { name: 'Tandai sudah dibaca' })).toHaveCount(0);
  await mentee.page.goto('/');
  await expect(mentee.page.locator('.today-feedback').getByTestId('feedback-line')).toHaveCount(1);

  // And beside the assessment's results.
  await mentee.page.goto(`/competencies/assessment/${NEW_ASSESSMENT}`);
  await expect(mentee.page.getByTestId('received-comment')).toContainText('Communication is the gap');

  // Re-import: nothing new, nothing written.
  const before = await dumpStore(mentee.page);
  await mentee.page.goto('/data');
  await chooseImportFile(mentee.page, feedback.file, 'id');
  await expect(mentee.page.getByText('Semua komentar dalam file ini sudah ada.')).toBeVisible();
  await expect(mentee.page.getByRole('button', { name: 'Tambahkan umpan balik' })).toHaveCount(0);
  expect(await dumpStore(mentee.page)).toEqual(before);

  expect(mentee.problems).toEqual([]);
  expect(mentor.problems).toEqual([]);
  await mentee.page.context().close();
  await mentor.page.context().close();
});

test('a share file opened by its own author, or feedback for someone else, is refused and changes nothing', async ({ browser }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jejak-mentor-'));
  const a = await newPerson(browser, 'en', 1280);
  await a.page.goto('/data');
  const backup = path.join(dir, 'a.json');
  fs.writeFileSync(backup, menteeBackup());
  await chooseImportFile(a.page, backup);
  await a.page.getByRole('button', { name: 'Import now' }).click();
  await expect(a.page.getByRole('status').filter({ hasText: 'Import finished' })).toBeVisible();
  await a.page.goto('/share');
  await a.page.getByLabel('Your name').fill('Andi');
  const share = await downloadVia(a.page, 'Save share file', dir, 'a-');
  const before = await dumpStore(a.page);
  await a.page.goto('/mentees');
  await a.page.getByLabel('Choose a file', { exact: true }).setInputFiles(share.file);
  await expect(a.page.getByTestId('import-error')).toHaveText(/a share file you made yourself/);

  const stranger = {
    format: 'jejak-feedback', version: 1, app_version: '0.1.0', exported_at: '2026-09-01T00:00:00.000Z',
    device: 'x', package_id: '6f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f', mentee_id: '1f1c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f',
    author: 'Someone', records: [],
  };
  const file = path.join(dir, 'stranger.json');
  fs.writeFileSync(file, JSON.stringify(stranger));
  await a.page.goto('/data');
  await chooseImportFile(a.page, file);
  await expect(a.page.getByTestId('import-error')).toHaveText(/answers someone else's share/);
  expect(await dumpStore(a.page)).toEqual(before);
  expect(a.problems).toEqual([]);
  await a.page.context().close();
});

test('mentees inbox: newer package replaces older, history kept, and a mentee can be removed', async ({ browser }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jejak-mentor-'));
  const mentee = await newPerson(browser, 'en', 1280);
  await mentee.page.goto('/data');
  const backup = path.join(dir, 'm.json');
  fs.writeFileSync(backup, menteeBackup());
  await chooseImportFile(mentee.page, backup);
  await mentee.page.getByRole('button', { name: 'Import now' }).click();
  await expect(mentee.page.getByRole('status').filter({ hasText: 'Import finished' })).toBeVisible();
  await mentee.page.goto('/share');
  await mentee.page.getByLabel('Your name').fill('Rina');
  const first = await downloadVia(mentee.page, 'Save share file', dir, 'first-');
  // Second share a little later, also with the journal entries (networking is private: opt in).
  await mentee.page.getByLabel('Include journal entries').check();
  await expect(mentee.page.getByTestId('share-total')).toContainText('2 records');
  await mentee.page.getByLabel(/^Networking/).check();
  await expect(mentee.page.getByTestId('share-total')).toContainText('3 records');
  await mentee.page.waitForTimeout(20);
  const second = await downloadVia(mentee.page, 'Save share file', dir, 'second-');

  const mentor = await newPerson(browser, 'en', 1280);
  await mentor.page.goto('/mentees');
  for (const f of [second.file, first.file]) {
    await mentor.page.getByLabel('Choose a file', { exact: true }).setInputFiles(f);
    await expect(mentor.page.getByText('Share file added to Mentees.')).toBeVisible();
  }
  await expect(mentor.page.locator('.mentee-card')).toHaveCount(1);
  await expect(mentor.page.locator('.mentee-card')).toContainText('1 older package');
  await mentor.page.locator('.mentee-card').getByRole('link', { name: 'Rina' }).click();
  // The newest one (with the entry) is under review; the older one is in the history.
  await expect(mentor.page.getByTestId('review-entry')).toContainText('Coffee with the deputy');
  await mentor.page.getByRole('heading', { name: 'Earlier files' }).scrollIntoViewIfNeeded();
  await expect(mentor.page.locator('.review-history a')).toHaveCount(1);
  await expectNoA11yViolations(mentor.page);
  await screenshot(mentor.page, 'mentor-review-1280-en');
  await mentor.page.reload();
  await expect(mentor.page.getByTestId('review-entry')).toContainText('Coffee with the deputy');

  await mentor.page.goto('/mentees');
  await mentor.page.getByRole('button', { name: 'Remove from this device' }).click();
  await mentor.page.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(mentor.page.getByRole('heading', { name: 'No files from mentees yet' })).toBeVisible();
  await mentor.page.reload();
  await expect(mentor.page.getByRole('heading', { name: 'No files from mentees yet' })).toBeVisible();
  expect(mentee.problems).toEqual([]);
  expect(mentor.problems).toEqual([]);
  await mentee.page.context().close();
  await mentor.page.context().close();
});
