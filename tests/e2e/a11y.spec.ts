// Accessibility and mobile (issue 9), screen by screen, with realistic data restored from a
// backup first:
// - axe-core (WCAG 2.x A/AA) finds nothing, in English and Indonesian, light and dark, at
//   390 px and 1280 px;
// - at 390 px every visible control is at least 44 × 44 px;
// - with the text at 200 % (root font size) nothing scrolls sideways and no text is clipped, at
//   390 px and 1280 px;
// - under prefers-reduced-motion nothing moves: transitions and animations last 0 s.
//
// One browser context per worker holds the data; each screen is loaded once per language and
// the theme and width change in place.
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  openApp,
  a11yViolations,
  switchLanguage,
  settleAnimations,
  smallTouchTargets,
  textResizeProblems,
  chooseImportFile,
  previewCount,
  screenshot,
  type LangCode,
} from './helpers';

// ---------------------------------------------------------------------------------------------
// The data: a civil servant's journal, goals, assessments, mentor, sessions, action items, a
// secondment being prepared, and (on the mentor side) a mentee's share file.
// ---------------------------------------------------------------------------------------------

const IDS = {
  entry: 'a1100000-0000-4000-8000-000000000001',
  goal: 'a1100000-0000-4000-8000-000000000101',
  goalAchieved: 'a1100000-0000-4000-8000-000000000102',
  goalDraft: 'a1100000-0000-4000-8000-000000000103',
  assessmentOld: 'a1100000-0000-4000-8000-000000000201',
  assessment: 'a1100000-0000-4000-8000-000000000202',
  assessmentDraft: 'a1100000-0000-4000-8000-000000000203',
  person: 'a1100000-0000-4000-8000-000000000301',
  mentee: 'a1100000-0000-4000-8000-000000000302',
  session: 'a1100000-0000-4000-8000-000000000401',
  sessionPlanned: 'a1100000-0000-4000-8000-000000000402',
  action: 'a1100000-0000-4000-8000-000000000501',
  actionDone: 'a1100000-0000-4000-8000-000000000502',
  assignment: 'a1100000-0000-4000-8000-000000000601',
  package: 'a1100000-0000-4000-8000-000000000701',
  menteeId: 'a1100000-0000-4000-8000-000000000702',
  sharedGoal: 'a1100000-0000-4000-8000-000000000703',
  sharedAssessment: 'a1100000-0000-4000-8000-000000000704',
} as const;

const created = '2026-03-01T02:00:00.000Z';
let counter = 0;
const rev = () => `${String(1_780_000_000_000 + ++counter * 1000).padStart(13, '0')}-000000-a11y-laptop`;
const envelope = (id: string, kind: string) => ({ id, kind, created, rev: rev() });

const ASN: [string, string][] = [
  ['asn-integrity', 'Integritas'],
  ['asn-cooperation', 'Kerja Sama'],
  ['asn-communication', 'Komunikasi'],
  ['asn-results', 'Orientasi pada Hasil'],
  ['asn-public-service', 'Pelayanan Publik'],
  ['asn-development', 'Pengembangan Diri dan Orang Lain'],
  ['asn-managing-change', 'Mengelola Perubahan'],
  ['asn-decision-making', 'Pengambilan Keputusan'],
  ['asn-national-unity', 'Perekat Bangsa'],
];

function ratings(levels: number[], targets: number[], evidence = true) {
  return ASN.map(([competency, name], i) => ({
    competency,
    name,
    level: levels[i],
    target: targets[i],
    ...(evidence && i < 3 ? { evidence: 'Memimpin rapat koordinasi lintas unit tiap bulan.', entries: [IDS.entry] } : {}),
  }));
}

const ENTRY_TITLE = 'Belajar memimpin rapat lintas unit';
const GOAL_TITLE = 'Memimpin proyek dasbor data regional';
const PERSON_NAME = 'Bu Ratna Sari';
const MENTEE_NAME = 'Rina Wati';

