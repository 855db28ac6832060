// The app shell: language switch, deep links, not-found, accessibility.
import { test, expect, expectAccessible, appReady } from './fixtures.mjs';

test('home in English, switch to French, deep-link /about?lang=fr', async ({ page }) => {
  await page.goto('/?lang=en');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find a government service counter near you');

  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trouvez un comptoir de services gouvernementaux près de chez vous');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');

  // A direct load of a deep link is served index.html by the server and routed by the app.
  await page.goto('/about?lang=fr');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('À propos de Guichet');
  await expect(page).toHaveTitle('À propos de Guichet – Guichet');
});

test('following a link to another page updates the address bar and Back returns', async ({ page }) => {
  await page.goto('/?lang=en&q=Moncton');
  await appReady(page);
  await page.getByRole('link', { name: 'About', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Guichet');
  await expect(page).toHaveURL(/\/about\?lang=en$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/\?lang=en&q=Moncton$/);
  await page.locator('.result__name a').first().click();
  await expect(page).toHaveURL(/\/office\/[^?]+\?q=Moncton&lang=en$/);
});

test('the saved choice applies when the URL has no lang', async ({ page }) => {
  await page.goto('/?lang=fr');
  await appReady(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Guichet');
});

test.describe('browser language', () => {
  test.use({ locale: 'fr-CA' });
  test('any fr-* browser gets French', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Trouvez/);
  });
});

test('unknown path shows a bilingual not-found page, and odd parameters are harmless', async ({ page }) => {
  await page.goto('/no/such/page?lang=%ZZ&x=<script>');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
});

test('skip link moves focus to the main region', async ({ page }) => {
  await page.goto('/?lang=en');
  await appReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

for (const lang of ['en', 'fr']) {
  for (const path of ['/', '/about', '/nowhere']) {
    test(`axe: ${path} in ${lang}`, async ({ page }) => {
      await page.goto(`${path}?lang=${lang}`);
      await appReady(page);
      await expectAccessible(page, `${path} ${lang}`);
    });
  }
}

test('no horizontal scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/?lang=fr');
  await appReady(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
