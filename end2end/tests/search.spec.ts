import { expect, test } from '@playwright/test';
import { trackErrors, waitForHydration } from './pages';

async function searchFromHeader(page: import('@playwright/test').Page, text: string) {
  const field = page.locator('header').getByRole('combobox', { name: 'Sök på Samla' });
  await field.fill(text);
  await field.press('Enter');
  await expect(page).toHaveURL(/\/sok\?q=/);
}

test('"ont i ryggen" finds the back-pain article first', async ({ page }) => {
  await page.goto('/');
  await searchFromHeader(page, 'ont i ryggen');
  const articles = page.locator('.search-group').filter({ has: page.getByRole('heading', { name: 'Råd om hälsa' }) });
  await expect(articles.locator('.summary-list__link').first()).toHaveText('Ont i ryggen');
  await expect(page.getByRole('link', { name: 'Hitta vård för ont i ryggen' })).toHaveAttribute('href', '/hitta-vard?besvar=back_pain');
});

test('a typo still finds the page: "förkylnig" finds "Förkylning"', async ({ page }) => {
  await page.goto('/sok?q=f%C3%B6rkylnig');
  await expect(page.locator('.summary-list__link').first()).toHaveText('Förkylning');
});

test('results are grouped: e-services and clinics too', async ({ page }) => {
  await page.goto('/sok?q=v%C3%A5rdcentralen+lund');
  await expect(page.getByRole('heading', { name: 'Mottagningar' })).toBeVisible();
  await page.goto('/sok?q=recept');
  const eservices = page.locator('.search-group').filter({ has: page.getByRole('heading', { name: 'E-tjänster' }) });
  await expect(eservices.getByRole('link', { name: 'Förnya recept' })).toBeVisible();
});

test('suggestions appear while typing', async ({ page }, info) => {
  test.skip(info.project.name === 'nojs', 'suggestions need JavaScript; the form works without them');
  const errors = trackErrors(page);
  await page.goto('/om-samla');
  await waitForHydration(page);
  await page.locator('header').getByRole('combobox', { name: 'Sök på Samla' }).pressSequentially('förky', { delay: 30 });
  await expect(page.locator('#site-search-suggestions option').first()).toHaveAttribute('value', 'Förkylning');
  expect(errors).toEqual([]);
});

test('keyboard only: search, article, booking list, clinic page', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // brand
  await page.keyboard.press('Tab'); // search field
  await expect(page.locator('header').getByRole('combobox', { name: 'Sök på Samla' })).toBeFocused();
  await page.keyboard.type('ont i ryggen');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sok\?q=ont/);
  await page.locator('.summary-list__link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/artikel\/ont-i-ryggen$/);
  // The address changes at once; the page follows when its code has loaded.
  await expect(page.getByRole('heading', { level: 1, name: 'Ont i ryggen' })).toBeVisible();
  await page.locator('.book-box').getByRole('link', { name: 'Boka tid', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/besvar=back_pain/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hitta vård' })).toBeVisible();
  await page.locator('.clinic-item__name a').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/mottagning\/SE/);
  await expect(page.locator('.condition-list')).toContainText('Ont i ryggen');
});
