// Keyboard only (issue 9): from Today, write a journal entry and set up a goal with milestones
// using nothing but the keyboard (Tab, Shift+Tab, Enter, Space, Escape, arrows and typing — no
// mouse), with a visible focus indicator on every control the walk stops at; form errors are
// announced (a live region holds the message, the field is aria-invalid and points at it); and
// the confirmation steps (delete a goal, delete all data) take the focus in and give it back.
import { test, expect, type Page } from '@playwright/test';
import { openApp, useLanguage, focusIndicator, entryCard, watchForProblems } from './helpers';

test.use({ viewport: { width: 1280, height: 800 } });

/** A short description of the focused element: tag, id, role, accessible-ish name. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', id: '', name: '', href: '' };
    const labels = (el as HTMLInputElement).labels;
    const name =
      el.getAttribute('aria-label') ||
      (labels && labels.length ? labels[0].innerText : '') ||
      el.innerText ||
      '';
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: name.replace(/\s+/g, ' ').trim(),
      href: el.getAttribute('href') ?? '',
    };
  });
}

type Target = { name?: string | RegExp; id?: string; href?: string };

function matches(f: { id: string; name: string; href: string }, t: Target): boolean {
  if (t.id !== undefined && f.id !== t.id) return false;
  if (t.href !== undefined && f.href !== t.href) return false;
  if (t.name !== undefined) {
    if (typeof t.name === 'string' ? f.name !== t.name : !t.name.test(f.name)) return false;
  }
  return true;
}

/**
 * Press Tab (or Shift+Tab) until the focus is on `target`, then check the focus can be seen.
 * Fails when it is not reached within `max` presses.
 */
async function tabTo(page: Page, target: Target, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  const key = opts.back ? 'Shift+Tab' : 'Tab';
  const seen: string[] = [];
  for (let i = 0; i < (opts.max ?? 60); i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    seen.push(`${f.tag}#${f.id} "${f.name.slice(0, 30)}"`);
    if (matches(f, target)) {
      await expectFocusVisible(page);
      return;
    }
  }
  throw new Error(`${key} never reached ${JSON.stringify(target)}; went through:\n${seen.join('\n')}`);
}

async function expectFocusVisible(page: Page): Promise<void> {
  const f = await focusIndicator(page);
  expect(f.visible, `focus indicator on ${f.element} (outline ${f.outline}, box-shadow ${f.boxShadow})`).toBe(true);
}

async function expectFocusOn(page: Page, target: Target): Promise<void> {
  await expect.poll(async () => matches(await focused(page), target), { message: `focus on ${JSON.stringify(target)}` }).toBe(true);
  await expectFocusVisible(page);
}

/** The field is marked invalid, names its error, and that error sits in a live region. */
async function expectAnnouncedError(page: Page, fieldId: string, message: string | RegExp): Promise<void> {
  const field = page.locator(`#${fieldId}`);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const described = (await field.getAttribute('aria-describedby')) ?? '';
  const error = page.locator(`#${fieldId}-error`);
  expect(described.split(/\s+/), `${fieldId} aria-describedby`).toContain(`${fieldId}-error`);
  await expect(error).toHaveText(message);
  const live = await error.evaluate((el) => {
    const region = el.closest('[aria-live], [role=alert], [role=status]');
    return region ? region.getAttribute('aria-live') ?? region.getAttribute('role') : null;
  });
  expect(live, `${fieldId}-error is inside a live region`).toMatch(/^(polite|assertive|alert|status)$/);
}

