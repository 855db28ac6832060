// Offline use, updates, kiosk mode and the web app manifests, with the service worker on.
// Each test serves dist/ from a server of its own (a port, so an origin, so a service
// worker and caches of its own) that it can stop, and whose files it can swap for another
// build's (startServer's override).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { test, expect, appReady, controlled, expectAccessible, search } from './fixtures.mjs';
import { startServer } from './serve.mjs';

test.use({ serviceWorkers: 'allow' });

const DIST = 'dist';
const manifestA = JSON.parse(readFileSync(`${DIST}/data/manifest.json`, 'utf8'));
const coreA = readFileSync(`${DIST}/data/core.bin`);
const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

let server;
test.beforeEach(async () => {
  server = await startServer({ root: DIST });
});
test.afterEach(async () => {
  await server?.close();
});

/** Another bundle: a new data version whose core.bin differs (trailing bytes, which the
 * decoder ignores), listed with its real sha-256, or with a wrong one (`corrupt`). */
function buildB({ version, built, corrupt = false }) {
  const core = Buffer.concat([coreA, Buffer.from(`build ${version}`)]);
  const files = manifestA.files.map((f) =>
    f.path === 'core.bin'
      ? { ...f, sha256: corrupt ? sha256(Buffer.concat([core, Buffer.from('!')])) : sha256(core), bytes: core.length }
      : f,
  );
  return { manifest: JSON.stringify({ ...manifestA, data_version: version, built, files }), core };
}

/** The page looks for updates when it comes back to the foreground: make it do so. */
async function foreground(page) {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
}

