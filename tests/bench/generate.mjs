// Deterministic generator of a large `jejak-backup` file for the benchmark (issue 9).
//
//   import { generateBackup, countsFor } from './generate.mjs';
//   const { text, counts, searchWords, sampleEntryId } = generateBackup(countsFor(10_000));
//
//   node tests/bench/generate.mjs [--entries N] [--seed S] [--out FILE]   (writes the file)
//
// Same seed and counts → byte-identical output (a seeded PRNG, no Math.random, no clock).
// The file follows src/domain/files.rs `write_backup` exactly: the header one field per line,
// then one record per line, records sorted by id, each record's envelope (id, kind, created,
// rev) first and its own fields after it in sorted key order. Every record passes the import
// validation of src/domain/import.rs `restore` (UUID ids, `MMMMMMMMMMMMM-CCCCCC-device` revs,
// RFC 3339 `created`, entries with a title ≤ 200 chars, ≤ 30 tags of ≤ 40 chars, hours 0–24,
// dates 1900–2200). There are no tombstones and no `setting` record (importing one would
// change the language or theme under the benchmark).

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const DEFAULT_SEED = 'jejak-bench-1';
/** The last day of the generated journal; dates go back three years from here. */
export const END_DATE = '2026-10-31';
export const SPAN_DAYS = 3 * 365;
const DEVICES = ['bench-laptop', 'bench-phone'];
const DAY_MS = 86_400_000;

/** Record counts for a journal of `entries` entries, scaled from the issue's 10,000 set. */
export function countsFor(entries = 10_000) {
  const f = entries / 10_000;
  const atLeast1 = (n) => Math.max(1, Math.round(n * f));
  return {
    entries,
    goals: atLeast1(200),
    people: atLeast1(50),
    sessions: atLeast1(1_000),
    assessments: atLeast1(20),
    assignments: atLeast1(10),
  };
}

// ---------------------------------------------------------------------------------------------
// PRNG: xmur3 string hash → sfc32. Small, fast and fully deterministic.
// ---------------------------------------------------------------------------------------------

function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

