// Renders the PNG icons of the web app manifests from the SVG icons, with Debian's
// Chromium (Playwright, no browser download). Run once after changing an icon:
//   node scripts/icons.mjs
// The PNGs are committed: the build does not need Chromium.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';

const jobs = [
  ['public/icon.svg', 'public/icons/icon-192.png', 192],
  ['public/icon.svg', 'public/icons/icon-512.png', 512],
  ['public/icons/maskable.svg', 'public/icons/maskable-512.png', 512],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [svg, png, size] of jobs) {
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${readFileSync(svg).toString('base64')}`;
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
  await page.locator('img').evaluate((img) => img.decode());
  writeFileSync(png, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  console.log(`${png} (${size}×${size})`);
}
await browser.close();
