// Shared helpers for the Playwright end-to-end tests (skeleton: extend as tests need).
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
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
