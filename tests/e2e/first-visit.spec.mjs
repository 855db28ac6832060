// What a first visit downloads and keeps (issue 19): nothing twice, nothing optional before
// it is used (unless the device is installed or a kiosk, and never with Save-Data), views
// never used say offline that they are not saved on the device yet, a view used once works
// offline, and an update downloads only what the device holds. Every figure comes from the
// test server's own log of what it sent (bytes on the wire, compressed), which sees the
// service worker's requests as well as the page's.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, appReady, controlled, expectAccessible, search } from './fixtures.mjs';
import { startServer } from './serve.mjs';

test.use({ serviceWorkers: 'allow' });

const DIST = 'dist';
const OPTIONAL = ['/data/services.bin', '/data/libraries.bin', '/data/postal/index.bin'];

let server;
test.beforeEach(async () => {
  server = await startServer({ root: DIST });
});
test.afterEach(async () => {
  await server?.close();
});

/** Full downloads (200) by path, with their bytes on the wire. */
function downloads(log) {
  const by = new Map();
  for (const r of log.filter((r) => r.status === 200)) {
    const e = by.get(r.path) ?? { count: 0, bytes: 0 };
    by.set(r.path, { count: e.count + 1, bytes: e.bytes + r.bytes });
  }
  return by;
}

/** Resolves when the data cache holds a version of `path` (`/data/services.bin`). */
async function cachedFile(page, path) {
  await page.waitForFunction(
    async (p) => (await (await caches.open('guichet-data')).keys()).some((r) => new URL(r.url).pathname === p),
    path,
    { timeout: 30_000 },
  );
}

/** Pretends the page runs as an installed app; `saveData` as the Network Information API says. */
async function device(page, { installed, saveData }) {
  await page.addInitScript(
    ([installed, saveData]) => {
      const real = window.matchMedia.bind(window);
      window.matchMedia = (q) => (/display-mode: standalone/.test(q) ? { matches: installed, media: q } : real(q));
      Object.defineProperty(navigator, 'connection', { value: { saveData, type: 'wifi' }, configurable: true });
    },
    [installed, saveData],
  );
}

test('a first visit downloads no file twice and nothing optional; what it moves is printed', async ({ page }) => {
  await page.goto(`${server.url}/?lang=en`);
  await appReady(page);
  await controlled(page);
  // Let the worker finish and the page settle (the first update check runs after 3 s).
  await page.waitForTimeout(4_000);

  const first = downloads(server.log);
  const twice = [...first].filter(([, e]) => e.count > 1 && e.bytes / e.count > 1024).map(([p, e]) => `${p} ×${e.count}`);
  expect(twice, 'files over 1 KB downloaded twice').toEqual([]);
  expect(OPTIONAL.filter((p) => first.has(p)), 'optional files fetched before use').toEqual([]);
  expect(first.get('/data/core.bin')?.count).toBe(1);

  const total = [...first.values()].reduce((s, e) => s + e.bytes, 0);
  const list = [...first].sort((a, b) => b[1].bytes - a[1].bytes).map(([p, e]) => `${p} ${e.bytes}`);
  console.log(`first visit: ${total} bytes on the wire in ${first.size} files\n  ${list.join('\n  ')}`);
  test.info().annotations.push({ type: 'first visit bytes', description: String(total) });

  // A full postal code fetches the postal index and its shard, once each, and keeps them.
  await search(page, 'K1A 0B1');
  await expect(page.locator('.origin__text')).toHaveText('Offices nearest to postal code K1A 0B1');
  await cachedFile(page, '/data/postal/index.bin');
  const after = downloads(server.log);
  expect(after.get('/data/postal/index.bin')?.count).toBe(1);
  expect(after.get('/data/postal/K1A.bin')?.count).toBe(1);
});

test('offline, views never used say they are not saved on this device yet (en, fr)', async ({ page, context }) => {
  const base = server.url;
  await page.goto(`${base}/?lang=en`);
  await appReady(page);
  await controlled(page);
  await server.close();
  server = null;
  await context.setOffline(true);

  for (const [lang, text] of [
    ['en', 'Not saved on this device yet.'],
    ['fr', 'Pas encore enregistré sur cet appareil.'],
  ]) {
    await page.goto(`${base}/services?lang=${lang}`);
    await appReady(page);
    await expect(page.locator('.notice--error')).toContainText(text);
    await expectAccessible(page, `services offline (${lang})`);
  }
  // A rural postal code never looked up: its area's centre, and how far the area reaches
  // (X0A covers most of Nunavut: Iqaluit's X0A 0H0 is far from the centre).
  await page.goto(`${base}/?lang=en`);
  await appReady(page);
  await search(page, 'X0A 0H0');
  await expect(page.locator('.origin__text')).toContainText('You are offline, and the exact position of postal code X0A 0H0');
  await expect(page.locator('.origin .hint')).toHaveText(/^Distances are measured from the centre of this area, which reaches [\d,]+\u00a0km from it/);
  await page.goto(`${base}/?lang=fr&q=X0A+0H0`);
  await expect(page.locator('.origin .hint')).toHaveText(/qui s’étend jusqu’à [\d\u202f\u00a0]+km de ce centre/);
  // The libraries layer, never used: the filter says why nothing is added.
  await page.getByLabel('Afficher les bibliothèques et archives').check();
  await expect(page.locator('.filters__group .hint[role=status]')).toHaveText(/^Pas encore enregistré sur cet appareil\./);

  // The insights page, never opened: the app shell says so, in the page's language.
  await page.goto(`${base}/insights.html?lang=fr`);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Analyses des réseaux' })).toBeVisible();
  await expect(page.locator('main .notice')).toContainText('Pas encore enregistré sur cet appareil.');
  await expectAccessible(page, 'insights never opened, offline (fr)');
});

