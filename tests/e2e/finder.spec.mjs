// The finder over the real bundle: postal code, place with keyboard suggestions, location,
// bad input, filters with counts, office page and back, province browse, accessibility.
import { test, expect, expectAccessible, appReady } from './fixtures.mjs';

const box = (page) => page.getByRole('combobox', { name: /Postal code or place|Code postal ou lieu/ });
const results = (page) => page.locator('.results__list > li.result');

async function search(page, text) {
  await box(page).fill(text);
  await box(page).press('Enter');
}

test('a full postal code, any case and spacing, lists the nearest offices', async ({ page }) => {
  await page.goto('/?lang=en');
  await appReady(page);
  await search(page, 'k1a0b1');
  await expect(page.locator('.origin__text')).toHaveText('Offices nearest to postal code K1A 0B1');
  await expect(results(page)).toHaveCount(10);
  const distances = await page.locator('.result__distance').allTextContents();
  const km = distances.map((d) => parseFloat(d.replace(/[^0-9.]/g, '')));
  expect(km).toEqual([...km].sort((a, b) => a - b));
  expect(distances[0]).toMatch(/km \(straight line\)$/);
  expect(new URL(page.url()).searchParams.get('q').toUpperCase()).toBe('K1A0B1');
  // "Show more" adds the next ten.
  await page.getByRole('button', { name: /Show 10 more/ }).click();
  await expect(results(page)).toHaveCount(20);
});

test('an FSA resolves to its centre and says so', async ({ page }) => {
  await page.goto('/?lang=fr&q=E1C');
  await appReady(page);
  await expect(page.locator('.origin__text')).toContainText('E1C');
  await expect(results(page).first()).toBeVisible();
  // French wording and number format (decimal comma, metres under 1 km).
  await expect(page.locator('.result__distance').first()).toHaveText(/^\d+(,\d)?[\s\u00a0\u202f]k?m \(à vol d’oiseau\)$/);
});

test('place suggestions are keyboard-usable and disambiguated by province', async ({ page }) => {
  await page.goto('/?lang=en');
  await appReady(page);
  await box(page).pressSequentially('saint jo', { delay: 30 });
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  const labels = await options.allTextContents();
  expect(labels.some((l) => l.includes('Saint John') && l.includes('NB'))).toBe(true);
  await box(page).press('ArrowDown');
  const active = await box(page).getAttribute('aria-activedescendant');
  expect(active).toBeTruthy();
  const chosen = await page.locator(`#${active}`).textContent();
  await box(page).press('Enter');
  await expect(page.locator('.origin__text')).toContainText(chosen.replace(/\s*\(.*$/, '').trim());
  await expect(results(page).first()).toBeVisible();
  // Escape closes the list.
  await box(page).fill('Monc');
  await expect(options.first()).toBeVisible();
  await box(page).press('Escape');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
});

test('accents, hyphens and St/Saint do not matter', async ({ page }) => {
  await page.goto('/?lang=en');
  await appReady(page);
  await search(page, 'TROIS RIVIERES');
  await expect(page.locator('.origin__text')).toContainText('Trois-Rivières');
  await search(page, 'st johns');
  await expect(page.locator('.origin__text')).toHaveText("Offices nearest to St. John's (Newfoundland and Labrador)");
});

for (const [input, message] of [
  ['H0H 0H0', /Santa Claus/],
  ['Qwertyville', /We did not find a place called “Qwertyville”/],
  ['K1A 0Z', /not a Canadian postal code/],
  ['<img src=x onerror=alert(1)>', /We did not find a place called “<img src=x onerror=alert\(1\)>”/],
  ['x'.repeat(500), /too long/],
]) {
  test(`bad input gets a clear message: ${input.slice(0, 24)}`, async ({ page }) => {
    await page.goto('/?lang=en');
    await appReady(page);
    await search(page, input);
    await expect(page.locator('.notice--error')).toHaveText(message);
    // The search box still works afterwards.
    await search(page, 'Moncton');
    await expect(page.locator('.origin__text')).toContainText('Moncton');
  });
}

test('bad input in French', async ({ page }) => {
  await page.goto('/?lang=fr');
  await appReady(page);
  await search(page, 'Qwertyville');
  await expect(page.locator('.notice--error')).toContainText('Qwertyville');
  await expect(page.locator('.notice--error')).not.toContainText('We did not');
});

test('filters show counts and narrow the list; the URL keeps them', async ({ page }) => {
  await page.goto('/?lang=en&q=Moncton');
  await appReady(page);
  await expect(results(page).first()).toBeVisible();
  const network = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Network' }) });
  const snb = network.getByRole('checkbox', { name: /Service New Brunswick \(\d+\)/ });
  const label = await snb.evaluate((input) => input.closest('label').textContent);
  const count = Number(label.match(/\((\d+)\)/)[1]);
  expect(count).toBeGreaterThan(0);
  await snb.check();
  await expect(page.locator('.result__meta').first()).toContainText('Service New Brunswick');
  // (The cards below the first three follow a frame later.)
  await expect(page.locator('.result__meta')).toHaveCount(Math.min(count, 10));
  const metas = await page.locator('.result__meta').allTextContents();
  expect(metas.every((m) => m.includes('Service New Brunswick'))).toBe(true);
  expect(new URL(page.url()).searchParams.get('net')).toBeTruthy();
  // Reload keeps the state.
  await page.reload();
  await appReady(page);
  await expect(network.getByRole('checkbox', { name: /Service New Brunswick/ })).toBeChecked();
  // Open now: unknown hours are counted, never hidden as closed.
  await expect(page.getByText(/open, \d+ hours not available/)).toBeVisible();
});

test('on a phone the filters start closed, below them the results, and open from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=fr&q=E1C+4B1');
  await appReady(page);
  await expect(results(page)).toHaveCount(10);
  const filters = page.locator('details.filters');
  await expect(filters).not.toHaveAttribute('open');
  await expect(page.locator('.filters__body')).toHaveCount(0);
  // The first result starts within the first two screens, not after the whole panel.
  const top = await results(page).first().evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeLessThan(2 * 740);
  await page.locator('.filters__summary').focus();
  await page.keyboard.press('Enter');
  await expect(filters).toHaveAttribute('open');
  const level = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Ordre de gouvernement' }) });
  await expect(level.getByRole('checkbox', { name: /^Provincial \(\d+\)/ })).toBeVisible();
  await expectAccessible(page, 'finder on a phone, filters open, fr');
});