test('keyboard only: write a journal entry and a goal with milestones, starting from Today', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = watchForProblems(page);
  await useLanguage(page, 'en');
  await openApp(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // The first Tab reaches "Skip to content", which shows itself and jumps past the navigation.
  await page.keyboard.press('Tab');
  await expectFocusOn(page, { name: 'Skip to content' });
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).id).toBe('main');
  await expect(page).toHaveURL(/\/$/);

  // --- A journal entry.
  await tabTo(page, { href: '/journal' }, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await tabTo(page, { name: 'New entry' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit entry' })).toBeVisible();
  // A new entry starts in its title.
  await expectFocusOn(page, { id: 'entry-title' });
  await page.keyboard.type('Rapat koordinasi pertama saya');

  await tabTo(page, { id: 'entry-date' });
  // Chromium's date field takes the digits of the locale's order (en-US: month, day, year).
  await page.keyboard.type('11202026');
  await expect(page.locator('#entry-date')).toHaveValue('2026-11-20');

  await tabTo(page, { id: 'entry-kind' });
  const kindBefore = await page.locator('#entry-kind').inputValue();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#entry-kind')).not.toHaveValue(kindBefore);

  // A wrong number of hours: the message is announced and tied to the field.
  await tabTo(page, { id: 'entry-hours' });
  await page.keyboard.type('dua');
  await expectAnnouncedError(page, 'entry-hours', 'Hours must be a number, e.g. 1.5.');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('1.5');
  await expect(page.locator('#entry-hours')).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('#entry-hours-error')).toHaveText('');

  await tabTo(page, { id: 'entry-tags' });
  await page.keyboard.type('kepemimpinan, rapat');
  await tabTo(page, { id: 'entry-body' });
  await page.keyboard.type('Saya belajar merangkum pendapat **sebelum** memutuskan.');
  // The preview is a toggle button: Shift+Tab back to it, Space to look, Space again to write.
  await tabTo(page, { name: 'Preview' }, { back: true });
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Preview' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('main').locator('.markdown strong')).toHaveText('sebelum');
  await page.keyboard.press('Shift+Tab');
  await expectFocusOn(page, { name: 'Write' });
  await page.keyboard.press('Enter');
  await expect(page.locator('#entry-body')).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // Esc closes the editor; the focus lands on the entry in the list.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(entryCard(page, 'Rapat koordinasi pertama saya')).toBeVisible();
  await expectFocusOn(page, { name: /^Rapat koordinasi pertama saya/ });

  // --- A goal with two milestones.
  await tabTo(page, { href: '/goals' }, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await tabTo(page, { name: /^(New goal|Create your first goal)$/ });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { id: 'goal-title' });
  await page.keyboard.type('Memimpin rapat lintas unit dengan percaya diri');
  await tabTo(page, { id: 'goal-why' });
  await page.keyboard.type('Bekal untuk jabatan kepala subbagian.');
  await tabTo(page, { id: 'goal-measure' });
  await page.keyboard.type('Tiga rapat berturut-turut selesai tepat waktu dengan keputusan tertulis.');
  await tabTo(page, { id: 'goal-category' });
  const categoryBefore = await page.locator('#goal-category').inputValue();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#goal-category')).not.toHaveValue(categoryBefore);
  await tabTo(page, { id: 'goal-target' });
  await page.keyboard.type('03312027');
  await expect(page.locator('#goal-target')).toHaveValue('2027-03-31');

  // An empty milestone is refused with an announced message; Enter adds a milestone and keeps
  // the focus in the field for the next one.
  await tabTo(page, { id: 'milestone-new' });
  await page.keyboard.press('Enter');
  await expectAnnouncedError(page, 'milestone-new', 'Give the milestone a title first.');
  await page.keyboard.type('Susun agenda bersama unit lain');
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { id: 'milestone-new' });
  await page.keyboard.type('Pimpin rapat pertama');
  await page.keyboard.press('Enter');
  const milestones = page.getByRole('main').locator('.milestone-list > li');
  await expect(milestones).toHaveCount(2);
  await expect(page.locator('#milestone-new')).toHaveAttribute('aria-invalid', 'false');

  // Space ticks the first milestone off.
  await tabTo(page, { name: 'Susun agenda bersama unit lain' }, { back: true });
  await page.keyboard.press('Space');
  await expect(milestones.first().getByRole('checkbox')).toBeChecked();

  // Activate the goal.
  await tabTo(page, { name: 'Activate' }, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.locator('.goal-status-card .goal-status')).toHaveText('Active');

  // Esc closes the goal; the focus lands on it in the list.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await expectFocusOn(page, { name: 'Memimpin rapat lintas unit dengan percaya diri' });

  // Everything is stored.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(page.getByRole('main').getByText('Memimpin rapat lintas unit dengan percaya diri')).toBeVisible();
  await expect(page.getByRole('main').getByText('1 of 2 milestones')).toBeVisible();
  await openApp(page, '/journal');
  await expect(entryCard(page, 'Rapat koordinasi pertama saya')).toContainText('#kepemimpinan');
  expect(problems).toEqual([]);
});

