// Competency self-assessment: the civil-service framework rated on a phone one card at a time
// (touch and keyboard), resumed after a reload, the results (radar, table, gaps with methods),
// a second assessment showing the change, a gap turned into a goal, journal entries as
// evidence, a copied and edited framework, and screenshots in both languages, light and dark.
import { test, expect, type Page } from '@playwright/test';
import {
  openApp,
  useLanguage,
  screenshot,
  expectNoA11yViolations,
  watchForProblems,
  createEntry,
} from './helpers';

const PHONE = { width: 390, height: 844 };
const main = (page: Page) => page.getByRole('main');

/** The civil-service framework's competencies in order, as the rating cards name them. */
const ASN_EN = [
  'Integrity',
  'Cooperation',
  'Communication',
  'Results orientation',
  'Public service',
  'Developing self and others',
  'Managing change',
  'Decision making',
  'National unity (perekat bangsa)',
];

test.beforeEach(async ({ page }) => {
  await useLanguage(page, 'en');
});

/** "Start rating" on the overview with the given framework (the standard by default). */
async function startAssessment(page: Page, frameworkLabel?: RegExp): Promise<void> {
  await openApp(page, '/competencies');
  await expect(main(page).getByRole('heading', { level: 1, name: 'Competencies' })).toBeVisible();
  if (frameworkLabel) {
    const select = main(page).getByLabel('Framework', { exact: true }).first();
    const value = await select
      .locator('option', { hasText: frameworkLabel })
      .getAttribute('value');
    await select.selectOption(value!);
  }
  await main(page).getByRole('button', { name: 'Start rating' }).click();
  await expect(page).toHaveURL(/\/competencies\/assessment\/[0-9a-f-]{36}$/);
  await expect(main(page).getByRole('heading', { level: 1, name: 'About this assessment' })).toBeVisible();
}

/** Fills the setup card and goes to the first competency. */
async function setUp(page: Page, role?: string, position?: string): Promise<void> {
  if (role !== undefined) await main(page).getByLabel('Target role').fill(role);
  if (position !== undefined) await main(page).getByLabel('Target position level').selectOption(position);
  await main(page).getByRole('button', { name: 'Next' }).click();
}

function levelRadio(page: Page, level: number | null) {
  return level === null
    ? main(page).getByRole('radio', { name: /^Not assessed/ })
    : main(page).getByRole('radio', { name: new RegExp(`^Level ${level} ·`) });
}