// The service picker of the filter panel (in-person services from core.bin): chosen by
// keyboard, counts beside each choice, the list and the URL follow, Back keeps it.
const pickers = [
  {
    lang: 'en',
    q: 'Moncton',
    label: 'In-person service',
    any: 'Any service',
    groups: ['Federal services', 'Provincial and territorial services'],
    option: /^Driver's licences and road tests \((\d+)\)$/,
    first: /Service New Brunswick centre - Moncton/,
    scope: "Offices that deliver: Driver's licences and road tests.",
    clear: 'Show all offices',
  },
  {
    lang: 'fr',
    q: 'Halifax',
    label: 'Service en personne',
    any: 'Tous les services',
    groups: ['Services fédéraux', 'Services provinciaux et territoriaux'],
    option: /^Permis de conduire et examens de conduite \((\d+)\)$/,
    first: /Access Nova Scotia/,
    scope: 'Bureaux qui offrent\u00a0: Permis de conduire et examens de conduite.',
    clear: 'Afficher tous les bureaux',
  },
];

for (const p of pickers) {
  test(`a service chosen by keyboard in the filter panel (${p.lang})`, async ({ page }) => {
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`/?lang=${p.lang}&q=${p.q}`);
    await appReady(page);
    await expect(results(page).first()).toBeVisible();
    const picker = page.getByLabel(p.label, { exact: true });
    await expect(picker).toHaveValue('');
    const options = await picker.locator('option').allTextContents();
    expect(options[0]).toBe(p.any);
    expect(await picker.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.label))).toEqual(p.groups);
    // Every choice shows how many offices it would give.
    expect(options.slice(1).every((o) => /\(\d[\d\s\u00a0\u202f,]*\)$/.test(o))).toBe(true);
    const wanted = options.find((o) => p.option.test(o));
    expect(wanted, options.join(' | ')).toBeTruthy();
    const count = Number(wanted.match(p.option)[1]);
    // By keyboard: focus, then arrow down until the service is chosen.
    await picker.focus();
    for (let i = 0; i < options.length; i += 1) {
      if ((await picker.evaluate((s) => s.selectedOptions[0].textContent)) === wanted) break;
      await page.keyboard.press('ArrowDown');
    }
    await expect(picker).toHaveValue('prov-driver-licence');
    await expect.poll(() => new URL(page.url()).searchParams.get('svc')).toBe('prov-driver-licence');
    await expect(picker).toBeFocused();
    await expect(page.locator('.results__count')).toContainText(String(count));
    await expect(results(page).first().locator('.result__name')).toHaveText(p.first);
    const metas = await page.locator('.result__meta').allTextContents();
    expect(metas.every((m) => /Service New Brunswick|Service Nouveau-Brunswick|Access Nova Scotia|Service BC/.test(m)), metas.join(' | ')).toBe(true);
    // The active filter is named and removable.
    await expect(page.locator('.service-scope')).toContainText(p.scope);
    await expectAccessible(page, `finder with a service ${p.lang}`);
    // The catalogue of services was never needed.
    expect(fetched.filter((f) => f.startsWith('/data/services'))).toEqual([]);
    // An office, then Back: the same filtered list.
    const name = (await results(page).first().locator('.result__name').textContent()).trim();
    await results(page).first().locator('.result__name a').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await page.goBack();
    await expect(page.getByLabel(p.label, { exact: true })).toHaveValue('prov-driver-licence');
    await expect(results(page).first().locator('.result__name')).toHaveText(name);
    // Removed from the named filter: every office again, nothing chosen.
    await page.locator('.service-scope').getByRole('link', { name: p.clear }).click();
    await expect(page.locator('.service-scope')).toHaveCount(0);
    await expect(page.getByLabel(p.label, { exact: true })).toHaveValue('');
    expect(new URL(page.url()).searchParams.get('svc')).toBeNull();
  });
}

