// Assignments: creating a secondment, internship or exchange from its template; ticking
// checklist items and adding a mitigation changes the readiness score and its explanation,
// and both survive a reload; checklist editing (add, edit, reorder, remove, not applicable,
// evidence links) never touches the template; the internship length and exchange warnings;
// the risk register with its matrix and table; screenshots in both languages.
import { test, expect, type Page } from '@playwright/test';
import { openApp, useLanguage, screenshot, expectNoA11yViolations } from './helpers';

test.beforeEach(async ({ page }) => {
  await useLanguage(page, 'en');
});

const DAY = 24 * 60 * 60 * 1000;
/** yyyy-mm-dd of today + n days (the browser runs in UTC, see playwright.config.ts). */
const isoDay = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
/** The app's long date: "12 March 2027" / "12 Maret 2027". */
function longDate(iso: string, lang: 'en' | 'id' = 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const id = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
  return `${d} ${(lang === 'en' ? en : id)[m - 1]} ${y}`;
}

const main = (page: Page) => page.getByRole('main');
const listHeading = (page: Page, name = 'Assignments') => page.getByRole('heading', { level: 1, name, exact: true });
const readinessCard = (page: Page) => main(page).getByRole('region', { name: 'Readiness', exact: true });
const score = (page: Page) => page.getByTestId('readiness-score');
const explanation = (page: Page) => readinessCard(page).getByRole('listitem');
const item = (page: Page, text: string) => main(page).getByRole('checkbox', { name: text, exact: true });
const riskRow = (page: Page, title: string) => main(page).locator('.asg-risk').filter({ hasText: title });
const itemRow = (page: Page, text: string) => main(page).locator('.asg-item').filter({ hasText: text });
const riskTable = (page: Page) => main(page).getByRole('table', { name: 'Risks by likelihood and impact' });

async function openAssignments(page: Page): Promise<void> {
  if (!/^https?:/.test(page.url())) {
    await openApp(page, '/assignments');
  } else if (new URL(page.url()).pathname !== '/assignments') {
    await page.goto('/assignments');
    await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  }
  await expect(listHeading(page)).toBeVisible();
}

/** Creates an assignment of `type` (the option value) from the list and waits for its screen. */
async function create(page: Page, type: string): Promise<void> {
  await openAssignments(page);
  await main(page).getByLabel('Assignment type').selectOption(type);
  await main(page).getByRole('button', { name: 'Create assignment' }).click();
  await expect(page).toHaveURL(/\/assignments\/[0-9a-f-]{36}\?new=1/);
  await expect(main(page).getByLabel('Role at the host')).toBeFocused();
}

interface Details {
  role?: string;
  hostOrg?: string;
  homeOrg?: string;
  start?: string;
  end?: string;
}

async function fillDetails(page: Page, d: Details): Promise<void> {
  const m = main(page);
  if (d.role !== undefined) await m.getByLabel('Role at the host').fill(d.role);
  if (d.hostOrg !== undefined) await m.getByLabel('Host organisation').fill(d.hostOrg);
  if (d.homeOrg !== undefined) await m.getByLabel('Home organisation').fill(d.homeOrg);
  if (d.start !== undefined) await m.getByLabel('Start date').fill(d.start);
  if (d.end !== undefined) await m.getByLabel('End date').fill(d.end);
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
}

const PREPARE = [
  'Check that the assignment fits your long-term career goals',
  'Write down the skills and experience you want to gain',
  'Complete your competency mapping and match the placement to organisational goals',
  'Add the assignment to your individual development plan',
  "Get your unit head's approval and the assignment letter",
];