/** Rates the open card (checks it is `name`) and moves on. */
async function rate(
  page: Page,
  name: string,
  level: number | null,
  extra: { target?: string; evidence?: string } = {},
): Promise<void> {
  await expect(main(page).getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  await levelRadio(page, level).check();
  if (extra.target !== undefined) await main(page).getByLabel(/^Target level/).selectOption(extra.target);
  if (extra.evidence !== undefined) await main(page).getByLabel('Evidence: real examples').fill(extra.evidence);
  await main(page)
    .getByRole('button', { name: /^(Next|Finish and see the results)/ })
    .click();
}

/** A whole civil-service assessment: setup, one level per competency, finish. */
async function completeAsn(page: Page, levels: (number | null)[], role = 'Head of section', position = 'administrator') {
  await startAssessment(page);
  await setUp(page, role, position);
  for (let i = 0; i < ASN_EN.length; i++) await rate(page, ASN_EN[i], levels[i]);
  await expect(resultsHeading(page)).toBeVisible();
}

const resultsHeading = (page: Page) =>
  main(page).getByRole('heading', { level: 1, name: 'Self-assessment results' });
const section = (page: Page, name: string | RegExp) => main(page).getByRole('region', { name });
const gapNames = (page: Page) => section(page, 'Gaps, largest first').locator('.gap-head h3').allInnerTexts();

test('civil-service assessment on a phone: rate card by card, resume after a reload, see radar and gaps', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchForProblems(page);
  await page.setViewportSize(PHONE);
  await openApp(page, '/competencies');
  await expect(main(page).getByRole('heading', { name: 'No self-assessments yet' })).toBeVisible();
  await expect(main(page)).toContainText('Permen PANRB');
  await expectNoA11yViolations(page);

  await startAssessment(page);
  await expectNoA11yViolations(page);
  await setUp(page, 'Head of section', 'administrator');

  // Card 1: descriptors visible as options, the position's level offered as the target.
  await expect(main(page).getByText('Competency 1 of 9')).toBeVisible();
  await expect(levelRadio(page, 1)).toBeFocused();
  await expect(main(page).getByText('Acts in line with the organisation\'s values, norms and ethics in a personal capacity.')).toBeVisible();
  await expect(main(page).getByLabel('Target level for Head of section')).toHaveValue('3');
  // Touch targets of the level options are at least 44 px tall.
  const box = await main(page).locator('.level-option').first().boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await expectNoA11yViolations(page);

  // Keyboard: arrows move within the options, Enter goes to the next card.
  await page.keyboard.press('ArrowDown');
  await expect(levelRadio(page, 2)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(main(page).getByRole('heading', { level: 1, name: 'Cooperation' })).toBeVisible();
  await expect(main(page).getByText('Competency 2 of 9')).toBeVisible();
  await expect(levelRadio(page, 1)).toBeFocused();

  // Touch: tap a level, type evidence, Next.
  await rate(page, 'Cooperation', 3, { evidence: 'Led the cross-unit budget team in 2026.' });
  await rate(page, 'Communication', 1, { target: '4' });
  await rate(page, 'Results orientation', 3);
  await rate(page, 'Public service', 2);
  await expect(main(page).getByRole('heading', { level: 1, name: 'Developing self and others' })).toBeVisible();
  await expect(main(page).getByText('5 of 9 competencies rated')).toBeVisible();

  // A reload resumes on the same card with every answer kept.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(main(page).getByRole('heading', { level: 1, name: 'Developing self and others' })).toBeVisible();
  await main(page).getByRole('button', { name: 'Previous' }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: 'Public service' })).toBeVisible();
  await expect(levelRadio(page, 2)).toBeChecked();
  await main(page).getByRole('button', { name: 'Previous' }).click();
  await main(page).getByRole('button', { name: 'Previous' }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: 'Communication' })).toBeVisible();
  await expect(main(page).getByLabel('Target level for Head of section')).toHaveValue('4');
  await main(page).getByRole('button', { name: 'Previous' }).click();
  await expect(main(page).getByLabel('Evidence: real examples')).toHaveValue('Led the cross-unit budget team in 2026.');

  // Back to the last competencies; one is not assessed.
  for (let i = 0; i < 4; i++) await main(page).getByRole('button', { name: 'Next' }).click();
  await rate(page, 'Developing self and others', 3);
  await rate(page, 'Managing change', 4);
  await rate(page, 'Decision making', null);
  await expect(main(page).getByText('Competency 9 of 9')).toBeVisible();
  await expect(main(page).getByRole('button', { name: 'Finish and see the results' })).toBeVisible();
  await rate(page, 'National unity (perekat bangsa)', 3);

  await expect(resultsHeading(page)).toBeVisible();
  await expect(main(page)).toContainText('Target role: Head of section');
  await expect(main(page)).toContainText('8 of 9 competencies rated · 5 at target · 3 with a gap');
  const radar = main(page).getByRole('img', { name: /Radar chart of the current, target and previous levels of 9 competencies/ });
  await expect(radar).toBeVisible();
  const table = main(page).getByRole('table', { name: 'Levels by competency' });
  await expect(table.getByRole('row', { name: /Communication/ })).toContainText('1');
  await expect(table.getByRole('row', { name: /Decision making/ })).toContainText('not assessed');
  // Largest gap first: Communication 1 → 4, then Integrity 2 → 3 and Public service 2 → 3.
  expect(await gapNames(page)).toEqual(['Communication', 'Integrity', 'Public service']);
  const communication = section(page, 'Gaps, largest first').getByRole('listitem').filter({ hasText: 'Communication' }).first();
  await expect(communication).toContainText('3 levels short');
  await expect(communication).toContainText('Job rotation or secondment');
  await expect(communication).toContainText('Mentoring');
  await expect(communication).toContainText('Formal training (diklat)');
  await expect(section(page, 'Not assessed this time')).toContainText('Decision making');
  await expect(section(page, 'Change since the previous assessment')).toContainText('first completed assessment');
  await expect(section(page, 'Evidence recorded')).toContainText('Led the cross-unit budget team in 2026.');

  await page.reload();
  await expect(resultsHeading(page)).toBeVisible();
  await expect(main(page).getByRole('img', { name: /Radar chart/ })).toBeVisible();
  expect(await gapNames(page)).toEqual(['Communication', 'Integrity', 'Public service']);
  await expectNoA11yViolations(page);
  await screenshot(page, 'competency-results-en-390');

  // The overview shows the latest results and the history.
  await main(page).getByRole('link', { name: 'Back to competencies' }).click();
  await expect(section(page, 'Latest results')).toContainText('Communication');
  await expect(section(page, 'All assessments')).toContainText('Completed');
  await expectNoA11yViolations(page);
  expect(problems).toEqual([]);
});

