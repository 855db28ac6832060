// Services (issue 8) over the real bundle: the services file is not part of the first load;
// search a service in English and French, open its page, see the nearest office that
// delivers it and its official link; browse a life event; the finder's service filter;
// accessibility.
import { test, expect, expectAccessible, appReady } from './fixtures.mjs';

const box = (page) => page.getByRole('searchbox', { name: /What do you need\?|De quoi avez-vous besoin/ });
const cards = (page) => page.locator('.services__list > li.service-card');

test('the services file is fetched only when services are searched', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  // Not for the finder, its service picker or a service filter in the URL: the in-person
  // services are in core.bin.
  await page.goto('/?lang=en&q=K1A%200B1&svc=1292');
  await appReady(page);
  await expect(page.locator('.results__list > li.result').first()).toBeVisible();
  await expect(page.locator('.service-scope')).toContainText('Offices that deliver: Provision of a Social Insurance Number');
  await page.locator('#filter-service').focus();
  expect(fetched.filter((p) => p.startsWith('/data/services'))).toEqual([]);
  await page.getByRole('link', { name: 'Services', exact: true }).click();
  await expect(box(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Browse by life event' })).toBeVisible();
  expect(fetched).toContain('/data/services.bin');
  expect(fetched).not.toContain('/data/services-other.bin');
});

const flows = [
  {
    lang: 'en',
    query: 'passport',
    first: /Passport/,
    nearest: 'Nearest offices that deliver it',
    official: /Official page/,
    finder: /See every office that delivers it/,
    scope: /Offices that deliver:/,
  },
  {
    lang: 'fr',
    query: 'passeport',
    first: /passeport/i,
    nearest: 'Bureaux les plus proches qui l’offrent',
    official: /Page officielle/,
    finder: /Voir tous les bureaux qui l’offrent/,
    scope: /Bureaux qui offrent/,
  },
];

for (const f of flows) {
  test(`search, service page, nearest office and official link (${f.lang})`, async ({ page }) => {
    // The location comes from the URL state, as for the finder.
    await page.goto(`/services?lang=${f.lang}&q=K1A%200B1`);
    await appReady(page);
    await box(page).pressSequentially(f.query, { delay: 20 });
    await expect(cards(page).first()).toBeVisible();
    await expect(cards(page).first().locator('.service-card__name')).toHaveText(f.first);
    // The URL follows once typing pauses.
    await expect.poll(() => new URL(page.url()).searchParams.get('sq')).toBe(f.query);
    await cards(page).first().getByRole('link').click();
    await expect(page).toHaveURL(/\/service\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(f.first);
    await expect(page.getByRole('heading', { name: f.nearest })).toBeVisible();
    const nearest = page.locator('.service__nearest > li');
    await expect(nearest.first()).toBeVisible();
    await expect(nearest.first().getByRole('link')).toHaveAttribute('href', /\/office\/sc-/);
    const official = page.locator('a.service__official');
    await expect(official).toHaveText(f.official);
    await expect(official).toHaveAttribute('href', /^https:\/\/www\.canada\.ca\//);
    await expectAccessible(page, `service page ${f.lang}`);
    // The finder, limited to the offices that deliver it.
    await page.getByRole('link', { name: f.finder }).click();
    await expect(page.locator('.service-scope')).toContainText(f.scope);
    await expect(page.locator('.results__list > li.result').first()).toBeVisible();
    expect(new URL(page.url()).searchParams.get('svc')).toBeTruthy();
  });
}

// Provincial services (from the networks' own lists of services): found in English and
// French, their page lists the nearest office whose list names it, and says where that
// comes from.
const provincial = [
  {
    lang: 'en',
    query: "driver's licence",
    name: "Driver's licences and road tests",
    nearest: 'Nearest offices that deliver it',
    office: /\/office\/pr-service-nb-moncton/,
    source: 'Source',
    quoted: /In the source’s words: “.*road test for class 1\/3\/4 licences only”/,
    varies: /Available services vary by centre/,
  },
  {
    lang: 'fr',
    query: 'permis de conduire',
    name: 'Permis de conduire et examens de conduite',
    nearest: 'Bureaux les plus proches qui l’offrent',
    office: /\/office\/pr-service-nb-moncton/,
    source: 'Source',
    quoted: /Les mots de la source \(en anglais\)\u00a0: «\u00a0.*road test for class 1\/3\/4 licences only\u00a0»/,
    varies: /Les services offerts varient d’un centre à l’autre/,
  },
];

for (const f of provincial) {
  test(`a provincial service: search, page, nearest office, source (${f.lang})`, async ({ page }) => {
    await page.goto(`/services?lang=${f.lang}&q=Moncton`);
    await appReady(page);
    await box(page).pressSequentially(f.query, { delay: 20 });
    await expect(cards(page).first().locator('.service-card__name')).toHaveText(f.name);
    await cards(page).first().getByRole('link').click();
    await expect(page).toHaveURL(/\/service\/prov-driver-licence/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(f.name);
    await expect(page.getByRole('heading', { name: f.nearest })).toBeVisible();
    const nearest = page.locator('.service__nearest > li');
    await expect(nearest.first().getByRole('link')).toHaveAttribute('href', f.office);
    // Service BC's list describes its network: said in plain words.
    await expect(page.locator('.service__varies')).toHaveText(f.varies);
    await expect(page.getByRole('heading', { level: 2, name: f.source, exact: true })).toBeVisible();
    await expect(page.locator('.service__quotes').first()).toHaveText(f.quoted);
    await expect(page.locator('.service__quotes [lang="en"]').first()).toBeVisible();
    // Not an inventory service: no usage figures, no official page of the inventory.
    await expect(page.locator('a.service__official')).toHaveCount(0);
    await expectAccessible(page, `provincial service page ${f.lang}`);
  });
}

test('French words and synonyms find English-named services', async ({ page }) => {
  await page.goto('/services?lang=fr');
  await appReady(page);
  await box(page).fill('assurance emploi');
  await expect(cards(page).first().locator('.service-card__name')).toHaveText(/assurance-emploi/);
  await box(page).fill('NAS');
  await expect(cards(page).first().locator('.service-card__name')).toHaveText(/numéro d’assurance sociale|numéro d'assurance sociale/);
});

test('a life event lists its services', async ({ page }) => {
  await page.goto('/services?lang=en');
  await appReady(page);
  await page.getByRole('link', { name: 'Having a baby' }).click();
  await expect(page.getByRole('heading', { name: 'Having a baby' })).toBeVisible();
  await expect(cards(page)).toHaveCount(6);
  expect(new URL(page.url()).searchParams.get('event')).toBe('having-a-baby');
});

for (const lang of ['en', 'fr']) {
  test(`axe on the services search in ${lang}`, async ({ page }) => {
    await page.goto(`/services?lang=${lang}&sq=pension`);
    await appReady(page);
    await expect(cards(page).first()).toBeVisible();
    await expectAccessible(page, `services ${lang}`);
  });
}

// The budget: a keystroke in the services search updates the results in at most
// 10 ms (median) with 4x CPU throttling. Measured from the input event to the list's first
// change (a MutationObserver) and printed, not asserted, like budgets.spec.mjs: on this
// 2-core machine the figure depends on what else runs (ARCHITECTURE.md gives it).
test('a keystroke updates the services results quickly, 4x CPU throttling', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/services?lang=en');
  await appReady(page);
  await expect(page.getByRole('heading', { name: 'Browse by life event' })).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const typed = ['p', 'pa', 'pas', 'pass', 'passp', 'passpo', 'passpor', 'passport', 'passport ', 'a', 'as', 'ass',
    'assu', 'assur', 'assura', 'assuran', 'assuranc', 'assurance', 'assurance ', 'assurance e', 'assurance em',
    'assurance emp', 'assurance emplo', 'assurance emploi'];
  const times = [];
  for (const text of typed) {
    const ms = await page.evaluate(async (value) => {
      const input = document.querySelector('#services-q');
      const main = document.querySelector('main');
      return await new Promise((resolve) => {
        let start = 0;
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(main, { childList: true, subtree: true, characterData: true });
        start = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => { observer.disconnect(); resolve(-1); }, 2000);
      });
    }, text);
    if (ms >= 0) times.push(ms);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log('services keystroke (4x CPU) ms', JSON.stringify({ median, max: sorted[sorted.length - 1], n: times.length }));
  expect(times.length).toBeGreaterThan(10);
});
