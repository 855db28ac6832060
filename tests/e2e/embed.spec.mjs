// Embed mode, end to end: a portal served from another origin (tests/e2e/host/, port 4174)
// embeds Guichet (port 4173) with public/embed.js.
import { test, expect, expectAccessible, appReady, embedReady, expectProblems } from './fixtures.mjs';
import { GUICHET, HOST, UNLISTED_HOST } from './playwright.config.mjs';

/** Records, in the host page only, every message it receives and which frame sent it. */
async function recordMessages(page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.received = [];
    window.selected = [];
    window.addEventListener('message', (e) => {
      const from = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      window.received.push({ origin: e.origin, data: e.data, from: from ? from.id || from.className : null });
    });
    document.addEventListener('guichet:select', (e) => window.selected.push(e.detail.id));
  });
}

const resizes = (page) =>
  page.evaluate(() => window.received.filter((m) => m.data && m.data.type === 'guichet:resize'));

const frameHeight = (page, selector = '#guichet iframe') =>
  page.locator(selector).evaluate((f) => Math.round(f.getBoundingClientRect().height));

/** Waits until the frame's height is the last height Guichet posted, and returns it. */
async function settled(page) {
  await expect
    .poll(async () => {
      const last = (await resizes(page)).at(-1);
      return last !== undefined && last.data.height === (await frameHeight(page));
    })
    .toBe(true);
  return frameHeight(page);
}

test('a portal embeds Guichet in French with preset and locked filters', async ({ page }) => {
  await recordMessages(page);
  await page.goto(`${HOST}/host.html`);
  const iframe = page.locator('#guichet iframe');
  await expect(iframe).toHaveAttribute('title', 'Guichet\u00a0: trouver un comptoir de services gouvernementaux');
  await expect(iframe).toHaveAttribute('allow', 'geolocation');
  const src = new URL(await iframe.getAttribute('src'));
  expect(src.origin).toBe(GUICHET);
  expect(Object.fromEntries(src.searchParams)).toEqual({
    lang: 'fr', prov: 'NB', level: 'provincial', lock: 'prov', notify: 'select', embed: '1', parent: HOST,
  });

  const frame = page.frameLocator('#guichet iframe');
  await embedReady(frame);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Trouvez un comptoir de services gouvernementaux près de chez vous');
  // Compact: no header, footer or skip link of Guichet's own.
  await expect(frame.locator('header, footer, .skip-link')).toHaveCount(0);
  // Presets: the province is browsed, the provincial level is checked.
  await expect(frame.getByRole('heading', { name: 'Bureaux au Nouveau-Brunswick' })).toBeVisible();
  await expect(frame.getByRole('checkbox', { name: /^Provincial/ })).toBeChecked();
  await expect(frame.locator('.result').first()).toBeVisible();
  for (const a of await frame.locator('.result address').allTextContents()) expect(a).toContain('(NB)');

  // Locked province: a search elsewhere still lists only New Brunswick offices.
  await frame.getByRole('combobox', { name: 'Code postal ou lieu' }).fill('Halifax');
  await frame.getByRole('button', { name: 'Chercher' }).click();
  await expect(frame.getByText('Province ou territoire\u00a0: Nouveau-Brunswick (fixé par ce site)')).toBeVisible();
  await expect(frame.getByText(/^Bureaux les plus proches de Halifax/)).toBeVisible();
  const addresses = await frame.locator('.result address').allTextContents();
  expect(addresses.length).toBeGreaterThan(0);
  for (const a of addresses) expect(a).toContain('(NB)');
  // "Clear filters" cannot lift the lock either.
  await frame.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(frame.getByRole('checkbox', { name: /^Provincial/ })).not.toBeChecked();
  for (const a of await frame.locator('.result address').allTextContents()) expect(a).toContain('(NB)');

  // "Open in full page": a new tab, the same view without embed mode.
  const full = frame.getByRole('link', { name: /Ouvrir en pleine page/ });
  await expect(full).toHaveAttribute('target', '_blank');
  const fullUrl = new URL(await full.getAttribute('href'), GUICHET);
  expect(fullUrl.searchParams.get('embed')).toBeNull();
  expect(fullUrl.searchParams.get('q')).toBe('Halifax');
  expect(fullUrl.searchParams.get('lang')).toBe('fr');

  // Selecting an office tells the host (notify=select), through embed.js's DOM event.
  const first = frame.locator('.result').first();
  const id = await first.getAttribute('data-id');
  await first.locator('.result__distance').click();
  await expect.poll(() => page.evaluate(() => window.selected)).toEqual([id]);
  expect(page.url()).toBe(`${HOST}/host.html`);
});