test('a view used once works offline: the insights page', async ({ page, context }) => {
  const base = server.url;
  await page.goto(`${base}/?lang=en`);
  await appReady(page);
  await controlled(page);
  await page.goto(`${base}/insights.html?lang=en`);
  await expect(page.locator('.insights__headline')).toContainText(/pairs within/);
  const headline = await page.locator('.insights__headline').textContent();

  await server.close();
  server = null;
  await context.setOffline(true);
  await page.goto(`${base}/insights.html?lang=en`);
  await expect(page.getByRole('heading', { level: 1, name: 'Network insights' })).toBeVisible();
  await expect(page.locator('.insights__headline')).toHaveText(headline);
});

test('an installed app keeps the optional files ahead, once; with Save-Data it does not', async ({ page, context }) => {
  await device(page, { installed: true, saveData: false });
  await page.goto(`${server.url}/?lang=en`);
  await appReady(page);
  for (const path of OPTIONAL) await cachedFile(page, path);
  await page.reload();
  await appReady(page);
  await page.waitForTimeout(4_000);
  const got = downloads(server.log);
  // Each asked for, and downloaded once at most (a 304 revalidation is not a download).
  expect(OPTIONAL.filter((p) => !server.log.some((r) => r.path === p))).toEqual([]);
  expect(OPTIONAL.filter((p) => (got.get(p)?.count ?? 0) > 1), 'downloaded twice').toEqual([]);

  const other = await context.newPage();
  const saving = await startServer({ root: DIST });
  try {
    await device(other, { installed: true, saveData: true });
    await other.goto(`${saving.url}/?lang=en`);
    await appReady(other);
    await controlled(other);
    await other.waitForTimeout(5_000);
    expect(OPTIONAL.filter((p) => downloads(saving.log).has(p)), 'fetched ahead with Save-Data').toEqual([]);
  } finally {
    await other.close();
    await saving.close();
  }
});

test('an update downloads the core and the files the device holds, nothing else', async ({ page }) => {
  await page.goto(`${server.url}/?lang=en`);
  await appReady(page);
  await controlled(page);
  // The device holds the postal index (a postal code looked up), not services or libraries.
  await search(page, 'K1A 0B1');
  await cachedFile(page, '/data/postal/index.bin');
  await cachedFile(page, '/data/postal/K1A.bin');

  // Bundle B: every file changes (core and index by trailing bytes, which decoding
  // ignores). The services and libraries entries are not even real
  // files: fetching them would fail the update.
  const a = JSON.parse(readFileSync(`${DIST}/data/manifest.json`, 'utf8'));
  const core = Buffer.concat([readFileSync(`${DIST}/data/core.bin`), Buffer.from('build B')]);
  const index = Buffer.concat([readFileSync(`${DIST}/data/postal/index.bin`), Buffer.from('build B')]);
  const sha = (b) => createHash('sha256').update(b).digest('hex');
  const files = a.files.map((f) => {
    if (f.path === 'core.bin') return { ...f, sha256: sha(core), bytes: core.length };
    if (f.path === 'postal/index.bin') return { ...f, sha256: sha(index), bytes: index.length };
    return { ...f, sha256: sha(Buffer.from(f.path)), bytes: 1 };
  });
  server.override('/data/manifest.json', JSON.stringify({ ...a, data_version: 'b1b1b1b1b1b1b1b1', built: '2026-12-03', files }));
  server.override('/data/core.bin', core);
  server.override('/data/postal/index.bin', index);
  const before = server.log.length;

  const reload = page.getByRole('button', { name: 'Reload now' });
  await expect(async () => {
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
    await expect(reload).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  // The manifest's files: the core and the index the device holds, not the others.
  const listed = new Set(files.map((f) => `/data/${f.path}`));
  const fetched = new Set(server.log.slice(before).map((r) => r.path).filter((p) => listed.has(p)));
  expect([...fetched].sort()).toEqual(['/data/core.bin', '/data/postal/index.bin']);
});
