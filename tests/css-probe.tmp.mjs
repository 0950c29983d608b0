import { chromium } from '@playwright/test';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os'; import path from 'node:path';
import { countsFor, generateBackup } from './bench/generate.mjs';
const base = process.argv[2] ?? 'http://127.0.0.1:8099';
const gen = generateBackup(countsFor(400)); const backup = JSON.parse(gen.text);
const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cssprobe-')), 'backup.json');
writeFileSync(file, gen.text);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(base + '/data'); await page.waitForSelector('html[data-boot=ready]');
await page.getByLabel(/^(Choose a file|Pilih file)$/).setInputFiles(file);
await page.getByRole('button', { name: /Import now|Impor sekarang/ }).click({ timeout: 60000 });
await page.getByRole('status').filter({ hasText: /Import finished|Impor selesai/ }).waitFor({ timeout: 60000 });
const ids = backup.records.reduce((m, r) => { (m[r.kind] ??= []).push(r.id); return m; }, {});
const routes = ['/', '/journal', `/journal/${ids.entry[0]}`, '/goals', `/goals/${ids.goal[0]}`, '/competencies', `/competencies/assessment/${ids.assessment?.[0]}`, '/people', `/people/${ids.person[0]}`, `/sessions/${ids.session[0]}`, '/assignments', `/assignments/${ids.assignment[0]}`, '/growth', '/mentees', '/share', '/data', '/settings', '/more'];
const result = {};
for (const r of routes) {
  await page.goto(base + r); await page.waitForSelector('html[data-boot=ready]'); await page.waitForTimeout(1500);
  result[r] = await page.evaluate(() => {
    const out = {};
    const strip = (sel) => sel.replace(/::?[a-zA-Z-]+(\([^)]*\))?/g, '').trim() || '*';
    const visit = (rules, file) => { for (const rule of rules) {
      if (rule.cssRules && !rule.selectorText) visit(rule.cssRules, file);
      else if (rule.selectorText) for (const sel of rule.selectorText.split(',')) {
        let hit = false; try { hit = !!document.querySelector(strip(sel)); } catch {}
        if (hit) (out[file] ??= new Set()).add(sel.trim());
      } } };
    for (const sheet of document.styleSheets) { const f = sheet.href?.split('/').pop().replace(/-[0-9a-f]+\.css$/, ''); if (f) visit(sheet.cssRules, f); }
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
  });
}
for (const [r, files] of Object.entries(result)) console.log(r.padEnd(50), Object.entries(files).map(([f, s]) => `${f}(${s.length})`).join(' '));
console.log('\nToday rules from area files:');
for (const [f, sels] of Object.entries(result['/'])) if (!['base','layout','components','today'].includes(f)) console.log(f, sels.join(' | '));
await browser.close();
