// Shared helpers for the Playwright end-to-end tests (skeleton: extend as tests need).
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SCREENSHOT_DIR = path.join('tests', 'e2e', 'screenshots');

/**
 * Open a route of the app and wait until the wasm app has started.
 * public/boot.js sets <html data-boot="ready"> after init() resolves ("failed" on error).
 */
export async function openApp(page: Page, route = '/'): Promise<void> {
  await page.goto(route);
  await expect(page.locator('html')).toHaveAttribute('data-boot', 'ready');
}

/**
 * Collect everything that should never happen on a healthy page: console errors (this includes
 * Content-Security-Policy violations and failed loads such as a 404), uncaught exceptions. Call before navigating; assert
 * `expect(problems).toEqual([])` at the end of the test.
 */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location().url;
    problems.push(`console.error: ${msg.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  return problems;
}

/** Run axe-core on the current page (WCAG 2.x A/AA) and fail on any violation. */
export async function expectNoA11yViolations(page: Page, exclude: string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'accessibility violations').toEqual([]);
}

/** Save a full-page screenshot to tests/e2e/screenshots/NAME.png (git-ignored) and return the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// ---------------------------------------------------------------------------------------------
// Language, entries and other journeys shared by the spec files.
// ---------------------------------------------------------------------------------------------

export type LangCode = 'en' | 'id';

/**
 * Fix the UI language before the first load (the app reads localStorage `jejak:lang` at start),
 * so a test does not depend on the browser locale. Runs again on every navigation and reload.
 */
export async function useLanguage(page: Page, lang: LangCode): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('jejak:lang', l), lang);
}

/** The user-visible labels the helpers need, in both languages (from src/i18n/strings.rs). */
export const UI = {
  en: {
    newEntry: 'New entry',
    title: 'Title',
    date: 'Date',
    kind: 'Entry kind',
    hours: 'Hours',
    tags: 'Tags',
    body: 'Text (Markdown)',
    journal: 'Journal',
    editEntry: 'Edit entry',
    preview: 'Preview',
  },
  id: {
    newEntry: 'Entri baru',
    title: 'Judul',
    date: 'Tanggal',
    kind: 'Jenis entri',
    hours: 'Jam',
    tags: 'Tag',
    body: 'Isi (Markdown)',
    journal: 'Jurnal',
    editEntry: 'Ubah entri',
    preview: 'Pratinjau',
  },
} as const;

export interface EntryInput {
  title: string;
  /** yyyy-mm-dd */
  date?: string;
  /** EntryKind value, e.g. 'training', 'mentoring_note' (the option's value) */
  kind?: string;
  tags?: string;
  hours?: string;
  body?: string;
}

/** Fill the fields of the open editor (only those given). */
export async function fillEntry(page: Page, e: Partial<EntryInput>, lang: LangCode = 'en'): Promise<void> {
  const t = UI[lang];
  const main = page.getByRole('main');
  if (e.title !== undefined) await main.getByLabel(t.title, { exact: true }).fill(e.title);
  if (e.date !== undefined) await main.getByLabel(t.date, { exact: true }).fill(e.date);
  if (e.kind !== undefined) await main.getByLabel(t.kind, { exact: true }).selectOption(e.kind);
  if (e.hours !== undefined) await main.getByLabel(t.hours, { exact: true }).fill(e.hours);
  if (e.tags !== undefined) await main.getByLabel(t.tags, { exact: true }).fill(e.tags);
  if (e.body !== undefined) await main.getByLabel(t.body, { exact: true }).fill(e.body);
}

/**
 * Create an entry the way a user does: "New entry" on the Journal, fill the form, Esc to close.
 * Ends on the Journal list with the new entry visible.
 */
export async function createEntry(page: Page, e: EntryInput, lang: LangCode = 'en'): Promise<void> {
  const t = UI[lang];
  if (!new URL(page.url()).pathname.startsWith('/journal')) await openApp(page, '/journal');
  if (new URL(page.url()).pathname !== '/journal') {
    await page.keyboard.press('Escape');
  }
  await page.getByRole('button', { name: t.newEntry, exact: true }).first().click();
  await expect(page.getByRole('heading', { name: t.editEntry })).toBeVisible();
  await fillEntry(page, e, lang);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: t.journal, exact: true })).toBeVisible();
  await expect(entryCard(page, e.title)).toBeVisible();
}

/** The Journal list item (card) whose title is exactly `title`. */
export function entryCard(page: Page, title: string) {
  return page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByText(title, { exact: true }) });
}

/** The titles of the Journal's list items, top to bottom (drafts included). */
export async function listedTitles(page: Page): Promise<string[]> {
  return page.getByRole('main').getByRole('listitem').locator('.entry-title').allInnerTexts();
}

/**
 * Record Content-Security-Policy violations (the `securitypolicyviolation` DOM event) on every
 * document the page loads. Returns the live list; assert it is empty at the end of the test.
 */
export async function watchForCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__jejakCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __jejakCspViolation: (v: string) => void })
        .__jejakCspViolation;
      report(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return violations;
}

// ---------------------------------------------------------------------------------------------
// Files: the Data screen, downloads, imports and raw IndexedDB dumps (tests/e2e/files*.spec.ts).
// ---------------------------------------------------------------------------------------------

/** One stored record as IndexedDB holds it (see src/store/indexeddb.rs). */
export interface StoredRecord {
  id: string;
  kind: string;
  json: string;
}

/** Everything stored on the device: records sorted by id, meta as [key, value] sorted by key. */
export interface StoreDump {
  records: StoredRecord[];
  meta: [string, unknown][];
}

/**
 * Read the app's IndexedDB (db "jejak", stores "records" and "meta") exactly as stored. Only call
 * after the app has booted (opening a missing database would create an empty one).
 */
export async function dumpStore(page: Page): Promise<StoreDump> {
  return page.evaluate(
    () =>
      new Promise<{ records: { id: string; kind: string; json: string }[]; meta: [string, unknown][] }>(
        (resolve, reject) => {
          const open = indexedDB.open('jejak');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['records', 'meta'], 'readonly');
            const recs = tx.objectStore('records').getAll();
            const keys = tx.objectStore('meta').getAllKeys();
            const vals = tx.objectStore('meta').getAll();
            tx.oncomplete = () => {
              const records = (recs.result as { id: string; kind: string; json: string }[])
                .map((r) => ({ id: r.id, kind: r.kind, json: r.json }))
                .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
              const meta = (keys.result as IDBValidKey[])
                .map((k, i) => [String(k), vals.result[i]] as [string, unknown])
                .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
              db.close();
              resolve({ records, meta });
            };
            tx.onerror = () => {
              db.close();
              reject(tx.error);
            };
          };
        },
      ),
  );
}

/** Write one meta value (a string, as the app stores them) straight into IndexedDB. */
export async function setMeta(page: Page, key: string, value: string): Promise<void> {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('jejak');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('meta', 'readwrite');
          tx.objectStore('meta').put(v, k);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    [key, value] as const,
  );
}

/** Go to the Data screen through the main navigation (or by loading it when the app is not open). */
export async function openDataScreen(page: Page, lang: LangCode = 'en'): Promise<void> {
  const heading = lang === 'en' ? 'Data and storage' : 'Data dan penyimpanan';
  if (!/^https?:/.test(page.url())) {
    await openApp(page, '/data');
  } else {
    await page.getByRole('navigation').getByRole('link', { name: 'Data', exact: true }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Go to the Journal through the main navigation. */
export async function openJournal(page: Page, lang: LangCode = 'en'): Promise<void> {
  const t = UI[lang];
  await page.getByRole('navigation').getByRole('link', { name: t.journal, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t.journal, exact: true })).toBeVisible();
}

export interface Downloaded {
  /** Where the file was saved. */
  file: string;
  /** The name the app gave the download. */
  name: string;
  /** Raw bytes. */
  bytes: Buffer;
}

/**
 * Click the button named `button` and save the download it starts into `dir` (prefixed with
 * `prefix` so two devices' files with the same name do not collide).
 */
export async function downloadVia(
  page: Page,
  button: string | RegExp,
  dir: string,
  prefix = '',
): Promise<Downloaded> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: typeof button === 'string' }).click(),
  ]);
  const name = dl.suggestedFilename();
  const file = path.join(dir, `${prefix}${name}`);
  await dl.saveAs(file);
  const { readFileSync } = await import('node:fs');
  return { file, name, bytes: readFileSync(file) };
}

/** Pick a file in the Data screen's import ("Choose a file" / "Pilih file"). */
export async function chooseImportFile(page: Page, file: string, lang: LangCode = 'en'): Promise<void> {
  const label = lang === 'en' ? 'Choose a file' : 'Pilih file';
  await page.getByLabel(label, { exact: true }).setInputFiles(file);
}

/**
 * Imports `records` through the Data screen (English) as a backup file made on `device`: the
 * preview counts them all as new, then "Import now" until "Import finished". `importTimeout` is
 * for large files.
 */
export async function importRecords(page: Page, device: string, records: object[], importTimeout?: number): Promise<void> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `jejak-${device}-`)), 'backup.json');
  fs.writeFileSync(file, JSON.stringify({
    format: 'jejak-backup', version: 1, app_version: '0.1.0', exported_at: '2026-11-20T00:00:00.000Z', device, records,
  }));
  await openApp(page, '/data');
  await chooseImportFile(page, file);
  await expect(previewCount(page, 'PreviewNew')).toHaveText(String(records.length));
  await page.getByRole('button', { name: 'Import now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import finished' })).toBeVisible({ timeout: importTimeout });
}

/** The import preview's count of one row (`PreviewNew`, `PreviewConflicts`, …) as a locator. */
export function previewCount(page: Page, key: string) {
  return page.getByTestId(`count-${key}`).getByRole('cell');
}

/**
 * Go to a section through the navigation the way a person does at the current width: its own
 * link in the side bar (wide) or bottom bar (phones), or "More" then the section's tile when the
 * bottom bar has no room for it.
 */
export async function goToSection(page: Page, name: string | RegExp): Promise<void> {
  const nav = page.getByRole('navigation').first();
  const link = nav.getByRole('link', { name, exact: typeof name === 'string' });
  if (await link.isVisible()) {
    await link.click();
    return;
  }
  await nav.getByRole('link', { name: /^(More|Lainnya)$/ }).click();
  await page.getByRole('main').getByRole('link', { name }).first().click();
}

// ---------------------------------------------------------------------------------------------
// Accessibility and mobile (issue 9): axe results as a list, touch targets, text resized to
// 200 %, the focus indicator, and switching the language inside one browser context.
// ---------------------------------------------------------------------------------------------

/**
 * Run axe-core (WCAG 2.x A/AA) and return one line per violation, so a caller can collect the
 * results of several variants of a screen before asserting (see `expectNoA11yViolations`).
 */
export async function a11yViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`)
        .join(', ')}`,
  );
}

/**
 * Switch the UI language for the next load without an init script (so a later switch in the same
 * context works): writes localStorage `jejak:lang` and reloads `route`. Only use where no
 * `setting` record fixes the language (one would win over this preference at start-up).
 */
export async function switchLanguage(page: Page, lang: LangCode, route: string): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('jejak:lang', l), lang);
  await openApp(page, route);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Wait until no CSS transition or animation is running (e.g. after a theme change). */
export async function settleAnimations(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' && a.playState !== 'pending'),
  );
}

/**
 * Every visible interactive element smaller than 44 × 44 CSS px, as "what (text): W×H" lines.
 * Counted: a, button, input, select, textarea, [role=button], summary. A checkbox or radio (and a
 * visually hidden input such as a styled file picker) counts by its label's box, since tapping
 * the label works the control. Links inside running text are exempt (WCAG 2.5.8 "inline"), and so
 * is anything outside the page (the skip link before it is focused).
 */
export async function smallTouchTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    const seen = new Set<Element>();
    const describe = (el: Element): string => {
      const name =
        el.getAttribute('aria-label') ||
        (el as HTMLElement).innerText?.trim() ||
        el.getAttribute('title') ||
        (el as HTMLInputElement).value ||
        el.id;
      const cls = el.getAttribute('class');
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''} "${(name || '').replace(/\s+/g, ' ').slice(0, 50)}"`;
    };
    const labelOf = (input: HTMLInputElement): HTMLElement | null =>
      input.closest('label') ??
      (input.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(input.id)}"]`) : null);
    /** A link that is a phrase inside a sentence: inline, and its block has other text too. */
    const inlineInText = (a: HTMLElement): boolean => {
      if (getComputedStyle(a).display !== 'inline') return false;
      let block: HTMLElement | null = a.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!block) return false;
      const own = (a.textContent ?? '').trim().length;
      const all = (block.textContent ?? '').trim().length;
      return all > own + 1;
    };
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, [role=button], summary';
    for (const raw of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      let el: HTMLElement = raw;
      if (!raw.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue;
      if (raw.closest('[inert], [aria-hidden="true"]')) continue;
      const own = raw.getBoundingClientRect();
      if (raw instanceof HTMLInputElement) {
        const hiddenInput = own.width <= 1 || own.height <= 1;
        if (raw.type === 'checkbox' || raw.type === 'radio' || hiddenInput) {
          const label = labelOf(raw);
          if (label) el = label;
          else if (hiddenInput) continue;
        }
      }
      // A "stretched link": an absolutely placed ::before/::after at inset 0 makes the whole
      // positioned ancestor (a card) the touch target.
      for (const pseudo of ['::after', '::before']) {
        const ps = getComputedStyle(raw, pseudo);
        const stretched =
          ps.content !== 'none' && ps.position === 'absolute' &&
          [ps.top, ps.right, ps.bottom, ps.left].every((v) => v === '0px');
        if (stretched && raw.offsetParent instanceof HTMLElement && raw.offsetParent !== document.body) {
          el = raw.offsetParent;
          break;
        }
      }
      if (seen.has(el)) continue;
      seen.add(el);
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // Outside the document (the skip link waits above the page until it is focused).
      if (r.bottom + window.scrollY <= 0 || r.right + window.scrollX <= 0) continue;
      if (el.tagName === 'A' && inlineInText(el)) continue;
      // Half a pixel of sub-pixel layout is not a smaller target.
      if (r.width + 0.5 < min || r.height + 0.5 < min) {
        out.push(`${describe(el)}: ${Math.round(r.width * 10) / 10}×${Math.round(r.height * 10) / 10}`);
      }
    }
    return out;
  }, min);
}

