// Today and Development: the welcome on first run, the 70-20-10 balance built from entries
// created in the test, JP towards the yearly target, cadence, and the backup nudge.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { importRecords, openApp, screenshot, useLanguage } from './helpers';

async function addEntry(page: Page, title: string, kind: string, hours: string, date?: string) {
  await openApp(page, '/journal');
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByLabel('Title').fill(title);
  if (date) await page.getByLabel('Date', { exact: true }).fill(date);
  await page.getByLabel('Entry kind').selectOption(kind);
  await page.getByLabel('Hours').fill(hours);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal', exact: true })).toBeVisible();
}

function today(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test('first run shows a welcome with a first goal and a first entry', async ({ page }) => {
  await useLanguage(page, 'en');
  await openApp(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Jejak' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create a first goal' })).toBeVisible();
  await page.getByRole('button', { name: 'Write a first entry' }).click();
  await expect(page.getByRole('heading', { name: 'Edit entry' })).toBeVisible();
});

test('70-20-10 balance, cadence and JP reflect the entries created', async ({ page }) => {
  await useLanguage(page, 'en');
  await addEntry(page, 'Menyusun laporan', 'assignment_log', '7');
  await addEntry(page, 'Coaching dengan atasan', 'mentoring_note', '2');
  await addEntry(page, 'Kursus analisis data', 'training', '1');

  await openApp(page, '/');
  const balance = page.getByRole('table').filter({ hasText: 'Actual' });
  // 7 h experience, 2 h social, 1 h formal of 10 h: exactly 70-20-10.
  await expect(balance.getByRole('row', { name: /Experience/ })).toContainText('70 %');
  await expect(balance.getByRole('row', { name: /Feedback/ })).toContainText('20 %');
  await expect(balance.getByRole('row', { name: /Formal/ })).toContainText('10 %');
  await expect(page.getByText('Weighted by hours')).toBeVisible();
  await expect(page.getByText('3 entries', { exact: true })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Learning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Competency development' })).toBeVisible();
  // 10 hours = 600 minutes = 13.3 JP of the default 20.
  await expect(page.getByTestId('jp-total')).toHaveText('13.3 / 20 JP');
  await page.getByLabel('JP target per year').fill('40');
  await page.getByLabel('JP target per year').press('Tab');
  await expect(page.getByTestId('jp-total')).toHaveText('13.3 / 40 JP');
  await page.reload();
  await expect(page.getByTestId('jp-total')).toHaveText('13.3 / 40 JP');
  await expect(page.getByRole('link', { name: 'Kursus analisis data' })).toBeVisible();

  // A different period changes what counts.
  await page.getByLabel('Period').selectOption('30');
  await expect(page.getByRole('row', { name: /Experience/ })).toContainText('70 %');
});

test('a training from two months ago asks for a follow-up, and saving it clears the prompt', async ({ page }) => {
  await useLanguage(page, 'en');
  await addEntry(page, 'Diklat kepemimpinan', 'training', '16', today(-60));
  await openApp(page, '/');
  await expect(page.getByText('1 training is waiting for a follow-up')).toBeVisible();
  await openApp(page, '/growth');
  await page.getByLabel('Applied on the job').check();
  await page.getByLabel('What changed?').fill('Rapat mingguan kini memakai agenda tertulis.');
  await page.getByRole('button', { name: 'Save follow-up' }).click();
  await expect(page.getByText('No training is waiting for a follow-up.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No training is waiting for a follow-up.')).toBeVisible();
});

test('Today nudges to back up when there is data and no backup yet', async ({ page }) => {
  await useLanguage(page, 'en');
  await addEntry(page, 'Catatan pertama', 'reflection', '');
  await openApp(page, '/');
  const nudge = page.getByRole('status').filter({ hasText: 'No backup has been made' });
  await expect(nudge).toBeVisible();
  await nudge.getByRole('link', { name: 'Make a backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data and storage' })).toBeVisible();
});

