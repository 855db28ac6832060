// The Content-Security-Policy: served as a header (with frame-ancestors) and as a <meta>,
// no inline script in the built page, and a violation fails a test (fixtures.mjs).
import { test, expect, appReady, expectProblems } from './fixtures.mjs';

test('the built page has no inline script and is served with a strict policy', async ({ page, request }) => {
  const res = await request.get('/');
  const header = res.headers()['content-security-policy'];
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(header).toContain('frame-ancestors ');
  expect(header).not.toContain('unsafe-inline');
  const html = await res.text();
  expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
  const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
  expect(scripts).toHaveLength(1);
  for (const s of scripts) {
    expect(s).toMatch(/^<script type="module" src="\/boot\.js"/);
    expect(s).toMatch(/><\/script>$/);
  }
  // Under that policy the app boots, routes and loads its data without a violation.
  await page.goto('/?lang=en&q=Moncton');
  await appReady(page);
  await expect(page.locator('.result').first()).toBeVisible();
  await page.goto('/embed?lang=fr');
  await appReady(page);
});

test('an inline script is refused, and the violation is reported', async ({ page }) => {
  await page.goto('/?lang=en');
  await appReady(page);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
    return window.inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => page.problems.some((p) => /CSP violation: script-src/.test(p))).toBe(true);
  expectProblems(page, /Content Security Policy|CSP violation/);
});
