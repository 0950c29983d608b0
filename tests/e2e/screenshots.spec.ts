// Screenshots for a person to review (tests/e2e/screenshots/*.png, git-ignored): the Journal
// list, the editor with the preview on, the Data screen and Settings, on a phone (390×844) and a
// desktop (1280×800), in English and Indonesian, light theme; plus the list in the dark theme.
// The tests only assert that each screen rendered (its heading is visible).
import { test, expect, type Page } from '@playwright/test';
import { openApp, useLanguage, createEntry, entryCard, screenshot, goToSection, UI, type LangCode, type EntryInput } from './helpers';

const SAMPLES: EntryInput[] = [
  {
    title: 'Sesi mentoring dengan Bu Ratna',
    date: '2026-11-20',
    kind: 'mentoring_note',
    tags: 'mentoring, kepemimpinan',
    hours: '1,5',
    body:
      '## Yang dibahas\n\n- Rencana **rotasi** ke Biro Perencanaan tahun depan\n- Cara memimpin rapat lintas unit\n\n' +
      '> Dengarkan dulu, putuskan kemudian.\n\nTindak lanjut: baca [pedoman manajemen talenta](https://example.org/pedoman) dan siapkan `rencana pengembangan`.',
  },
  {
    title: 'Pelatihan Kepemimpinan Administrator (PKA) — minggu 2',
    date: '2026-11-12',
    kind: 'training',
    tags: 'diklat, pka, kepemimpinan',
    hours: '8',
    body:
      'Materi minggu ini: *pengelolaan perubahan* dan penyusunan proyek perubahan. Proyek saya: digitalisasi arsip surat masuk di bagian umum agar waktu layanan turun dari 5 hari menjadi 1 hari.',
  },
  {
    title: 'Laporan realisasi anggaran selesai lebih cepat',
    date: '2026-10-28',
    kind: 'achievement',
    tags: 'anggaran',
    body: 'Laporan triwulan III diserahkan tiga hari sebelum tenggat. Kepala bagian meminta format yang sama dipakai unit lain.',
  },
];

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

const HEADINGS = {
  en: { data: 'Data and storage', settings: 'Settings' },
  id: { data: 'Data dan penyimpanan', settings: 'Pengaturan' },
} as const;

test.use({ colorScheme: 'light' });

async function seed(page: Page, lang: LangCode): Promise<void> {
  await openApp(page, '/journal');
  for (const e of SAMPLES) await createEntry(page, e, lang);
}

async function listHeading(page: Page, lang: LangCode) {
  const h = page.getByRole('heading', { level: 1, name: UI[lang].journal, exact: true });
  await expect(h).toBeVisible();
  await expect(entryCard(page, SAMPLES[0].title)).toBeVisible();
}

for (const lang of ['en', 'id'] as const) {
  test.describe(`${lang}`, () => {
    // The browser locale matches the language, so native widgets (date inputs) do too.
    test.use({ locale: lang === 'id' ? 'id-ID' : 'en-US' });

    for (const size of SIZES) {
      test(`screens in ${lang}, ${size.name} ${size.width}×${size.height}`, async ({ page }) => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await useLanguage(page, lang);
        await seed(page, lang);
        const suffix = `${lang}-${size.width}`;

        await page.reload(); // no toast or focus ring left over from seeding
        await listHeading(page, lang);
        await screenshot(page, `journal-list-${suffix}`);

        await entryCard(page, SAMPLES[0].title).getByRole('link').click();
        await expect(page.getByRole('heading', { name: UI[lang].editEntry })).toBeVisible();
        await page.getByRole('button', { name: UI[lang].preview }).click();
        await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
        await screenshot(page, `editor-preview-${suffix}`);
        await page.keyboard.press('Escape');

        await goToSection(page, 'Data');
        await expect(page.getByRole('heading', { level: 1, name: HEADINGS[lang].data })).toBeVisible();
        await expect(page.getByText(/IndexedDB/)).toBeVisible();
        await screenshot(page, `data-${suffix}`);

        await goToSection(page, HEADINGS[lang].settings);
        await expect(page.getByRole('heading', { level: 1, name: HEADINGS[lang].settings })).toBeVisible();
        await screenshot(page, `settings-${suffix}`);
      });
    }
  });
}

test('journal list in the dark theme, phone and desktop', async ({ page }) => {
  await useLanguage(page, 'en');
  await seed(page, 'en');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await openApp(page, '/journal');
    await listHeading(page, 'en');
    await screenshot(page, `journal-list-dark-en-${size.width}`);
  }
});
