// Collaboration today (issue 21) over the real bundle, in English and French: the section
// with its counts, map and method; the two filters in the URL; keyboard sort; the CSV
// export parsed back; the office page's line saying where the service is held; axe.
import { test, expect, expectAccessible, appReady } from './fixtures.mjs';
import { parseCsv, download } from './csv.mjs';

const mainTable = (page) => page.locator('.insights__table--main');
const number = (s) => Number(s.replace(/[\s\u00a0\u202f,]/g, ''));

test('collaboration today: counts, filters, sort, CSV (en)', async ({ page }) => {
  await page.goto('/insights.html?lang=en');
  await appReady(page);
  await page.getByRole('link', { name: 'Collaboration today' }).click();
  await expect(page).toHaveURL(/tab=collab/);
  await expect(page.getByRole('heading', { level: 2, name: 'Collaboration today' })).toBeVisible();
  const headline = page.locator('.insights__headline');
  await expect(headline).toContainText(/of [\d,]+ Service Canada points are in a partner’s premises/);
  const [, partnered, read] = (await headline.textContent()).match(/^([\d,]+) of ([\d,]+)/);
  expect(number(read)).toBe(589);
  expect(number(partnered)).toBeGreaterThan(100);
  await expect(page.getByRole('img', { name: /Map of [\d,]+ points in the list/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Method and limits' })).toBeVisible();
  // The counts by kind add up to the points read.
  const byKind = page.locator('table', { has: page.locator('caption', { hasText: 'Points by kind of collaboration' }) });
  const counts = await byKind.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(counts.map(number).reduce((a, b) => a + b, 0)).toBe(589);

  // Filter: outreach hosted by a library; the URL says so and the list follows.
  await page.getByLabel('Kind of collaboration', { exact: true }).selectOption('outreach');
  await expect(page).toHaveURL(/ck=outreach/);
  await page.getByLabel('Host', { exact: true }).selectOption('library');
  await expect(page).toHaveURL(/hk=library/);
  const table = mainTable(page);
  await expect(table.locator('tbody tr').first()).toContainText('Library');
  const shown = await table.locator('tbody tr').count();
  expect(shown).toBeGreaterThan(5);
  for (const row of await table.locator('tbody tr td:nth-child(5)').allTextContents()) expect(row).toBe('Library');

  // Sort by community with the keyboard.
  const sortButton = table.getByRole('button', { name: 'Sort by Community' });
  await sortButton.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=1/);
  await expect(table.locator('th[aria-sort="ascending"]')).toHaveCount(1);

  // The CSV holds the filtered list, with the sources' words.
  const { name, text } = await download(page, page.getByRole('button', { name: 'Download “Every point read, with the sources’ words” as CSV' }));
  expect(name).toBe('guichet-collaboration-en.csv');
  const rows = parseCsv(text.slice(1), ',');
  expect(rows[0]).toEqual(['Point', 'Community', 'Province or territory', 'Kind of collaboration', 'Host', 'Partner, as the source names it', 'The sources’ words (where, rule)']);
  expect(rows.length - 1).toBe(shown);
  expect(rows.slice(1).every((r) => r[3] === 'Outreach hosted by a partner' && /library/i.test(r[6]))).toBe(true);
  await expectAccessible(page, 'collaboration (en)');

  // Reload keeps the filters; Back undoes them.
  await page.reload();
  await appReady(page);
  await expect(page.getByLabel('Host', { exact: true })).toHaveValue('library');
  await page.goBack();
  await page.goBack();
  await expect(page).not.toHaveURL(/hk=library/);
});

test('la collaboration aujourd’hui, and the office line in both languages (fr)', async ({ page }) => {
  await page.goto('/insights.html?lang=fr&tab=collab&ck=co-location');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 2, name: 'La collaboration aujourd’hui' })).toBeVisible();
  await expect(page.locator('.insights__headline')).toContainText(/des 589 points de Service Canada/);
  const table = mainTable(page);
  await expect(table).toContainText('Access PEI');
  await expect(table).toContainText('«\u00a0Access PEI\u00a0»');
  const { name, text } = await download(page, page.getByRole('button', { name: 'Télécharger « Tous les points lus, avec les mots des sources » en CSV' }));
  expect(name).toBe('guichet-collaboration-fr.csv');
  const rows = parseCsv(text.slice(1), ';');
  expect(rows[0][3]).toBe('Type de collaboration');
  expect(rows.slice(1).every((r) => r[3] === 'Colocalisation')).toBe(true);
  await expectAccessible(page, 'collaboration (fr)');

  // On the citizen's side: where the service is held, in plain words.
  await page.goto('/office/sc-1904?lang=fr');
  await appReady(page);
  await expect(page.locator('.held')).toHaveText('Service Canada, chez Access PEI, 15, rue Green');
  await page.goto('/office/sc-1904?lang=en');
  await appReady(page);
  await expect(page.locator('.held')).toHaveText('Service Canada, inside Access PEI, 15 Green Street');
  await expectAccessible(page, 'office held line (en)');
  // An office the sources name no host for has no such line.
  await page.goto('/office/sc-3792?lang=en');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.held')).toHaveCount(0);
});
