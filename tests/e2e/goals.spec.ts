// Goals: the list with progress bars, flags and filters; the goal detail with its autosaving
// form, status actions, milestones (add, tick off, reorder, remove), manual progress, history and
// delete; linking journal entries to goals from the entry editor; screenshots in both languages.
import { test, expect, type Page } from '@playwright/test';
import { openApp, useLanguage, fillEntry, screenshot, expectNoA11yViolations, importRecords } from './helpers';

test.beforeEach(async ({ page }) => {
  await useLanguage(page, 'en');
});

const DAY = 24 * 60 * 60 * 1000;
/** yyyy-mm-dd of today + n days (the browser runs in UTC, see playwright.config.ts). */
const isoDay = (n: number, from = Date.now()) => new Date(from + n * DAY).toISOString().slice(0, 10);

const main = (page: Page) => page.getByRole('main');
const goalsHeading = (page: Page, name = 'Goals') =>
  page.getByRole('heading', { level: 1, name, exact: true });

interface GoalInput {
  title: string;
  why?: string;
  measure?: string;
  /** GoalCategory value: skill, role, project, network, learning, wellbeing */
  category?: string;
  /** yyyy-mm-dd */
  target?: string;
  activate?: boolean;
  milestones?: { title: string; due?: string }[];
  progress?: string;
}

/** Opens the Goals list (through the navigation when the app is open). */
async function openGoals(page: Page, name = 'Goals'): Promise<void> {
  if (!/^https?:/.test(page.url())) {
    await openApp(page, '/goals');
  } else if (new URL(page.url()).pathname !== '/goals') {
    await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  }
  await expect(goalsHeading(page, name)).toBeVisible();
}

/** Fills the open goal's fields (only those given) and adds its milestones. */
async function fillGoal(page: Page, g: Partial<GoalInput>): Promise<void> {
  const m = main(page);
  if (g.title !== undefined) await m.getByLabel('Title', { exact: true }).fill(g.title);
  if (g.why !== undefined) await m.getByLabel('Why it matters').fill(g.why);
  if (g.measure !== undefined) await m.getByLabel('Measure of success').fill(g.measure);
  if (g.category !== undefined) await m.getByLabel('Category', { exact: true }).selectOption(g.category);
  if (g.target !== undefined) await m.getByLabel('Target date').fill(g.target);
  if (g.activate) {
    await m.getByRole('button', { name: 'Activate' }).click();
    await expect(status(page)).toContainText('Active');
  }
  for (const ms of g.milestones ?? []) await addMilestone(page, ms.title, ms.due);
  if (g.progress !== undefined) {
    await m.getByLabel('Progress (%)').fill(g.progress);
    await m.getByLabel('Progress (%)').press('Tab');
  }
}

async function addMilestone(page: Page, title: string, due?: string): Promise<void> {
  const m = main(page);
  if (due) await m.getByLabel('Due date (optional)').fill(due);
  const input = m.getByLabel('New milestone');
  await input.fill(title);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(m.getByRole('checkbox', { name: title, exact: true })).toBeVisible();
}

