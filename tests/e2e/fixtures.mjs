// Shared test fixtures: every page fails its test on an uncaught error or a console error
// (that is how a broken wasm module or a CSP violation shows up).
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend({
  page: async ({ page }, use) => {
    // Chromium prints CSP violations itself; this makes them unmistakable in every frame
    // (including cross-origin frames), with the directive and what was blocked.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}`);
      });
    });
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.problems = problems;
    await use(page);
    expect(problems, 'no page errors or console errors').toEqual([]);
  },
});

export { expect };

/** Runs axe (WCAG 2.1 A/AA) on the page and expects no violations. */
export async function expectAccessible(page, label = '') {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations ${label}`).toEqual([]);
}

/** Waits for the app to have mounted (the shell's header is present). */
export async function appReady(page) {
  // The static page of index.html (#boot) looks alike: wait until the app replaced it.
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(page.locator('header.site-header')).toBeVisible();
}

/** Waits for a framed Guichet (a FrameLocator) to have mounted in embed mode and loaded its data. */
export async function embedReady(frame) {
  await expect(frame.locator('main.main--embed h1')).toBeVisible();
  // And the bundle loaded: the page grows with what the data shows (heights are compared).
  await expect(frame.locator('.status--loading')).toHaveCount(0);
}

/** Removes the expected problems (matching `pattern`) from the page's list; returns them. */
export function expectProblems(page, pattern) {
  const matched = page.problems.filter((p) => pattern.test(p));
  page.problems.splice(0, page.problems.length, ...page.problems.filter((p) => !pattern.test(p)));
  return matched;
}

/** Types `text` in the finder's search box and presses Enter. */
export async function search(page, text) {
  const input = page.locator('#search-input');
  await input.fill(text);
  await input.press('Enter');
}

/** Waits until the service worker controls the page (installed and activated). */
export async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 45_000 });
}
