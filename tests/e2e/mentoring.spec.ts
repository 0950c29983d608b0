// Mentoring: people (add, search, role filter, pause), a two-week mentor with a planned session
// that is held with two action items, the cadence figures after a reload, the open actions on
// Today (overdue first), "start a session now" with the agenda pre-filled from the last session,
// an overdue mentor, the .ics export checked line by line, and screenshots at 390 and 1280 px in
// both languages, light and dark.
import { test, expect, type Page } from '@playwright/test';
import { openApp, useLanguage, screenshot, expectNoA11yViolations, downloadVia, watchForProblems, type LangCode } from './helpers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const DAY = 24 * 60 * 60 * 1000;
/** yyyy-mm-dd of today + n days (the browser runs in UTC, see playwright.config.ts). */
const isoDay = (n: number, from = Date.now()) => new Date(from + n * DAY).toISOString().slice(0, 10);
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
};
/** The app's long date ("9 December 2026") of today + n days. */
function longDay(n: number, lang: LangCode = 'en', from = Date.now()): string {
  const d = new Date(from + n * DAY);
  return `${d.getUTCDate()} ${MONTHS[lang][d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const main = (page: Page) => page.getByRole('main');
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

interface PersonInput {
  name: string;
  organisation?: string;
  unit?: string;
  /** Cadence value: weekly, biweekly, monthly, quarterly, none */
  cadence?: string;
  /** Role values to tick besides the default "mentor". */
  roles?: string[];
  /** Role values to untick. */
  unroles?: string[];
  met?: string;
  notes?: string;
}

/** "Add person" on the People list, fill in, Esc back to the list. Ends on the list. */
async function addPerson(page: Page, p: PersonInput): Promise<void> {
  if (!/^https?:/.test(page.url()) || new URL(page.url()).pathname !== '/people') await openApp(page, '/people');
  await main(page).getByRole('button', { name: 'Add person', exact: true }).first().click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}\?new=1/);
  await expect(main(page).getByLabel('Name', { exact: true })).toBeFocused();
  await fillPerson(page, p);
  await expect(h1(page, p.name)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(h1(page, 'Mentoring')).toBeVisible();
  await expect(personCard(page, p.name)).toBeVisible();
}

async function fillPerson(page: Page, p: Partial<PersonInput>): Promise<void> {
  const m = main(page);
  if (p.name !== undefined) await m.getByLabel('Name', { exact: true }).fill(p.name);
  if (p.organisation !== undefined) await m.getByLabel('Organisation').fill(p.organisation);
  if (p.unit !== undefined) await m.getByLabel('Unit', { exact: true }).fill(p.unit);
  if (p.cadence !== undefined) await m.getByLabel('Agreed cadence').selectOption(p.cadence);
  const roles = m.getByRole('group', { name: 'Roles' });
  for (const r of p.roles ?? []) await roles.locator(`input[value="${r}"]`).check();
  for (const r of p.unroles ?? []) await roles.locator(`input[value="${r}"]`).uncheck();
  if (p.met !== undefined) await m.getByLabel('How and where you met').fill(p.met);
  if (p.notes !== undefined) await m.getByLabel('Contact notes').fill(p.notes);
}

function personCard(page: Page, name: string) {
  return main(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

async function openPerson(page: Page, name: string): Promise<void> {
  await personCard(page, name).getByRole('link', { name, exact: true }).click();
  await expect(h1(page, name)).toBeVisible();
}

const cadence = (page: Page) => main(page).getByRole('region', { name: 'Cadence' });
const sessionStatus = (page: Page) => main(page).getByRole('region', { name: 'Session status' });
const actionItems = (page: Page) => main(page).getByRole('region', { name: 'Action items' });
const todayCard = (page: Page) => main(page).getByRole('region', { name: 'Mentoring' });

async function addAction(page: Page, text: string, opts: { owner?: 'me' | 'them'; due?: string } = {}): Promise<void> {
  const box = actionItems(page);
  if (opts.owner) await box.getByLabel('Owner').selectOption(opts.owner);
  if (opts.due) await box.getByLabel('Due date (optional)').fill(opts.due);
  const input = box.getByRole('textbox', { name: 'New action item' });
  await input.fill(text);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(box.getByRole('checkbox', { name: text })).toBeVisible();
}

/** Unfolds an .ics file into content lines after checking CRLF and the 75-octet limit. */
function icsLines(bytes: Buffer): string[] {
  const text = bytes.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  const out: string[] = [];
  for (const line of physical) {
    expect(line, 'no bare line breaks').not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    if (line.startsWith(' ')) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  return out;
}

test.beforeEach(async ({ page }) => {
  await useLanguage(page, 'en');
});

test('a two-week mentor: plan, hold with two actions, reload, Today and the .ics export', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchForProblems(page);
  await openApp(page, '/people');
  await expect(h1(page, 'Mentoring')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No mentors or contacts yet' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Add your first person' }).click();
  await fillPerson(page, {
    name: 'Dr. Ratna Siregar',
    organisation: 'Kementerian PANRB',
    unit: 'Biro SDM',
    cadence: 'biweekly',
    met: 'Pelatihan kepemimpinan, 2025',
  });
  await expect(main(page)).toContainText('Overdue when not met for 2 weeks + 4 days.');
  // Starting today with a two-week cadence: the first session is due in 14 days.
  await expect(cadence(page).getByTestId('next-due')).toHaveText(longDay(14));
  await expect(cadence(page).getByTestId('streak')).toHaveText('0 sessions');
  await expectNoA11yViolations(page);

  // Plan a session: it opens on the due date, planned.
  await cadence(page).getByRole('button', { name: 'Plan a session' }).click();
  await expect(h1(page, 'Session with Dr. Ratna Siregar')).toBeVisible();
  await expect(main(page).getByLabel('Date', { exact: true })).toHaveValue(isoDay(14));
  await expect(sessionStatus(page)).toContainText('Planned');
  // A session in the future cannot be held yet.
  await sessionStatus(page).getByRole('button', { name: 'Mark as held' }).click();
  await expect(sessionStatus(page).getByRole('alert')).toHaveText(
    'A session whose day has not come yet cannot be marked held.',
  );
  await main(page).getByLabel('Date', { exact: true }).fill(isoDay(0));
  await main(page).getByLabel('Time', { exact: true }).fill('09:30');
  await main(page).getByLabel('Agenda').fill('Rencana rotasi; umpan balik proyek perubahan');
  await main(page).getByRole('textbox', { name: 'Notes (Markdown)' }).fill('**Penting**: baca pedoman <script>window.__x=1</script> talenta.');
  await sessionStatus(page).getByRole('button', { name: 'Mark as held' }).click();
  await expect(sessionStatus(page)).toContainText(`Held on ${longDay(0)}.`);
  await main(page).locator('label[for="rating-4"]').click();
  await expect(main(page).getByRole('radio', { name: '4 of 5' })).toBeChecked();

  // Two action items: the later one first, the overdue one second (Today sorts them).
  await addAction(page, 'Perkenalkan ke Biro Hukum', { owner: 'them', due: isoDay(7) });
  await addAction(page, 'Kirim draf kajian kebijakan', { owner: 'me', due: isoDay(-1) });
  const late = actionItems(page).getByRole('listitem').filter({ hasText: 'Kirim draf kajian kebijakan' });
  await expect(late.getByText('Overdue', { exact: true })).toBeVisible();
  await expect(actionItems(page).getByRole('listitem').filter({ hasText: 'Perkenalkan' })).toContainText('Dr. Ratna Siregar');

  // Notes render safely: bold kept, the script is text, not an element.
  await main(page).getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(main(page).locator('.markdown strong')).toHaveText('Penting');
  await expect(main(page).locator('.markdown script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
  await expectNoA11yViolations(page);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(h1(page, 'Session with Dr. Ratna Siregar')).toBeVisible();
  await expect(sessionStatus(page)).toContainText('Held');
  await expect(main(page).getByLabel('Time', { exact: true })).toHaveValue('09:30');
  await expect(main(page).getByRole('radio', { name: '4 of 5' })).toBeChecked();
  await expect(actionItems(page).getByRole('checkbox')).toHaveCount(2);

  // Back on the person: next due 14 days after today's session, one on-time session.
  await page.keyboard.press('Escape');
  await expect(h1(page, 'Dr. Ratna Siregar')).toBeVisible();
  await expect(cadence(page).getByTestId('next-due')).toHaveText(longDay(14));
  await expect(cadence(page)).toContainText(`Last met${longDay(0)}`);
  await expect(cadence(page).getByTestId('held-90')).toHaveText('1 held · 0 expected');
  await expect(cadence(page).getByTestId('streak')).toHaveText('1 session');
  const open = main(page).getByRole('region', { name: 'Open action items' });
  await expect(open.getByRole('checkbox')).toHaveCount(2);
  await expect(open.locator('.action-text').first()).toHaveText('Kirim draf kajian kebijakan');

  // Today: who is due next, and the open actions with the overdue one first.
  await page.getByRole('navigation').getByRole('link', { name: 'Today', exact: true }).click();
  await expect(h1(page, 'Today')).toBeVisible();
  const card = todayCard(page);
  await expect(card.getByRole('link', { name: 'Dr. Ratna Siregar', exact: true })).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: 'Dr. Ratna Siregar' }).first()).toContainText(longDay(14));
  const rows = card.getByRole('listitem').filter({ has: page.getByRole('checkbox') });
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Kirim draf kajian kebijakan');
  await expect(rows.first().getByText('Overdue', { exact: true })).toBeVisible();
  await expect(rows.nth(1)).toContainText('Perkenalkan ke Biro Hukum');
  await expectNoA11yViolations(page);

  // Ticking it on Today sets its done date and it leaves the open list, also after a reload.
  // (A click, not check(): the ticked row leaves the list at once.)
  await card.getByRole('checkbox', { name: 'Kirim draf kajian kebijakan' }).click();
  await expect(rows).toHaveCount(1);
  await page.reload();
  await expect(todayCard(page).getByRole('listitem').filter({ has: page.getByRole('checkbox') })).toHaveCount(1);

  // Plan the next session (on the due date) at 10:00, then export the calendar.
  await openApp(page, '/people');
  await openPerson(page, 'Dr. Ratna Siregar');
  await cadence(page).getByRole('button', { name: 'Plan a session' }).click();
  await expect(main(page).getByLabel('Date', { exact: true })).toHaveValue(isoDay(14));
  await main(page).getByLabel('Time', { exact: true }).fill('10:00');
  await main(page).getByLabel('Duration (minutes)').fill('45');
  await expect(main(page).getByLabel('Agenda')).toHaveValue(
    'Open action items from the last session:\n- Perkenalkan ke Biro Hukum (Dr. Ratna Siregar, due ' + longDay(7) + ')\n',
  );
  const sessionId = new URL(page.url()).pathname.split('/').pop();
  await page.keyboard.press('Escape');
  await expect(h1(page, 'Dr. Ratna Siregar')).toBeVisible();
  await expect(cadence(page)).toContainText(`Next planned session${longDay(14)}, 10:00`);

  const dir = mkdtempSync(path.join(tmpdir(), 'jejak-ics-'));
  const dl = await downloadVia(page, 'Export to calendar (.ics)', dir);
  expect(dl.name).toBe(`jejak-mentoring-dr-ratna-siregar-${isoDay(0)}.ics`);
  const lines = icsLines(dl.bytes);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
  expect(lines).toContain(`UID:${sessionId}@jejak`);
  expect(lines).toContain(`DTSTART:${isoDay(14).replaceAll('-', '')}T100000`);
  expect(lines).toContain('DURATION:PT45M');
  expect(lines).toContain('SUMMARY:Mentoring with Dr. Ratna Siregar');
  // The cadence: every two weeks from the due date, at the time of the last session.
  expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2');
  expect(lines).toContain(`DTSTART:${isoDay(14).replaceAll('-', '')}T093000`);
  expect(lines).toContain('SUMMARY:Mentoring with Dr. Ratna Siregar (Every 2 weeks)');
  // The agenda travels escaped: the comma and line breaks of the pre-filled text.
  const description = lines.find((l) => l.startsWith('DESCRIPTION:Mode: Online'));
  expect(description).toContain('Agenda:\\nOpen action items from the last session:\\n- Perkenalkan ke Biro Hukum (Dr. Ratna Siregar\\, due');
  expect(lines.filter((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toHaveLength(2);
  expect(problems).toEqual([]);
});

test('start a session now: the agenda lists the open actions of the last one', async ({ page }) => {
  await openApp(page, '/people');
  await addPerson(page, { name: 'Budi Santoso', cadence: 'monthly', roles: ['coach'], unroles: ['mentor'] });
  await openPerson(page, 'Budi Santoso');
  await cadence(page).getByRole('button', { name: 'Start a session now' }).click();
  await expect(h1(page, 'Session with Budi Santoso')).toBeVisible();
  // Held right away, today, at the current quarter hour; nothing to carry over yet.
  await expect(sessionStatus(page)).toContainText(`Held on ${longDay(0)}.`);
  await expect(main(page).getByLabel('Agenda')).toHaveValue('');
  await addAction(page, 'Baca buku Crucial Conversations', { due: isoDay(10) });
  await addAction(page, 'Susun rencana pengembangan individu');
  await actionItems(page).getByRole('checkbox', { name: 'Susun rencana pengembangan individu' }).check();
  await expect(actionItems(page).getByRole('listitem').filter({ hasText: 'Susun rencana' })).toContainText(`Done ${longDay(0)}`);

  // A second session today reuses the one already there only when it is planned; this one is
  // held, so "start now" makes a new one, its agenda carrying the one open action.
  await page.keyboard.press('Escape');
  await cadence(page).getByRole('button', { name: 'Start a session now' }).click();
  await expect(main(page).getByLabel('Agenda')).toHaveValue(
    `Open action items from the last session:\n- Baca buku Crucial Conversations (Me, due ${longDay(10)})\n`,
  );
  await page.keyboard.press('Escape');
  const sessions = main(page).getByRole('region', { name: 'Sessions' });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);

  // Delete one session: it goes with its actions.
  await sessions.getByRole('link').first().click();
  await main(page).getByRole('button', { name: 'Delete session' }).click();
  await main(page).getByRole('button', { name: 'Yes, delete the session' }).click();
  await expect(h1(page, 'Budi Santoso')).toBeVisible();
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
});

test('search, role filter, validation and an untouched new person is discarded', async ({ page }) => {
  await openApp(page, '/people');
  await addPerson(page, { name: 'Ratna Siregar', organisation: 'Kementerian Keuangan', unit: 'Direktorat Anggaran' });
  await addPerson(page, { name: 'Agus Pratama', roles: ['supervisor', 'coach'], unroles: ['mentor'], cadence: 'weekly' });
  await addPerson(page, { name: 'Wulan Putri', roles: ['peer'], unroles: ['mentor'], cadence: 'none', notes: 'Teman satu angkatan CPNS' });
  await expect(main(page)).toContainText('3 people');

  await main(page).getByLabel('Search people').fill('keuangan');
  await expect(personCard(page, 'Ratna Siregar')).toBeVisible();
  await expect(main(page)).toContainText('1 of 3 people');
  await main(page).getByLabel('Search people').fill('angkatan');
  await expect(personCard(page, 'Wulan Putri')).toBeVisible();
  await expect(personCard(page, 'Ratna Siregar')).toHaveCount(0);
  await main(page).getByLabel('Search people').fill('');
  await main(page).getByLabel('Role', { exact: true }).selectOption('coach');
  await expect(personCard(page, 'Agus Pratama')).toBeVisible();
  await expect(main(page)).toContainText('1 of 3 people');
  await main(page).getByLabel('Role', { exact: true }).selectOption('peer');
  await main(page).getByLabel('Search people').fill('ratna');
  await expect(main(page).getByText('No one matches this search.')).toBeVisible();
  // The filters survive opening someone and coming back.
  await main(page).getByLabel('Search people').fill('');
  await openPerson(page, 'Wulan Putri');
  await expect(cadence(page).getByTestId('next-due')).toHaveText('Not counted');
  await page.keyboard.press('Escape');
  await expect(main(page).getByLabel('Role', { exact: true })).toHaveValue('peer');
  await main(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(main(page)).toContainText('3 people');

  // Validation: a name and a role are required; the message is announced beside the field.
  await openPerson(page, 'Agus Pratama');
  await main(page).getByLabel('Name', { exact: true }).fill('');
  await expect(main(page).getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(main(page)).toContainText('A name is required.');
  await main(page).getByLabel('Name', { exact: true }).fill('Agus Pratama, S.E.');
  const roles = main(page).getByRole('group', { name: 'Roles' });
  await roles.locator('input[value="supervisor"]').uncheck();
  await roles.locator('input[value="coach"]').uncheck();
  await expect(main(page)).toContainText('Choose at least one role.');
  await roles.locator('input[value="contact"]').check();
  await expect(main(page)).not.toContainText('Choose at least one role.');
  await page.keyboard.press('Escape');
  await expect(personCard(page, 'Agus Pratama, S.E.')).toContainText('Contact');

  // "Add person" and straight back: no "Unnamed" person is left behind.
  await main(page).getByRole('button', { name: 'Add person', exact: true }).click();
  await expect(main(page).getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(main(page)).toContainText('3 people');
  await page.reload();
  await expect(main(page)).toContainText('3 people');

  await openApp(page, '/people/does-not-exist');
  await expect(main(page).getByRole('alert')).toHaveText('This person was not found. They may have been deleted.');
  await openApp(page, '/sessions/does-not-exist');
  await expect(main(page).getByRole('alert')).toHaveText('This session was not found. It may have been deleted.');
});

test('a weekly mentor not met for a month is overdue until paused; delete takes the sessions', async ({ page }) => {
  const now = Date.now();
  await page.clock.setFixedTime(new Date(now - 40 * DAY));
  await openApp(page, '/people');
  await addPerson(page, { name: 'Hendra Kusuma', cadence: 'weekly' });
  await openPerson(page, 'Hendra Kusuma');
  await cadence(page).getByRole('button', { name: 'Start a session now' }).click();
  await expect(sessionStatus(page)).toContainText('Held');
  await page.keyboard.press('Escape');

  await page.clock.setFixedTime(new Date(now));
  await page.reload();
  await expect(h1(page, 'Hendra Kusuma')).toBeVisible();
  // Last met 40 days ago, due 7 days after: 33 days overdue; the streak is broken.
  await expect(cadence(page).getByText('Overdue by 33 days')).toBeVisible();
  await expect(cadence(page).getByTestId('next-due')).toHaveText(longDay(-33, 'en', now));
  await expect(cadence(page).getByTestId('streak')).toHaveText('0 sessions');
  // 90 days, of which the last 41 since the start count: 41 / 7 = 5.9 → 6 expected.
  await expect(cadence(page).getByTestId('held-90')).toHaveText('1 held · 6 expected');

  await page.getByRole('navigation').getByRole('link', { name: 'Today', exact: true }).click();
  await expect(todayCard(page)).toContainText('Not met for too long');
  await expect(todayCard(page).getByText('Overdue by 33 days')).toBeVisible();

  // Paused: nothing is due and nobody is overdue.
  await openApp(page, '/people');
  await expect(personCard(page, 'Hendra Kusuma').getByText('Overdue by 33 days')).toBeVisible();
  await openPerson(page, 'Hendra Kusuma');
  await main(page).getByRole('region', { name: 'Relationship' }).getByRole('button', { name: 'Pause' }).click();
  await expect(main(page).getByRole('region', { name: 'Relationship' })).toContainText(`Paused since ${longDay(0, 'en', now)}`);
  await expect(cadence(page).getByTestId('next-due')).toHaveText('None while paused');
  await expect(cadence(page).getByText('Overdue by 33 days')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(personCard(page, 'Hendra Kusuma')).toContainText('Paused');
  await expect(personCard(page, 'Hendra Kusuma').getByText(/Overdue/)).toHaveCount(0);

  await openPerson(page, 'Hendra Kusuma');
  await main(page).getByRole('button', { name: 'Delete this person' }).click();
  await expect(main(page)).toContainText('Delete this person with all their sessions and action items?');
  await main(page).getByRole('button', { name: 'Yes, delete this person' }).click();
  await expect(page.getByRole('heading', { name: 'No mentors or contacts yet' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No mentors or contacts yet' })).toBeVisible();
  // Today falls back to its welcome: nothing is left.
  await openApp(page, '/');
  await expect(todayCard(page)).toHaveCount(0);
});

// ---------------------------------------------------------------------------------------------
// Screenshots: People, a person, a session and Today at 390 and 1280 px, English and
// Indonesian, light and dark; axe on each.
// ---------------------------------------------------------------------------------------------

const HEADINGS = {
  en: { people: 'Mentoring', today: 'Today', session: 'Session with Dr. Ratna Siregar' },
  id: { people: 'Mentoring', today: 'Hari ini', session: 'Sesi dengan Dr. Ratna Siregar' },
} as const;

async function seedForScreens(page: Page): Promise<{ person: string; session: string }> {
  await openApp(page, '/people');
  await addPerson(page, {
    name: 'Dr. Ratna Siregar',
    organisation: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    unit: 'Biro Sumber Daya Manusia',
    cadence: 'biweekly',
    roles: ['coach'],
    met: 'Pelatihan Kepemimpinan Administrator angkatan IV, Jakarta',
    notes: 'Lebih suka dihubungi lewat surel kantor. Jadwal kosong biasanya Kamis pagi.',
  });
  await addPerson(page, { name: 'Agus Pratama', roles: ['supervisor'], unroles: ['mentor'], cadence: 'monthly', organisation: 'Badan Kepegawaian Negara' });
  await addPerson(page, { name: 'Wulan Putri', roles: ['peer'], unroles: ['mentor'], cadence: 'none' });
  await openPerson(page, 'Dr. Ratna Siregar');
  const person = new URL(page.url()).pathname.split('/').pop()!;
  await cadence(page).getByRole('button', { name: 'Start a session now' }).click();
  await main(page).getByLabel('Time', { exact: true }).fill('09:30');
  await main(page).getByLabel('Agenda').fill('Rencana rotasi ke Biro Perencanaan; umpan balik atas proyek perubahan.');
  await main(page).getByRole('textbox', { name: 'Notes (Markdown)' }).fill('## Yang dibahas\n\n- **Rotasi**: bicarakan dengan atasan bulan depan\n- Proyek perubahan: fokus pada layanan arsip');
  await main(page).getByLabel('Outcomes').fill('Sepakat menyusun rencana pengembangan individu sebelum sesi berikutnya.');
  await main(page).getByLabel('Feedback received').fill('Presentasi sudah jelas; kurangi jumlah slide.');
  await main(page).locator('label[for="rating-5"]').click();
  await addAction(page, 'Kirim draf rencana pengembangan individu', { due: isoDay(-2) });
  await addAction(page, 'Perkenalkan ke Kepala Biro Perencanaan', { owner: 'them', due: isoDay(10) });
  await addAction(page, 'Baca pedoman manajemen talenta ASN', { owner: 'me', due: isoDay(5) });
  await actionItems(page).getByRole('checkbox', { name: 'Baca pedoman manajemen talenta ASN' }).check();
  const session = new URL(page.url()).pathname.split('/').pop()!;
  await page.keyboard.press('Escape');
  await cadence(page).getByRole('button', { name: 'Plan a session' }).click();
  await main(page).getByLabel('Time', { exact: true }).fill('10:00');
  await page.keyboard.press('Escape');
  return { person, session };
}

test.describe('screenshots', () => {
  test('people, person, session and Today at 390 and 1280, en and id, light and dark', async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    // Runs after the beforeEach script that sets English on every load: the language chosen
    // for this round (kept in sessionStorage) wins.
    await page.addInitScript(() => {
      const l = sessionStorage.getItem('shot-lang');
      if (l) localStorage.setItem('jejak:lang', l);
    });
    const { person, session } = await seedForScreens(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const lang of ['en', 'id'] as const) {
        await page.evaluate((l) => sessionStorage.setItem('shot-lang', l), lang);
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
          const tag = `${scheme}-${lang}-${width}`;
          await openApp(page, '/people');
          await expect(h1(page, HEADINGS[lang].people)).toBeVisible();
          await expect(page.locator('.person-card')).toHaveCount(3);
          await expectNoA11yViolations(page);
          await screenshot(page, `mentoring-people-${tag}`);
          await openApp(page, `/people/${person}`);
          await expect(h1(page, 'Dr. Ratna Siregar')).toBeVisible();
          await expectNoA11yViolations(page);
          await screenshot(page, `mentoring-person-${tag}`);
          await openApp(page, `/sessions/${session}`);
          await expect(h1(page, HEADINGS[lang].session)).toBeVisible();
          await expectNoA11yViolations(page);
          await screenshot(page, `mentoring-session-${tag}`);
          await openApp(page, '/');
          await expect(h1(page, HEADINGS[lang].today)).toBeVisible();
          await expect(page.locator('.today-mentoring')).toBeVisible();
          await expectNoA11yViolations(page);
          await screenshot(page, `mentoring-today-${tag}`);
        }
      }
    }
  });
});