test('height messages come from Guichet’s origin, and the frame grows and shrinks', async ({ page }) => {
  await recordMessages(page);
  await page.goto(`${HOST}/custom.html?lang=en`);
  const frame = page.frameLocator('#guichet iframe');
  await embedReady(frame);
  const start = await settled(page);
  for (const m of await resizes(page)) {
    expect(m.origin).toBe(GUICHET);
    expect(m.from).toBe('guichet-frame');
    expect(Number.isInteger(m.data.height)).toBe(true);
  }
  // The content fits: the framed page does not scroll (once the host has applied the last
  // height: content that arrives with the data sends a new one, after `settled` may have
  // seen an earlier one).
  const overflow = () => frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
  await expect.poll(overflow).toBeLessThanOrEqual(0);

  // Shrinks when the filters are folded…
  await frame.locator('.filters__summary').click();
  await expect.poll(() => frameHeight(page)).toBeLessThan(start - 300);
  const folded = await settled(page);
  // …grows with a list of results…
  await frame.getByRole('combobox', { name: 'Postal code or place' }).fill('Moncton');
  await frame.getByRole('button', { name: 'Search' }).click();
  await expect(frame.locator('.result')).toHaveCount(10);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(folded + 300);
  const listed = await settled(page);
  await expect.poll(overflow).toBeLessThanOrEqual(0);
  // …and shrinks again when the search finds nothing.
  await frame.getByRole('combobox', { name: 'Postal code or place' }).fill('Nowhereville');
  await frame.getByRole('button', { name: 'Search' }).click();
  await expect(frame.getByText(/We did not find a place called/)).toBeVisible();
  await expect.poll(() => frameHeight(page)).toBeLessThan(listed - 300);
  await settled(page);
  expect((await resizes(page)).every((m) => m.origin === GUICHET)).toBe(true);
});

test('embed.js ignores messages from any other origin', async ({ page }) => {
  await recordMessages(page);
  await page.goto(`${HOST}/host.html`);
  await embedReady(page.frameLocator('#guichet iframe'));
  const before = await settled(page);
  // The host page itself, then a frame of a foreign origin, imitate Guichet.
  await page.evaluate(() => window.postMessage({ type: 'guichet:resize', height: 3333 }, '*'));
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.id = 'foreign';
    f.title = 'Foreign frame';
    f.src = src;
    document.querySelector('main').append(f);
  }, `${UNLISTED_HOST}/foreign.html`);
  await expect
    .poll(() => page.evaluate(() => window.received.filter((m) => m.data && m.data.height === 3333).map((m) => m.origin).sort()))
    .toEqual([HOST, UNLISTED_HOST]);
  await expect.poll(() => page.evaluate(() => window.received.some((m) => m.data && m.data.id === 'forged'))).toBe(true);
  await page.waitForTimeout(300);
  expect(await frameHeight(page)).toBe(before);
  expect(await page.evaluate(() => window.selected)).toEqual([]);
});

test('a frame whose parent parameter is not an http(s) origin posts nothing', async ({ page }) => {
  await recordMessages(page);
  await page.goto(`${HOST}/custom.html?lang=en`);
  await embedReady(page.frameLocator('#guichet iframe'));
  const cases = { star: '*', elsewhere: 'https://portal.example', script: 'javascript:alert(1)', path: `${HOST}/host.html` };
  await page.evaluate(
    ({ guichet, cases }) => {
      for (const [id, parent] of Object.entries(cases)) {
        const f = document.createElement('iframe');
        f.id = id;
        f.title = id;
        f.src = `${guichet}/?embed=1&lang=en&parent=${encodeURIComponent(parent)}`;
        document.querySelector('main').append(f);
      }
    },
    { guichet: GUICHET, cases },
  );
  for (const id of Object.keys(cases)) await embedReady(page.frameLocator(`#${id}`));
  await page.waitForTimeout(500);
  const senders = await page.evaluate(() => [...new Set(window.received.map((m) => m.from))]);
  expect(senders).toEqual(['guichet-frame']);
});

test.describe('geolocation', () => {
  test.use({ permissions: ['geolocation'], geolocation: { latitude: 46.0878, longitude: -64.7782 } });

  test('works in the frame through allow="geolocation", and only with it', async ({ page }) => {
    await page.goto(`${HOST}/custom.html?lang=en`);
    const frame = page.frameLocator('#guichet iframe');
    await embedReady(frame);
    await frame.getByRole('button', { name: 'Use my location' }).click();
    await expect(frame.getByText('Offices nearest to your location')).toBeVisible();
    await expect(frame.locator('.result').first()).toContainText('(NB)');

    // The same frame without the allow attribute is refused the position.
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.id = 'bare';
      f.title = 'Without allow';
      f.src = document.querySelector('#guichet iframe').src.replace(/&at=[^&]*/, '');
      document.querySelector('main').append(f);
    });
    const bare = page.frameLocator('#bare');
    await embedReady(bare);
    await bare.getByRole('button', { name: 'Use my location' }).click();
    await expect(bare.getByText(/Location access is turned off/)).toBeVisible();
    expectProblems(page, /permissions policy/i);
  });
});

