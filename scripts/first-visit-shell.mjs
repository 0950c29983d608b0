#!/usr/bin/env node
// Writes index.html's first-visit Today: the app's own first-run Today (frame, navigation and
// welcome), in Indonesian and English, taken from the built app in dist/ so its words stay those
// of the i18n module and its markup that of the components. index.html paints it before the app's
// code has arrived (public/first-paint.js decides when, public/boot.js swaps it for the app).
//
//   trunk build --release && node scripts/first-visit-shell.mjs && trunk build --release
//
// Run it after changing the frame, the navigation or Today's welcome: tests/e2e/first-visit.spec.ts
// fails while index.html's copy differs from what the app shows, and says to run this.
//
// The copy differs from the app's nodes in ways `appMarkup` applies to both for that comparison:
// the date is a blank (the app writes it when it starts), ids carry a `--id`/`--en` suffix so
// the two copies and the app never share one, and Leptos's empty comment markers are dropped.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BEGIN = '<!-- first-visit: written by scripts/first-visit-shell.mjs from the app itself; do not edit by hand -->';
const END = '<!-- /first-visit -->';
export const LOCALES = { id: 'id-ID', en: 'en-US' };

/**
 * In the page (after the app has shown its Today): the app's nodes, as HTML in the first-visit
 * copy's form. Passed to page.evaluate, so it stands alone.
 */
export function appMarkup(lang) {
  const nodes = [...document.body.children].filter((e) => !e.matches('noscript, script, .boot-screen, .first-visit'));
  const box = document.createElement('div');
  for (const n of nodes) box.append(n.cloneNode(true));
  const date = box.querySelector('.today .page-header p');
  if (date) date.textContent = '\u00a0';
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.remove();
  for (const el of box.querySelectorAll('[aria-busy]')) el.removeAttribute('aria-busy');
  for (const el of box.querySelectorAll('[id]')) el.id = `${el.id}--${lang}`;
  for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
    for (const el of box.querySelectorAll(`[${attr}]`)) {
      el.setAttribute(attr, el.getAttribute(attr).split(/\s+/).map((id) => `${id}--${lang}`).join(' '));
    }
  }
  for (const el of box.querySelectorAll('a[href^="#"]')) {
    if (el.getAttribute('href').length > 1) el.setAttribute('href', `${el.getAttribute('href')}--${lang}`);
  }
  return box.innerHTML;
}

export function withShell(indexHtml, copies) {
  const start = indexHtml.indexOf(BEGIN);
  const end = indexHtml.indexOf(END);
  if (start < 0 || end < start) throw new Error(`index.html has no ${BEGIN} … ${END} block`);
  const block =
    `${BEGIN}\n` +
    Object.entries(copies)
      .map(([lang, html]) => `    <div class="first-visit" lang="${lang}">${html}</div><!-- /${lang} -->\n`)
      .join('') +
    '    ';
  return indexHtml.slice(0, start) + block + indexHtml.slice(end);
}

/** Opens `/` on a device that never ran Jejak and returns the app's Today in the copy's form. */
export async function takeFromApp(browser, baseURL, lang) {
  const context = await browser.newContext({ locale: LOCALES[lang], viewport: { width: 1280, height: 800 }, timezoneId: 'UTC' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await page.waitForSelector('html[data-boot=ready]:not([data-shell]) .welcome');
    return await page.evaluate(appMarkup, lang);
  } finally {
    await context.close();
  }
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { chromium } = await import('@playwright/test');
  const port = 8000 + Math.floor(Math.random() * 900);
  const server = spawn(process.execPath, [path.join(root, 'scripts', 'static-server.mjs'), '--root', path.join(root, 'dist'), '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => String(d).includes('listening') && resolve());
    server.on('exit', (code) => reject(new Error(`static server exited (${code})`)));
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const copies = {};
    for (const lang of Object.keys(LOCALES)) copies[lang] = await takeFromApp(browser, `http://127.0.0.1:${port}`, lang);
    const file = path.join(root, 'index.html');
    const before = readFileSync(file, 'utf8');
    const after = withShell(before, copies);
    writeFileSync(file, after);
    console.log(after === before ? 'index.html: first-visit Today unchanged' : 'index.html: first-visit Today rewritten; build again');
  } finally {
    await browser.close();
    server.kill();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
