// Performance figures, measured and printed, never asserted (the budgets are
// reported in notes): postal code → list with 4x CPU throttling, and map frame times while
// panning and zooming over the national data with 4x CPU throttling.
import fs from 'node:fs';
import { test, expect, appReady } from './fixtures.mjs';
import { startFrames, stopFrames } from './frames.mjs';

const figures = {};
test.afterAll(() => {
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync('test-results/budgets.json', JSON.stringify(figures, null, 2));
  console.log('budgets', JSON.stringify(figures));
});

function median(v) {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

test('postal code to list, 4x CPU throttling', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/?lang=en');
  await appReady(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const box = page.getByRole('combobox', { name: 'Postal code or place' });
  const times = [];
  // Codes whose shards are fetched once first (the budget is the in-browser search);
  // three rounds, for a median of 15.
  const codes = ['K1A 0B1', 'H2X 1Y4', 'E1C 4B1', 'T2G 4X3', 'M5V 3L9'];
  for (const code of [...codes, ...codes, ...codes]) {
    await box.fill(code);
    await box.press('Enter');
    await expect(page.locator('.origin__text')).toContainText(code);
    await box.fill('Halifax');
    await box.press('Enter');
    await expect(page.locator('.origin__text')).toContainText('Halifax');
    await box.fill(code);
    const t = await page.evaluate(async () => {
      const input = document.querySelector('#search-input');
      const form = input.form;
      const start = performance.now();
      form.requestSubmit();
      const fsa = input.value.toUpperCase().slice(0, 3);
      return await new Promise((resolve) => {
        const done = () => {
          const o = document.querySelector('.origin__text');
          return o && o.textContent.includes(fsa) && document.querySelector('.results__list li');
        };
        // Stops at the first animation frame once the new list is in the page: the frame
        // that paints it (what comes after that frame is not on the list's path).
        const finish = () => requestAnimationFrame(() => resolve(performance.now() - start));
        if (done()) return finish();
        const obs = new MutationObserver(() => {
          if (done()) {
            obs.disconnect();
            finish();
          }
        });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => resolve(-1), 20000);
      });
    });
    times.push(t);
  }
  figures.postal_to_list_ms = { median: Math.round(median(times) * 10) / 10, all: times.map((t) => Math.round(t)) };
  expect(times.every((t) => t >= 0)).toBe(true);
});

test('map frame times while panning and zooming, 4x CPU throttling', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=en&view=map&lib=1');
  await appReady(page);
  const tab = page.getByRole('tab', { name: 'Map' });
  if (await tab.isVisible()) await tab.click();
  const map = page.getByRole('application', { name: 'Map of offices' });
  await expect(page.locator('.basemap path.land').first()).toBeAttached();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const bb = await map.boundingBox();
  await startFrames(page);
  const cx = bb.x + bb.width / 2;
  const cy = bb.y + bb.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(cx + Math.sin(i / 6) * 200, cy + Math.cos(i / 6) * 120);
  await page.mouse.up();
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, i < 6 ? -240 : 240);
  await page.waitForTimeout(300);
  const frames = await stopFrames(page);
  const fps = 1000 / (frames.reduce((a, b) => a + b, 0) / frames.length);
  figures.map_frames = {
    frames: frames.length,
    mean_fps: Math.round(fps * 10) / 10,
    median_ms: Math.round(median(frames) * 10) / 10,
    p95_ms: Math.round([...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.95)] * 10) / 10,
  };
  expect(frames.length).toBeGreaterThan(10);
});

// What a visitor meets (issue 19): the first search on a freshly loaded page, Enter → list
// painted, 4x CPU, typed as soon as the search box shows (the core bundle may still be
// loading: that wait is part of the figure). Five fresh pages per query; the worker is off
// here, so the files come from the HTTP cache as on a second visit without it.
test('first search on a fresh page, 4x CPU throttling: full postal code, FSA, place', async ({ page }) => {
  test.setTimeout(300_000);
  const queries = { full_postal_code: 'E1C 4B4', fsa: 'E1C', place: 'Moncton' };
  const cdp = await page.context().newCDPSession(page);
  await page.goto('/?lang=en');
  await appReady(page);
  const first = {};
  for (const [kind, text] of Object.entries(queries)) {
    const times = [];
    for (let rep = 0; rep < 5; rep++) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.goto('/?lang=en');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const box = page.getByRole('combobox', { name: 'Postal code or place' });
      await box.waitFor({ state: 'visible' });
      await box.fill(text);
      await page.evaluate(() => {
        const m = (window.__first = { start: null, ms: null });
        addEventListener('keydown', (e) => { if (m.start === null) m.start = e.timeStamp; }, { capture: true });
        const obs = new MutationObserver(() => {
          if (m.start !== null && document.querySelector('li.result')) {
            obs.disconnect();
            requestAnimationFrame(() => { m.ms = performance.now() - m.start; });
          }
        });
        obs.observe(document.body, { subtree: true, childList: true });
      });
      await box.press('Enter');
      await page.waitForFunction(() => window.__first.ms !== null, null, { timeout: 30_000 });
      times.push(await page.evaluate(() => window.__first.ms));
    }
    first[kind] = { median: Math.round(median(times)), all: times.map((t) => Math.round(t)) };
    expect(times.every((t) => t >= 0), `${kind}: ${times}`).toBe(true);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  figures.first_search_fresh_page_ms = first;
});
