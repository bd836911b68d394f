import { expect, test } from '@playwright/test';
import { axe, logInAs, scripted, tabTo } from './login';
import { chooseEnglish } from './pages';

// The journal (issue 11), read-only: Gunnar Holm's notes, lab results and vaccinations.

test('Journalen: a note explains a medical word when chosen; lab results as a chart and a table', async ({ page }) => {
  await logInAs(page, 'Gunnar Holm', '/journalen');
  await expect(page.getByRole('heading', { level: 1, name: 'Journalen' })).toBeVisible();
  const word = page.locator('details.term').filter({ hasText: 'Hypertoni' }).first();
  await expect(word.getByText('Högt blodtryck.')).toBeHidden();
  await word.locator('summary').click();
  await expect(word.getByText('Högt blodtryck.')).toBeVisible();
  const hba1c = page.locator('article[aria-labelledby="lab-hba1c"]');
  await expect(hba1c.getByRole('img', { name: /^HbA1c \(långtidssocker\): \d+ värden, senast/ })).toBeVisible();
  await expect(hba1c.getByRole('table')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Säsongsinfluensa' }).first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('link', { name: 'Äldre vårdkontakter' }).click();
  await expect(page).toHaveURL(/\/journalen\?sida=2$/);
  await expect(page.locator('li.journal-note').first()).toBeVisible();
});

test('a medical word is opened with the keyboard alone', async ({ page }) => {
  await logInAs(page, 'Gunnar Holm', '/journalen');
  const summary = page.locator('details.term summary').first();
  const id = await summary.evaluate((el) => { el.id = 'first-term'; return el.id; });
  await tabTo(page, `#${id}`, 120);
  await page.keyboard.press('Enter');
  await expect(page.locator('details.term').first()).toHaveAttribute('open', '');
});

test('the journal has no WCAG 2.1 AA violations in English either', async ({ page, context, baseURL }) => {
  test.skip(!scripted(), 'axe runs as a script in the page');
  await logInAs(page, 'Gunnar Holm', '/journalen');
  await chooseEnglish(context, baseURL!);
  await page.goto('/journalen');
  await expect(page.getByRole('heading', { level: 1, name: 'Health record' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'HbA1c (long-term blood sugar)' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