export function makeRng(seed = DEFAULT_SEED) {
  const s = xmur3(String(seed));
  let a = s(), b = s(), c = s(), d = s();
  const next32 = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) next32();
  const rng = {
    u32: next32,
    /** [0, 1) */
    float: () => next32() / 4294967296,
    /** integer in [lo, hi] */
    int: (lo, hi) => lo + Math.floor((next32() / 4294967296) * (hi - lo + 1)),
    chance: (p) => next32() / 4294967296 < p,
    pick: (arr) => arr[Math.floor((next32() / 4294967296) * arr.length)],
    /** `n` distinct items of `arr` (n ≤ arr.length), in random order. */
    sample: (arr, n) => {
      const copy = arr.slice();
      const out = [];
      for (let i = 0; i < n && copy.length; i++) {
        const j = Math.floor((next32() / 4294967296) * copy.length);
        out.push(copy[j]);
        copy[j] = copy[copy.length - 1];
        copy.pop();
      }
      return out;
    },
    /** a UUID v4 string from 16 random bytes (version and variant bits set) */
    uuid: () => {
      const bytes = [];
      for (let i = 0; i < 4; i++) {
        const v = next32();
        bytes.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
      }
      bytes[6] = (bytes[6] & 0x0f) | 0x40;
      bytes[8] = (bytes[8] & 0x3f) | 0x80;
      const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: career and civil-service words in Indonesian and English.
// ---------------------------------------------------------------------------------------------

const ID = {
  nouns: [
    'rapat', 'koordinasi', 'anggaran', 'pelatihan', 'kepemimpinan', 'mentoring', 'laporan',
    'evaluasi', 'kebijakan', 'program', 'kegiatan', 'rencana kerja', 'target kinerja', 'indikator',
    'data', 'dasbor', 'analisis', 'presentasi', 'pimpinan', 'atasan', 'rekan kerja', 'tim',
    'unit kerja', 'direktorat', 'bidang', 'subbagian', 'dinas', 'kementerian', 'pemerintah daerah',
    'masyarakat', 'pelayanan publik', 'pengaduan', 'survei kepuasan', 'regulasi', 'peraturan',
    'surat edaran', 'nota dinas', 'disposisi', 'notulen', 'agenda', 'tindak lanjut', 'usulan',
    'proposal', 'kajian', 'rekomendasi', 'risiko', 'audit', 'temuan', 'pengadaan', 'kontrak',
    'vendor', 'aplikasi', 'sistem informasi', 'digitalisasi', 'inovasi', 'reformasi birokrasi',
    'kompetensi', 'keterampilan', 'pengetahuan', 'pengalaman', 'umpan balik', 'refleksi',
    'tujuan', 'sasaran', 'capaian', 'prestasi', 'penghargaan', 'sertifikat', 'diklat',
    'bimbingan teknis', 'lokakarya', 'seminar', 'webinar', 'konferensi', 'forum', 'diskusi',
    'negosiasi', 'komunikasi', 'kolaborasi', 'kerja sama', 'jejaring', 'narasumber', 'fasilitator',
    'peserta', 'mentor', 'mentee', 'coach', 'pemangku kepentingan', 'mitra', 'lembaga',
    'perencanaan', 'penganggaran', 'monitoring', 'pelaporan', 'realisasi', 'serapan anggaran',
    'triwulan', 'semester', 'tahun anggaran', 'jadwal', 'tenggat', 'prioritas', 'strategi',
    'visi', 'misi', 'budaya kerja', 'integritas', 'akuntabilitas', 'transparansi', 'efisiensi',
    'produktivitas', 'motivasi', 'kesejahteraan', 'keseimbangan kerja', 'beban kerja', 'konflik',
    'keputusan', 'masalah', 'solusi', 'ide', 'gagasan', 'pelajaran', 'tantangan', 'peluang',
    'kekuatan', 'kelemahan', 'karier', 'promosi', 'jabatan', 'rotasi', 'penugasan', 'magang',
    'sekretariat', 'biro', 'balai', 'kantor wilayah', 'kabupaten', 'provinsi', 'desa',
    'tabel', 'grafik', 'spreadsheet', 'basis data', 'kuesioner', 'wawancara', 'studi kasus',
    'pedoman', 'prosedur', 'standar operasional', 'template', 'draf', 'revisi', 'paparan',
  ],
  verbs: [
    'menyusun', 'memimpin', 'mengikuti', 'menyiapkan', 'membahas', 'mengevaluasi', 'menganalisis',
    'mempresentasikan', 'mengoordinasikan', 'merevisi', 'melaporkan', 'memantau', 'merancang',
    'mendampingi', 'memfasilitasi', 'menulis', 'membaca', 'mempelajari', 'mencoba', 'memperbaiki',
    'menyelesaikan', 'mengajukan', 'menyampaikan', 'mendengarkan', 'menanyakan', 'menjelaskan',
    'merangkum', 'menyepakati', 'menetapkan', 'memprioritaskan', 'mendelegasikan', 'menghubungi',
    'mengundang', 'mengelola', 'mengukur', 'membandingkan', 'memverifikasi', 'mengolah',
  ],
  adjectives: [
    'penting', 'mendesak', 'strategis', 'teknis', 'lintas unit', 'produktif', 'menantang',
    'bermanfaat', 'jelas', 'rinci', 'singkat', 'terukur', 'realistis', 'baru', 'rutin',
    'tahunan', 'bulanan', 'mingguan', 'internal', 'eksternal', 'formal', 'informal', 'efektif',
  ],
  people: [
    'Bu Sari', 'Pak Budi', 'Mbak Rina', 'Mas Dimas', 'Bu Wulan', 'Pak Agus', 'Kak Nadia',
    'Pak Hendra', 'Bu Lestari', 'Mas Yoga', 'Bu Ratna', 'Pak Joko', 'Mbak Intan', 'Pak Taufik',
  ],
  connectors: ['Hari ini', 'Pagi ini', 'Siang tadi', 'Minggu ini', 'Kemarin', 'Sore ini', 'Akhirnya'],
  subjects: ['saya', 'tim kami', 'kami', 'saya bersama tim', 'unit kami'],
  preps: ['bersama', 'untuk', 'tentang', 'dengan', 'terkait', 'dalam', 'sebelum', 'setelah'],
  closers: [
    'Pelajaran utamanya: siapkan data lebih awal.',
    'Perlu tindak lanjut minggu depan.',
    'Saya merasa lebih percaya diri.',
    'Masih ada yang harus diperbaiki.',
    'Atasan memberi umpan balik yang membangun.',
    'Hasilnya lebih baik dari perkiraan.',
    'Saya belajar mendengarkan sebelum menjawab.',
    'Catatan ini untuk bahan refleksi akhir bulan.',
  ],
  headings: ['Pelajaran', 'Tindak lanjut', 'Catatan', 'Refleksi', 'Hasil', 'Rencana'],
  titles: {
    reflection: ['Refleksi tentang {n}', 'Belajar dari {n}', 'Catatan {a}: {n}', 'Apa yang saya pelajari dari {n}'],
    mentoring_note: ['Sesi mentoring dengan {p}', 'Mentoring: {n}', 'Umpan balik {p} tentang {n}', 'Ngobrol karier dengan {p}'],
    training: ['Pelatihan {n}', 'Diklat {n} {a}', 'Bimbingan teknis {n}', 'Webinar {n}', 'Lokakarya {n}'],
    assignment_log: ['Log penugasan: minggu {k}', 'Penugasan di {n}', 'Catatan rotasi: {n}', 'Minggu {k} di unit tuan rumah'],
    networking: ['Kopi dengan {p}', 'Forum {n}', 'Diskusi {n} dengan {p}', 'Berkenalan dengan tim {n}'],
    achievement: ['{N} selesai tepat waktu', 'Laporan {n} disetujui', 'Penghargaan untuk {n}', '{N} diluncurkan'],
  },
};

const EN = {
  nouns: [
    'meeting', 'coordination', 'budget', 'training', 'leadership', 'mentoring', 'report',
    'evaluation', 'policy', 'programme', 'workplan', 'performance target', 'indicator', 'data',
    'dashboard', 'analysis', 'presentation', 'manager', 'supervisor', 'colleague', 'team',
    'department', 'directorate', 'division', 'ministry', 'local government', 'citizens',
    'public service', 'complaint', 'satisfaction survey', 'regulation', 'circular', 'memo',
    'minutes', 'agenda', 'follow-up', 'proposal', 'study', 'recommendation', 'risk', 'audit',
    'finding', 'procurement', 'contract', 'vendor', 'application', 'information system',
    'digitalisation', 'innovation', 'reform', 'competency', 'skill', 'knowledge', 'experience',
    'feedback', 'reflection', 'goal', 'objective', 'outcome', 'achievement', 'award',
    'certificate', 'course', 'workshop', 'seminar', 'webinar', 'conference', 'forum',
    'discussion', 'negotiation', 'communication', 'collaboration', 'partnership', 'network',
    'speaker', 'facilitator', 'participant', 'mentor', 'mentee', 'coach', 'stakeholder',
    'partner', 'agency', 'planning', 'budgeting', 'monitoring', 'reporting', 'spending',
    'quarter', 'semester', 'fiscal year', 'schedule', 'deadline', 'priority', 'strategy',
    'vision', 'mission', 'work culture', 'integrity', 'accountability', 'transparency',
    'efficiency', 'productivity', 'motivation', 'wellbeing', 'work-life balance', 'workload',
    'conflict', 'decision', 'problem', 'solution', 'idea', 'lesson', 'challenge', 'opportunity',
    'strength', 'weakness', 'career', 'promotion', 'position', 'rotation', 'secondment',
    'internship', 'secretariat', 'bureau', 'regional office', 'district', 'province', 'village',
    'table', 'chart', 'spreadsheet', 'database', 'questionnaire', 'interview', 'case study',
    'guideline', 'procedure', 'standard operating procedure', 'template', 'draft', 'revision',
    'briefing', 'roadmap', 'pilot', 'milestone', 'retrospective', 'one-on-one', 'handover',
  ],
  verbs: [
    'drafted', 'led', 'attended', 'prepared', 'discussed', 'evaluated', 'analysed', 'presented',
    'coordinated', 'revised', 'reported', 'monitored', 'designed', 'supported', 'facilitated',
    'wrote', 'read', 'studied', 'tried', 'improved', 'finished', 'submitted', 'shared',
    'listened to', 'asked about', 'explained', 'summarised', 'agreed on', 'set', 'prioritised',
    'delegated', 'contacted', 'invited', 'managed', 'measured', 'compared', 'checked', 'cleaned',
  ],
  adjectives: [
    'important', 'urgent', 'strategic', 'technical', 'cross-unit', 'productive', 'challenging',
    'useful', 'clear', 'detailed', 'short', 'measurable', 'realistic', 'new', 'routine',
    'annual', 'monthly', 'weekly', 'internal', 'external', 'formal', 'informal', 'effective',
  ],
  people: [
    'Sarah', 'Michael', 'Priya', 'Daniel', 'Amelia', 'James', 'Grace', 'Thomas', 'Hannah',
    'David', 'Olivia', 'Ahmed', 'Laura', 'Kevin',
  ],
  connectors: ['Today', 'This morning', 'This afternoon', 'This week', 'Yesterday', 'Finally', 'Later'],
  subjects: ['I', 'our team', 'we', 'my manager and I', 'the working group'],
  preps: ['with', 'for', 'about', 'on', 'regarding', 'during', 'before', 'after'],
  closers: [
    'Main lesson: prepare the data earlier.',
    'Needs a follow-up next week.',
    'I feel more confident now.',
    'There is still room to improve.',
    'My supervisor gave constructive feedback.',
    'The result was better than expected.',
    'I learned to listen before answering.',
    'Keeping this for the end-of-month reflection.',
  ],
  headings: ['Lessons', 'Next steps', 'Notes', 'Reflection', 'Outcome', 'Plan'],
  titles: {
    reflection: ['Reflection on {n}', 'Learning from the {n}', '{A} notes: {n}', 'What the {n} taught me'],
    mentoring_note: ['Mentoring session with {p}', 'Mentoring: {n}', 'Feedback from {p} on {n}', 'Career chat with {p}'],
    training: ['Training: {n}', '{A} course on {n}', 'Technical workshop on {n}', 'Webinar: {n}', '{N} workshop'],
    assignment_log: ['Assignment log: week {k}', 'Secondment to the {n} team', 'Rotation notes: {n}', 'Week {k} in the host unit'],
    networking: ['Coffee with {p}', '{N} forum', 'Talking {n} with {p}', 'Meeting the {n} team'],
    achievement: ['{N} delivered on time', '{N} report approved', 'Award for the {n}', '{N} launched'],
  },
};

const TAGS = [
  'kepemimpinan', 'rapat', 'anggaran', 'mentoring', 'diklat', 'analisis-data', 'komunikasi',
  'presentasi', 'negosiasi', 'perencanaan', 'evaluasi', 'laporan', 'koordinasi',
  'pelayanan-publik', 'kebijakan', 'digitalisasi', 'sql', 'excel', 'python', 'manajemen-proyek',
  'stakeholder', 'leadership', 'budgeting', 'public-speaking', 'writing', 'feedback', 'coaching',
  'networking', 'secondment', 'innovation', 'risk', 'procurement', 'audit', 'hr', 'wellbeing',
  'time-management', 'conflict', 'teamwork', 'strategy', 'kpi', 'dasbor', 'reformasi-birokrasi',
  'inovasi', 'kolaborasi', 'integritas', 'pengadaan', 'monev', 'sakip', 'data-visualisation',
  'change-management', 'facilitation', 'policy-brief', 'survey', 'gis', 'statistics',
  'english', 'bahasa-inggris', 'karier', 'promosi', 'refleksi',
];

const KINDS = ['reflection', 'mentoring_note', 'training', 'assignment_log', 'networking', 'achievement'];
/** Relative frequency of each kind (reflections are the most common). */
const KIND_WEIGHTS = [30, 15, 20, 10, 10, 15];
const DEFAULT_LEARNING = {
  reflection: 'experience',
  mentoring_note: 'social',
  training: 'formal',
  assignment_log: 'experience',
  networking: 'social',
  achievement: 'experience',
};
const LEARNING = ['experience', 'social', 'formal'];

/** Words and prefixes the search figure types: all occur in generated entries. */
export const SEARCH_WORDS = [
  'rapat', 'anggaran', 'mentor', 'stakeholder', 'pelatihan', 'presentation', 'evalu',
  'kepemimpinan', 'budget', 'lapor', 'koordinasi data', 'feedback',
];

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function weighted(rng, items, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng.float() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

function sentence(rng, L) {
  const parts = [];
  if (rng.chance(0.35)) parts.push(rng.pick(L.connectors));
  parts.push(rng.pick(L.subjects), rng.pick(L.verbs), rng.pick(L.nouns));
  if (rng.chance(0.5)) parts.push(rng.pick(L.adjectives));
  if (rng.chance(0.7)) parts.push(rng.pick(L.preps), rng.pick(L.nouns));
  if (rng.chance(0.3)) parts.push(rng.pick(L.preps), rng.pick(L.people));
  if (rng.chance(0.25)) parts.push(L === ID ? 'dan' : 'and', rng.pick(L.verbs), rng.pick(L.nouns));
  return `${cap(parts.join(' '))}.`;
}

const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;

/** A Markdown body of roughly `target` words: paragraphs, sometimes a list, bold, a heading. */
function body(rng, L, target) {
  const blocks = [];
  let words = 0;
  const para = (maxWords) => {
    const sents = [];
    let n = 0;
    while (n < maxWords) {
      let s = sentence(rng, L);
      if (rng.chance(0.12)) {
        // Emphasise a phrase.
        const noun = rng.pick(L.nouns);
        s = `${s.slice(0, -1)}, **${noun}**.`;
      }
      sents.push(s);
      n += wordCount(s);
    }
    words += n;
    return sents.join(' ');
  };
  blocks.push(para(Math.min(target, rng.int(20, 45))));
  while (words < target) {
    const r = rng.float();
    if (r < 0.15) {
      blocks.push(`## ${rng.pick(L.headings)}`);
      words += 2;
    } else if (r < 0.45) {
      const items = [];
      const n = rng.int(2, 4);
      const ordered = rng.chance(0.3);
      for (let i = 0; i < n; i++) {
        const item = `${cap(rng.pick(L.verbs))} ${rng.pick(L.nouns)} ${rng.pick(L.preps)} ${rng.pick(L.nouns)}`;
        items.push(`${ordered ? `${i + 1}.` : '-'} ${item}`);
        words += wordCount(item) + 1;
      }
      blocks.push(items.join('\n'));
    } else {
      blocks.push(para(Math.min(target - words + 5, rng.int(15, 40))));
    }
  }
  if (rng.chance(0.5)) blocks.push(rng.pick(L.closers));
  if (rng.chance(0.08)) blocks.push(`> ${sentence(rng, L)}`);
  if (rng.chance(0.06)) blocks.push(`*${rng.pick(L.closers)}*`);
  return blocks.join('\n\n');
}

function fillTemplate(rng, L, template, k) {
  return template
    .replace('{n}', rng.pick(L.nouns))
    .replace('{N}', cap(rng.pick(L.nouns)))
    .replace('{a}', rng.pick(L.adjectives))
    .replace('{A}', cap(rng.pick(L.adjectives)))
    .replace('{p}', rng.pick(L.people))
    .replace('{k}', String(k));
}

// ---------------------------------------------------------------------------------------------
// Dates and stamps
// ---------------------------------------------------------------------------------------------

const END_MS = Date.parse(`${END_DATE}T00:00:00.000Z`);
const START_MS = END_MS - (SPAN_DAYS - 1) * DAY_MS;
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
const rfc3339 = (ms) => new Date(ms).toISOString();
const rev = (ms, counter, device) =>
  `${String(ms).padStart(13, '0')}-${String(counter).padStart(6, '0')}-${device}`;

function randomDay(rng) {
  return START_MS + rng.int(0, SPAN_DAYS - 1) * DAY_MS;
}

/** `created` on the day (office hours, UTC+7 → 01:00–12:00 UTC) and a `rev` up to 20 days later. */
function stamps(rng, dayMs) {
  const created = dayMs + rng.int(1 * 3600, 12 * 3600) * 1000 + rng.int(0, 999);
  let changed = created + (rng.chance(0.6) ? 0 : rng.int(60, 20 * 86_400) * 1000);
  changed = Math.min(changed, END_MS + DAY_MS - 1);
  return { created: rfc3339(created), rev: rev(changed, rng.chance(0.9) ? 0 : rng.int(1, 5), rng.pick(DEVICES)) };
}

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

/** The record as write_backup prints it: envelope first, then the fields in sorted key order. */
function recordLine(r) {
  const { id, kind, created, rev: rv, ...fields } = r;
  const out = { id, kind, created, rev: rv };
  for (const k of Object.keys(fields).sort()) {
    if (fields[k] !== undefined && fields[k] !== null) out[k] = fields[k];
  }
  return JSON.stringify(sortKeys(out, true));
}

/** serde_json (without `preserve_order`) writes every object's keys in sorted order. */
function sortKeys(v, top = false) {
  if (Array.isArray(v)) return v.map((x) => sortKeys(x));
  if (v === null || typeof v !== 'object') return v;
  const keys = top ? Object.keys(v) : Object.keys(v).sort();
  const o = {};
  for (const k of keys) o[k] = sortKeys(v[k]);
  return o;
}

function makeEntry(rng, goalIds) {
  const L = rng.chance(0.55) ? ID : EN;
  const kind = weighted(rng, KINDS, KIND_WEIGHTS);
  const day = randomDay(rng);
  const title = fillTemplate(rng, L, rng.pick(L.titles[kind]), rng.int(1, 12)).slice(0, 200);
  const tags = rng.sample(TAGS, weighted(rng, [0, 1, 2, 3, 4, 5], [10, 25, 30, 20, 10, 5]));
  const e = {
    id: rng.uuid(),
    kind: 'entry',
    ...stamps(rng, day),
    entry_kind: kind,
    title,
    date: isoDate(day),
    body: body(rng, L, rng.int(40, 120)),
    tags,
    learning: rng.chance(0.85) ? DEFAULT_LEARNING[kind] : rng.pick(LEARNING),
    links: rng.chance(0.12) && goalIds.length ? [rng.pick(goalIds)] : [],
  };
  if (rng.chance(0.6)) {
    e.hours = kind === 'training' ? rng.pick([1, 2, 3, 4, 6, 8, 8, 16]) : rng.int(1, 8) / 2;
    if (e.hours > 24) e.hours = 24;
  }
  return e;
}

const GOAL_CATEGORIES = ['skill', 'role', 'project', 'network', 'learning', 'wellbeing'];
const GOAL_TITLES_ID = [
  'Menguasai {n}', 'Memimpin {n} lintas unit', 'Naik jabatan ke {n}', 'Menyelesaikan {n}',
  'Membangun jejaring {n}', 'Sertifikasi {n}', 'Meningkatkan {n}',
];
const GOAL_TITLES_EN = [
  'Master {n}', 'Lead a cross-unit {n}', 'Get promoted to {n} lead', 'Deliver the {n}',
  'Build a {n} network', 'Get certified in {n}', 'Improve my {n}',
];

function makeGoal(rng) {
  const isId = rng.chance(0.55);
  const L = isId ? ID : EN;
  const title = fillTemplate(rng, L, rng.pick(isId ? GOAL_TITLES_ID : GOAL_TITLES_EN), 1);
  const createdDay = randomDay(rng);
  const status = weighted(rng, ['active', 'draft', 'achieved', 'dropped'], [40, 20, 30, 10]);
  const activatedDay = createdDay + rng.int(0, 20) * DAY_MS;
  const targetDay = activatedDay + rng.int(30, 400) * DAY_MS;
  const history = [{ date: isoDate(createdDay), change: { type: 'created' } }];
  const g = {
    id: rng.uuid(),
    kind: 'goal',
    ...stamps(rng, createdDay),
    title,
    why: sentence(rng, L),
    measure: sentence(rng, L),
    category: rng.pick(GOAL_CATEGORIES),
    status,
    target_date: rng.chance(0.85) ? isoDate(targetDay) : null,
    activated: status === 'draft' ? null : isoDate(activatedDay),
    closed: null,
    reflection: '',
    milestones: [],
    manual_progress: null,
    competencies: [],
    entries: [],
    history,
  };
  if (status !== 'draft') history.push({ date: g.activated, change: { type: 'activated' } });
  const n = rng.chance(0.15) ? 0 : rng.int(1, 8);
  for (let i = 0; i < n; i++) {
    const due = activatedDay + rng.int(7, 400) * DAY_MS;
    const mtitle = `${cap(rng.pick(L.verbs))} ${rng.pick(L.nouns)}`;
    const done = status === 'achieved' || (status !== 'draft' && rng.chance(0.4));
    const doneDay = Math.min(due - rng.int(0, 10) * DAY_MS, END_MS);
    g.milestones.push({ id: rng.uuid(), title: mtitle, due: isoDate(due), done: done ? isoDate(doneDay) : null });
    if (done) history.push({ date: isoDate(doneDay), change: { type: 'milestone_done', title: mtitle } });
  }
  if (n === 0) g.manual_progress = status === 'achieved' ? 100 : rng.int(0, 9) * 10;
  if (status === 'achieved' || status === 'dropped') {
    const closedDay = Math.min(targetDay + rng.int(-20, 20) * DAY_MS, END_MS);
    g.closed = isoDate(closedDay);
    g.reflection = rng.pick(L.closers);
    history.push({ date: g.closed, change: { type: 'status_changed', to: status } });
  }
  history.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return g;
}

const FIRST = ['Sari', 'Budi', 'Rina', 'Dimas', 'Wulan', 'Agus', 'Nadia', 'Hendra', 'Lestari', 'Yoga', 'Sarah', 'Michael', 'Priya', 'Daniel', 'Amelia', 'Grace'];
const LAST = ['Wijaya', 'Santoso', 'Pratama', 'Nugroho', 'Kusuma', 'Hidayat', 'Siregar', 'Harahap', 'Putri', 'Lim', 'Taylor', 'Brown'];
// src/domain/mentoring/{person,session,action}.rs: the values the app reads.
const ROLES = ['mentor', 'mentee', 'coach', 'supervisor', 'peer', 'contact'];
const CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly', 'none'];
const MODES = ['online', 'in_person', 'mixed'];

function makePerson(rng) {
  const day = randomDay(rng);
  const L = rng.chance(0.6) ? ID : EN;
  const roles = [rng.pick(ROLES)];
  if (rng.chance(0.2)) {
    const extra = rng.pick(ROLES);
    if (!roles.includes(extra)) roles.push(extra);
    roles.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
  }
  const status = weighted(rng, ['active', 'paused', 'ended'], [80, 10, 10]);
  const p = {
    id: rng.uuid(),
    kind: 'person',
    ...stamps(rng, day),
    name: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    roles,
    organisation: cap(rng.pick(L.nouns)),
    unit: rng.chance(0.7) ? cap(rng.pick(L.nouns)) : '',
    met: rng.chance(0.5) ? sentence(rng, L) : '',
    since: isoDate(day),
    contact_notes: sentence(rng, L),
    cadence: weighted(rng, CADENCES, [15, 30, 35, 10, 10]),
    mode: rng.pick(MODES),
    status,
    pauses: [],
    ended: null,
  };
  if (status !== 'active') {
    const from = Math.min(day + rng.int(30, 300) * DAY_MS, END_MS);
    p.pauses.push({ from: isoDate(from), until: null });
    if (status === 'ended') p.ended = isoDate(from);
  }
  return p;
}

function makeSession(rng, personIds) {
  const day = randomDay(rng);
  const L = rng.chance(0.55) ? ID : EN;
  // Past sessions were mostly held; a few were cancelled or never recorded.
  const status = weighted(rng, ['held', 'cancelled', 'planned'], [85, 8, 7]);
  return {
    id: rng.uuid(),
    kind: 'session',
    ...stamps(rng, day),
    person: rng.pick(personIds),
    date: isoDate(day),
    time: rng.chance(0.8) ? `${String(rng.int(7, 17)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}` : null,
    duration_minutes: rng.pick([30, 45, 60, 90]),
    mode: rng.pick(MODES),
    status,
    agenda: sentence(rng, L),
    notes: status === 'held' ? body(rng, L, rng.int(20, 60)) : '',
    outcomes: status === 'held' ? sentence(rng, L) : '',
    feedback: status === 'held' && rng.chance(0.6) ? sentence(rng, L) : '',
    rating: status === 'held' && rng.chance(0.8) ? rng.int(2, 5) : null,
    goals: [],
  };
}

/** 0–2 action items agreed in a held session, most of them done a while later. */
function makeActions(rng, session, goalIds) {
  if (session.status !== 'held') return [];
  const L = rng.chance(0.55) ? ID : EN;
  const day = Date.parse(`${session.date}T00:00:00Z`);
  return Array.from({ length: rng.int(0, 2) }, () => {
    const due = day + rng.int(3, 30) * DAY_MS;
    const done = rng.chance(0.75) ? Math.min(due + rng.int(-3, 5) * DAY_MS, END_MS) : null;
    return {
      id: rng.uuid(),
      kind: 'action',
      ...stamps(rng, day),
      text: `${cap(rng.pick(L.verbs))} ${rng.pick(L.nouns)}`.slice(0, 200),
      owner: rng.chance(0.7) ? 'me' : 'them',
      person: session.person,
      session: session.id,
      goal: rng.chance(0.2) && goalIds.length ? rng.pick(goalIds) : null,
      due: isoDate(due),
      done: done === null ? null : isoDate(Math.max(done, day)),
    };
  });
}

// Built-in framework ids and their competency ids: stable constants of
// src/domain/competency/builtin.rs (the app resolves names and level descriptors from them).
const ASN_FRAMEWORK = 'builtin-asn-2017';
const ASN_COMPETENCIES = [
  ['asn-integrity', 'Integritas', 'managerial'],
  ['asn-cooperation', 'Kerja Sama', 'managerial'],
  ['asn-communication', 'Komunikasi', 'managerial'],
  ['asn-results', 'Orientasi pada Hasil', 'managerial'],
  ['asn-public-service', 'Pelayanan Publik', 'managerial'],
  ['asn-development', 'Pengembangan Diri dan Orang Lain', 'managerial'],
  ['asn-managing-change', 'Mengelola Perubahan', 'managerial'],
  ['asn-decision-making', 'Pengambilan Keputusan', 'managerial'],
  ['asn-national-unity', 'Perekat Bangsa', 'socio_cultural'],
];
const GENERIC_FRAMEWORK = 'builtin-generic';
const GENERIC_COMPETENCIES = [
  ['gen-communication', 'Communication'],
  ['gen-collaboration', 'Collaboration'],
  ['gen-problem-solving', 'Problem solving'],
  ['gen-leadership', 'Leadership'],
  ['gen-technical-depth', 'Technical depth'],
  ['gen-business-acumen', 'Business acumen'],
  ['gen-adaptability', 'Adaptability'],
  ['gen-digital', 'Digital skills'],
];
const POSITIONS = [['jpt_pratama', 4], ['administrator', 3], ['pengawas', 2]];
const TARGET_ROLES_ID = ['Kepala Subbagian Perencanaan', 'Kepala Bidang Pelayanan', 'Analis Kebijakan Ahli Muda'];
const TARGET_ROLES_EN = ['Head of section', 'Programme manager', 'Senior analyst'];

/** An `assessment` record as src/domain/competency/assessment.rs writes it. */
function makeAssessment(rng) {
  const day = randomDay(rng);
  const L = rng.chance(0.5) ? ID : EN;
  const asn = rng.chance(0.7);
  const competencies = asn ? ASN_COMPETENCIES : GENERIC_COMPETENCIES;
  const position = asn ? rng.pick(POSITIONS) : null;
  const completed = rng.chance(0.9);
  const ratings = competencies.map(([competency, name]) => {
    const notAssessed = rng.chance(0.08);
    return {
      competency,
      name,
      level: notAssessed ? null : rng.int(1, 5),
      not_assessed: notAssessed,
      target: position ? position[1] : rng.chance(0.8) ? rng.int(2, 5) : null,
      evidence: rng.chance(0.4) ? sentence(rng, L) : '',
      entries: [],
    };
  });
  return {
    id: rng.uuid(),
    kind: 'assessment',
    ...stamps(rng, day),
    date: isoDate(day),
    framework: asn ? ASN_FRAMEWORK : GENERIC_FRAMEWORK,
    target_role: rng.pick(L === ID ? TARGET_ROLES_ID : TARGET_ROLES_EN),
    target_position: position ? position[0] : null,
    status: completed ? 'completed' : 'in_progress',
    step: completed ? competencies.length : rng.int(0, competencies.length),
    ratings,
  };
}

// Assignments follow src/domain/assignment: a type, a status, host and home, dates (internships
// stay within a year), objectives, competencies, and a checklist and risk register copied from
// a few of the app's template items and seed risks (same keys and texts, so the app shows them
// in the chosen language), some of them ticked, dated, noted or mitigated.
const ASSIGNMENT_TYPES = ['secondment', 'internship', 'exchange', 'rotation', 'project'];
const ASSIGNMENT_STATUSES = ['exploring', 'preparing', 'on_assignment', 'reentry', 'completed', 'withdrawn'];
const ITEM_STATUSES = ['todo', 'in_progress', 'done', 'not_applicable'];
const RISK_STATUSES = ['open', 'mitigated', 'closed'];
const ASSIGNMENT_ITEMS = [
  ['prepare.fit_goals', 'prepare', 'Pastikan penugasan ini sejalan dengan tujuan karier jangka panjang Anda', 'Check that the assignment fits your long-term career goals'],
  ['prepare.skills', 'prepare', 'Tuliskan keterampilan dan pengalaman yang ingin Anda peroleh', 'Write down the skills and experience you want to gain'],
  ['agree.home_supervisor', 'agree', 'Sepakati harapan dan hasil secara tertulis dengan atasan di unit asal', 'Agree written expectations and outcomes with your home supervisor'],
  ['agree.success_measures', 'agree', 'Tetapkan ukuran keberhasilan penugasan', 'Set the measures of success for the assignment'],
  ['handover.knowledge', 'handover', 'Serahterimakan pengetahuan dan pekerjaan yang berjalan agar tim asal tidak kehilangan', 'Hand over knowledge and open work so the home team has no gap'],
  ['practical.hours', 'practical', 'Pastikan jam kerja dan aturan kehadiran di tempat penugasan', 'Confirm working hours and attendance rules at the host'],
  ['during.check_ins', 'during', 'Jadwalkan pertemuan rutin dengan atasan asal dan atasan di tempat penugasan', 'Schedule regular check-ins with your home and host supervisors'],
  ['reentry.use_skills', 'reentry', 'Rencanakan cara memakai keterampilan baru di unit asal', 'Plan how you will use the new skills at home'],
];
const ASSIGNMENT_RISKS = [
  ['adjustment', 'Masa penyesuaian yang berat', 'Hard adjustment period'],
  ['isolation', 'Terasing dari tim asal', 'Isolation from the home team'],
  ['expectations', 'Harapan Anda dan tempat penugasan tidak sejalan', 'Mismatched expectations between you and the host'],
  ['knowledge_gap', 'Kekosongan pengetahuan di tim asal', 'Knowledge gap left in the home team'],
  ['culture', 'Budaya kerja yang berbeda', 'Culture mismatch'],
];

function makeAssignment(rng) {
  const day = randomDay(rng);
  const L = rng.chance(0.5) ? ID : EN;
  const isId = L === ID;
  const type = rng.pick(ASSIGNMENT_TYPES);
  const status = weighted(rng, ASSIGNMENT_STATUSES, [15, 20, 25, 10, 25, 5]);
  const end = day + rng.int(30, type === 'internship' ? 360 : 540) * DAY_MS;
  const checklist = ASSIGNMENT_ITEMS.map(([template, phase, id, en]) => {
    const item = {
      id: rng.uuid(),
      template,
      text: isId ? id : en,
      phase,
      status: weighted(rng, ITEM_STATUSES, [45, 15, 35, 5]),
    };
    if (rng.chance(0.3)) item.due = isoDate(day - rng.int(1, 30) * DAY_MS);
    if (rng.chance(0.2)) item.note = sentence(rng, L);
    if (rng.chance(0.1)) item.evidence = `https://drive.example.go.id/berkas/${rng.int(1000, 9999)}`;
    return item;
  });
  const risks = ASSIGNMENT_RISKS.map(([template, id, en]) => {
    const risk = {
      id: rng.uuid(),
      template,
      title: isId ? id : en,
      likelihood: rng.int(1, 3),
      impact: rng.int(1, 3),
      mitigation: rng.chance(0.5) ? sentence(rng, L) : '',
      owner: rng.chance(0.5) ? `${rng.pick(FIRST)} ${rng.pick(LAST)}` : '',
      status: weighted(rng, RISK_STATUSES, [60, 30, 10]),
    };
    return risk;
  });
  return {
    id: rng.uuid(),
    kind: 'assignment',
    ...stamps(rng, day),
    assignment_type: type,
    status,
    role: cap(rng.pick(L.nouns)),
    host_org: cap(rng.pick(L.nouns)),
    host_unit: cap(rng.pick(L.nouns)),
    home_org: cap(rng.pick(L.nouns)),
    home_unit: cap(rng.pick(L.nouns)),
    start: isoDate(day),
    end: isoDate(end),
    objectives: sentence(rng, L),
    goals: [],
    competencies: rng.sample(L.nouns, rng.int(1, 3)).map(cap),
    home_supervisor: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    host_supervisor: `${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    checklist,
    risks,
  };
}

/**
 * Builds the backup. Returns the file text and what the benchmark needs to know about it.
 * @param {{entries:number, goals:number, people:number, sessions:number, assessments:number, assignments:number}} counts
 */
export function generateBackup(counts = countsFor(10_000), seed = DEFAULT_SEED) {
  const rng = makeRng(seed);
  const goals = Array.from({ length: counts.goals }, () => makeGoal(rng));
  const goalIds = goals.map((g) => g.id);
  const entries = Array.from({ length: counts.entries }, () => makeEntry(rng, goalIds));
  const people = Array.from({ length: counts.people }, () => makePerson(rng));
  const personIds = people.map((p) => p.id);
  const sessions = Array.from({ length: counts.sessions }, () => makeSession(rng, personIds));
  for (const s of sessions) if (s.status === 'held' && rng.chance(0.15)) s.goals = [rng.pick(goalIds)];
  const actions = sessions.flatMap((s) => makeActions(rng, s, goalIds));
  const assessments = Array.from({ length: counts.assessments }, () => makeAssessment(rng));
  const assignments = Array.from({ length: counts.assignments }, () => makeAssignment(rng));
  // Goals list some of the entries that link them, as the app does from the goal's side.
  const byGoal = new Map();
  for (const e of entries) for (const g of e.links) byGoal.set(g, [...(byGoal.get(g) ?? []), e.id]);
  for (const g of goals) g.entries = (byGoal.get(g.id) ?? []).slice(0, 10).sort();

  const records = [...goals, ...entries, ...people, ...sessions, ...actions, ...assessments, ...assignments];
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = [
    '{',
    `  "format": "jejak-backup",`,
    `  "version": 1,`,
    `  "app_version": "bench",`,
    `  "exported_at": ${JSON.stringify(rfc3339(END_MS + DAY_MS - 1000))},`,
    `  "device": "Benchmark generator",`,
    '  "records": [',
  ];
  records.forEach((r, i) => lines.push(`    ${recordLine(r)}${i + 1 < records.length ? ',' : ''}`));
  lines.push('  ]', '}', '');
  const text = lines.join('\n');

  // An entry for the editor figure: a mid-length title, so appending 20 characters stays valid.
  const sample = entries.find((e) => e.title.length < 120 && !e.title.includes('"')) ?? entries[0];
  return {
    text,
    bytes: Buffer.byteLength(text),
    counts: { ...counts, records: records.length },
    seed,
    searchWords: SEARCH_WORDS,
    sampleEntryId: sample.id,
    sampleEntryTitle: sample.title,
  };
}

// CLI: write a file, for inspection or for importing by hand.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '10000' },
      seed: { type: 'string', default: DEFAULT_SEED },
      out: { type: 'string', default: 'jejak-backup-bench.json' },
    },
  });
  const g = generateBackup(countsFor(Number(values.entries)), values.seed);
  writeFileSync(values.out, g.text);
  console.log(JSON.stringify({ out: values.out, bytes: g.bytes, counts: g.counts }));
}
