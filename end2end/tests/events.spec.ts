import { expect, test } from '@playwright/test';
import { axe, logInAs, scripted, tabTo } from './login';
import { chooseEnglish } from './pages';

// Upcoming and past events (issue 11), with and without JavaScript: plain links either way.
// Gunnar Holm has years of check-ups, lab results and medicines; reading changes nothing.

const persona = 'Gunnar Holm';

test('Kommande och tidigare händelser: years by month, a filter by kind, older pages and back', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await page.getByRole('link', { name: 'Kommande och tidigare händelser' }).first().click();
  await expect(page).toHaveURL(/\/logga-in\?next=%2Fhandelser|\/logga-in\?next=\/handelser/);
  await logInAs(page, persona, '/handelser');
  await expect(page.getByRole('heading', { level: 1, name: 'Kommande och tidigare händelser' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kommande' })).toBeVisible();
  await expect(page.locator('.event-month').first()).toBeVisible();
  await expect(page.locator('li.event')).toHaveCount(30);
  await expect(page.locator('.kind-filter a[aria-current="page"]')).toHaveText('Allt');
  expect(await axe(page)).toEqual([]);

  // Only lab results; the filter says which is chosen, and paging keeps it.
  await page.locator('.kind-filter').getByRole('link', { name: 'Provsvar' }).click();
  await expect(page).toHaveURL(/\/handelser\?visa=provsvar$/);
  await expect(page.locator('.kind-filter a[aria-current="page"]')).toHaveText('Provsvar');
  await expect(page.getByRole('heading', { level: 2, name: 'Kommande' })).toHaveCount(0);
  const kinds = await page.locator('.event__kind').allInnerTexts();
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds.map((k) => k.toLowerCase()))).toEqual(new Set(['provsvar']));
  await expect(page.getByText('HbA1c (långtidssocker)').first()).toBeVisible();
  await expect(page.getByText(/referensintervallet/).first()).toBeVisible();
  await page.getByRole('link', { name: 'Äldre händelser' }).click();
  await expect(page).toHaveURL(/visa=provsvar&fore=/);
  await expect(page.locator('li.event').first()).toBeVisible();
  await page.getByRole('link', { name: 'Till de senaste händelserna' }).click();
  await expect(page).toHaveURL(/\/handelser\?visa=provsvar$/);

  // His medicines, as written.
  await page.locator('.kind-filter').getByRole('link', { name: 'Läkemedel' }).click();
  await expect(page.getByText('Metformin 500 mg tablett').first()).toBeVisible();
  await expect(page.getByText('1 tablett morgon och kväll').first()).toBeVisible();
});

test('the events flow is reached and paged with the keyboard alone', async ({ page }) => {
  await logInAs(page, persona, '/handelser');
  await tabTo(page, '.kind-filter a[href="/handelser?visa=vaccinationer"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.kind-filter a[aria-current="page"]')).toHaveText('Vaccinationer');
  await expect(page.getByText('Vaxigrip Tetra').first()).toBeVisible();
});

test('the events flow has no WCAG 2.1 AA violations in English either', async ({ page, context, baseURL }) => {
  test.skip(!scripted(), 'axe runs as a script in the page');
  await logInAs(page, persona, '/handelser');
  await chooseEnglish(context, baseURL!);
  await page.goto('/handelser');
  await expect(page.getByRole('heading', { level: 1, name: 'Upcoming and past events' })).toBeVisible();
  await expect(page.locator('.event__kind').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.goto('/handelser?visa=provsvar');
  await expect(page.getByText('HbA1c (long-term blood sugar)').first()).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