function backup(): string {
  const entry = (id: string, f: Record<string, unknown>) => ({ ...envelope(id, 'entry'), links: [], tags: [], ...f });
  const records = [
    entry(IDS.entry, {
      entry_kind: 'reflection',
      title: ENTRY_TITLE,
      date: '2026-11-18',
      learning: 'experience',
      hours: 1.5,
      tags: ['kepemimpinan', 'rapat'],
      links: [IDS.goal],
      body:
        '## Yang berjalan baik\n\n- Agenda dikirim **dua hari** sebelumnya\n- Setiap unit mendapat giliran bicara\n\n' +
        '## Yang perlu diperbaiki\n\nSaya terlalu cepat menyimpulkan. Lain kali saya rangkum dulu pendapat peserta, ' +
        'lalu baca [pedoman rapat efektif](https://example.org/pedoman) sebelum rapat berikutnya.',
    }),
    entry('a1100000-0000-4000-8000-000000000002', {
      entry_kind: 'mentoring_note', title: 'Sesi mentoring dengan Bu Ratna', date: '2026-11-10',
      learning: 'social', hours: 1, tags: ['mentoring'], body: 'Membahas rencana rotasi ke Biro Perencanaan.',
    }),
    entry('a1100000-0000-4000-8000-000000000003', {
      entry_kind: 'training', title: 'Pelatihan Kepemimpinan Administrator (PKA) — minggu 2', date: '2026-11-05',
      learning: 'formal', hours: 8, tags: ['diklat', 'pka', 'kepemimpinan'],
      body: 'Materi minggu ini: *pengelolaan perubahan* dan penyusunan proyek perubahan.',
    }),
    entry('a1100000-0000-4000-8000-000000000004', {
      entry_kind: 'achievement', title: 'Laporan realisasi anggaran selesai lebih cepat', date: '2026-10-28',
      learning: 'experience', tags: ['anggaran'], body: 'Diserahkan tiga hari sebelum tenggat.',
    }),
    entry('a1100000-0000-4000-8000-000000000005', {
      entry_kind: 'networking', title: 'Kopi dengan tim Biro Perencanaan', date: '2026-10-20',
      learning: 'social', tags: ['jejaring'], body: 'Berkenalan dengan calon rekan kerja di unit tuan rumah.',
    }),
    entry('a1100000-0000-4000-8000-000000000006', {
      entry_kind: 'assignment_log', title: 'Persiapan penugasan: serah terima pekerjaan', date: '2026-10-12',
      learning: 'experience', hours: 2, tags: ['penugasan'], body: 'Daftar pekerjaan yang diserahkan ke Mas Dimas.',
    }),
    {
      ...envelope(IDS.goal, 'goal'),
      title: GOAL_TITLE,
      why: 'Bekal untuk jabatan kepala subbagian.',
      measure: 'Dasbor dipakai rapat pimpinan tiap bulan.',
      category: 'role', status: 'active', activated: '2026-06-01', target_date: '2027-03-31',
      milestones: [
        { id: 'a1100000-0000-4000-8000-000000000111', title: 'Sepakati ruang lingkup', due: '2026-07-01', done: '2026-06-25' },
        { id: 'a1100000-0000-4000-8000-000000000112', title: 'Kumpulkan data dari lima kabupaten', due: '2026-10-31' },
        { id: 'a1100000-0000-4000-8000-000000000113', title: 'Laporan pertama ke pimpinan', due: '2027-01-15' },
      ],
      entries: [IDS.entry],
      history: [
        { date: '2026-06-01', change: { type: 'created' } },
        { date: '2026-06-01', change: { type: 'activated' } },
        { date: '2026-06-25', change: { type: 'milestone_done', title: 'Sepakati ruang lingkup' } },
      ],
    },
    {
      ...envelope(IDS.goalAchieved, 'goal'),
      title: 'Lulus pelatihan analisis data', why: '', measure: 'Sertifikat', category: 'skill',
      status: 'achieved', activated: '2026-03-01', closed: '2026-08-30', target_date: '2026-09-30',
      reflection: 'Latihan tiap pekan lebih berguna daripada kelas.', manual_progress: 100,
      history: [{ date: '2026-03-01', change: { type: 'created' } }],
    },
    { ...envelope(IDS.goalDraft, 'goal'), title: 'Ide: magang di Bappenas', status: 'draft', category: 'learning' },
    {
      ...envelope(IDS.assessmentOld, 'assessment'), date: '2026-05-01', framework: 'builtin-asn-2017',
      status: 'completed', target_role: 'Kepala Subbagian', ratings: ratings([2, 3, 2, 3, 3, 2, 2, 2, 3], [3, 3, 3, 3, 3, 3, 3, 3, 3], false),
    },
    {
      ...envelope(IDS.assessment, 'assessment'), date: '2026-11-01', framework: 'builtin-asn-2017',
      status: 'completed', target_role: 'Kepala Subbagian', ratings: ratings([3, 3, 2, 3, 4, 3, 2, 3, 3], [3, 4, 4, 3, 3, 3, 3, 4, 3]),
    },
    {
      ...envelope(IDS.assessmentDraft, 'assessment'), date: '2026-11-20', framework: 'builtin-generic',
      status: 'in_progress', step: 1, target_role: 'Team lead', ratings: [],
    },
    {
      ...envelope(IDS.person, 'person'), name: PERSON_NAME, roles: ['mentor'], organisation: 'Badan Kepegawaian Negara',
      unit: 'Biro SDM', met: 'Program mentoring 2026', since: '2026-03-01', contact_notes: 'Lebih suka dihubungi lewat surel.',
      cadence: 'monthly', mode: 'online', status: 'active',
    },
    {
      ...envelope(IDS.mentee, 'person'), name: 'Dimas Pratama', roles: ['mentee', 'peer'], organisation: 'Dinas Kominfo',
      since: '2026-06-01', cadence: 'biweekly', mode: 'in_person', status: 'active',
    },
    {
      ...envelope(IDS.session, 'session'), person: IDS.person, date: '2026-11-10', time: '09:30', duration_minutes: 60,
      mode: 'online', status: 'held', agenda: 'Rencana rotasi dan proyek dasbor',
      notes: '## Catatan\n\n- Rotasi ke Biro Perencanaan **tahun depan**\n- Mulai dari data yang sudah ada',
      outcomes: 'Saya menyusun draf rencana pengembangan.', feedback: 'Rangkum pendapat sebelum memutuskan.',
      rating: 4, goals: [IDS.goal],
    },
    {
      ...envelope(IDS.sessionPlanned, 'session'), person: IDS.person, date: '2026-12-08', time: '10:00',
      duration_minutes: 45, mode: 'online', status: 'planned', agenda: 'Tinjau draf rencana pengembangan',
    },
    {
      ...envelope(IDS.action, 'action'), text: 'Kirim draf rencana pengembangan ke Bu Ratna', owner: 'me',
      person: IDS.person, session: IDS.session, goal: IDS.goal, due: '2026-11-30',
    },
    {
      ...envelope(IDS.actionDone, 'action'), text: 'Bagikan contoh dasbor', owner: 'them',
      person: IDS.person, session: IDS.session, due: '2026-11-15', done: '2026-11-14',
    },
    {
      ...envelope(IDS.assignment, 'assignment'), assignment_type: 'secondment', status: 'preparing',
      role: 'Analis Kebijakan', host_org: 'Kementerian PPN/Bappenas', host_unit: 'Direktorat Aparatur Negara',
      home_org: 'Pemerintah Provinsi Jawa Tengah', home_unit: 'Biro Perencanaan', start: '2027-01-06', end: '2027-06-30',
      objectives: 'Mempelajari perencanaan nasional dan membawa pulang praktik baik.',
      goals: [IDS.goal], competencies: ['asn-communication'], home_supervisor: 'Pak Agus', host_supervisor: 'Bu Wulan',
      checklist: [
        { id: 'a1100000-0000-4000-8000-000000000611', text: 'Sepakati tujuan penugasan dengan atasan', phase: 'agree', status: 'done' },
        { id: 'a1100000-0000-4000-8000-000000000612', text: 'Siapkan catatan serah terima pekerjaan', phase: 'handover', status: 'in_progress', due: '2026-12-20' },
        { id: 'a1100000-0000-4000-8000-000000000613', text: 'Cari tempat tinggal di Jakarta', phase: 'practical', status: 'todo' },
      ],
      risks: [
        { id: 'a1100000-0000-4000-8000-000000000621', title: 'Terputus dari tim asal', likelihood: 2, impact: 2, mitigation: 'Rapat daring bulanan dengan tim asal.', owner: 'Saya', status: 'open' },
        { id: 'a1100000-0000-4000-8000-000000000622', title: 'Harapan tuan rumah tidak jelas', likelihood: 3, impact: 3, mitigation: 'Kesepakatan tertulis sebelum berangkat.', owner: 'Pak Agus', status: 'mitigated' },
      ],
    },
  ];
  return JSON.stringify({
    format: 'jejak-backup', version: 1, app_version: '0.1.0',
    exported_at: '2026-11-20T00:00:00.000Z', device: 'a11y-laptop', records,
  });
}

