import { expect, test } from '@playwright/test';
import { trackErrors, waitForHydration } from './pages';

test('from the start page to an article and its care advice, by keyboard only', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Ont i ryggen' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/artikel\/ont-i-ryggen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ont i ryggen');
  await expect(page.getByRole('heading', { name: 'När och var ska jag söka vård?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Akut – ring 112/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Boka tid' }).last()).toHaveAttribute('href', '/hitta-vard?besvar=back_pain');
});

test('the A–Ö list leads to every article', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/halsa');
  const links = page.locator('.summary-list__link');
  expect(await links.count()).toBeGreaterThanOrEqual(40);
  await page.getByRole('link', { name: 'Falsk krupp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Falsk krupp');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Råd om hälsa');
  expect(errors).toEqual([]);
});

test('an article switches language with the page', async ({ page }, info) => {
  test.skip(info.project.name === 'nojs', 'the no-JavaScript switch is covered in language.spec.ts');
  const errors = trackErrors(page);
  await page.goto('/artikel/ont-i-ryggen');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back pain');
  await expect(page.getByRole('heading', { name: 'When and where to seek care' })).toBeVisible();
  await expect(page).toHaveTitle('Back pain – Samla');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ont i ryggen');
  expect(errors).toEqual([]);
});