test('empty list, a secondment from its template, discarded when left untouched', async ({ page }) => {
  await openAssignments(page);
  await expect(page.getByRole('heading', { name: 'No assignments yet' })).toBeVisible();
  await expect(main(page)).toContainText('A temporary placement in another role, unit or organisation.');
  await main(page).getByLabel('Assignment type').selectOption('internship');
  await expect(main(page)).toContainText('up to one year for civil servants');
  await expectNoA11yViolations(page);

  await create(page, 'secondment');
  await expect(page.getByRole('heading', { level: 1, name: 'Secondment' })).toBeVisible();
  // The template: six phases, the seed risks, and a score explained in words.
  for (const phase of ['Prepare', 'Agree expectations', 'Hand over', 'Practicalities', 'During the assignment', 'Re-entry']) {
    await expect(main(page).getByRole('heading', { level: 3, name: phase, exact: true })).toBeVisible();
  }
  await expect(item(page, PREPARE[0])).not.toBeChecked();
  await expect(riskTable(page).getByRole('row')).toHaveCount(8); // header + 7 seed risks
  await expect(score(page)).toContainText('0 / 100');
  await expect(explanation(page).filter({ hasText: '4 items to agree with your supervisor' })).toBeVisible();
  await expect(explanation(page).filter({ hasText: '2 high risks have no mitigation yet (−20 points)' })).toBeVisible();
  await expectNoA11yViolations(page);

  // Untouched, it is discarded on close.
  await page.keyboard.press('Escape');
  await expect(listHeading(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No assignments yet' })).toBeVisible();
  await reload(page);
  await expect(page.getByRole('heading', { name: 'No assignments yet' })).toBeVisible();
});

test('tick items and add a mitigation: the score and its explanation change and survive a reload', async ({ page }) => {
  const start = isoDay(40);
  const end = isoDay(220);
  await create(page, 'secondment');
  await fillDetails(page, { role: 'Analis kebijakan', hostOrg: 'Bappenas', start, end });
  await expect(page.getByRole('heading', { level: 1, name: 'Analis kebijakan at Bappenas' })).toBeVisible();
  await expect(readinessCard(page)).toContainText(`Before departure · starts ${longDate(start)}`);
  await expect(explanation(page).first()).toHaveText(`5 preparation items to finish before ${longDate(start)}`);
  await expect(readinessCard(page)).toContainText('For later: 10 items for during the assignment and your return.');

  for (const text of PREPARE) await item(page, text).check();
  await item(page, 'Agree written expectations and outcomes with your home supervisor').check();
  await item(page, 'Set the measures of success for the assignment').check();
  // 7 of the 17 items due before departure: 41, less 20 for two unmitigated high risks.
  await expect(score(page)).toContainText('21 / 100');
  await expect(explanation(page).filter({ hasText: `2 items to agree with your supervisor before ${longDate(start)}` })).toBeVisible();
  await expect(explanation(page).filter({ hasText: 'preparation' })).toHaveCount(0);
  await expect(main(page).getByRole('region', { name: 'Readiness checklist' })).toContainText('5 of 5 done');

  const risk = riskRow(page, 'Mismatched expectations between you and the host');
  await expect(risk.getByText('No mitigation yet')).toBeVisible();
  await risk.getByRole('button', { name: /^Details: Mismatched expectations/ }).click();
  await expect(risk).toContainText('Suggestion: Agree expectations and outcomes in writing');
  await risk.getByLabel('Mitigation').fill('Kesepakatan tertulis dengan Direktur dan Kepala Biro sebelum berangkat.');
  await expect(score(page)).toContainText('31 / 100');
  await expect(explanation(page).filter({ hasText: '1 high risk has no mitigation yet (−10 points)' })).toBeVisible();
  await expect(risk.getByText('No mitigation yet')).toHaveCount(0);

  await reload(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Analis kebijakan at Bappenas' })).toBeVisible();
  await expect(score(page)).toContainText('31 / 100');
  await expect(explanation(page).filter({ hasText: `2 items to agree with your supervisor before ${longDate(start)}` })).toBeVisible();
  await expect(explanation(page).filter({ hasText: '1 high risk has no mitigation yet (−10 points)' })).toBeVisible();
  for (const text of PREPARE) await expect(item(page, text)).toBeChecked();
  await expect(riskRow(page, 'Mismatched expectations')).toContainText('Kesepakatan tertulis dengan Direktur');
  await expect(main(page).getByLabel('Start date')).toHaveValue(start);
  await expectNoA11yViolations(page);

  // The list shows the same score, and the most pressing line.
  await page.keyboard.press('Escape');
  await expect(listHeading(page)).toBeVisible();
  const card = main(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Analis kebijakan at Bappenas' }) });
  await expect(card.getByRole('progressbar', { name: 'Readiness: Analis kebijakan at Bappenas' })).toHaveAttribute('value', '31');
  await expect(card).toContainText('Secondment');
  await expect(card).toContainText('Exploring');
  await expect(card).toContainText(`2 items to agree with your supervisor before ${longDate(start)}`);
  await expect(main(page)).toContainText('1 assignment');
});

test('after departure, undone preparation is overdue and the current phase counts', async ({ page }) => {
  await create(page, 'rotation');
  const start = isoDay(-10);
  await fillDetails(page, { role: 'Kepala Seksi Pelayanan', start, end: isoDay(80) });
  await expect(readinessCard(page)).toContainText(`On assignment · until ${longDate(isoDay(80))}`);
  await expect(explanation(page).first()).toContainText(`overdue since ${longDate(start)}`);
  await expect(explanation(page).filter({ hasText: `items to keep up during the assignment until ${longDate(isoDay(80))}` })).toBeVisible();
  await main(page).getByLabel('Status', { exact: true }).selectOption('on_assignment');
  await reload(page);
  await expect(main(page).getByLabel('Status', { exact: true })).toHaveValue('on_assignment');
});

test('checklist: add, edit, reorder, not applicable, evidence, remove; the template stays as it was', async ({ page }) => {
  await create(page, 'internship');
  await fillDetails(page, { role: 'Magang di Biro Hukum' });
  const m = main(page);
  // Add an item to the prepare phase.
  await m.getByLabel('New item').fill('Minta surat rekomendasi dari atasan');
  await m.getByLabel('New item').press('Enter');
  await expect(m.getByLabel('New item')).toHaveValue('');
  await expect(item(page, 'Minta surat rekomendasi dari atasan')).toBeVisible();
  const prepare = m.locator('.asg-phase[data-phase="prepare"] .asg-item-text');
  await expect(prepare.last()).toHaveText('Minta surat rekomendasi dari atasan');

  // Open its details from the keyboard and move it up twice: the focus stays on the moved row.
  await itemRow(page, 'Minta surat rekomendasi dari atasan').getByRole('button', { name: /^Details:/ }).focus();
  await page.keyboard.press('Enter');
  await expect(m.getByRole('button', { name: 'Move down: Minta surat rekomendasi dari atasan' })).toBeDisabled();
  await m.getByRole('button', { name: 'Move up: Minta surat rekomendasi dari atasan' }).focus();
  await page.keyboard.press('Enter');
  await expect(m.getByRole('button', { name: 'Move up: Minta surat rekomendasi dari atasan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(m.getByRole('button', { name: 'Move up: Minta surat rekomendasi dari atasan' })).toBeFocused();
  await expect.poll(async () => {
    const texts = await prepare.allInnerTexts();
    return texts.length - texts.indexOf('Minta surat rekomendasi dari atasan');
  }).toBe(3);

  // Edit it in its open details: text, not applicable, a bad then a good evidence link.
  await itemRow(page, 'Minta surat rekomendasi dari atasan')
    .getByLabel('Item', { exact: true })
    .fill('Minta surat rekomendasi dari Kepala Biro');
  await expect(item(page, 'Minta surat rekomendasi dari Kepala Biro')).toBeVisible();
  // From here on the row is found by its new text.
  const row = itemRow(page, 'Minta surat rekomendasi dari Kepala Biro');
  await row.getByLabel('Item status').selectOption('not_applicable');
  await expect(row.locator('.asg-item-status')).toHaveText('Not applicable');
  const evidence = row.getByLabel('Evidence link');
  await evidence.fill('javascript:alert(1)');
  await expect(evidence).toHaveAttribute('aria-invalid', 'true');
  await expect(row).toContainText('The evidence link must be a web address starting with https:// or http://.');
  await evidence.fill('https://drive.example.go.id/rekomendasi.pdf');
  await expect(evidence).toHaveAttribute('aria-invalid', 'false');
  await expect(row.getByRole('link', { name: 'Evidence' })).toHaveAttribute('href', 'https://drive.example.go.id/rekomendasi.pdf');
  // An empty text is refused, and the stored text is kept.
  await row.getByLabel('Item', { exact: true }).fill('');
  await expect(row).toContainText("Write the item's text first.");
  await row.getByLabel('Item', { exact: true }).fill('Minta surat rekomendasi dari Kepala Biro');
  // Esc closes the details first, not the screen.
  await row.getByLabel('Item', { exact: true }).press('Escape');
  await expect(row.getByLabel('Item', { exact: true })).toBeHidden();
  await expect(row.getByRole('button', { name: /^Details:/ })).toBeFocused();

  // Remove a template item.
  const removed = 'Make sure the internship lasts one year at most';
  const removedRow = itemRow(page, removed);
  await removedRow.getByRole('button', { name: /^Details:/ }).click();
  await removedRow.getByRole('button', { name: 'Remove item' }).click();
  await expect(item(page, removed)).toHaveCount(0);
  await expect(m.getByLabel('New item')).toBeFocused();

  // An empty new item is refused with a message.
  await m.getByLabel('New item').press('Enter');
  await expect(m.getByLabel('New item')).toHaveAttribute('aria-invalid', 'true');
  await expect(m).toContainText("Write the item's text first.");

  await reload(page);
  await expect(item(page, 'Minta surat rekomendasi dari Kepala Biro')).toBeVisible();
  await expect(item(page, removed)).toHaveCount(0);
  const after = await prepare.allInnerTexts();
  expect(after.indexOf('Minta surat rekomendasi dari Kepala Biro')).toBe(after.length - 2); // one removed below it
  await expect(itemRow(page, 'Kepala Biro').locator('.asg-item-status')).toHaveText('Not applicable');
  await expectNoA11yViolations(page);

  // A new internship gets the template as it always was.
  await page.keyboard.press('Escape');
  await create(page, 'internship');
  await expect(item(page, removed)).toBeVisible();
  await expect(item(page, 'Minta surat rekomendasi dari Kepala Biro')).toHaveCount(0);
});

test('an internship over a year is warned about, an end before the start is refused', async ({ page }) => {
  await create(page, 'internship');
  await fillDetails(page, { role: 'Magang analis anggaran', start: '2027-01-10', end: '2027-12-31' });
  await expect(readinessCard(page).locator('.asg-warning')).toHaveCount(0);
  await main(page).getByLabel('End date').fill('2028-02-01');
  await expect(readinessCard(page)).toContainText(
    'Civil-service internships last one year at most: the end date should be no later than 10 January 2028.',
  );
  // A warning, not an error: it is saved.
  await reload(page);
  await expect(main(page).getByLabel('End date')).toHaveValue('2028-02-01');
  await expect(readinessCard(page)).toContainText('no later than 10 January 2028');

  const endField = main(page).getByLabel('End date');
  await endField.fill('2026-12-01');
  await expect(endField).toHaveAttribute('aria-invalid', 'true');
  await expect(main(page)).toContainText('The end date cannot be before the start date.');
  await expect(page.getByText('Not saved yet: fix the marked field.')).toBeVisible();
  await reload(page);
  await expect(main(page).getByLabel('End date')).toHaveValue('2028-02-01');

  // The list shows the warning too.
  await page.keyboard.press('Escape');
  await expect(main(page).getByRole('listitem').filter({ hasText: 'Magang analis anggaran' })).toContainText('one year at most');
});

test('an exchange records both institutions', async ({ page }) => {
  await create(page, 'exchange');
  const warning = 'An exchange involves two institutions: record both your home and your host institution.';
  await expect(readinessCard(page)).toContainText(warning);
  await expect(item(page, 'Make sure both institutions have agreed the exchange in writing')).toBeVisible();
  await fillDetails(page, { hostOrg: 'Kementerian Keuangan' });
  await expect(readinessCard(page)).toContainText(warning);
  await fillDetails(page, { homeOrg: 'Badan Kepegawaian Negara' });
  await expect(readinessCard(page)).not.toContainText(warning);
  await reload(page);
  await expect(main(page).getByLabel('Home organisation')).toHaveValue('Badan Kepegawaian Negara');
  await expect(readinessCard(page)).not.toContainText(warning);
});

test('risk register: matrix and table, a new risk rated high, closing it', async ({ page }) => {
  await create(page, 'project');
  await fillDetails(page, { role: 'Anggota tim transformasi digital' });
  const m = main(page);
  const matrix = m.getByRole('img', { name: 'Risk matrix: likelihood × impact' });
  await expect(matrix).toBeVisible();
  await expect(matrix.locator('desc')).toHaveText('High: 1 · Medium: 4 · Low: 2');
  await expect(riskTable(page).getByRole('row')).toHaveCount(8);

  await m.getByRole('textbox', { name: 'New risk' }).fill('Beban kerja ganda di unit asal');
  await m.getByRole('button', { name: 'Add risk' }).click();
  await expect(riskTable(page).getByRole('row')).toHaveCount(9);
  const row = riskRow(page, 'Beban kerja ganda');
  await expect(row.locator('.asg-risk-meta .asg-level')).toHaveText('Medium');
  await row.getByRole('button', { name: /^Details:/ }).click();
  await row.getByLabel('Likelihood').selectOption('3');
  await row.getByLabel('Impact').selectOption('3');
  await expect(row.getByText('No mitigation yet')).toBeVisible();
  await expect(riskTable(page).getByRole('row', { name: /Beban kerja ganda/ })).toContainText('High');
  await expect(riskTable(page).getByRole('row', { name: /Beban kerja ganda/ })).toContainText('3 × 3');
  await expect(matrix.locator('desc')).toHaveText('High: 2 · Medium: 4 · Low: 2');
  await row.getByLabel('Owner').fill('Kepala Bagian Umum');
  await row.getByLabel('Risk status').selectOption('closed');
  await expect(riskTable(page).getByRole('row')).toHaveCount(8);
  await expect(m).toContainText('Closed risks are not shown in the matrix.');
  await expect(row.getByText('No mitigation yet')).toHaveCount(0);

  await reload(page);
  const again = riskRow(page, 'Beban kerja ganda');
  await expect(again.locator('.asg-risk-meta')).toContainText('Closed');
  await again.getByRole('button', { name: /^Details:/ }).click();
  await expect(again.getByLabel('Owner')).toHaveValue('Kepala Bagian Umum');
  await again.getByRole('button', { name: 'Remove risk' }).click();
  await expect(riskRow(page, 'Beban kerja ganda')).toHaveCount(0);
  await expectNoA11yViolations(page);
});

test('objectives link active goals and name competencies', async ({ page }) => {
  await openApp(page, '/goals');
  await main(page).getByRole('button', { name: 'New goal', exact: true }).click();
  await main(page).getByLabel('Title', { exact: true }).fill('Menjadi analis kebijakan ahli muda');
  await main(page).getByRole('button', { name: 'Activate' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Goals', exact: true })).toBeVisible();

  await create(page, 'secondment');
  const objectives = main(page).getByRole('region', { name: 'Objectives' });
  await objectives.getByLabel('What you want to learn').fill('Menyusun kajian kebijakan lintas sektor.');
  await objectives.getByLabel('Competencies to develop').fill('Kerja sama, Komunikasi, ');
  await objectives.getByRole('group', { name: 'Linked goals' }).getByRole('checkbox', { name: /Menjadi analis kebijakan/ }).check();
  // What is being typed is not rewritten by its own autosave.
  await page.waitForTimeout(600);
  await expect(objectives.getByLabel('Competencies to develop')).toHaveValue('Kerja sama, Komunikasi, ');
  await reload(page);
  await expect(objectives.getByLabel('What you want to learn')).toHaveValue('Menyusun kajian kebijakan lintas sektor.');
  await expect(objectives.getByLabel('Competencies to develop')).toHaveValue('Kerja sama, Komunikasi');
  await expect(
    objectives.getByRole('group', { name: 'Linked goals' }).getByRole('checkbox', { name: /Menjadi analis kebijakan/ }),
  ).toBeChecked();
});

test('delete with a confirm step; an unknown assignment', async ({ page }) => {
  await create(page, 'rotation');
  await fillDetails(page, { role: 'Rotasi ke bagian keuangan' });
  await main(page).getByRole('button', { name: 'Delete assignment' }).click();
  await expect(main(page)).toContainText('Delete this assignment with its checklist and risks?');
  await page.keyboard.press('Escape');
  await expect(main(page).getByRole('button', { name: 'Delete assignment' })).toBeVisible();
  await main(page).getByRole('button', { name: 'Delete assignment' }).click();
  await main(page).getByRole('button', { name: 'Yes, delete the assignment' }).click();
  await expect(page.getByRole('heading', { name: 'No assignments yet' })).toBeVisible();
  await reload(page);
  await expect(page.getByRole('heading', { name: 'No assignments yet' })).toBeVisible();

  await openApp(page, '/assignments/does-not-exist');
  await expect(main(page).getByRole('alert')).toHaveText('This assignment was not found. It may have been deleted.');
  await main(page).getByRole('link', { name: 'Back to assignments' }).click();
  await expect(listHeading(page)).toBeVisible();
});

// ---------------------------------------------------------------------------------------------
// Screenshots: the list and an assignment, phone and desktop, English and Indonesian, light
// and dark, each checked with axe.
// ---------------------------------------------------------------------------------------------

async function seedForScreens(page: Page): Promise<void> {
  await create(page, 'secondment');
  await fillDetails(page, { role: 'Analis kebijakan', hostOrg: 'Bappenas', homeOrg: 'Kementerian PANRB', start: isoDay(40), end: isoDay(220) });
  await main(page).getByLabel('Host unit').fill('Direktorat Aparatur Negara');
  await main(page).getByLabel('What you want to learn').fill('Menyusun kajian kebijakan lintas sektor dan memimpin rapat koordinasi.');
  await main(page).getByLabel('Competencies to develop').fill('Kerja sama, Komunikasi, Analisis kebijakan');
  for (const text of PREPARE.slice(0, 4)) await item(page, text).check();
  await item(page, 'Agree written expectations and outcomes with your home supervisor').check();
  const row = itemRow(page, 'Set the measures of success for the assignment');
  await row.getByRole('button', { name: /^Details:/ }).click();
  await row.getByLabel('Item status').selectOption('in_progress');
  await row.getByLabel('Due date (optional)').fill(isoDay(20));
  await row.getByLabel('Evidence link').fill('https://drive.example.go.id/kesepakatan.pdf');
  await row.getByLabel('Item', { exact: true }).press('Escape');
  const risk = riskRow(page, 'Mismatched expectations');
  await risk.getByRole('button', { name: /^Details:/ }).click();
  await risk.getByLabel('Mitigation').fill('Kesepakatan tertulis sebelum berangkat.');
  await risk.getByLabel('Owner').fill('Saya dan atasan');
  await risk.getByLabel('Mitigation').press('Escape');
  await page.keyboard.press('Escape');
  await create(page, 'internship');
  await fillDetails(page, { role: 'Magang di Biro Hukum', hostOrg: 'Kementerian Hukum', start: isoDay(-30), end: isoDay(400) });
  await item(page, 'Check that the assignment fits your long-term career goals').check();
  await page.keyboard.press('Escape');
  await expect(listHeading(page)).toBeVisible();
}

test.describe('screenshots', () => {
  test.use({ colorScheme: 'light' });

  test('list and assignment at 390 and 1280 in English and Indonesian', async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await seedForScreens(page);
    const shots = async (lang: 'en' | 'id') => {
      const title = lang === 'en' ? 'Assignments' : 'Penugasan';
      const name = lang === 'en' ? 'Analis kebijakan at Bappenas' : 'Analis kebijakan di Bappenas';
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
        await openApp(page, '/assignments');
        await expect(listHeading(page, title)).toBeVisible();
        await expectNoA11yViolations(page);
        await screenshot(page, `assignments-list-${lang}-${width}`);
        await main(page).getByRole('link', { name }).click();
        await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await expectNoA11yViolations(page);
        // The risk table fits the card without sideways scrolling, also with Indonesian headers.
        const wrap = main(page).locator('.asg-table-wrap');
        expect(await wrap.evaluate((w) => w.scrollWidth - w.clientWidth), `risk table overflow at ${width}`).toBeLessThanOrEqual(0);
        await screenshot(page, `assignment-detail-${lang}-${width}`);
      }
    };
    await shots('en');
    await useLanguage(page, 'id');
    await shots('id');
    // Indonesian texts for the explanation.
    const kesiapan = main(page).getByRole('region', { name: 'Kesiapan', exact: true });
    await expect(kesiapan.getByRole('heading', { name: 'Yang masih perlu dikerjakan' })).toBeVisible();
    await expect(kesiapan).toContainText(`3 hal yang perlu disepakati dengan atasan paling lambat ${longDate(isoDay(20), 'id')}`);
  });
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('list and assignment keep AA contrast', async ({ page }) => {
    test.setTimeout(120_000);
    await seedForScreens(page);
    await expectNoA11yViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'assignments-list-dark-en-390');
    await main(page).getByRole('link', { name: 'Analis kebijakan at Bappenas' }).click();
    const risk = riskRow(page, 'Work-life balance');
    await risk.getByRole('button', { name: /^Details:/ }).click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expectNoA11yViolations(page);
    await screenshot(page, 'assignment-detail-dark-en-390');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'assignment-detail-dark-en-1280');
  });
});
