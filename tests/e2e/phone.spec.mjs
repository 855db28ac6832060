// On a phone (390×844, the size of a common one) the answer is in view: after a search the
// first result shows without scrolling, in English and French, with the focus still in the
// search box and the answer announced (issue 19).
import { test, expect, appReady, expectAccessible, search } from './fixtures.mjs';

test.use({ viewport: { width: 390, height: 844 } });

for (const [lang, origin] of [
  ['en', 'Offices nearest to postal code E1C 4B4'],
  ['fr', 'Bureaux les plus proches du code postal E1C 4B4'],
]) {
  test(`after a search the first result is in view without scrolling (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await appReady(page);
    // Before a search the introduction is there.
    await expect(page.locator('.lead')).toBeVisible();
    await search(page, 'E1C 4B4');
    await expect(page.locator('.origin__text')).toHaveText(origin);
    const first = page.locator('.results__list .result').first();
    await expect(first).toBeVisible();
    const box = await first.boundingBox();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBe(0);
    // Its name and distance at least (the card's first 120 px) are on screen.
    expect(box.y + 120).toBeLessThanOrEqual(844);
    await expect(page.locator('#search-input')).toBeFocused();
    await expect(page.locator('.results__count')).not.toBeEmpty();
    // The page keeps its title for screen readers.
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expectAccessible(page, `phone after a search (${lang})`);
  });
}
