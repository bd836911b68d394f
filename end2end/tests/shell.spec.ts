import { expect, test } from '@playwright/test';
import { PAGES, chooseEnglish } from './pages';

for (const page of PAGES) {
  test(`${page.path} is one site: header, navigation, footer (sv)`, async ({ page: p }) => {
    const response = await p.goto(page.path);
    expect(response?.status()).toBe(page.path === '/finns-inte' ? 404 : 200);
    await expect(p.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(page.sv);
    const header = p.locator('header.site-header');
    await expect(header.getByRole('link', { name: 'Samla' })).toHaveAttribute('href', '/');
    await expect(header.getByRole('combobox', { name: 'Sök på Samla' })).toBeVisible();
    await expect(header.getByRole('link', { name: 'Hitta vård' })).toBeVisible();
    await expect(header.getByRole('link', { name: 'Logga in' })).toBeVisible();
    const nav = p.getByRole('navigation', { name: 'Huvudmeny' });
    for (const errand of ['Söka vård', 'Boka tid', 'Förnya recept', 'Kommande och tidigare händelser', 'Inkorg', 'Intyg']) {
      await expect(nav.getByRole('link', { name: errand })).toBeVisible();
    }
    const footer = p.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Tillgänglighetsredogörelse' })).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Så känner du igen falska sms och mejl' })).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Om Samla' })).toBeVisible();
  });

  test(`${page.path} in English when chosen`, async ({ page: p, context, baseURL }) => {
    await chooseEnglish(context, baseURL!);
    await p.goto(page.path);
    await expect(p.locator('html')).toHaveAttribute('lang', 'en');
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(page.en);
    await expect(p.locator('header.site-header').getByRole('link', { name: 'Find care' })).toBeVisible();
  });
}

test('main errands are one tap away on a phone, without a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  for (const errand of ['Söka vård', 'Boka tid', 'Förnya recept', 'Kommande och tidigare händelser', 'Inkorg', 'Intyg']) {
    await expect(nav.getByRole('link', { name: errand })).toBeVisible();
  }
  for (const errand of ['Boka tid', 'Inkorg', 'Förnya recept']) {
    await expect(nav.getByRole('link', { name: errand })).toBeInViewport();
  }
  // Nothing in the header opens or hides anything: its only buttons are search and language.
  await expect(page.locator('header button')).toHaveText(['Sök', 'In English']);
  await expect(page.locator('header [aria-expanded], header [aria-haspopup], header details')).toHaveCount(0);
});

test('start page entries that need login keep their destination', async ({ page }) => {
  await page.goto('/');
  const errands = page.getByRole('region', { name: 'Gå direkt till' });
  await expect(errands.getByRole('link', { name: /Inkorg/ })).toHaveAttribute('href', '/logga-in?next=/inkorg');
  await expect(errands.getByRole('link', { name: /Söka vård/ })).toHaveAttribute('href', '/soka-vard');
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Gå direkt till innehållet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next stop is the first errand in the main content, not back in the header.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link').first()).toBeFocused();
});
