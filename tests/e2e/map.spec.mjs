// The map: drawn by Guichet from the bundle's basemap, no tile server, keyboard usable,
// one selection shared with the list.
import { test, expect, expectAccessible, appReady } from './fixtures.mjs';

// Below 75rem the list and the map are tabs; above, side by side.
test.use({ viewport: { width: 1000, height: 800 } });

async function openMap(page, query) {
  await page.goto(`/?lang=en&${query}`);
  await appReady(page);
  await page.getByRole('tab', { name: /Map|Carte/ }).click();
  const map = page.getByRole('application', { name: 'Map of offices' });
  await expect(map).toBeVisible();
  await expect(page.locator('.basemap path.land').first()).toBeAttached();
  return map;
}

test('the basemap is drawn locally, with the network cut: no request leaves the site', async ({ page, context }) => {
  const foreign = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.hostname !== '127.0.0.1' && u.protocol !== 'data:') foreign.push(r.url());
  });
  await page.goto('/?lang=en&q=Moncton');
  await appReady(page);
  await expect(page.locator('.results__list li').first()).toBeVisible();
  const failed = [];
  page.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname));
  await context.setOffline(true);
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.getByRole('application', { name: 'Map of offices' })).toBeVisible();
  await expect.poll(() => page.locator('.basemap path.land').count()).toBeGreaterThanOrEqual(13);
  await expect(page.locator('.markers [role=button]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(page.locator('.basemap path.land').first()).toBeAttached();
  await context.setOffline(false);
  expect(foreign).toEqual([]);
  // Offline, only the browser's own late favicon request may fail (the service worker of
  // the offline mode caches it); its console line is that failure, nothing of the map's.
  expect(failed.filter((p) => p !== '/icon.svg')).toEqual([]);
  const offlineNoise = 'console: Failed to load resource: net::ERR_INTERNET_DISCONNECTED';
  const n = page.problems.filter((p) => p === offlineNoise).length;
  expect(n).toBeLessThanOrEqual(failed.length);
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => p !== offlineNoise));
});

test('keyboard zoom and pan move the view; 0 resets to Canada', async ({ page }) => {
  const map = await openMap(page, 'q=Moncton');
  const transform = () => page.locator('g.basemap').getAttribute('transform');
  const before = await transform();
  await map.focus();
  await page.keyboard.press('+');
  await expect.poll(transform).not.toBe(before);
  const zoomed = await transform();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(transform).not.toBe(zoomed);
  await page.keyboard.press('0');
  await expect.poll(transform).not.toBe(zoomed);
});

test('a cluster click zooms into it', async ({ page }) => {
  await openMap(page, 'prov=ON');
  await page.getByRole('button', { name: 'Show all of Canada' }).click();
  const cluster = page.locator('g.cluster').first();
  await expect(cluster).toBeVisible();
  const transform = await page.locator('g.basemap').getAttribute('transform');
  await cluster.click();
  await expect.poll(() => page.locator('g.basemap').getAttribute('transform')).not.toBe(transform);
});

test('selecting a marker selects the office in the list, and back', async ({ page }) => {
  // Montréal's counters have their own coordinates (Ottawa's share a city centroid).
  await openMap(page, 'q=H2X%201Y4');
  await page.getByRole('tab', { name: 'List' }).click();
  const listed = await page.locator('li.result').evaluateAll((els) => els.map((e) => e.dataset.id));
  await page.getByRole('tab', { name: 'Map' }).click();
  // A marker (not a cluster) of an office that is also in the list.
  const id = await expect
    .poll(async () => {
      const shown = await page.locator('.markers g[role=button][data-id]').evaluateAll((els) => els.map((e) => e.dataset.id));
      return shown.find((m) => listed.includes(m)) ?? null;
    })
    .not.toBeNull()
    .then(async () => {
      const shown = await page.locator('.markers g[role=button][data-id]').evaluateAll((els) => els.map((e) => e.dataset.id));
      return shown.find((m) => listed.includes(m));
    });
  const marker = page.locator(`.markers g[role=button][data-id="${id}"]`);
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(id);
  // The list shows the same office as selected, and selecting in the list moves the map's
  // highlight.
  await page.getByRole('tab', { name: 'List' }).click();
  await expect(page.locator(`li.result[data-id="${id}"]`)).toHaveClass(/result--selected/);
  const other = listed.find((l) => l !== id);
  await page.locator(`li.result[data-id="${other}"] .result__meta`).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(other);
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.locator('.marker--selected')).toHaveAttribute('aria-label', new RegExp(await page.locator(`li.result[data-id="${other}"] .result__name`).textContent().then((t) => t.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
});

test('markers are reachable by keyboard with their names, and the legend does not rely on colour', async ({ page }) => {
  await openMap(page, 'q=H2X%201Y4');
  const names = await page.locator('.markers [role=button]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((n) => n && n.length > 3)).toBe(true);
  await expect(page.getByText('Approximate location (community only)')).toBeVisible();
  await expectAccessible(page, 'map');
});

test('a drag pans by as much as the pointer moved; the wheel and a double click zoom in, and the page does not scroll', async ({ page }) => {
  // Without animations every change of view lands at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const map = await openMap(page, 'q=Moncton');
  const read = async () => {
    const [, x, y] = (await page.locator('g.basemap').getAttribute('transform')).match(/translate\(([-\d.]+) ([-\d.]+)\)/);
    return { x: Number(x), y: Number(y), zoom: Number(await map.getAttribute('data-zoom')) };
  };
  // The view fits Moncton's results (from all of Canada, about zoom 3).
  await expect.poll(async () => (await read()).zoom).toBeGreaterThan(5);
  // Below the list at this size: scrolled to, so that the pointer is over it.
  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const before = await read();
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 60, cy + 30, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => (await read()).x).toBeCloseTo(before.x + 60, 0);
  const dragged = await read();
  expect(dragged.y).toBeCloseTo(before.y + 30, 0);
  expect(dragged.zoom).toBe(before.zoom);

  const scrolled = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await read()).zoom).toBeCloseTo(dragged.zoom + 1, 2);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  const wheeled = await read();
  await page.mouse.dblclick(cx - 40, cy + 20);
  await expect.poll(async () => (await read()).zoom).toBeCloseTo(wheeled.zoom + 1, 2);
});
