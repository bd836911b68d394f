import { expect, test } from '@playwright/test';
import { axe, logInAs, scripted } from './login';
import { chooseEnglish } from './pages';

// Mina läkemedel and renewal from the list (issue 11, DOMAIN.md §4), with and without
// JavaScript: plain links and forms either way. Anna Lindqvist takes Levaxin, which runs out
// within a month; Nora Berg is 15 and sees no list.

test('Förnya recept från listan: the renewal goes to the prescribing clinic as a case', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: /^Förnya recept/ }).click();
  await expect(page).toHaveURL(/\/logga-in\?next=(%2F|\/)forny-recept/);
  await logInAs(page, 'Anna Lindqvist', '/forny-recept');
  await expect(page.getByRole('heading', { level: 1, name: 'Mina läkemedel' })).toBeVisible();
  const current = page.locator('section[aria-labelledby="medicines-current"]');
  await expect(current.getByRole('heading', { level: 3, name: 'Levaxin 50 mikrogram tablett' })).toBeVisible();
  await expect(current).toContainText('Dags att förnya');
  await expect(page.getByRole('heading', { level: 2, name: 'Tidigare registrerade läkemedel' })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await current.getByRole('link', { name: 'Förnya Levaxin 50 mikrogram tablett' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förnya recept' })).toBeVisible();
  await expect(page.getByText('Du kan vänta dig svar senast')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByLabel(/Något mer mottagningen behöver veta/).fill(`Inga biverkningar (${test.info().project.name}).`);
  await page.getByRole('button', { name: 'Skicka förnyelsen' }).click();
  await expect(page).toHaveURL(/\/arenden\/\d+\?skickat=1$/);
  await expect(page.getByText('Ditt ärende är skickat till mottagningen.')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Levaxin 50 mikrogram tablett');
  await expect(page.getByRole('main')).toContainText(`Inga biverkningar (${test.info().project.name}).`);
});

test('the 15-year-old sees no medicine list, not even in the renewal form', async ({ page }) => {
  await logInAs(page, 'Nora Berg', '/forny-recept');
  await expect(page.getByText('Listan med tidigare registrerade läkemedel visas från 16 år.')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Flutide');
  await expect(page.getByRole('main')).not.toContainText('Bricanyl');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('link', { name: /^Förnya recept: / }).first().click();
  await expect(page.getByLabel('Vilket läkemedel vill du förnya?')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Förnya från din lista' })).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('Flutide');
  expect(await axe(page)).toEqual([]);
});

test('the personal start page: the overview, then the six errands, nothing else on a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logInAs(page, 'Anna Lindqvist', '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hej Anna' })).toBeVisible();
  const overview = page.getByRole('region', { name: 'Din översikt' });
  for (const part of ['Nästa bokade tid', 'Inkorg', 'Pågående ärenden', 'Läkemedel att förnya']) {
    await expect(overview.getByRole('heading', { level: 2, name: part })).toBeVisible();
  }
  await expect(overview.getByRole('link', { name: 'Förnya Levaxin 50 mikrogram tablett' })).toBeVisible();
  await expect(page.locator('.errand-card')).toHaveCount(6);
  // The health advice and the rules come after the errands, below the first screen.
  const health = await page.locator('#health-heading').boundingBox();
  expect(health!.y).toBeGreaterThan(844);
  expect(await axe(page)).toEqual([]);
});

test('my medicines and the personal start page have no WCAG 2.1 AA violations in English', async ({ page, context, baseURL }) => {
  test.skip(!scripted(), 'axe runs as a script in the page');
  await logInAs(page, 'Anna Lindqvist', '/forny-recept');
  await chooseEnglish(context, baseURL!);
  await page.goto('/forny-recept');
  await expect(page.getByRole('heading', { level: 1, name: 'My medicines' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello Anna' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Medicines to renew' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