test('a second assessment shows the change, and a gap becomes a goal in one step', async ({ page }) => {
  test.setTimeout(120_000);
  await completeAsn(page, [2, 3, 1, 3, 2, 3, 4, null, 3]);
  await completeAsn(page, [3, 3, 2, 2, 2, 3, 4, 2, 3]);

  const change = section(page, 'Change since the previous assessment');
  await expect(change).toContainText('2 up, 1 down, 5 unchanged.');
  await expect(change.getByRole('listitem').filter({ hasText: 'Integrity' })).toContainText('up 1');
  await expect(change.getByRole('listitem').filter({ hasText: 'Results orientation' })).toContainText('down 1');
  await expect(change.getByRole('listitem').filter({ hasText: 'Decision making' })).toContainText('cannot be compared');
  await expect(main(page).getByText(/^Previous \(/)).toBeVisible();
  const table = main(page).getByRole('table', { name: 'Levels by competency' });
  await expect(table.getByRole('columnheader', { name: 'Previous' })).toBeVisible();

  // The trend on the overview has both assessments.
  await main(page).getByRole('link', { name: 'Back to competencies' }).click();
  const trend = main(page).getByRole('table', { name: 'Level by competency in each assessment' });
  await expect(trend.getByRole('row', { name: /Integrity/ })).toContainText(/2\s*3/);
  await main(page).getByRole('link', { name: 'See the full results' }).click();

  // Make a goal from the largest gap's first method.
  expect((await gapNames(page))[0]).toBe('Communication');
  const gap = section(page, 'Gaps, largest first').getByRole('listitem').filter({ hasText: 'Communication' }).first();
  await gap.getByRole('button', { name: 'Make a goal: Simulation for Communication' }).click();
  await expect(page).toHaveURL(/\/goals\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Raise Communication to level 3' })).toBeVisible();
  await expect(main(page).getByLabel('Why it matters')).toHaveValue(/How: Simulation/);
  await expect(main(page).getByLabel('Why it matters')).toHaveValue(/Head of section needs level 3/);
  await expect(main(page).getByLabel('Measure of success')).toHaveValue(/next self-assessment shows level 3/);
  await expect(main(page).getByLabel('Category', { exact: true })).toHaveValue('skill');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Raise Communication to level 3' })).toBeVisible();
});

test('journal entries are linked as evidence by searching their titles', async ({ page }) => {
  test.setTimeout(60_000);
  await createEntry(page, { title: 'Memimpin rapat koordinasi lintas unit', kind: 'achievement' });
  await createEntry(page, { title: 'Pelatihan komunikasi publik', kind: 'training' });
  await startAssessment(page);
  await setUp(page);
  await expect(main(page).getByRole('heading', { level: 1, name: 'Integrity' })).toBeVisible();
  await main(page).getByRole('button', { name: 'Next' }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: 'Cooperation' })).toBeVisible();
  await expect(main(page)).toContainText('No linked entries yet.');
  const search = main(page).getByLabel('Search journal entries by title');
  await search.fill('zzz');
  await expect(main(page)).toContainText("No entry's title matches.");
  await search.fill('rapat');
  // Enter in the search box does not leave the card.
  await search.press('Enter');
  await expect(main(page).getByRole('heading', { level: 1, name: 'Cooperation' })).toBeVisible();
  await main(page).getByRole('button', { name: 'Link Memimpin rapat koordinasi lintas unit' }).click();
  const linked = main(page).getByRole('link', { name: 'Memimpin rapat koordinasi lintas unit' });
  await expect(linked).toBeVisible();
  await expectNoA11yViolations(page);
  await page.reload();
  await expect(main(page).getByRole('link', { name: 'Memimpin rapat koordinasi lintas unit' })).toBeVisible();
  await main(page).getByRole('button', { name: 'Remove Memimpin rapat koordinasi lintas unit' }).click();
  await expect(main(page)).toContainText('No linked entries yet.');
  await search.fill('komunikasi');
  await main(page).getByRole('button', { name: 'Link Pelatihan komunikasi publik' }).click();
  await levelRadio(page, 3).check();
  for (let i = 0; i < 7; i++) await main(page).getByRole('button', { name: 'Next' }).click();
  await main(page).getByRole('button', { name: 'Finish and see the results' }).click();
  await expect(resultsHeading(page)).toBeVisible();
  await expect(main(page)).toContainText('1 of 9 competencies rated');
  await section(page, 'Evidence recorded').getByRole('link', { name: 'Pelatihan komunikasi publik' }).click();
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
});