test('after a backup, Today shows the days since it instead of the nudge', async ({ page }) => {
  await useLanguage(page, 'en');
  await addEntry(page, 'Catatan pertama', 'reflection', '');
  await openApp(page, '/data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  await download;
  await expect(page.getByText('Last backup: today.').first()).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByTestId('today-backup')).toHaveText('Last backup: today.');
  await expect(page.getByRole('link', { name: 'Make a backup' })).toHaveCount(0);
});

for (const lang of ['en', 'id'] as const) {
  for (const [w, h] of [[390, 844], [1280, 800]] as const) {
    test(`screenshots of Today and Development, ${lang} ${w}px`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await useLanguage(page, 'en');
      await addEntry(page, 'Menyusun laporan triwulan', 'assignment_log', '6');
      await addEntry(page, 'Sesi mentoring', 'mentoring_note', '1,5');
      await addEntry(page, 'Pelatihan SQL', 'training', '3', today(-50));
      await useLanguage(page, lang);
      await openApp(page, '/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await screenshot(page, `today-${lang}-${w}`);
      await openApp(page, '/growth');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await screenshot(page, `growth-${lang}-${w}`);
    });
  }
}

// Years of entries make long lists here (thousands of trainings and counted entries in the
// benchmark's journal): the screen shows ten of each and more on request, and says how many.
test('Learning shows long lists ten at a time: trainings to follow up and entries that count', async ({ page }) => {
  await useLanguage(page, 'en');
  const trainings = Array.from({ length: 23 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return {
      id: `8c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e${n}`,
      kind: 'entry',
      created: '2026-01-01T00:00:00.000Z',
      rev: `${String(1_780_000_000_000 + i).padStart(13, '0')}-000000-test`,
      date: today(-60 - i),
      entry_kind: 'training',
      title: `Pelatihan ${n}`,
      hours: 2,
    };
  });
  await importRecords(page, 'test', trainings);

  await openApp(page, '/growth');
  const followUps = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Training follow-up' }) });
  await expect(followUps.getByTestId('follow-ups-due')).toHaveText('23 trainings are waiting for a follow-up');
  const forms = followUps.locator('.follow-ups > li');
  await expect(forms).toHaveCount(10);
  // Oldest first: the 23rd was written 82 days ago.
  await expect(forms.first()).toContainText('Pelatihan 23');
  await followUps.getByRole('button', { name: 'Show more' }).click();
  await expect(forms).toHaveCount(20);
  await followUps.getByRole('button', { name: 'Show more' }).click();
  await expect(forms).toHaveCount(23);
  await expect(followUps.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await forms.first().getByRole('button', { name: 'Save follow-up' }).click();
  await expect(followUps.getByTestId('follow-ups-due')).toHaveText('22 trainings are waiting for a follow-up');
  await expect(forms).toHaveCount(22);

  // JP: the year of the trainings (60 to 82 days ago may be last year in January).
  const jp = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Learning hours (JP)' }) });
  const years = new Set(trainings.map((t) => t.date.slice(0, 4)));
  const year = [...years].sort().at(-1)!;
  const inYear = trainings.filter((t) => t.date.startsWith(year)).length;
  await jp.getByLabel('Year', { exact: true }).selectOption(year);
  const counted = jp.locator('ul.plain-list > li');
  await expect(counted).toHaveCount(Math.min(10, inYear));
  await expect(jp.getByTestId('jp-shown')).toHaveText(`${Math.min(10, inYear)} of ${inYear} entries`);
  if (inYear > 10) {
    await jp.getByRole('button', { name: 'Show more' }).click();
    await expect(counted).toHaveCount(Math.min(20, inYear));
    await expect(jp.getByTestId('jp-shown')).toHaveText(`${Math.min(20, inYear)} of ${inYear} entries`);
  }
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(inYear > 20 ? 1 : 0);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    await jp.screenshot({ path: path.join('tests', 'e2e', 'screenshots', `growth-jp-list-${width}.png`) });
    await followUps.getByRole('button', { name: 'Save follow-up' }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join('tests', 'e2e', 'screenshots', `growth-follow-ups-${width}.png`) });
  }
});