/** A mentee's share file, for the mentor side (Mentees inbox and the review screen). */
function share(): string {
  const records = [
    {
      ...envelope(IDS.sharedGoal, 'goal'), title: 'Menyusun standar layanan pengaduan', why: 'Keluhan warga belum tertangani tepat waktu.',
      measure: 'Waktu tanggap turun ke 3 hari.', category: 'project', status: 'active', activated: '2026-07-01', target_date: '2027-02-28',
      milestones: [{ id: 'a1100000-0000-4000-8000-000000000711', title: 'Petakan alur pengaduan', done: '2026-08-01' }, { id: 'a1100000-0000-4000-8000-000000000712', title: 'Uji coba di satu kecamatan' }],
    },
    {
      ...envelope(IDS.sharedAssessment, 'assessment'), date: '2026-10-01', framework: 'builtin-asn-2017',
      status: 'completed', target_role: 'Kepala Seksi', ratings: ratings([3, 2, 3, 3, 4, 2, 3, 2, 3], [3, 3, 4, 3, 4, 3, 3, 3, 3], false),
    },
  ];
  return JSON.stringify({
    format: 'jejak-share', version: 1, app_version: '0.1.0', exported_at: '2026-11-15T03:00:00.000Z', device: 'rina-phone',
    package_id: IDS.package, mentee_id: IDS.menteeId, display_name: MENTEE_NAME,
    scope: { goal_statuses: ['active'], entries: null, latest_assessments: 1, sessions_with: null, assignments: false, people: false },
    records,
  });
}

