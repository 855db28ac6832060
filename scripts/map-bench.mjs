// Measures a built site (any dist/, e.g. one with a synthetic 100,000-point bundle in its
// data/; issue 19, "Scale") in Debian's headless Chromium and prints figures, never asserts:
// - start-up: navigation to the search box shown (the app mounted) and to the first
//   markers drawn on the map (the core bundle loaded), 1x CPU;
// - map frames at 4x CPU throttling: budgets.spec.mjs's gesture over all of Canada, and
//   zooming into the densest area level by level (see `frames`).
// First searches are measured with the bench's interact-timing.mjs (--url of this server).
//
//   node scripts/map-bench.mjs [--dist DIR=dist] [--port N=4610] [--reps 3] [--keep-serving]
//
// The server is tests/e2e/serve.mjs's (brotli like a static host; the first request of a
// large core.bin compresses it once, before anything is timed).
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';
import { startServer, guichetHeaders } from '../tests/e2e/serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/playwright.config.mjs';
import { startFrames, stopFrames } from '../tests/e2e/frames.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4610' },
    reps: { type: 'string', default: '3' },
    'keep-serving': { type: 'boolean', default: false },
  },
});
const reps = Number(values.reps);
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const p95 = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length * 0.95)];
const r1 = (x) => Math.round(x * 10) / 10;

const server = await startServer({ root: values.dist, port: Number(values.port), headers: guichetHeaders() });
const base = `http://127.0.0.1:${values.port}`;
// Warm the server's compressed copies of the bundle (not timed).
const manifest = await (await fetch(`${base}/data/manifest.json`)).json();
for (const { path } of manifest.files) await fetch(`${base}/data/${path}`, { headers: { 'accept-encoding': 'br' } });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const figures = { dist: values.dist, reps };

async function fresh(width = 1280, height = 800) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page };
}

// Start-up.
const box = [];
const markers = [];
for (let i = 0; i < reps; i++) {
  const { context, page } = await fresh();
  const t0 = Date.now();
  await page.goto(`${base}/?lang=en&view=map&lib=1`);
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 60_000 });
  await page.locator('[role=combobox]').waitFor({ state: 'visible', timeout: 60_000 });
  box.push(Date.now() - t0);
  await page.locator('.markers [role=button]').first().waitFor({ state: 'attached', timeout: 120_000 });
  markers.push(Date.now() - t0);
  await context.close();
}
figures.startup_ms = { search_box: median(box), markers: median(markers), all_box: box, all_markers: markers };

// Map frames, two gestures on fresh pages at 4x CPU:
// - 'canada': budgets.spec.mjs's (a circular drag over all of Canada, six wheel steps in
//   and six out without a pause: the markers are not laid out again);
// - 'city': into the biggest cluster one level at a time (a wheel step, then a pause in
//   which the markers are laid out at the new zoom), five times, a circular drag there,
//   and out again the same way: what exploring a dense area costs, layouts included.
async function frames(gesture) {
  // 'city' points at markers anywhere on the map: all of it on screen (it reaches y = 973
  // in a 1280-wide window).
  const { context, page } = await fresh(1280, gesture === 'city' ? 1000 : 800);
  await page.goto(`${base}/?lang=en&view=map&lib=1`);
  const map = page.getByRole('application', { name: 'Map of offices' });
  await page.locator('.basemap path.land').first().waitFor({ state: 'attached', timeout: 60_000 });
  await page.locator('.markers [role=button]').first().waitFor({ state: 'attached', timeout: 120_000 });
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const bb = await map.boundingBox();
  await startFrames(page);
  let [cx, cy] = [bb.x + bb.width / 2, bb.y + bb.height / 2];
  const drag = async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let k = 0; k < 60; k++) await page.mouse.move(cx + Math.sin(k / 6) * 200, cy + Math.cos(k / 6) * 120);
    await page.mouse.up();
  };
  let most = 0;
  if (gesture === 'canada') {
    await drag();
    for (let k = 0; k < 12; k++) await page.mouse.wheel(0, k < 6 ? -240 : 240);
    await page.waitForTimeout(300);
  } else {
    for (let k = 0; k < 5; k++) {
      // The biggest cluster on screen (by its count), under the pointer.
      const at = await page.evaluate(({ x0, y0, w, h }) => {
        let best = null;
        for (const g of document.querySelectorAll('.markers g.cluster')) {
          const r = g.getBoundingClientRect();
          const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
          if (x < x0 + 40 || y < y0 + 40 || x > x0 + w - 110 || y > Math.min(y0 + h, innerHeight) - 40) continue;
          const n = Number(g.textContent);
          if (!best || n > best.n) best = { n, x, y };
        }
        return best;
      }, { x0: bb.x, y0: bb.y, w: bb.width, h: bb.height });
      if (at) [cx, cy] = [at.x, at.y];
      await page.mouse.move(cx, cy);
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(600);
      most = Math.max(most, await page.locator('.markers > *').count());
    }
    [cx, cy] = [bb.x + bb.width / 2, bb.y + bb.height / 2];
    await drag();
    await page.waitForTimeout(300);
    most = Math.max(most, await page.locator('.markers > *').count());
    for (let k = 0; k < 5; k++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(600);
      most = Math.max(most, await page.locator('.markers > *').count());
    }
  }
  const f = await stopFrames(page);
  await context.close();
  return { frames: f, most };
}

for (const gesture of ['canada', 'city']) {
  const runs = [];
  const pooled = [];
  for (let i = 0; i < reps; i++) {
    const { frames: f, most } = await frames(gesture);
    const mean = f.reduce((a, b) => a + b, 0) / f.length;
    runs.push({ frames: f.length, mean_fps: r1(1000 / mean), median_ms: r1(median(f)), p95_ms: r1(p95(f)), max_ms: r1(Math.max(...f)), most_markers: most });
    pooled.push(...f);
  }
  const mean = pooled.reduce((a, b) => a + b, 0) / pooled.length;
  figures[`map_frames_${gesture}`] = { frames: pooled.length, mean_fps: r1(1000 / mean), median_ms: r1(median(pooled)), p95_ms: r1(p95(pooled)), runs };
}

await browser.close();
console.log(JSON.stringify(figures));
if (values['keep-serving']) {
  console.error(`serving ${values.dist} at ${base} (Ctrl-C to stop)`);
} else {
  server.close();
}
