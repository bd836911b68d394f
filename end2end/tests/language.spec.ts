import { expect, test } from '@playwright/test';
import { trackErrors, waitForHydration } from './pages';

test('the language switch changes the page and is remembered', async ({ page }, info) => {
  const errors = trackErrors(page);

  await page.goto('/om-samla');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Samla');
  if (info.project.name === 'js') {
    // Wait for hydration, then mark the document: it must survive the switch (no reload).
    await waitForHydration(page);
    await page.evaluate(() => { (window as any).__marker = 'same document'; });
  }

  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Samla');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'På svenska' })).toBeVisible();
  await expect(page).toHaveURL(/\/om-samla/);

  if (info.project.name === 'js') {
    // Only the hydrated WebAssembly app can have changed the page in place.
    expect(await page.evaluate(() => (window as any).__marker)).toBe('same document');
  }

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Samla');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Samla');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  expect(errors).toEqual([]);
});