/**
 * With the root font size at `percent` %, what breaks: the page scrolling sideways (with the
 * elements that stick out on the right) and text clipped by boxes with hidden overflow. Restores
 * the font size afterwards.
 */
export async function textResizeProblems(page: Page, percent = 200): Promise<string[]> {
  await page.evaluate((p) => {
    document.documentElement.style.fontSize = `${p}%`;
  }, percent);
  // Two frames: layout has run with the new size.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const describe = (el: Element): string => {
      const cls = el.getAttribute('class');
      const text = ((el as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''} "${text}"`;
    };
    const visible = (el: Element) => (el as HTMLElement).checkVisibility?.({ checkVisibilityCSS: true }) ?? true;
    const scrolls = (el: Element) => /(auto|scroll)/.test(getComputedStyle(el).overflowX);
    const vw = window.innerWidth;
    const doc = document.documentElement;
    if (doc.scrollWidth > vw) {
      out.push(`page scrolls sideways: ${doc.scrollWidth} px wide in a ${vw} px window`);
      // The innermost elements that stick out (not inside a box that scrolls on its own).
      const wide = Array.from(document.body.querySelectorAll('*')).filter((el) => {
        if (!visible(el)) return false;
        const r = el.getBoundingClientRect();
        if (r.right <= vw + 1 || r.width === 0) return false;
        for (let p = el.parentElement; p; p = p.parentElement) if (scrolls(p)) return false;
        return true;
      });
      const innermost = wide.filter((el) => !wide.some((o) => o !== el && el.contains(o)));
      for (const el of innermost.slice(0, 8)) {
        const r = el.getBoundingClientRect();
        out.push(`  sticks out: ${describe(el)} right edge at ${Math.round(r.right)} px`);
      }
    }
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      if (!visible(el) || el.closest('svg')) continue;
      const tag = el.tagName;
      if (tag === 'PROGRESS' || tag === 'METER' || tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') continue;
      const cs = getComputedStyle(el);
      const hidesX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      const hidesY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      if (!hidesX && !hidesY) continue;
      const r = el.getBoundingClientRect();
      // Visually hidden text for screen readers is meant to be clipped.
      if (r.width <= 1 || r.height <= 1) continue;
      if (!(el.textContent ?? '').trim()) continue;
      // A snippet clamped to N lines is cut at any text size by design; the whole text is one
      // tap away. Only clipping that the larger text causes counts.
      const clamp = cs.getPropertyValue('-webkit-line-clamp');
      if (clamp && clamp !== 'none') continue;
      // The same cut made by height: a max-height of whole lines (in em, so it grows with the
      // text) shows N lines at any size. A height that is not whole lines still counts.
      const maxH = parseFloat(cs.maxHeight);
      const lineH = parseFloat(cs.lineHeight);
      const lines = maxH / lineH;
      const cutAtLines =
        maxH > 0 && lineH > 0 && lines >= 1 && Math.abs(lines - Math.round(lines)) < 0.05 && Math.abs(el.clientHeight - maxH) <= 1;
      if (hidesX && el.scrollWidth > el.clientWidth + 1) {
        out.push(`text clipped sideways: ${describe(el)} needs ${el.scrollWidth} px, shows ${el.clientWidth} px`);
      } else if (hidesY && !cutAtLines && el.scrollHeight > el.clientHeight + 1) {
        out.push(`text clipped below: ${describe(el)} needs ${el.scrollHeight} px, shows ${el.clientHeight} px`);
      }
    }
    return out;
  });
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  return problems;
}

/** How the focused element shows its focus: outline and box-shadow, and whether either is on. */
export async function focusIndicator(page: Page): Promise<{ element: string; outline: string; boxShadow: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { element: 'body', outline: 'none', boxShadow: 'none', visible: false };
    // The ring may be drawn by the element or, for a link stretched over a card, by its
    // ::after / ::before box.
    const styles = [getComputedStyle(el), getComputedStyle(el, '::after'), getComputedStyle(el, '::before')];
    const ringed = styles.filter((s) => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0);
    const cs = ringed[0] ?? styles[0];
    const outline = `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`;
    const hasOutline = ringed.length > 0;
    const hasShadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    const name = (el.getAttribute('aria-label') || el.innerText || el.id || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return {
      element: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`,
      outline,
      boxShadow: cs.boxShadow,
      visible: hasOutline || hasShadow,
    };
  });
}