test('a built-in framework is read-only; a copy adds a technical competency and is used', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page, '/competencies/framework/builtin-asn-2017');
  await expect(page.getByRole('heading', { level: 1, name: 'Civil-service competency standard (ASN)' })).toBeVisible();
  await expect(main(page)).toContainText('Built-in frameworks cannot be edited');
  await expect(main(page).getByRole('table').getByRole('row', { name: /JPT madya/ })).toContainText('5');
  await expect(main(page).getByRole('textbox')).toHaveCount(0);
  await expectNoA11yViolations(page);

  await main(page).getByRole('button', { name: 'Copy and adapt' }).click();
  await expect(page).toHaveURL(/\/competencies\/framework\/[0-9a-f-]{36}$/);
  const name = main(page).getByLabel('Framework name');
  await expect(name).toHaveValue('Civil-service competency standard (ASN) (copy)');
  await name.fill('ASN + teknis perencanaan');
  await main(page).getByLabel("New competency's name").fill('Budget planning');
  await main(page).getByRole('button', { name: 'Add competency' }).click();
  const added = main(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: '10. Budget planning' }) });
  await expect(added).toBeVisible();
  await expect(added.getByLabel('Type')).toHaveValue('technical');
  await added.getByLabel('Level 1 · Awareness').fill('Knows the budget cycle.');
  await added.getByLabel('Level 5 · Expert').fill('Designs the budget policy of the institution.');
  // An empty name is shown as an error and not saved.
  // (The card is found by position: its heading changes with the name.)
  const first = main(page).locator('.framework-competencies > li').first();
  await expect(first.getByRole('heading', { name: '1. Integrity' })).toBeVisible();
  await first.getByLabel('Competency name').fill('');
  await expect(first.getByText('Enter a name.')).toBeVisible();
  await expect(first.getByRole('heading', { name: '1. Untitled' })).toBeVisible();
  await expect(first.getByLabel('Competency name')).toHaveAttribute('aria-invalid', 'true');
  await first.getByLabel('Competency name').fill('Integritas');
  await expect(first.getByText('Enter a name.')).toHaveCount(0);
  await added.getByRole('button', { name: 'Move Budget planning up' }).click();
  await expect(main(page).getByRole('heading', { name: '9. Budget planning' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.reload();
  await expect(name).toHaveValue('ASN + teknis perencanaan');
  await expect(main(page).getByRole('heading', { name: '9. Budget planning' })).toBeVisible();
  await expect(main(page).getByRole('heading', { name: '1. Integritas' })).toBeVisible();

  // The built-in one is unchanged.
  await openApp(page, '/competencies/framework/builtin-asn-2017');
  await expect(main(page).getByRole('heading', { level: 2, name: 'Integrity' })).toBeVisible();
  await expect(main(page)).not.toContainText('Budget planning');

  // An assessment with the copy has ten cards and still offers the position targets.
  await startAssessment(page, /ASN \+ teknis perencanaan/);
  await main(page).getByLabel('Target position level').selectOption('pengawas');
  await main(page).getByRole('button', { name: 'Next' }).click();
  await expect(main(page).getByText('Competency 1 of 10')).toBeVisible();
  await expect(main(page).getByRole('heading', { level: 1, name: 'Integritas' })).toBeVisible();
  await expect(main(page).getByLabel(/^Target level/)).toHaveValue('2');
  for (let i = 0; i < 8; i++) await main(page).getByRole('button', { name: 'Next' }).click();
  await expect(main(page).getByRole('heading', { level: 1, name: 'Budget planning' })).toBeVisible();
  await expect(main(page).getByText('Knows the budget cycle.')).toBeVisible();
  await expect(main(page).getByLabel(/^Target level/)).toHaveValue('');
});

// ---------------------------------------------------------------------------------------------
// Screenshots: overview, a rating card and the results, phone and desktop, both languages, and
// the dark theme.
// ---------------------------------------------------------------------------------------------

async function seedTwo(page: Page) {
  await completeAsn(page, [2, 3, 1, 3, 2, 3, 4, null, 3], 'Kepala Subbagian Perencanaan');
  await completeAsn(page, [3, 3, 2, 2, 3, 3, 4, 2, 3], 'Kepala Subbagian Perencanaan');
}

async function shots(page: Page, lang: 'en' | 'id', suffix: string, widths: number[]) {
  const results = page.url();
  const headings = lang === 'en'
    ? { results: 'Self-assessment results', overview: 'Competencies', card: 'Integrity' }
    : { results: 'Hasil penilaian diri', overview: 'Kompetensi', card: 'Integritas' };
  for (const width of widths) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await page.goto(results);
    await expect(main(page).getByRole('heading', { level: 1, name: headings.results })).toBeVisible();
    await expectNoA11yViolations(page);
    await screenshot(page, `competency-results-${lang}${suffix}-${width}`);
    await openApp(page, '/competencies');
    await expect(main(page).getByRole('heading', { level: 1, name: headings.overview })).toBeVisible();
    await expectNoA11yViolations(page);
    await screenshot(page, `competency-overview-${lang}${suffix}-${width}`);
  }
}

