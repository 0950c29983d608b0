import { chromium } from '@playwright/test';
import { writeFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import os from 'node:os'; import path from 'node:path';
import { countsFor, generateBackup } from './bench/generate.mjs';
const [base, outDir] = [process.argv[2], process.argv[3]];
mkdirSync(outDir, { recursive: true });
const gen = generateBackup(countsFor(200)); const backup = JSON.parse(gen.text);
const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'shots-')), 'backup.json'); writeFileSync(file, gen.text);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--font-render-hinting=none'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
await ctx.addInitScript(() => { const t = new Date('2026-11-20T09:00:00Z').getTime(); const D = Date; globalThis.Date = class extends D { constructor(...a) { super(...(a.length ? a : [t])); } static now() { return t; } }; });
const page = await ctx.newPage();
await page.goto(base + '/data'); await page.waitForSelector('html[data-boot=ready]');
await page.evaluate(() => localStorage.setItem('jejak:lang', 'en'));
await page.reload(); await page.waitForSelector('html[data-boot=ready]');
await page.getByLabel(/^(Choose a file|Pilih file)$/).setInputFiles(file);
await page.getByRole('button', { name: /Import now/ }).click({ timeout: 60000 });
await page.getByRole('status').filter({ hasText: /Import finished/ }).waitFor({ timeout: 60000 });
const ids = backup.records.reduce((m, r) => { (m[r.kind] ??= []).push(r.id); return m; }, {});
const routes = ['/', '/journal', `/journal/${ids.entry[0]}`, '/goals', `/goals/${ids.goal[0]}`, '/competencies', `/competencies/assessment/${ids.assessment?.[0]}`, '/people', `/people/${ids.person[0]}`, `/sessions/${ids.session[0]}`, '/assignments', `/assignments/${ids.assignment[0]}`, '/growth', '/mentees', '/share', '/data', '/settings', '/more'];
for (const w of [390, 1280]) {
  await page.setViewportSize({ width: w, height: 900 });
  for (const r of routes) {
    await page.goto(base + r); await page.waitForSelector('html[data-boot=ready]'); await page.waitForTimeout(1200);
    await page.screenshot({ path: path.join(outDir, `${w}${r.replace(/\//g, '_').slice(0, 24)}.png`), fullPage: true });
  }
}
await browser.close();