test('keyboard only: the goal delete confirmation takes the focus and gives it back', async ({ page }) => {
  await useLanguage(page, 'en');
  await openApp(page, '/goals');
  await tabTo(page, { name: /^(New goal|Create your first goal)$/ });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { id: 'goal-title' });
  await page.keyboard.type('Tujuan yang akan dihapus');

  await tabTo(page, { name: 'Delete goal' });
  await page.keyboard.press('Enter');
  const question = page.getByRole('group', { name: /Delete this goal/ });
  await expect(question).toBeVisible();
  // The focus moves into the question, on the safe choice.
  await expectFocusOn(page, { name: 'Cancel' });
  // Esc closes the question (not the goal) and the focus goes back to "Delete goal".
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Tujuan yang akan dihapus' })).toBeVisible();
  await expectFocusOn(page, { name: 'Delete goal' });
  // Cancel does the same.
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { name: 'Cancel' });
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expectFocusOn(page, { name: 'Delete goal' });
  // And "Yes" deletes it.
  await page.keyboard.press('Enter');
  await tabTo(page, { name: 'Yes, delete the goal' }, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Goal deleted.' })).toBeVisible();
  await expect(page.getByRole('main').getByText('Tujuan yang akan dihapus')).toHaveCount(0);
});

test('keyboard only: "Delete all data" takes the focus, Esc gives it back, the typed word confirms', async ({ page }) => {
  await useLanguage(page, 'en');
  await openApp(page, '/journal');
  await tabTo(page, { name: 'New entry' });
  await page.keyboard.press('Enter');
  await expectFocusOn(page, { id: 'entry-title' });
  await page.keyboard.type('Akan dihapus');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(entryCard(page, 'Akan dihapus')).toBeVisible();

  await tabTo(page, { href: '/data' }, { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Data and storage' })).toBeVisible();
  await expect(page.getByTestId('entry-count')).toHaveText('1 entry');
  await tabTo(page, { name: 'Delete all data' }, { max: 80 });
  await page.keyboard.press('Enter');
  // The focus goes to the word to type.
  await expectFocusOn(page, { id: 'delete-confirm' });
  await page.keyboard.press('Escape');
  await expect(page.locator('#delete-confirm')).toHaveCount(0);
  await expectFocusOn(page, { name: 'Delete all data' });

  await page.keyboard.press('Enter');
  await expectFocusOn(page, { id: 'delete-confirm' });
  // The confirm button stays out of reach until the word is right (a disabled button is skipped).
  await page.keyboard.type('DELETE');
  await page.keyboard.press('Tab');
  await expectFocusOn(page, { name: 'Delete all data' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'All data was deleted from this device.' })).toBeVisible();
  await expect(page.getByTestId('entry-count')).toHaveText('0 entries');
  // The question closed; the focus is back on the button that opened it.
  await expect(page.locator('#delete-confirm')).toHaveCount(0);
  await expectFocusOn(page, { name: 'Delete all data' });
});

test('keyboard shortcuts: N opens a new entry in its title, / goes to the search box', async ({ page }) => {
  await useLanguage(page, 'en');
  await openApp(page, '/');
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 1, name: 'Edit entry' })).toBeVisible();
  await expectFocusOn(page, { id: 'entry-title' });
  await page.keyboard.type('Dari pintasan');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(entryCard(page, 'Dari pintasan')).toBeVisible();
  await page.keyboard.press('/');
  await expectFocusOn(page, { id: 'journal-search' });
  await page.keyboard.type('pintasan');
  await expect(entryCard(page, 'Dari pintasan')).toBeVisible();
});