// ---------------------------------------------------------------------------------------------
// The screens
// ---------------------------------------------------------------------------------------------

interface Screen {
  name: string;
  route: string;
  /** Text that shows once the screen has its data (English, Indonesian). */
  ready?: [string | RegExp, string | RegExp];
}

const SCREENS: Screen[] = [
  { name: 'today', route: '/' },
  { name: 'journal', route: '/journal', ready: [ENTRY_TITLE, ENTRY_TITLE] },
  { name: 'entry', route: `/journal/${IDS.entry}` },
  // What "New entry" opens (src/pages/editor.rs open_new_entry): a fresh id with ?new=1.
  { name: 'new entry', route: '/journal/a1100000-0000-4000-8000-00000000ffff?new=1' },
  { name: 'goals', route: '/goals', ready: [GOAL_TITLE, GOAL_TITLE] },
  { name: 'goal', route: `/goals/${IDS.goal}`, ready: ['Kumpulkan data dari lima kabupaten', 'Kumpulkan data dari lima kabupaten'] },
  { name: 'growth', route: '/growth' },
  { name: 'data', route: '/data' },
  { name: 'settings', route: '/settings' },
  { name: 'sync', route: '/settings/sync' },
  { name: 'more', route: '/more' },
  { name: 'share', route: '/share' },
  { name: 'mentees', route: '/mentees', ready: [MENTEE_NAME, MENTEE_NAME] },
  { name: 'mentee package', route: `/mentees/${IDS.package}`, ready: ['Menyusun standar layanan pengaduan', 'Menyusun standar layanan pengaduan'] },
  { name: 'competencies', route: '/competencies' },
  { name: 'assessment results', route: `/competencies/assessment/${IDS.assessment}` },
  { name: 'assessment in progress', route: `/competencies/assessment/${IDS.assessmentDraft}` },
  { name: 'framework', route: '/competencies/framework/builtin-asn-2017' },
  { name: 'people', route: '/people', ready: [PERSON_NAME, PERSON_NAME] },
  { name: 'person', route: `/people/${IDS.person}` },
  { name: 'session', route: `/sessions/${IDS.session}` },
  { name: 'assignments', route: '/assignments' },
  { name: 'assignment', route: `/assignments/${IDS.assignment}` },
  { name: 'plan', route: '/plan', ready: [GOAL_TITLE, GOAL_TITLE] },
];

