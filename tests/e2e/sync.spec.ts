// Sync between devices through a real CouchDB-protocol server (pouchdb-server, in memory), with
// browser contexts as devices: setup, offline edits, deletes, a conflict settled as the file
// merge would, a device joining later, a wrong passphrase, a server that is down, a wrong
// password and a server without CORS. The server must never hold a readable word.
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createEntry, dumpStore, entryCard, importRecords, openApp, screenshot, watchForProblems, type StoredRecord } from './helpers';
import { startCouch, startProxy } from './couch.mjs';

const COUCH_PORT = Number(process.env.SYNC_COUCH_PORT ?? 5986);
const PROXY_PORT = Number(process.env.SYNC_PROXY_PORT ?? 5985);
const PASSPHRASE = 'pohon mangga di halaman belakang';
const DBS = ['jejak-two', 'jejak-wrong', 'jejak-fail', 'jejak-shots', 'jejak-tabs', 'jejak-clock'];

test.describe.configure({ mode: 'serial' });

let couch: Awaited<ReturnType<typeof startCouch>>;
let proxy: Awaited<ReturnType<typeof startProxy>>;

test.beforeAll(async () => {
  couch = await startCouch({ port: COUCH_PORT, dbs: DBS });
  proxy = await startProxy({ port: PROXY_PORT, target: couch.url });
});

test.afterAll(async () => {
  await proxy?.stop();
  await couch?.stop();
});