test('after one visit Guichet works offline: reload, postal code and place searches, map', async ({ page, context }) => {
  await page.goto(`${server.url}/?lang=en`);
  await appReady(page);
  await controlled(page);
  // A postal code looked up online keeps its shard on the device.
  await search(page, 'K1A 0B1');
  await expect(page.locator('.origin__text')).toHaveText('Offices nearest to postal code K1A 0B1');
  await page.waitForFunction(async () => {
    const keys = await (await caches.open('guichet-data')).keys();
    return keys.some((r) => r.url.includes('/data/postal/K1A.bin?v='));
  });

  // No network at all: the browser is offline and the server is gone.
  await server.close();
  server = null;
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await expect(page.locator('.offline-banner')).toContainText('You are offline.');

  await search(page, 'K1A 0B1');
  await expect(page.locator('.origin__text')).toHaveText('Offices nearest to postal code K1A 0B1');
  await expect(page.locator('.results__list .result').first()).toBeVisible();

  // A postal code never looked up: the centre of its postal area, and why.
  await search(page, 'E1C 4M3');
  await expect(page.locator('.origin__text')).toContainText('You are offline, and the exact position of postal code E1C 4M3');
  await expect(page.locator('.results__list .result').first()).toBeVisible();

  await search(page, 'Moncton');
  await expect(page.locator('.origin__text')).toHaveText('Offices nearest to Moncton (New Brunswick)');
  await expect(page.locator('.results__list .result').first()).toBeVisible();
  // Directions need the network: disabled and marked.
  const directions = page.locator('.results__list .result').first().locator('a.link--disabled');
  await expect(directions).toContainText('(needs a connection)');
  await expect(directions).not.toHaveAttribute('href');
  await expectAccessible(page, 'offline');

  // The map (beside the list at this width): the basemap comes with the bundle.
  await expect(page.locator('.map__svg')).toBeVisible();
  await expect(page.locator('.map__svg path.land').first()).toBeAttached();
  expect(await page.locator('.map__svg .markers > g').count()).toBeGreaterThan(0);
  await expect(page.locator('.map__svg .origin-marker')).toBeAttached();

  // The offline reload budget: navigation start to the first result on screen.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.results__list .result')) {
        window.__firstResult = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const figures = {};
  for (const [label, q] of [['place (Ottawa)', 'Ottawa'], ['postal code (K1A 0B1)', 'K1A+0B1']]) {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`${page.url().split('/?')[0]}/?lang=en&q=${q}`);
      await page.waitForFunction(() => window.__firstResult !== undefined);
      runs.push(await page.evaluate(() => window.__firstResult));
    }
    runs.sort((a, b) => a - b);
    figures[label] = { median: Math.round(runs[2]), min: Math.round(runs[0]), max: Math.round(runs[4]) };
  }
  console.log(`offline reload to first result (ms, 5 runs): ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: 'offline reload to first result (ms)', description: JSON.stringify(figures) });
});

test('update: build A, then build B: a prompt, a reload on request, B in use', async ({ page }) => {
  await page.goto(`${server.url}/about?lang=en`);
  await appReady(page);
  await controlled(page);
  await expect(page.locator('.data-version')).toHaveText(`Data version ${manifestA.data_version}, built on ${manifestA.built}.`);

  // Build B: new data, and a new app build (its service worker differs).
  const b = buildB({ version: 'b0b0b0b0b0b0b0b0', built: '2026-12-01' });
  server.override('/data/manifest.json', b.manifest);
  server.override('/data/core.bin', b.core);
  const sw = readFileSync(`${DIST}/sw.js`, 'utf8').replace(/"id":"([0-9a-f]+)"/, '"id":"$1b"');
  server.override('/sw.js', sw);

  const reload = page.getByRole('button', { name: 'Reload now' });
  await expect(async () => {
    await foreground(page);
    await expect(reload).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('.update-banner')).toContainText('A new version of Guichet is ready.');
  await expectAccessible(page, 'update prompt');
  // Nothing reloads by itself: the page is still A's until the visitor asks.
  await expect(page.locator('.data-version')).toContainText(manifestA.data_version);
  // Both news arrive: the verified bundle (the prompt) and B's build, installed and waiting.
  await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting, null, {
    timeout: 45_000,
  });

  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await appReady(page);
  await expect(page.locator('.data-version')).toHaveText('Data version b0b0b0b0b0b0b0b0, built on 2026-12-01.');
  // B's build took over and A's app cache is gone.
  await expect
    .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('guichet-app-')).length))
    .toBe(1);
  await page.goto(`${server.url}/?lang=en&q=Ottawa`);
  await expect(page.locator('.results__list .result').first()).toBeVisible();
});

test('a corrupt new bundle is refused: A stays in use and the page says so', async ({ page }) => {
  await page.goto(`${server.url}/about?lang=en`);
  await appReady(page);
  await controlled(page);
  const c = buildB({ version: 'c0c0c0c0c0c0c0c0', built: '2026-12-02', corrupt: true });
  server.override('/data/manifest.json', c.manifest);
  server.override('/data/core.bin', c.core);

  const message = page.locator('.update-banner p');
  await expect(async () => {
    await foreground(page);
    await expect(message).toContainText('was refused', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(message).toHaveText(
    `An update of the office data was refused: core.bin did not match its fingerprint. Guichet keeps using the data of ${manifestA.built}.`,
  );
  await expect(page.getByRole('button', { name: 'Reload now' })).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await expect(page.locator('.data-version')).toHaveText(`Data version ${manifestA.data_version}, built on ${manifestA.built}.`);
});

test.describe('kiosk', () => {
  const kiosk = {
    enabled: true,
    // Charlottetown: Prince Edward Island, a province of a few postal areas.
    location: { lat: 46.2382, lon: -63.1311, label: { en: 'Test kiosk', fr: 'Borne d’essai' } },
    idle_seconds: 4,
    warning_seconds: 2,
    lang: 'en',
  };

  test('idle reset, QR codes instead of links, the province kept on the device', async ({ page }) => {
    server.override('/kiosk.json', JSON.stringify(kiosk));
    await page.addInitScript(() => {
      const persist = StorageManager.prototype.persist;
      StorageManager.prototype.persist = function () {
        window.__persistAsked = true;
        return persist.call(this);
      };
    });
    await page.goto(`${server.url}/?lang=en`);
    await appReady(page);
    await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
    await expect(page.locator('.origin__text')).toHaveText('Offices nearest to this kiosk: Test kiosk');
    await expect(page.locator('.results__list .result').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Use my location' })).toHaveCount(0);
    expect(await page.evaluate(() => window.__persistAsked)).toBe(true);

    // Large touch targets.
    const box = await page.getByRole('button', { name: 'Search' }).boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(56);

    // A link that would leave Guichet shows a QR code of it instead, and the code decodes.
    await search(page, 'Moncton');
    await expect(page.locator('.origin__text')).toHaveText('Offices nearest to Moncton (New Brunswick)');
    const first = page.locator('.results__list .result').first();
    const href = await first.locator('a[rel~="external"]').getAttribute('href');
    await first.locator('a[rel~="external"]').click();
    const dialog = page.getByRole('dialog', { name: 'Scan with your phone' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    expect(page.url()).toContain(server.url);
    // Decoded in a blank scratch page: Guichet's CSP rightly refuses the inline decoder
    // script and data: images.
    const svg = await dialog.locator('.qr-dialog__code').evaluate((el) => new XMLSerializer().serializeToString(el));
    const scratch = await page.context().newPage();
    await scratch.setContent('<!DOCTYPE html><title>scratch</title>');
    await scratch.addScriptTag({ path: 'node_modules/jsqr/dist/jsQR.js' });
    const decoded = await scratch.evaluate(async (markup) => {
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 400;
      const ctx = canvas.getContext('2d');
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(img, 0, 0, 400, 400);
      const data = ctx.getImageData(0, 0, 400, 400);
      return window.jsQR(data.data, 400, 400)?.data ?? null;
    }, svg);
    await scratch.close();
    expect(decoded).toBe(href);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);

    // Something typed but not searched, then nobody touches the screen.
    await page.locator('#search-input').fill('Halif');
    await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible({ timeout: 10_000 });
    await expect(page.locator('.origin__text')).toHaveText('Offices nearest to this kiosk: Test kiosk', { timeout: 10_000 });
    await expect(page.locator('#search-input')).toHaveValue('');
    expect(new URL(page.url()).search).toBe('?lang=en');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);

    // The kiosk's province (from its location) is kept on the device, every postal area.
    const fsas = readdirSync(`${DIST}/data/postal`).filter((f) => f.startsWith('C')).length;
    expect(fsas).toBeGreaterThan(0);
    await controlled(page);
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const keys = await (await caches.open('guichet-data')).keys();
            return keys.filter((r) => /\/data\/postal\/C[0-9A-Z]{2}\.bin\?v=/.test(r.url)).length;
          }),
        { timeout: 30_000 },
      )
      .toBe(fsas);
  });

  test('the QR dialog and the kiosk page pass axe', async ({ page }) => {
    // A long idle time: the scans must not race the reset.
    server.override('/kiosk.json', JSON.stringify({ ...kiosk, idle_seconds: 600 }));
    await page.goto(`${server.url}/?lang=fr&q=Moncton`);
    await appReady(page);
    await expect(page.locator('.results__list .result').first()).toBeVisible();
    await expectAccessible(page, 'kiosk page');
    await page.locator('.results__list .result').first().locator('a[rel~="external"]').click();
    await expect(page.getByRole('dialog', { name: 'Balayez avec votre téléphone' })).toBeVisible();
    await expectAccessible(page, 'kiosk QR dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a touch postpones the reset', async ({ page }) => {
    server.override('/kiosk.json', JSON.stringify(kiosk));
    await page.goto(`${server.url}/?lang=en&q=Moncton`);
    await appReady(page);
    await expect(page.locator('.origin__text')).toHaveText('Offices nearest to Moncton (New Brunswick)');
    const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await expect(warning).toBeVisible({ timeout: 10_000 });
    await warning.getByRole('button', { name: 'Continue' }).click();
    await expect(warning).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Moncton');
  });
});

test('web app manifests: valid, in English and French, installable', async ({ page }) => {
  await page.goto(`${server.url}/?lang=en`);
  await appReady(page);
  await controlled(page);
  const cdp = await page.context().newCDPSession(page);

  const check = async (lang, name) => {
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', `/manifest.${lang}.webmanifest`);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${server.url}/manifest.${lang}.webmanifest`);
    expect(errors).toEqual([]);
    const m = JSON.parse(data);
    expect(m.name).toBe(name);
    expect(m.short_name).toBe('Guichet');
    expect(m.lang).toBe(`${lang}-CA`);
    expect(m.start_url).toBe(`/?lang=${lang}`);
    expect(m.scope).toBe('/');
    expect(m.display).toBe('standalone');
    for (const icon of m.icons) {
      const res = await page.request.get(`${server.url}${icon.src}`);
      expect(res.status(), icon.src).toBe(200);
      if (icon.type === 'image/png') {
        const png = await res.body();
        const [w, h] = icon.sizes.split('x').map(Number);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.src).toEqual([w, h]);
      }
    }
    const sizes = m.icons.filter((i) => i.type === 'image/png' && i.purpose === 'any').map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  };
  await check('en', 'Guichet: government service counters near you');
  // Playwright's contexts are incognito-like, which Chromium reports as such: nothing else.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);

  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await check('fr', 'Guichet\u00a0: comptoirs de services gouvernementaux près de chez vous');
});
