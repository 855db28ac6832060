// Open data (issue 18): "Download the data (HSDS, GeoJSON)" on About and an office page are
// real downloads in English and French (the router leaves them alone; the files have the
// right types and contents), "Report a problem with this information" carries the office's
// id from config.json's template (absent without one), offline the links say they need a
// connection, and on a kiosk they show a QR code; axe.
import { test, expect, expectAccessible, appReady, search } from './fixtures.mjs';

const OFFICE = 'sc-1904';
const TEMPLATE = 'https://report.example.ca/form?office={id}&name={name}&v={version}';

/** Serves config.json with a report template. */
async function withReport(page) {
  await page.route('**/config.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ tiles: null, report: TEMPLATE }) }),
  );
}

async function checkDownloads(page, lang) {
  const links = page.locator('.open-data a[download]');
  await expect(links).toHaveCount(2);
  for (const link of await links.all()) expect(await link.getAttribute('rel')).toContain('external');
  const [hsds, geojson] = await Promise.all([links.nth(0).getAttribute('href'), links.nth(1).getAttribute('href')]);
  expect(hsds).toBe('/data/open/datapackage.json');
  expect(geojson).toBe('/data/open/guichet.geojson');

  // The descriptor, and the tables it lists, as HSDS.
  const pkg = await page.request.get(hsds);
  expect(pkg.status()).toBe(200);
  expect(pkg.headers()['content-type']).toMatch(/^application\/json/);
  const descriptor = await pkg.json();
  expect(descriptor.profile).toBe('tabular-data-package');
  const names = descriptor.resources.map((r) => r.name);
  expect(names).toEqual(expect.arrayContaining(['organization', 'service', 'location', 'service_at_location', 'schedule']));
  expect(descriptor.guichet.networks.some((n) => n.id === 'service-canada')).toBe(true);
  const locations = await page.request.get(`/data/open/${descriptor.resources.find((r) => r.name === 'location').path}`);
  expect(locations.headers()['content-type']).toMatch(/^text\/csv/);
  expect((await locations.text()).startsWith('id,location_type,')).toBe(true);

  const geo = await page.request.get(geojson);
  expect(geo.headers()['content-type']).toMatch(/^application\/geo\+json/);
  const body = await geo.text();
  expect(body.startsWith('{"features":[{')).toBe(true);
  const collection = JSON.parse(body);
  expect(collection.type).toBe('FeatureCollection');
  const office = collection.features.find((f) => f.id === OFFICE);
  expect(office.geometry.type).toBe('Point');
  expect(office.properties.network).toBe('service-canada');
  expect(office.properties.open_licence).toBe(false);

  // A click downloads: the router does not take the link over.
  const [download] = await Promise.all([page.waitForEvent('download'), links.nth(1).click()]);
  expect(download.suggestedFilename()).toBe('guichet.geojson');
  expect(new URL(page.url()).pathname).not.toContain('/data/');
  await expectAccessible(page, `downloads (${lang})`);
}

for (const [lang, download, report] of [
  ['en', 'Download the data', 'Report a problem with this information'],
  ['fr', 'Télécharger les données', 'Signaler un problème dans cette information'],
]) {
  test(`downloads on About and an office page, report link with the office id (${lang})`, async ({ page }) => {
    await withReport(page);
    await page.goto(`/about?lang=${lang}`);
    await appReady(page);
    await expect(page.locator('.open-data').first()).toContainText(download);
    await checkDownloads(page, `about ${lang}`);

    await page.goto(`/office/${OFFICE}?lang=${lang}`);
    await appReady(page);
    await expect(page.locator('.open-data')).toContainText(download);
    await checkDownloads(page, `office ${lang}`);
    const manifest = await (await page.request.get('/data/manifest.json')).json();
    const link = page.getByRole('link', { name: new RegExp(report) });
    await expect(link).toHaveCount(1);
    const href = new URL(await link.getAttribute('href'));
    expect(href.origin).toBe('https://report.example.ca');
    expect(href.searchParams.get('office')).toBe(OFFICE);
    expect(href.searchParams.get('v')).toBe(manifest.data_version);
    expect(href.searchParams.get('name')).toBeTruthy();

    // Every result card has one too, with its own office.
    await page.goto(`/?lang=${lang}`);
    await appReady(page);
    await search(page, 'Moncton');
    const card = page.locator('.results__list .result').first();
    const id = await card.getAttribute('data-id');
    const cardLink = card.getByRole('link', { name: new RegExp(report) });
    expect(new URL(await cardLink.getAttribute('href')).searchParams.get('office')).toBe(id);
    await expectAccessible(page, `results with report links (${lang})`);
  });
}

test('no report link without an address in config.json', async ({ page }) => {
  await page.goto(`/office/${OFFICE}?lang=en`);
  await appReady(page);
  await expect(page.locator('.open-data')).toBeVisible();
  await expect(page.getByRole('link', { name: /Report a problem/ })).toHaveCount(0);
});

test('offline the links need a connection; on a kiosk they are QR codes', async ({ page, context }) => {
  await withReport(page);
  await page.goto(`/office/${OFFICE}?lang=en`);
  await appReady(page);
  await expect(page.getByRole('link', { name: /Report a problem/ })).toBeVisible();
  await context.setOffline(true);
  await expect(page.locator('.open-data a.link--disabled')).toHaveCount(2);
  await expect(page.locator('.open-data')).toContainText('(needs a connection)');
  await expect(page.locator('.report-problem a.link--disabled')).toContainText('(needs a connection)');
  await context.setOffline(false);

  await page.goto(`/office/${OFFICE}?lang=en&kiosk=1`);
  await appReady(page);
  await expect(page.locator('html')).toHaveClass(/\bkiosk\b/);
  const dialog = page.getByRole('dialog', { name: 'Scan with your phone' });
  await page.getByRole('link', { name: /Report a problem/ }).click();
  await expect(dialog).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/office/${OFFICE}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.locator('.open-data a').first().click();
  await expect(dialog).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(`/office/${OFFICE}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.goto(`/office/${OFFICE}?lang=en&kiosk=0`);
  await appReady(page);
});