const LANGS: LangCode[] = ['en', 'id'];
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;
const LOADING = /^(Loading…|Memuat…)$/;

let context: BrowserContext;
let page: Page;

async function seed(browser: Browser): Promise<void> {
  const use = test.info().project.use;
  context = await browser.newContext({
    baseURL: use.baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  });
  page = await context.newPage();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jejak-a11y-'));
  const backupFile = path.join(dir, 'a11y-backup.json');
  const shareFile = path.join(dir, 'a11y-share.json');
  fs.writeFileSync(backupFile, backup());
  fs.writeFileSync(shareFile, share());

  await openApp(page, '/data');
  await page.evaluate(() => localStorage.setItem('jejak:lang', 'en'));
  await chooseImportFile(page, backupFile, 'en');
  await expect(previewCount(page, 'PreviewInvalid')).toHaveText('0');
  await page.getByRole('button', { name: 'Import now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import finished' })).toBeVisible();

  await openApp(page, '/mentees');
  await chooseImportFile(page, shareFile, 'en');
  await expect(page.getByRole('link', { name: 'Review now' })).toBeVisible();
}

/** Load `route` in `lang` and wait until it shows its data. */
async function open(screen: Screen, lang: LangCode): Promise<void> {
  await switchLanguage(page, lang, screen.route);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(main.getByText(LOADING)).toHaveCount(0);
  if (screen.ready) await expect(main.getByText(screen.ready[lang === 'en' ? 0 : 1]).first()).toBeVisible();
  // A toast left by the previous screen would be judged with this one.
  await expect(page.locator('.toast')).toHaveCount(0, { timeout: 10_000 });
}

async function setTheme(theme: (typeof THEMES)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme))
    .toBe(theme);
}

test.describe.configure({ mode: 'default' });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(60_000);
  await seed(browser);
});

test.afterAll(async () => {
  await context?.close();
});

for (const screen of SCREENS) {
  test.describe(`${screen.name} (${screen.route})`, () => {
    test('axe: no violations in both languages, light and dark, 390 and 1280 px', async () => {
      test.setTimeout(90_000);
      const found: string[] = [];
      for (const lang of LANGS) {
        await page.setViewportSize(WIDTHS[1]);
        await setTheme('light');
        await open(screen, lang);
        for (const theme of THEMES) {
          await setTheme(theme);
          for (const size of WIDTHS) {
            await page.setViewportSize(size);
            await settleAnimations(page);
            for (const v of await a11yViolations(page)) found.push(`[${lang} ${theme} ${size.width}] ${v}`);
          }
        }
      }
      await setTheme('light');
      expect(found, `axe violations on ${screen.route}`).toEqual([]);
    });

    test('touch targets are at least 44 × 44 px at 390 px', async () => {
      const found: string[] = [];
      await page.setViewportSize(WIDTHS[0]);
      for (const lang of LANGS) {
        await open(screen, lang);
        for (const t of await smallTouchTargets(page)) found.push(`[${lang}] ${t}`);
      }
      expect(found, `small touch targets on ${screen.route}`).toEqual([]);
    });

    test('text at 200 %: nothing scrolls sideways or is clipped, 390 and 1280 px', async () => {
      const found: string[] = [];
      for (const lang of LANGS) {
        await page.setViewportSize(WIDTHS[1]);
        await open(screen, lang);
        for (const size of WIDTHS) {
          await page.setViewportSize(size);
          for (const p of await textResizeProblems(page, 200)) found.push(`[${lang} ${size.width}] ${p}`);
        }
      }
      expect(found, `200 % text on ${screen.route}`).toEqual([]);
    });
  });
}