async function cardShot(page: Page, lang: 'en' | 'id', suffix: string) {
  await page.setViewportSize(PHONE);
  await openApp(page, '/competencies');
  await main(page).getByRole('button', { name: lang === 'en' ? 'Start rating' : 'Mulai menilai' }).click();
  await main(page).getByLabel(lang === 'en' ? 'Target role' : 'Jabatan atau peran yang dituju').fill('Kepala Subbagian Perencanaan');
  await main(page).getByLabel(lang === 'en' ? 'Target position level' : 'Jenjang jabatan yang dituju').selectOption('administrator');
  await screenshot(page, `competency-setup-${lang}${suffix}-390`);
  await main(page).getByRole('button', { name: lang === 'en' ? 'Next' : 'Berikutnya' }).click();
  await main(page).locator('.level-option').first().waitFor();
  await main(page).locator('.level-option').nth(2).click();
  await expectNoA11yViolations(page);
  await screenshot(page, `competency-card-${lang}${suffix}-390`);
  // What the phone shows: the top of the card, Previous / Next stuck above the tab bar.
  await page.screenshot({ path: `tests/e2e/screenshots/competency-card-viewport-${lang}${suffix}-390.png` });
}

test.describe('screenshots, light', () => {
  test.use({ colorScheme: 'light' });

  test('overview, rating card and results at 390 and 1280 in English and Indonesian', async ({ page }) => {
    test.setTimeout(180_000);
    await seedTwo(page);
    await shots(page, 'en', '', [390, 1280]);
    await cardShot(page, 'en', '');
    await openApp(page, '/competencies/framework/builtin-asn-2017');
    await screenshot(page, 'competency-framework-en-390');
    await useLanguage(page, 'id');
    await openApp(page, '/competencies');
    await main(page).getByRole('link', { name: 'Lihat hasil lengkap' }).click();
    await shots(page, 'id', '', [390, 1280]);
    await cardShot(page, 'id', '');
  });
});

test.describe('screenshots, dark', () => {
  test.use({ colorScheme: 'dark' });

  test('results and a rating card keep AA contrast in the dark theme, both languages', async ({ page }) => {
    test.setTimeout(180_000);
    await seedTwo(page);
    await shots(page, 'en', '-dark', [390]);
    await cardShot(page, 'en', '-dark');
    await useLanguage(page, 'id');
    await openApp(page, '/competencies');
    await main(page).getByRole('link', { name: 'Lihat hasil lengkap' }).click();
    await shots(page, 'id', '-dark', [390]);
    await cardShot(page, 'id', '-dark');
  });
});
