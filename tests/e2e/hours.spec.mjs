// Hours that mean something (issue 17), end to end on the real bundle, in English and
// French: an outreach site's next visit, the accessibility filters, an office closed for a
// statutory holiday, and an old link to an office no longer listed. The page's clock is set
// (Playwright's clock): nothing here depends on today's date.
import { test, expect, expectAccessible, appReady } from './fixtures.mjs';

const results = (page) => page.locator('.results__list > li.result');
const card = (page, name) => results(page).filter({ has: page.locator('.result__name', { hasText: name }) });

/** Opens the filter panel (closed at first on a narrow window). */
async function openFilters(page) {
  const filters = page.locator('details.filters');
  if ((await filters.getAttribute('open')) === null) await page.locator('.filters__summary').click();
  await expect(page.locator('.filters__body')).toBeVisible();
}

// Monday 14 December 2026, 10:00 in Alberta (MST, UTC−7).
const MONDAY_IN_ALBERTA = new Date('2026-12-14T17:00:00Z');

for (const [lang, next, visits] of [
  ['en', /^Next visit: Thursday, December 17, 10(:00)?\u00a0a\.m\. to 3\u00a0p\.m\.$/, 'Coming visits'],
  ['fr', /^Prochaine visite\u00a0: jeudi 17 décembre, 10\u00a0h à 15\u00a0h$/, 'Prochaines visites'],
]) {
  test(`a postal code near an outreach site shows its next visit (${lang})`, async ({ page }) => {
    await page.clock.setFixedTime(MONDAY_IN_ALBERTA);
    await page.goto(`/?lang=${lang}&q=T7V+1S8`);
    await appReady(page);
    const hinton = card(page, /Hinton/).filter({ hasText: lang === 'en' ? 'outreach' : 'mobiles' }).first();
    await expect(hinton.locator('.status')).toHaveText(next);
    // The office page lists the coming visits, lunch break included.
    await hinton.locator('.result__name a').click();
    await expect(page.getByRole('heading', { level: 3, name: visits })).toBeVisible();
    const items = page.locator('ul.visits > li');
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    await expect(items.first()).toContainText(lang === 'en' ? 'Thursday, December 17' : 'jeudi 17 décembre');
    await expectAccessible(page, `outreach office page ${lang}`);
  });
}

for (const [lang, legend, lsq, unknown] of [
  ['en', 'Sign language', /^Quebec Sign Language \(LSQ\) \((\d+)\)$/, /^Not reported \((\d+)\)$/],
  ['fr', 'Langue des signes', /^Langue des signes québécoise \(LSQ\) \(([\d\s\u00a0\u202f]+)\)$/, /^Non indiqué \(([\d\s\u00a0\u202f]+)\)$/],
]) {
  test(`the accessibility filters change the list, the counts and the URL (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&q=H2Z+1H2&r=25`);
    await appReady(page);
    await expect(results(page).first()).toBeVisible();
    await openFilters(page);
    const group = page.locator('fieldset', { has: page.locator('legend', { hasText: legend }) });
    const option = group.getByRole('checkbox', { name: lsq });
    const notReported = group.getByRole('checkbox', { name: unknown });
    // "Not reported" is an option of its own, with its count.
    await expect(notReported).toBeVisible();
    const number = async (box) => Number((await box.evaluate((i) => i.closest('label').textContent)).match(/\(([^)]*)\)\s*$/)[1].replace(/\D/g, ''));
    const count = await number(option);
    const before = await page.locator('.results__count').textContent();
    expect(count).toBeGreaterThan(0);
    await option.check();
    await expect.poll(() => new URL(page.url()).searchParams.get('sign')).toBe('lsq');
    await expect(page.locator('.results__count')).not.toHaveText(before);
    await expect(page.locator('.results__count')).toContainText(String(count));
    // Every office listed now offers LSQ: each card's page says so.
    await results(page).first().locator('.result__name a').click();
    await expect(page.locator('ul.facts')).toContainText(lang === 'en' ? 'Service in Quebec Sign Language (LSQ)' : 'Service en langue des signes québécoise (LSQ)');
    await page.goBack();
    await appReady(page);
    await openFilters(page);
    await expect(group.getByRole('checkbox', { name: lsq })).toBeChecked();
    // Adding "not reported" widens the list again (alternatives within a facet).
    await group.getByRole('checkbox', { name: unknown }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('sign')).toBe('lsq,unknown');
    await expectAccessible(page, `accessibility filters ${lang}`);
  });
}

for (const [lang, day, office, closed] of [
  // Thursday 1 July 2027 at 10:00 EDT: Canada Day at a federal office in Ontario.
  ['en', '2027-07-01T14:00:00Z', 'sc-3003', 'Closed today: Canada Day'],
  ['fr', '2027-07-01T14:00:00Z', 'sc-3003', 'Fermé aujourd’hui\u00a0: fête du Canada'],
  // Thursday 24 June 2027: federal offices in Québec observe the Fête nationale.
  ['fr', '2027-06-24T14:00:00Z', 'sc-2000', 'Fermé aujourd’hui\u00a0: Fête nationale du Québec (Saint-Jean-Baptiste)'],
]) {
  test(`an office closed for a statutory holiday says so (${lang}, ${office})`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(day));
    await page.goto(`/office/${office}?lang=${lang}`);
    await appReady(page);
    await expect(page.locator('p.status')).toHaveText(closed);
  });
}

test('the same office is open the day before Canada Day', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-06-30T14:00:00Z'));
  await page.goto('/office/sc-3003?lang=en');
  await appReady(page);
  await expect(page.locator('p.status')).toHaveText(/^Open now, until 4\u00a0p\.m\.$/);
});

for (const [lang, notice, nearest] of [
  ['en', 'is no longer in the official list of offices', 'Nearest current offices'],
  ['fr', 'ne figure plus dans la liste officielle des bureaux', 'Bureaux actuels les plus proches'],
]) {
  test(`an old link to an office no longer listed says so and offers the nearest (${lang})`, async ({ page }) => {
    await page.goto(`/office/sc-5001?lang=${lang}`);
    await appReady(page);
    await expect(page.locator('[role=note]')).toContainText(notice);
    await expect(page.getByRole('heading', { name: nearest })).toBeVisible();
    const links = page.locator('ul.colocated a');
    await expect(links).toHaveCount(5);
    await links.first().click();
    await expect(page).toHaveURL(/\/office\/sc-/);
    await expect(page.locator('p.status')).toBeVisible();
    await expectAccessible(page, `office page after a retired one ${lang}`);
  });
}