test.describe('screenshots for review', () => {
  // A person looks at these: the busiest screens, both languages, both themes, both widths.
  for (const route of ['/', `/goals/${IDS.goal}`, '/data']) {
    test(`screens of ${route}`, async () => {
      test.setTimeout(60_000);
      const name = route === '/' ? 'today' : route.split('/')[1];
      for (const lang of LANGS) {
        await page.setViewportSize(WIDTHS[1]);
        await open({ name, route }, lang);
        for (const theme of THEMES) {
          await setTheme(theme);
          for (const size of WIDTHS) {
            await page.setViewportSize(size);
            await settleAnimations(page);
            await screenshot(page, `a11y-${name}-${lang}-${theme}-${size.width}`);
          }
        }
      }
      await setTheme('light');
    });
  }
});

test.describe('prefers-reduced-motion', () => {
  /** Every element's transition and animation durations, as "selector: durations" for those not 0 s. */
  const moving = () =>
    page.evaluate(() => {
      const out: string[] = [];
      const nonZero = (list: string) => list.split(',').some((d) => parseFloat(d) > 0);
      for (const el of Array.from(document.querySelectorAll('*'))) {
        const cs = getComputedStyle(el);
        if (nonZero(cs.transitionDuration) || nonZero(cs.animationDuration)) {
          out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: transition ${cs.transitionDuration}, animation ${cs.animationDuration}`);
        }
      }
      for (const a of document.getAnimations()) {
        const t = a.effect?.getComputedTiming();
        if (t && Number(t.duration) > 0) out.push(`running animation of ${Number(t.duration)} ms`);
      }
      return out;
    });

  test('controls move normally, and not at all when the user asks for less motion', async () => {
    await page.setViewportSize(WIDTHS[0]);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await open({ name: 'journal', route: '/journal', ready: [ENTRY_TITLE, ENTRY_TITLE] }, 'en');
    // There is motion to turn off: buttons, chips and the navigation fade to their hover colour.
    const button = page.getByRole('button', { name: 'New entry', exact: true });
    await button.hover();
    expect(parseFloat(await button.evaluate((b) => getComputedStyle(b).transitionDuration))).toBeGreaterThan(0);
    expect(await moving()).not.toEqual([]);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Hover again: a fade that started before the switch may still be finishing.
    await page.mouse.move(0, 0);
    await settleAnimations(page);
    await button.hover();
    expect(await button.evaluate((b) => getComputedStyle(b).transitionDuration)).toBe('0s');
    expect(await moving(), 'elements that still move').toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  test('the toast fades in normally and appears at once under reduced motion', async () => {
    await page.setViewportSize(WIDTHS[0]);
    for (const motion of ['no-preference', 'reduce'] as const) {
      await page.emulateMedia({ reducedMotion: motion });
      await open({ name: 'goals', route: '/goals', ready: [GOAL_TITLE, GOAL_TITLE] }, 'en');
      // A new goal left untouched and closed is discarded; "Delete goal" shows a toast with undo.
      await page.getByRole('button', { name: 'New goal' }).first().click();
      await page.getByLabel('Title', { exact: true }).fill(`Tujuan sementara (${motion})`);
      await page.getByRole('button', { name: 'Delete goal' }).click();
      await page.getByRole('button', { name: 'Yes, delete the goal' }).click();
      const toast = page.locator('.toast');
      await expect(toast).toBeVisible();
      const durations = await toast.evaluate((t) => t.getAnimations().map((a) => Number(a.effect?.getComputedTiming().duration ?? 0)));
      if (motion === 'reduce') expect(durations.filter((d) => d > 0), 'toast animations under reduced motion').toEqual([]);
      // Its computed animation, not a running one: on a busy machine the 0.2 s fade can be over
      // before the page is asked.
      else
        expect(
          await toast.evaluate((t) => {
            const s = getComputedStyle(t);
            return `${s.animationName} ${s.animationDuration}`;
          }),
          'the toast fades in',
        ).toBe('toast-in 0.2s');
      await page.getByRole('button', { name: 'Dismiss' }).click();
    }
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });
});
