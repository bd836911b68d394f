import { expect, test } from '@playwright/test';
import { trackErrors, waitForHydration } from './pages';

test('the language switch changes the page and is remembered', async ({ page }, info) => {
  const errors = trackErrors(page);

  await page.goto('/om-samla');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Samla');
  if (info.project.name === 'js') {
    // Mark the document: the switch loads the page anew, so that every text changes, the
    // interactive islands' too.
    await waitForHydration(page);
    await page.evaluate(() => { (window as any).__marker = 'old document'; });
  }

  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Samla');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'På svenska' })).toBeVisible();
  await expect(page).toHaveURL(/\/om-samla/);

  // The search field is an island: its texts changed too.
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
  if (info.project.name === 'js') {
    expect(await page.evaluate(() => (window as any).__marker)).toBeUndefined();
    await waitForHydration(page);
  }

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Samla');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Om Samla');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  expect(errors).toEqual([]);
});