test('office page, then back to the same results', async ({ page }) => {
  await page.goto('/?lang=en&q=K1A%200B1');
  await appReady(page);
  const first = results(page).first();
  const name = (await first.locator('.result__name').textContent()).trim();
  await first.locator('.result__name a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expectAccessible(page, 'office page');
  await page.goBack();
  await expect(page.locator('.origin__text')).toHaveText('Offices nearest to postal code K1A 0B1');
  await expect(results(page).first().locator('.result__name')).toHaveText(name);
});

test('an unknown office id gets a bilingual not-found message', async ({ page }) => {
  await page.goto('/office/no-such-office?lang=fr');
  await appReady(page);
  await expect(page.locator('.notice--error')).toBeVisible();
});

test('browse by province without a location', async ({ page }) => {
  await page.goto('/?lang=en');
  await appReady(page);
  await page.getByRole('navigation', { name: /browse by province/ }).getByRole('link', { name: 'Nunavut' }).click();
  await expect(page.getByRole('heading', { name: 'Offices in Nunavut' })).toBeVisible();
  await expect(results(page).first()).toBeVisible();
});

test.describe('location granted', () => {
  test.use({ geolocation: { latitude: 46.0878, longitude: -64.7782 }, permissions: ['geolocation'] });
  test('use my location lists offices near the device', async ({ page }) => {
    await page.goto('/?lang=en');
    await appReady(page);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect(page.locator('.origin__text')).toHaveText('Offices nearest to your location');
    await expect(results(page).first()).toBeVisible();
    // The position is not written into the URL's search box text and never leaves the page.
    await expect(box(page)).toHaveValue('');
  });
});

test.describe('location denied', () => {
  test.use({ permissions: [] });
  test('a denied location says so and the search box keeps working', async ({ page, context }) => {
    await context.clearPermissions();
    await page.goto('/?lang=en');
    await appReady(page);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect(page.getByText(/Location access is turned off/)).toBeVisible();
    await search(page, 'Halifax');
    await expect(page.locator('.origin__text')).toContainText('Halifax');
  });
});

for (const lang of ['en', 'fr']) {
  test(`axe on the finder with results in ${lang}`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&q=H2X%201Y4`);
    await appReady(page);
    await expect(results(page).first()).toBeVisible();
    await expectAccessible(page, `finder ${lang}`);
  });
}