interface Device {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

async function newDevice(browser: Browser): Promise<Device> {
  const context = await browser.newContext();
  await context.addInitScript(() => localStorage.setItem('jejak:lang', 'en'));
  const page = await context.newPage();
  const problems = watchForProblems(page);
  return { context, page, problems };
}

/** Console errors a failing request leaves that are the point of a test, not a fault. */
function realProblems(problems: string[]): string[] {
  return problems.filter(
    (p) =>
      !/Failed to load resource|net::ERR_|CORS policy|Access-Control-Allow-Origin|status of 40[134]/.test(p),
  );
}

/** Fill the Sync screen and confirm. `expectOk` waits for the first exchange to finish. */
async function setUpSync(
  page: Page,
  opts: { db: string; passphrase?: string; password?: string; remember?: boolean },
  expectOk = true,
): Promise<void> {
  await openApp(page, '/settings/sync');
  await expect(page.getByRole('heading', { level: 1, name: 'Sync between your devices' })).toBeVisible();
  await page.getByLabel('Server and database address').fill(`${proxy.url}/${opts.db}`);
  await page.getByLabel('User name').fill(couch.user);
  await page.getByLabel('Server password').fill(opts.password ?? couch.password);
  await page.getByLabel('Passphrase', { exact: true }).fill(opts.passphrase ?? PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(opts.passphrase ?? PASSPHRASE);
  if (opts.remember === false) await page.getByLabel('Remember the key on this device').uncheck();
  // Nothing is sent before the confirm step.
  const before = proxy.requests.length;
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Check before anything is sent' })).toBeVisible();
  expect(proxy.requests.length).toBe(before);
  await page.getByRole('button', { name: 'Connect and sync' }).click();
  if (expectOk) await expectSynced(page);
}

async function expectSynced(page: Page, timeout = 30_000): Promise<void> {
  await expect(page.getByTestId('sync-status')).toContainText(/Synced/, { timeout });
  await expect(page.getByTestId('sync-problem')).toHaveCount(0);
}

async function syncNow(page: Page): Promise<void> {
  if (new URL(page.url()).pathname !== '/settings/sync') await openApp(page, '/settings/sync');
  await page.getByRole('button', { name: 'Sync now' }).click();
}

/** The records a device stores (its backup's records), keyed by id. */
async function records(page: Page): Promise<Map<string, StoredRecord>> {
  const dump = await dumpStore(page);
  return new Map(dump.records.map((r) => [r.id, r]));
}

/** Waits until both devices store exactly the same records. */
async function expectSameJournal(a: Page, b: Page, timeout = 30_000): Promise<Map<string, StoredRecord>> {
  let last = '';
  await expect
    .poll(
      async () => {
        const [ra, rb] = [await records(a), await records(b)];
        const ja = JSON.stringify([...ra.values()]);
        last = JSON.stringify([...rb.values()]);
        return ja === last && ra.size > 0;
      },
      { timeout, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return records(a);
}

function titled(recs: Map<string, StoredRecord>, title: string): StoredRecord | undefined {
  return [...recs.values()].find((r) => JSON.parse(r.json).title === title);
}

/** Opens a section from the navigation (works offline: no page load). */
async function navTo(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

/** Settings → Sync through the app's own links (works offline). */
async function openSyncInApp(page: Page): Promise<void> {
  await navTo(page, 'Settings');
  await page.getByRole('link', { name: /^(Open sync|Set up sync)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sync between your devices' })).toBeVisible();
}

/** Renames an entry from the Journal list (no page load, so it works offline). */
async function editTitle(page: Page, from: string, to: string): Promise<void> {
  await entryCard(page, from).getByRole('link').first().click();
  await page.getByRole('main').getByLabel('Title', { exact: true }).fill(to);
  await page.keyboard.press('Escape');
  await expect(entryCard(page, to)).toBeVisible();
}

async function serverText(db: string): Promise<string> {
  return JSON.stringify(await couch.allDocs(db));
}

test('two devices stay in step through the server, offline edits, deletes and conflicts included; a third joins later', async ({ browser }) => {
  test.setTimeout(240_000);
  const db = 'jejak-two';
  const a = await newDevice(browser);
  const b = await newDevice(browser);

  // Canaries in every kind the person types into: entries (typed), goals, people, sessions and
  // comments (restored from a backup on device A).
  await openApp(a.page, '/journal');
  await createEntry(a.page, { title: 'Alpha canary-entry-title', body: 'canary-entry-body rapat anggaran' });
  await createEntry(a.page, { title: 'To be deleted', body: 'short' });
  const created = '2026-05-01T08:00:00.000Z';
  const rev = (n: number) => `${String(1_780_000_000_000 + n).padStart(13, '0')}-000000-restore`;
  const person = '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f30';
  await importRecords(a.page, 'restore', [
    { id: '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f01', kind: 'goal', created, rev: rev(1), title: 'canary-goal-title', why: 'canary-goal-why', status: 'active', category: 'role', activated: '2026-05-01' },
    { id: person, kind: 'person', created, rev: rev(2), name: 'canary-person-name', roles: ['mentor'], contact_notes: 'canary-person-notes' },
    { id: '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f40', kind: 'session', created, rev: rev(3), person, date: '2026-06-01', status: 'held', agenda: 'canary-session-agenda', notes: 'canary-session-notes' },
    { id: '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f50', kind: 'comment', created, rev: rev(4), target: '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f01', package: '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f60', mentee: '5a0f4a8e-8d3b-4d1e-9a5c-0b1c2d3e4f61', text: 'canary-comment-text', author: 'canary-comment-author' },
  ]);

  // Device A is the first: it writes the key document and pushes everything.
  await setUpSync(a.page, { db });
  // Device B joins with the same passphrase and receives everything.
  await setUpSync(b.page, { db });
  await expectSameJournal(a.page, b.page);
  await openApp(b.page, '/journal');
  await expect(entryCard(b.page, 'Alpha canary-entry-title')).toBeVisible();

  // Both go offline and edit; A edits the shared entry first, B later (so B's rev is later).
  await openApp(a.page, '/journal');
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await editTitle(a.page, 'Alpha canary-entry-title', 'Alpha edited on A');
  await createEntry(a.page, { title: 'Written offline on A' });
  await b.page.waitForTimeout(50);
  await editTitle(b.page, 'Alpha canary-entry-title', 'Alpha edited on B');
  await createEntry(b.page, { title: 'Written offline on B' });
  // B deletes one entry.
  await entryCard(b.page, 'To be deleted').getByRole('link').first().click();
  await b.page.getByRole('main').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(entryCard(b.page, 'To be deleted')).toHaveCount(0);
  // Offline changes wait, in words.
  await openSyncInApp(b.page);
  await expect(b.page.getByTestId('sync-status')).toContainText(/changes? waiting \(offline\)/);

  // What the file merge would decide: the later rev of the two versions of Alpha.
  const alphaA = titled(await records(a.page), 'Alpha edited on A')!;
  const alphaB = titled(await records(b.page), 'Alpha edited on B')!;
  const winner = JSON.parse(alphaA.json).rev > JSON.parse(alphaB.json).rev ? alphaA : alphaB;

  await a.context.setOffline(false);
  await b.context.setOffline(false);
  const merged = await expectSameJournal(a.page, b.page, 45_000);
  expect(merged.get(alphaA.id)!.json).toBe(winner.json);
  expect(titled(merged, 'Written offline on A')).toBeTruthy();
  expect(titled(merged, 'Written offline on B')).toBeTruthy();
  const deleted = titled(merged, 'To be deleted')!;
  expect(JSON.parse(deleted.json).deleted).toBe(true);
  await openApp(a.page, '/journal');
  await expect(entryCard(a.page, 'To be deleted')).toHaveCount(0);
  await expect(entryCard(a.page, JSON.parse(winner.json).title)).toBeVisible();

  // An edit on A shows up on B while both are open (the long-poll), without a reload.
  await openApp(b.page, '/journal');
  await createEntry(a.page, { title: 'Live from A' });
  await expect(entryCard(b.page, 'Live from A')).toBeVisible({ timeout: 15_000 });

  // A third device joins later and receives everything.
  const c = await newDevice(browser);
  await setUpSync(c.page, { db });
  await expectSameJournal(a.page, c.page);

  // The server holds ciphertext only.
  const text = await serverText(db);
  for (const canary of ['canary-', 'rapat anggaran', 'Alpha', 'Written offline', 'To be deleted', PASSPHRASE]) {
    expect(text.includes(canary), canary).toBe(false);
  }
  for (const doc of await couch.allDocs(db)) {
    const keys = Object.keys(doc).sort();
    if (doc._id === '~jejak-key') continue;
    expect(keys).toEqual(['_id', '_rev', 'ct', 'iv', 'v']);
  }
  // Sync state is device-local: never in a backup file.
  for (const d of [a, b, c]) {
    const dump = await dumpStore(d.page);
    expect(JSON.stringify(dump)).not.toContain(couch.password);
    expect(JSON.stringify(dump)).not.toContain(proxy.url);
    expect(realProblems(d.problems)).toEqual([]);
  }
  for (const d of [a, b, c]) await d.context.close();
});

test('a second device with a wrong passphrase is refused and nothing is written anywhere', async ({ browser }) => {
  test.setTimeout(120_000);
  const db = 'jejak-wrong';
  const a = await newDevice(browser);
  await openApp(a.page, '/journal');
  await createEntry(a.page, { title: 'Only on A' });
  await setUpSync(a.page, { db });
  const docsBefore = await serverText(db);

  const b = await newDevice(browser);
  await openApp(b.page, '/journal');
  await createEntry(b.page, { title: 'Only on B' });
  const bBefore = await dumpStore(b.page);
  await setUpSync(b.page, { db, passphrase: 'a different passphrase entirely' }, false);
  await expect(b.page.getByTestId('sync-problem')).toContainText('does not match the one your other devices use', { timeout: 30_000 });
  // Nothing written on the server, nothing on B (records, sync state, flag).
  expect(await serverText(db)).toBe(docsBefore);
  expect(await dumpStore(b.page)).toEqual(bBefore);
  const syncState = await b.page.evaluate(async () => ({
    flag: localStorage.getItem('jejak:sync'),
    dbs: (await indexedDB.databases()).map((d) => d.name),
  }));
  expect(syncState.flag).toBeNull();
  await b.page.reload();
  await expect(b.page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect(b.page.getByRole('button', { name: 'Continue' })).toBeVisible();
  expect(realProblems(b.problems)).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('server down, wrong password, CORS missing: the message, nothing lost, pushed once it works', async ({ browser }) => {
  test.setTimeout(180_000);
  const db = 'jejak-fail';
  const a = await newDevice(browser);
  await openApp(a.page, '/journal');
  await setUpSync(a.page, { db });
  const onServer = async () => (await couch.allDocs(db)).length;
  const base = await onServer();

  // The server is down.
  proxy.setMode('down');
  await createEntry(a.page, { title: 'While the server was down' });
  await openApp(a.page, '/settings/sync');
  await expect(a.page.getByTestId('sync-problem')).toContainText('cannot be reached', { timeout: 20_000 });
  await expect(a.page.getByTestId('sync-status')).toContainText('1 change waiting');
  proxy.setMode('pass');
  await syncNow(a.page);
  await expectSynced(a.page);
  expect(await onServer()).toBe(base + 1);

  // The login card starts with the user name on record; without one it says what is missing.
  const user = a.page.getByLabel('User name');
  await expect(user).toHaveValue(couch.user);
  await user.fill('');
  await a.page.getByRole('button', { name: 'Save login' }).click();
  await expect(a.page.getByRole('alert').filter({ hasText: 'Write the server user name.' })).toBeVisible();
  await user.fill(couch.user);

  // A wrong password (changed here by mistake): 401 in words, then corrected.
  await a.page.getByLabel('Server password').fill('not-the-password');
  await a.page.getByRole('button', { name: 'Save login' }).click();
  await expect(a.page.getByTestId('sync-problem')).toContainText('Wrong user name or server password (401)', { timeout: 20_000 });
  await createEntry(a.page, { title: 'While the password was wrong' });
  await openApp(a.page, '/settings/sync');
  // A reload keeps the key (remembered) and the problem comes back by itself.
  await expect(a.page.getByTestId('sync-problem')).toContainText('(401)', { timeout: 20_000 });
  await a.page.getByLabel('Server password').fill(couch.password);
  await a.page.getByRole('button', { name: 'Save login' }).click();
  await expectSynced(a.page);
  expect(await onServer()).toBe(base + 2);

  // CORS not set up on the server: the exact settings to paste, with this page's origin.
  proxy.setMode('no-cors');
  await createEntry(a.page, { title: 'While CORS was missing' });
  await syncNow(a.page);
  await expect(a.page.getByTestId('sync-problem')).toContainText('CORS is not set up', { timeout: 20_000 });
  const origin = new URL(a.page.url()).origin;
  await expect(a.page.getByTestId('cors-settings')).toContainText('enable_cors = true');
  await expect(a.page.getByTestId('cors-settings')).toContainText(`origins = ${origin}`);
  proxy.setMode('pass');
  await syncNow(a.page);
  await expectSynced(a.page);
  expect(await onServer()).toBe(base + 3);

  // Nothing was lost on the device.
  await openApp(a.page, '/journal');
  for (const t of ['While the server was down', 'While the password was wrong', 'While CORS was missing']) {
    await expect(entryCard(a.page, t)).toBeVisible();
  }

  // "Forget this server": sync state gone, journal kept.
  await openApp(a.page, '/settings/sync');
  await a.page.getByRole('button', { name: 'Forget this server' }).click();
  await a.page.getByRole('button', { name: 'Yes, forget this server' }).click();
  await expect(a.page.getByText('Server forgotten. Your journal is unchanged.')).toBeVisible();
  expect(await a.page.evaluate(() => localStorage.getItem('jejak:sync'))).toBeNull();
  await openApp(a.page, '/journal');
  await expect(entryCard(a.page, 'While CORS was missing')).toBeVisible();
  expect(realProblems(a.problems)).toEqual([]);
  await a.context.close();
});

test('a key kept for the session only is asked for again after a reload; a second tab leaves syncing to the first', async ({ browser }) => {
  test.setTimeout(120_000);
  const db = 'jejak-tabs';
  const a = await newDevice(browser);
  await setUpSync(a.page, { db, remember: false });
  await expect(a.page.getByText('exists only in this tab\'s memory')).toBeVisible();
  // A reload forgets the key: sync waits for the passphrase, changes wait on the device. A
  // device with sync set up fetches the runner's chunk at start-up.
  const fetched: string[] = [];
  a.page.on('request', (r) => fetched.push(r.url()));
  await a.page.goto('/');
  await expect(a.page.locator('html')).toHaveAttribute('data-boot', 'ready');
  await expect.poll(() => fetched.some((u) => /split_sync_runner-[0-9a-f]+\.wasm$/.test(u))).toBe(true);
  await a.page.goto('/settings/sync');
  await expect(a.page.getByRole('heading', { name: 'Enter your sync passphrase to resume' })).toBeVisible();
  await openApp(a.page, '/journal');
  await createEntry(a.page, { title: 'Written while locked' });
  const before = (await couch.allDocs(db)).length;
  await openApp(a.page, '/settings/sync');
  await a.page.getByLabel('Sync passphrase', { exact: true }).fill('not the passphrase');
  await a.page.getByRole('button', { name: 'Resume sync' }).click();
  await expect(a.page.getByTestId('sync-problem')).toContainText('does not match', { timeout: 30_000 });
  expect((await couch.allDocs(db)).length).toBe(before);
  await a.page.getByLabel('Sync passphrase', { exact: true }).fill(PASSPHRASE);
  await a.page.getByLabel('Remember the key on this device').check();
  await a.page.getByRole('button', { name: 'Resume sync' }).click();
  await expectSynced(a.page);
  expect((await couch.allDocs(db)).length).toBe(before + 1);

  // A second tab of the same device: the first holds the sync lock, the second says so and
  // gets the first tab's records through the tab channel.
  const second = await a.context.newPage();
  await openApp(second, '/settings/sync');
  await expect(second.getByTestId('sync-status')).toHaveText('Another Jejak tab on this device is syncing.');
  const fromSecond: string[] = [];
  second.on('request', (r) => {
    if (r.url().startsWith(proxy.url)) fromSecond.push(r.url());
  });
  await openApp(second, '/journal');
  await createEntry(second, { title: 'Written in the second tab' });
  await expect
    .poll(async () => (await couch.allDocs(db)).length, { timeout: 15_000 })
    .toBe(before + 2);
  expect(fromSecond).toEqual([]);
  // Closing the first tab hands the lock to the second.
  await a.page.close();
  await openApp(second, '/settings/sync');
  await expectSynced(second);
  await a.context.close();
});

test('without sync set up, start-up makes no request beyond the app itself', async ({ page }) => {
  const started = Date.now();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await openApp(page, '/');
  await openApp(page, '/settings');
  await expect(page.getByTestId('settings-sync-status')).toHaveText('Sync is off. Nothing is sent anywhere.');
  const dbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(dbs).not.toContain('jejak-sync');
  const origin = new URL(page.url()).origin;
  expect(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  expect(proxy.requests.filter((r) => r.at >= started)).toEqual([]);
  // Sync's code is split out of the main module: neither its runner nor its screen is fetched.
  expect(requested.filter((u) => /split_sync_(runner|screen)/.test(u))).toEqual([]);
});

test('Settings says how long ago the last sync was, and keeps it true while it stays open', async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await newDevice(browser);
  // The page's clock runs at its natural pace until the test moves it on.
  await a.context.clock.install();
  await openApp(a.page, '/journal');
  await createEntry(a.page, { title: 'Before the clock moves' });
  await setUpSync(a.page, { db: 'jejak-clock' });
  await a.page.getByRole('link', { name: 'Settings' }).first().click();
  const status = a.page.getByTestId('settings-sync-status');
  await expect(status).toHaveText('Synced just now');
  await a.page.clock.fastForward('05:00');
  await expect(status).toHaveText('Synced 5 minutes ago');
  expect(realProblems(a.problems)).toEqual([]);
  await a.context.close();
});

test('screenshots of the Sync screen: off, confirm, synced, CORS missing and asking for the passphrase, both languages, phone and laptop', async ({ browser }) => {
  test.setTimeout(180_000);
  const db = 'jejak-shots';
  const widths = [390, 1280];
  const shoot = async (page: Page, name: string) => {
    for (const w of widths) {
      await page.setViewportSize({ width: w, height: 900 });
      await page.waitForTimeout(150);
      await screenshot(page, `sync-${name}-${w}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  };

  // Indonesian device: off, then the confirm step.
  const idContext = await browser.newContext();
  await idContext.addInitScript(() => localStorage.setItem('jejak:lang', 'id'));
  const idPage = await idContext.newPage();
  await openApp(idPage, '/settings/sync');
  await expect(idPage.getByRole('heading', { level: 1, name: 'Sinkronisasi antarperangkat' })).toBeVisible();
  await shoot(idPage, 'off-id');
  await idPage.getByLabel('Alamat server dan basis data').fill(`${proxy.url}/${db}`);
  await idPage.getByLabel('Nama pengguna').fill(couch.user);
  await idPage.getByLabel('Kata sandi server').fill(couch.password);
  await idPage.getByLabel('Kata sandi', { exact: true }).fill(PASSPHRASE);
  await idPage.getByLabel('Ulangi kata sandi').fill(PASSPHRASE);
  await idPage.getByRole('button', { name: 'Lanjut' }).click();
  await expect(idPage.getByRole('heading', { name: 'Periksa sebelum mengirim' })).toBeVisible();
  await shoot(idPage, 'confirm-id');
  await idPage.getByRole('button', { name: 'Hubungkan dan sinkronkan' }).click();
  await expect(idPage.getByTestId('sync-status')).toContainText('Disinkronkan', { timeout: 30_000 });
  await createEntry(idPage, { title: 'Entri untuk gambar' }, 'id');
  await openApp(idPage, '/settings/sync');
  await expect(idPage.getByTestId('sync-status')).toContainText('Disinkronkan', { timeout: 30_000 });
  await shoot(idPage, 'synced-id');
  proxy.setMode('no-cors');
  await idPage.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
  await expect(idPage.getByTestId('cors-settings')).toBeVisible({ timeout: 20_000 });
  await shoot(idPage, 'error-id');
  proxy.setMode('pass');
  // The login card without a user name says what is missing.
  await idPage.getByLabel('Nama pengguna').fill('');
  await idPage.getByRole('button', { name: 'Simpan login' }).click();
  await expect(idPage.getByRole('alert').filter({ hasText: 'Tuliskan nama pengguna server.' })).toBeVisible();
  await idPage.getByLabel('Nama pengguna').scrollIntoViewIfNeeded();
  await shoot(idPage, 'login-empty-id');
  await openApp(idPage, '/settings');
  await shoot(idPage, 'settings-id');
  await idContext.close();

  // A second Indonesian device keeps the key for the tab only: after a reload it asks for the
  // passphrase.
  const idLocked = await browser.newContext();
  await idLocked.addInitScript(() => localStorage.setItem('jejak:lang', 'id'));
  const lockedPage = await idLocked.newPage();
  await openApp(lockedPage, '/settings/sync');
  await lockedPage.getByLabel('Alamat server dan basis data').fill(`${proxy.url}/${db}`);
  await lockedPage.getByLabel('Nama pengguna').fill(couch.user);
  await lockedPage.getByLabel('Kata sandi server').fill(couch.password);
  await lockedPage.getByLabel('Kata sandi', { exact: true }).fill(PASSPHRASE);
  await lockedPage.getByLabel('Ulangi kata sandi').fill(PASSPHRASE);
  await lockedPage.getByLabel('Ingat kunci di perangkat ini').uncheck();
  await lockedPage.getByRole('button', { name: 'Lanjut' }).click();
  await lockedPage.getByRole('button', { name: 'Hubungkan dan sinkronkan' }).click();
  await expect(lockedPage.getByTestId('sync-status')).toContainText('Disinkronkan', { timeout: 30_000 });
  await lockedPage.reload();
  await expect(lockedPage.getByRole('heading', { name: 'Masukkan kata sandi sinkronisasi untuk melanjutkan' })).toBeVisible();
  await shoot(lockedPage, 'locked-id');
  await idLocked.close();

  // English device: off, confirm, synced, and the server down.
  const en = await newDevice(browser);
  await openApp(en.page, '/settings/sync');
  await shoot(en.page, 'off-en');
  await en.page.getByLabel('Server and database address').fill(`${proxy.url}/${db}`);
  await en.page.getByLabel('User name').fill(couch.user);
  await en.page.getByLabel('Server password').fill(couch.password);
  await en.page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await en.page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await en.page.getByLabel('Remember the key on this device').uncheck();
  await en.page.getByRole('button', { name: 'Continue' }).click();
  await shoot(en.page, 'confirm-en');
  await en.page.getByRole('button', { name: 'Connect and sync' }).click();
  await expectSynced(en.page);
  await shoot(en.page, 'synced-en');
  await en.page.getByLabel('User name').fill('');
  await en.page.getByRole('button', { name: 'Save login' }).click();
  await expect(en.page.getByRole('alert').filter({ hasText: 'Write the server user name.' })).toBeVisible();
  await shoot(en.page, 'login-empty-en');
  await en.page.getByLabel('User name').fill(couch.user);
  proxy.setMode('no-cors');
  await en.page.getByRole('button', { name: 'Sync now' }).click();
  await expect(en.page.getByTestId('cors-settings')).toBeVisible({ timeout: 20_000 });
  await shoot(en.page, 'error-en');
  proxy.setMode('down');
  await en.page.getByRole('button', { name: 'Sync now' }).click();
  await expect(en.page.getByTestId('sync-problem')).toContainText('cannot be reached', { timeout: 20_000 });
  await shoot(en.page, 'unreachable-en');
  proxy.setMode('pass');
  await en.page.reload();
  await expect(en.page.getByRole('heading', { name: 'Enter your sync passphrase to resume' })).toBeVisible();
  await shoot(en.page, 'locked-en');
  await openApp(en.page, '/settings');
  await shoot(en.page, 'settings-en');
  await en.context.close();
});