test('links: Guichet’s own stay in the frame, others open a new tab', async ({ page }) => {
  await recordMessages(page);
  await page.goto(`${HOST}/custom.html?lang=en&q=Moncton`);
  const frame = page.frameLocator('#guichet iframe');
  await embedReady(frame);
  await expect(frame.locator('.result').first()).toBeVisible();
  const guichetFrame = () => page.frames().find((f) => f.url().startsWith(GUICHET));

  const checkLinks = async () => {
    const links = await frame.locator('a[href]').evaluateAll((as) => as.map((a) => ({ href: a.href, target: a.target })));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      const u = new URL(l.href);
      if (u.protocol === 'tel:' || u.hash) continue;
      if (u.origin !== GUICHET) expect(l.target, l.href).toBe('_blank');
      else if (u.searchParams.get('embed') === '1') expect(l.target, l.href).toBe('');
      else expect(l.target, `${l.href} leaves embed mode`).toBe('_blank');
    }
  };
  await checkLinks();

  // An office page opens in the frame and stays in embed mode.
  await frame.locator('.result__name a').first().click();
  await expect(frame.getByRole('link', { name: /Back to results/ })).toBeVisible();
  const url = new URL(guichetFrame().url());
  expect(url.pathname).toMatch(/^\/office\//);
  expect(url.searchParams.get('embed')).toBe('1');
  expect(page.url()).toBe(`${HOST}/custom.html?lang=en&q=Moncton`);
  await expect(frame.locator('header, footer')).toHaveCount(0);
  await checkLinks();
  await settled(page);

  // Back to the results, still framed.
  await frame.getByRole('link', { name: /Back to results/ }).click();
  await expect(frame.locator('.result').first()).toBeVisible();
  expect(new URL(guichetFrame().url()).pathname).toBe('/');
});

test('the language can be locked, the location too', async ({ page }) => {
  await page.goto(`${HOST}/custom.html?lang=fr&q=E1C&lock=lang,q,level&level=federal`);
  const frame = page.frameLocator('#guichet iframe');
  await embedReady(frame);
  await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(frame.locator('.lang-toggle')).toHaveCount(0);
  await expect(frame.locator('#search-input')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Utiliser ma position' })).toHaveCount(0);
  await expect(frame.getByText('Le lieu est fixé par ce site.')).toBeVisible();
  await expect(frame.getByText('Fédéral (fixé par ce site)')).toBeVisible();
  await expect(frame.locator('.result').first()).toBeVisible();
});

test('a portal that is not listed in frame-ancestors cannot frame Guichet', async ({ page }) => {
  await page.goto(`${UNLISTED_HOST}/host.html`);
  await expect(page.locator('#guichet iframe')).toHaveCount(1);
  await expect.poll(() => page.problems.some((p) => /frame-ancestors/.test(p))).toBe(true);
  expectProblems(page, /frame-ancestors/);
  await expect(page.frameLocator('#guichet iframe').locator('main')).toHaveCount(0);
});

for (const [label, path] of [
  ['fr', '/host.html'],
  ['en, with results', '/custom.html?lang=en&q=Moncton'],
]) {
  test(`axe: inside the frame (${label})`, async ({ page }) => {
    await page.goto(`${HOST}${path}`);
    const frame = page.frameLocator('#guichet iframe');
    await embedReady(frame);
    await expect(frame.locator('.result').first()).toBeVisible();
    await expectAccessible(page, `host ${path}`);
  });
}

test('/embed builds the snippet and previews it live', async ({ page }) => {
  await page.goto('/embed?lang=en');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed Guichet in your site');
  await page.getByRole('radio', { name: 'French' }).check();
  await page.getByRole('combobox', { name: 'Province or territory' }).selectOption('NB');
  await page.getByRole('group', { name: 'Settings visitors cannot change' }).getByRole('checkbox', { name: 'Province or territory' }).check();
  const code = page.getByRole('textbox', { name: /Paste this where/ });
  await expect(code).toHaveValue(
    `<div id="guichet"></div>\n<script src="${GUICHET}/embed.js" data-target="guichet" data-lang="fr" data-prov="NB" data-lock="prov" data-height="600" async></script>`,
  );

  const preview = page.frameLocator('iframe.embed-preview');
  await embedReady(preview);
  await expect(preview.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(preview.getByRole('heading', { name: 'Bureaux au Nouveau-Brunswick' })).toBeVisible();
  // Resized by its own messages to its content.
  await expect
    .poll(async () => {
      const frameH = await page.locator('iframe.embed-preview').evaluate((f) => Math.round(f.getBoundingClientRect().height));
      const content = await preview.locator('main').evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
      return Math.abs(frameH - content) <= 3 && frameH !== 600;
    })
    .toBe(true);
});

for (const lang of ['en', 'fr']) {
  test(`axe: /embed in ${lang}`, async ({ page }) => {
    await page.goto(`/embed?lang=${lang}`);
    await appReady(page);
    await embedReady(page.frameLocator('iframe.embed-preview'));
    await expectAccessible(page, `/embed ${lang}`);
  });
}