/** "New goal" on the list, fill it in, Esc back to the list. Ends on the list. */
async function createGoal(page: Page, g: GoalInput): Promise<void> {
  await openGoals(page);
  await main(page).getByRole('button', { name: 'New goal', exact: true }).click();
  await expect(main(page).getByLabel('Title', { exact: true })).toBeFocused();
  await fillGoal(page, g);
  await expect(page.getByRole('heading', { level: 1, name: g.title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(goalsHeading(page)).toBeVisible();
  await expect(goalCard(page, g.title)).toBeVisible();
}

function goalCard(page: Page, title: string) {
  return main(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

async function openGoal(page: Page, title: string): Promise<void> {
  await goalCard(page, title).getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

const status = (page: Page) => main(page).getByRole('region', { name: 'Status' });
const milestoneNames = (page: Page) =>
  main(page).getByRole('region', { name: 'Milestones' }).getByRole('checkbox');
async function milestoneOrder(page: Page): Promise<string[]> {
  return main(page).locator('.milestone-title').allInnerTexts();
}
const listedGoals = (page: Page) => main(page).locator('.goal-card-link').allInnerTexts();

test('empty state explains goals and creates the first one', async ({ page }) => {
  await openApp(page, '/goals');
  await expect(goalsHeading(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  await expect(main(page)).toContainText('Goals give your journal a direction');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Create your first goal' }).click();
  await expect(page).toHaveURL(/\/goals\/[0-9a-f-]{36}/);
  await expect(main(page).getByLabel('Title', { exact: true })).toBeFocused();
  await expect(status(page)).toContainText('Draft');

  // Left untouched, the new goal is discarded on close: no "Untitled" goal is left behind.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
});

test('three milestones, two ticked: 67 % and the right flags after a reload', async ({ page }) => {
  await openGoals(page);
  await main(page).getByRole('button', { name: 'New goal', exact: true }).click();
  await fillGoal(page, {
    title: 'Menjadi fasilitator pelatihan',
    why: 'Agar bisa berbagi ilmu di unit kerja.',
    measure: 'Memfasilitasi dua kelas internal.',
    category: 'learning',
    target: isoDay(10),
    activate: true,
    milestones: [
      { title: 'Ikut ToT fasilitator', due: isoDay(-20) },
      { title: 'Menyusun modul', due: isoDay(-5) },
      { title: 'Kelas pertama', due: isoDay(-1) },
    ],
  });
  await main(page).getByRole('checkbox', { name: 'Ikut ToT fasilitator', exact: true }).check();
  await main(page).getByRole('checkbox', { name: 'Menyusun modul', exact: true }).check();
  await expect(status(page)).toContainText('67 %');
  await expect(status(page).getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('value', '67');
  await expect(main(page)).toContainText('2 of 3 milestones done');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(page.getByRole('heading', { level: 1, name: 'Menjadi fasilitator pelatihan' })).toBeVisible();
  await expect(status(page)).toContainText('67 %');
  await expect(main(page).getByRole('checkbox', { name: 'Ikut ToT fasilitator', exact: true })).toBeChecked();
  await expect(main(page).getByRole('checkbox', { name: 'Menyusun modul', exact: true })).toBeChecked();
  await expect(main(page).getByRole('checkbox', { name: 'Kelas pertama', exact: true })).not.toBeChecked();
  // The open milestone due yesterday is marked overdue; the ticked ones are not.
  const late = main(page).getByRole('listitem').filter({ hasText: 'Kelas pertama' });
  await expect(late.getByText('Overdue', { exact: true })).toBeVisible();
  await expect(main(page).getByRole('listitem').filter({ hasText: 'Menyusun modul' }).getByText('Overdue')).toHaveCount(0);
  await expect(main(page).getByLabel('Why it matters')).toHaveValue('Agar bisa berbagi ilmu di unit kerja.');
  await expect(main(page).getByLabel('Category', { exact: true })).toHaveValue('learning');
  await expect(main(page).getByLabel('Target date')).toHaveValue(isoDay(10));

  await page.keyboard.press('Escape');
  const card = goalCard(page, 'Menjadi fasilitator pelatihan');
  await expect(card).toContainText('67 %');
  await expect(card.getByRole('progressbar')).toHaveAttribute('value', '67');
  await expect(card.getByText('Due soon', { exact: true })).toBeVisible();
  await expect(card.getByText('1 overdue milestone', { exact: true })).toBeVisible();
  await expect(card.getByText('At risk', { exact: true })).toHaveCount(0);
  await expect(card).toContainText('Learning');
  await expect(card).toContainText('Active');
  await expectNoA11yViolations(page);

  // Today shows the goal among those needing attention, and its next milestone.
  await page.getByRole('navigation').getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const attention = main(page).locator('.card').filter({ hasText: 'Goals that need attention' });
  await expect(attention.getByRole('link', { name: 'Menjadi fasilitator pelatihan' })).toBeVisible();
  await expect(attention.getByText('Due soon', { exact: true })).toBeVisible();
  await expect(attention.getByRole('link', { name: 'Kelas pertama' })).toBeVisible();
});

test('at risk and overdue: goals activated long ago', async ({ page }) => {
  const now = Date.now();
  // Sixty days ago: activate two goals, one due in 5 days from now, one that ended 3 days ago.
  await page.clock.setFixedTime(new Date(now - 60 * DAY));
  await openGoals(page);
  await createGoal(page, { title: 'Sertifikasi manajemen risiko', target: isoDay(5, now), activate: true });
  await createGoal(page, { title: 'Laporan kajian', target: isoDay(-3, now), activate: true });
  await createGoal(page, {
    title: 'Belajar analisis data',
    target: isoDay(90, now),
    activate: true,
    progress: '80',
  });

  await page.clock.setFixedTime(new Date(now));
  await page.reload();
  await expect(goalsHeading(page)).toBeVisible();
  const risky = goalCard(page, 'Sertifikasi manajemen risiko');
  await expect(risky).toContainText('0 %');
  await expect(risky.getByText('At risk', { exact: true })).toBeVisible();
  await expect(risky.getByText('Due soon', { exact: true })).toBeVisible();
  const late = goalCard(page, 'Laporan kajian');
  await expect(late.getByText('Overdue', { exact: true })).toBeVisible();
  await expect(late.getByText('At risk', { exact: true })).toBeVisible();
  await expect(late.getByText('Due soon', { exact: true })).toHaveCount(0);
  const fine = goalCard(page, 'Belajar analisis data');
  await expect(fine).toContainText('80 %');
  await expect(fine.locator('.flag')).toHaveCount(0);
  // Most urgent first: overdue, then at risk, then the rest.
  expect(await listedGoals(page)).toEqual([
    'Laporan kajian',
    'Sertifikasi manajemen risiko',
    'Belajar analisis data',
  ]);
  await expectNoA11yViolations(page);
  await openGoal(page, 'Sertifikasi manajemen risiko');
  await expect(status(page)).toContainText(`Active since`);
  await expect(status(page).getByText('At risk', { exact: true })).toBeVisible();
});

test('link an entry from the journal editor and see it as evidence', async ({ page }) => {
  await openGoals(page);
  await createGoal(page, { title: 'Menguasai analisis kebijakan', category: 'skill', activate: true });
  await createGoal(page, { title: 'Tujuan yang sudah dihentikan' });
  await openGoal(page, 'Tujuan yang sudah dihentikan');
  await main(page).getByRole('button', { name: 'Drop' }).click();
  await main(page).getByRole('button', { name: 'Drop goal' }).click();
  await expect(status(page)).toContainText('Dropped');
  await page.keyboard.press('Escape');

  await openGoal(page, 'Menguasai analisis kebijakan');
  await expect(main(page)).toContainText('No entries linked yet');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation').getByRole('link', { name: 'Journal', exact: true }).click();
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Edit entry' })).toBeVisible();
  await fillEntry(page, { title: 'Membaca kajian RIA', date: '2026-03-02' });
  const linked = main(page).getByRole('group', { name: 'Linked goals' });
  await expect(linked.getByRole('checkbox')).toHaveCount(1); // dropped goals are not offered
  await linked.getByRole('checkbox', { name: /Menguasai analisis kebijakan/ }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal', exact: true })).toBeVisible();

  await page.reload();
  await openGoals(page);
  await openGoal(page, 'Menguasai analisis kebijakan');
  const evidence = main(page).getByRole('region', { name: 'Linked journal entries' });
  await expect(evidence.getByRole('link', { name: 'Membaca kajian RIA' })).toBeVisible();
  await expect(evidence).toContainText('2 March 2026');
  await evidence.getByRole('link', { name: 'Membaca kajian RIA' }).click();
  await expect(page.getByRole('heading', { name: 'Edit entry' })).toBeVisible();
  await expect(
    main(page).getByRole('group', { name: 'Linked goals' }).getByRole('checkbox', { name: /Menguasai analisis kebijakan/ }),
  ).toBeChecked();

  // Unticking removes the evidence again.
  await main(page).getByRole('group', { name: 'Linked goals' }).getByRole('checkbox').uncheck();
  await page.keyboard.press('Escape');
  await openGoals(page);
  await openGoal(page, 'Menguasai analisis kebijakan');
  await expect(main(page)).toContainText('No entries linked yet');
});

test('filters by status and category', async ({ page }) => {
  await openGoals(page);
  await createGoal(page, { title: 'Keterampilan presentasi', category: 'skill', activate: true });
  await createGoal(page, { title: 'Kenal tim Biro Hukum', category: 'network' });
  await createGoal(page, { title: 'Promosi ke Kasubbag', category: 'role', activate: true });
  await expect(main(page)).toContainText('3 goals');
  // Active before draft.
  expect((await listedGoals(page)).at(-1)).toBe('Kenal tim Biro Hukum');

  await main(page).getByLabel('Status', { exact: true }).selectOption('active');
  await expect(goalCard(page, 'Kenal tim Biro Hukum')).toHaveCount(0);
  await expect(goalCard(page, 'Keterampilan presentasi')).toBeVisible();
  await expect(main(page)).toContainText('2 of 3 goals');

  await main(page).getByLabel('Category', { exact: true }).selectOption('role');
  expect(await listedGoals(page)).toEqual(['Promosi ke Kasubbag']);

  await main(page).getByLabel('Category', { exact: true }).selectOption('network');
  await expect(main(page).getByText('No goals match these filters.')).toBeVisible();

  // The filters survive opening a goal and coming back.
  await main(page).getByLabel('Status', { exact: true }).selectOption('');
  await openGoal(page, 'Kenal tim Biro Hukum');
  await page.keyboard.press('Escape');
  await expect(main(page).getByLabel('Category', { exact: true })).toHaveValue('network');
  expect(await listedGoals(page)).toEqual(['Kenal tim Biro Hukum']);

  await main(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(main(page)).toContainText('3 goals');
});

test('reorder and remove milestones; the order is kept', async ({ page }) => {
  await openGoals(page);
  await main(page).getByRole('button', { name: 'New goal', exact: true }).click();
  await fillGoal(page, { title: 'Urutan tonggak', milestones: [{ title: 'Satu' }, { title: 'Dua' }, { title: 'Tiga' }] });
  expect(await milestoneOrder(page)).toEqual(['Satu', 'Dua', 'Tiga']);
  await expect(main(page).getByRole('button', { name: 'Move up: Satu' })).toBeDisabled();
  await expect(main(page).getByRole('button', { name: 'Move down: Tiga' })).toBeDisabled();

  await main(page).getByRole('button', { name: 'Move up: Tiga' }).click();
  await expect.poll(() => milestoneOrder(page)).toEqual(['Satu', 'Tiga', 'Dua']);
  // The focus stays with the moved milestone, so it can be moved again from the keyboard.
  await expect(main(page).getByRole('button', { name: 'Move up: Tiga' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => milestoneOrder(page)).toEqual(['Tiga', 'Satu', 'Dua']);
  await expect(main(page).getByRole('button', { name: 'Move down: Tiga' })).toBeFocused();

  await main(page).getByRole('button', { name: 'Move down: Satu' }).click();
  await expect.poll(() => milestoneOrder(page)).toEqual(['Tiga', 'Dua', 'Satu']);

  await main(page).getByRole('button', { name: 'Remove: Dua' }).click();
  await expect.poll(() => milestoneOrder(page)).toEqual(['Tiga', 'Satu']);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Urutan tonggak' })).toBeVisible();
  expect(await milestoneOrder(page)).toEqual(['Tiga', 'Satu']);
  await expect(milestoneNames(page)).toHaveCount(2);

  // An empty milestone title is refused with a message.
  await main(page).getByLabel('New milestone').press('Enter');
  await expect(main(page).getByLabel('New milestone')).toHaveAttribute('aria-invalid', 'true');
  await expect(main(page)).toContainText('Give the milestone a title first.');
});

test('achieve with a reflection, reopen, drop; history in words', async ({ page }) => {
  await openGoals(page);
  await main(page).getByRole('button', { name: 'New goal', exact: true }).click();
  await fillGoal(page, { title: 'Lulus uji kompetensi', activate: true, progress: '40' });
  await expect(status(page)).toContainText('40 %');

  await main(page).getByRole('button', { name: 'Mark achieved' }).click();
  const reflection = main(page).getByLabel('Short reflection: what made it work?');
  await expect(reflection).toBeFocused();
  // Esc closes the inline form first, not the screen.
  await page.keyboard.press('Escape');
  await expect(reflection).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Lulus uji kompetensi' })).toBeVisible();

  await main(page).getByRole('button', { name: 'Mark achieved' }).click();
  await reflection.fill('Belajar rutin tiap pagi dan latihan soal bersama rekan.');
  await main(page).getByRole('button', { name: 'Save as achieved' }).click();
  await expect(status(page)).toContainText('Achieved');
  await expect(status(page)).toContainText('100 %');
  await expect(status(page)).toContainText('Belajar rutin tiap pagi dan latihan soal bersama rekan.');

  await page.reload();
  await expect(status(page)).toContainText('Achieved on');
  const history = main(page).getByRole('region', { name: 'History' });
  await expect(history).toContainText('Goal created');
  await expect(history).toContainText('Goal activated');
  await expect(history).toContainText('Progress set to 40 %');
  await expect(history).toContainText('Status changed to Achieved');

  await main(page).getByRole('button', { name: 'Reopen' }).click();
  await expect(status(page)).toContainText('Active');
  await expect(status(page)).toContainText('40 %');
  await main(page).getByRole('button', { name: 'Drop' }).click();
  await main(page).getByLabel('Short reflection: why are you dropping it?').fill('Prioritas berubah.');
  await main(page).getByRole('button', { name: 'Drop goal' }).click();
  await expect(status(page)).toContainText('Dropped');
  await expect(history).toContainText('Status changed to Dropped');
  await expectNoA11yViolations(page);

  await page.keyboard.press('Escape');
  const card = goalCard(page, 'Lulus uji kompetensi');
  await expect(card).toContainText('Dropped');
});

test('validation, delete with a confirm step, unknown goal', async ({ page }) => {
  await openGoals(page);
  await createGoal(page, { title: 'Tujuan sementara', target: isoDay(30) });
  await openGoal(page, 'Tujuan sementara');
  const title = main(page).getByLabel('Title', { exact: true });
  await title.fill('');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(main(page)).toContainText('A title is required.');
  await title.fill('Tujuan yang dihapus');
  await expect(title).toHaveAttribute('aria-invalid', 'false');

  await main(page).getByRole('button', { name: 'Delete goal' }).click();
  await expect(main(page)).toContainText('Delete this goal with its milestones and history?');
  await main(page).getByRole('button', { name: 'Cancel' }).click();
  await main(page).getByRole('button', { name: 'Delete goal' }).click();
  await main(page).getByRole('button', { name: 'Yes, delete the goal' }).click();
  await expect(goalsHeading(page)).toBeVisible();
  await expect(page.getByText('Goal deleted.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();

  await openApp(page, '/goals/does-not-exist');
  await expect(main(page).getByRole('alert')).toHaveText('This goal was not found. It may have been deleted.');
  await main(page).getByRole('link', { name: 'Back to goals' }).click();
  await expect(goalsHeading(page)).toBeVisible();
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('flags, statuses and milestones keep AA contrast', async ({ page }) => {
    test.setTimeout(60_000);
    await openGoals(page);
    await createGoal(page, {
      title: 'Lewat tenggat dan berisiko',
      target: isoDay(-2),
      activate: true,
      milestones: [{ title: 'Tonggak terlambat', due: isoDay(-4) }, { title: 'Tonggak selesai' }],
    });
    await openGoal(page, 'Lewat tenggat dan berisiko');
    await main(page).getByRole('checkbox', { name: 'Tonggak selesai', exact: true }).check();
    await expect(main(page).getByText('Overdue', { exact: true })).toHaveCount(2);
    await expectNoA11yViolations(page);
    await page.keyboard.press('Escape');
    await createGoal(page, { title: 'Segera jatuh tempo', target: isoDay(3), activate: true });
    await createGoal(page, { title: 'Sudah tercapai', activate: true });
    await openGoal(page, 'Sudah tercapai');
    await main(page).getByRole('button', { name: 'Mark achieved' }).click();
    await main(page).getByRole('button', { name: 'Save as achieved' }).click();
    await expect(status(page)).toContainText('Achieved');
    await page.keyboard.press('Escape');
    await createGoal(page, { title: 'Draf saja' });
    const late = goalCard(page, 'Lewat tenggat dan berisiko');
    await expect(late.getByText('At risk', { exact: true })).toBeVisible();
    await expect(late.getByText('1 overdue milestone', { exact: true })).toBeVisible();
    await expect(goalCard(page, 'Segera jatuh tempo').getByText('Due soon', { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'goals-list-dark-en-390');
  });
});

test('a long goal list shows 30 cards at a time; a filter starts again at 30; opening a goal keeps the place', async ({ page }) => {
  // 45 active and 25 achieved goals, imported as a backup made on this device.
  const hex = (n: number) => n.toString(16).padStart(12, '0');
  const records = Array.from({ length: 70 }, (_, i) => {
    const active = i < 45;
    return {
      id: `c3300000-0000-4000-8000-${hex(i + 1)}`,
      kind: 'goal',
      created: '2026-01-01T00:00:00.000Z',
      rev: `${String(1_780_000_000_000 + i * 1000).padStart(13, '0')}-000000-goalpaging`,
      title: `Tujuan ${i + 1}`,
      why: '',
      measure: '',
      category: 'skill',
      status: active ? 'active' : 'achieved',
      target_date: null,
      activated: '2026-01-02',
      closed: active ? null : '2026-03-01',
      reflection: '',
      milestones: [],
      manual_progress: null,
      competencies: [],
      entries: [],
      history: [{ date: '2026-01-01', change: { type: 'created' } }],
    };
  });
  await importRecords(page, 'goalpaging', records);

  await openGoals(page);
  const cards = main(page).locator('li.goal-card');
  const more = main(page).getByRole('button', { name: 'Show more' });
  await expect(main(page)).toContainText('70 goals');
  await expect(cards).toHaveCount(30);
  // Active goals come first.
  await expect(cards.nth(29)).toHaveAttribute('data-status', 'active');
  await more.click();
  await expect(cards).toHaveCount(60);
  await more.click();
  await expect(cards).toHaveCount(70);
  await expect(more).toHaveCount(0);

  await main(page).getByLabel('Status', { exact: true }).selectOption('active');
  await expect(main(page)).toContainText('45 of 70 goals');
  await expect(cards).toHaveCount(30);
  await more.click();
  await expect(cards).toHaveCount(45);
  await expect(more).toHaveCount(0);

  // The 40th card lies beyond the first page: coming back from it keeps all 45 shown.
  const fortieth = (await listedGoals(page))[39];
  await openGoal(page, fortieth);
  await page.keyboard.press('Escape');
  await expect(goalsHeading(page)).toBeVisible();
  await expect(cards).toHaveCount(45);
  await expect(goalCard(page, fortieth)).toBeVisible();
});

// ---------------------------------------------------------------------------------------------
// Screenshots: the list and a goal, phone and desktop, English and Indonesian.
// ---------------------------------------------------------------------------------------------

test.describe('screenshots', () => {
  test.use({ colorScheme: 'light' });

  test('goals list and detail at 390 and 1280 in English and Indonesian', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, '/journal');
    await page.getByRole('button', { name: 'New entry', exact: true }).click();
    await fillEntry(page, { title: 'Memandu sesi berbagi pengetahuan di bagian umum', date: isoDay(-6), kind: 'achievement' });
    await page.keyboard.press('Escape');

    await createGoal(page, {
      title: 'Menjadi fasilitator pelatihan internal',
      why: 'Berbagi ilmu dengan rekan dan menyiapkan diri untuk jabatan fungsional widyaiswara.',
      measure: 'Memfasilitasi dua kelas internal dengan nilai evaluasi peserta minimal 4 dari 5.',
      category: 'learning',
      target: isoDay(45),
      activate: true,
      milestones: [
        { title: 'Ikut ToT fasilitator', due: isoDay(-20) },
        { title: 'Menyusun modul pelatihan', due: isoDay(-2) },
        { title: 'Kelas percobaan dengan tim sendiri', due: isoDay(14) },
        { title: 'Kelas pertama untuk unit lain', due: isoDay(40) },
      ],
    });
    await openGoal(page, 'Menjadi fasilitator pelatihan internal');
    await main(page).getByRole('checkbox', { name: 'Ikut ToT fasilitator', exact: true }).check();
    await page.keyboard.press('Escape');
    await createGoal(page, { title: 'Promosi ke Kepala Subbagian', category: 'role', target: isoDay(10), activate: true, progress: '60' });
    await createGoal(page, { title: 'Rutin olahraga tiga kali seminggu', category: 'wellbeing', target: isoDay(-2), activate: true, progress: '50' });
    await createGoal(page, { title: 'Mengenal tim Biro Perencanaan', category: 'network', target: isoDay(120) });

    await page.getByRole('navigation').getByRole('link', { name: 'Journal', exact: true }).click();
    await page.getByRole('link', { name: /Memandu sesi berbagi/ }).click();
    await main(page)
      .getByRole('group', { name: 'Linked goals' })
      .getByRole('checkbox', { name: /Menjadi fasilitator/ })
      .check();
    await page.keyboard.press('Escape');

    const shots = async (lang: 'en' | 'id') => {
      const goalsName = lang === 'en' ? 'Goals' : 'Tujuan';
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
        await openApp(page, '/goals');
        await expect(goalsHeading(page, goalsName)).toBeVisible();
        await expect(goalCard(page, 'Menjadi fasilitator pelatihan internal')).toContainText('25 %');
        await screenshot(page, `goals-list-${lang}-${width}`);
        await openGoal(page, 'Menjadi fasilitator pelatihan internal');
        await expect(main(page).getByRole('link', { name: /Memandu sesi berbagi/ })).toBeVisible();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await screenshot(page, `goal-detail-${lang}-${width}`);
      }
    };
    await shots('en');
    await useLanguage(page, 'id');
    await shots('id');
  });
});

// A tick is saved the moment it is made: reloading at once (before the database write could
// finish) must not lose it. The change is journalled synchronously and replayed at start-up.
test('a milestone ticked just before a reload is kept', async ({ page }) => {
  await createGoal(page, {
    title: 'Belajar SQL dasar',
    milestones: [{ title: 'Bab 1' }, { title: 'Bab 2' }],
  });
  await openGoal(page, 'Belajar SQL dasar');
  await main(page).getByRole('checkbox', { name: 'Bab 1', exact: true }).check();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(main(page).getByRole('checkbox', { name: 'Bab 1', exact: true })).toBeChecked();
  await expect(status(page)).toContainText('50 %');
});
