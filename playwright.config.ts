import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run against the release build in dist/, served by scripts/static-server.mjs.
// scripts/test.sh builds dist/, starts the server on a free port and sets E2E_BASE_URL; when
// E2E_BASE_URL is not set (e.g. `npx playwright test` by hand after `trunk build --release`),
// Playwright starts the same server itself on E2E_PORT (default 8090).
//
// The browser is Debian's Chromium (/usr/bin/chromium). Never run `npx playwright install`.

const port = Number(process.env.E2E_PORT ?? 8090);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

const SCREENSHOT_DIR = 'tests/e2e/screenshots';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  snapshotPathTemplate: `${SCREENSHOT_DIR}/{testFilePath}/{arg}{ext}`,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The machine has 2 cores: one worker per core.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  reporter: 'list',
  use: {
    baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    serviceWorkers: 'allow',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `node scripts/static-server.mjs --root dist --host 127.0.0.1 --port ${port} --quiet`,
        url: baseURL,
        reuseExistingServer: false,
        timeout: 15_000,
      },
});
