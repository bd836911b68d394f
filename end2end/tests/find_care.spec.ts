import { expect, test } from '@playwright/test';
import { trackErrors, waitForHydration } from './pages';

/** Reads "2,6 km" style distances of the listed clinics. */
async function distances(page: import('@playwright/test').Page): Promise<number[]> {
  const texts = await page.locator('.clinic-item__meta').allInnerTexts();
  return texts.map((t) => Number((t.match(/([\d,]+) km/)?.[1] ?? 'NaN').replace(',', '.')));
}

test('Boka tid on the back-pain article lists only clinics that treat back pain', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/artikel/ont-i-ryggen');
  await page.getByRole('link', { name: 'Boka tid', exact: true }).last().click();
  await expect(page).toHaveURL(/\/hitta-vard\?besvar=back_pain/);
  await expect(page.getByText('Mottagningar som tar emot för')).toContainText('ont i ryggen');
  const kinds = await page.locator('.clinic-item__meta > span:first-child').allInnerTexts();
  expect(kinds.length).toBeGreaterThan(0);
  for (const kind of kinds) expect(['Tandvård', 'Barnmorskemottagning', 'Barnavårdscentral (BVC)']).not.toContain(kind);
  const first = page.locator('.clinic-item').first();
  await first.getByRole('heading').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Tar emot för' })).toBeVisible();
  await expect(page.locator('.condition-list')).toContainText('Ont i ryggen');
  expect(errors).toEqual([]);
});

test('clinics that book online link to booking through login, keeping the way back', async ({ page }) => {
  await page.goto('/hitta-vard?besvar=back_pain&webbokning=1');
  const items = page.locator('.clinic-item');
  await expect(items).toHaveCount(20);
  for (const item of await items.all()) {
    await expect(item.getByRole('link', { name: /^Boka tid/ })).toHaveAttribute('href', /^\/logga-in\?next=\/boka-tid%3Fmottagning%3DSE\d/);
    await expect(item.getByText('Boka tid per telefon')).toHaveCount(0);
  }
});

test('clinics that do not book online say to book by phone', async ({ page }) => {
  // Emergency departments never take bookings online.
  await page.goto('/hitta-vard?typ=emergency');
  const items = page.locator('.clinic-item');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) {
    await expect(item.getByText('Boka tid per telefon')).toBeVisible();
    await expect(item.getByRole('link', { name: /^Boka tid/ })).toHaveCount(0);
  }
});

test('a search that is too long or has an impossible position is refused with its reason, keeping what was typed', async ({ page }) => {
  const long = 'ont i ryggen '.repeat(20);
  await page.goto(`/hitta-vard?q=${encodeURIComponent(long)}&typ=dental`);
  await expect(page.getByRole('alert')).toHaveText('Sökningen är för lång. Skriv högst 200 tecken i varje fält.');
  await expect(page.getByLabel('Mottagning, ort eller besvär')).toHaveValue(long);
  await expect(page.getByLabel('Typ av mottagning')).toHaveValue('dental');
  await expect(page.locator('.clinic-item')).toHaveCount(0);
  await page.goto('/hitta-vard?lat=1e308&lon=18');
  await expect(page.getByRole('alert')).toHaveText('Positionen går inte att använda. Skriv en ort i stället.');
});

test('a typed municipality lists clinics nearest first, even typed without dots', async ({ page }) => {
  await page.goto('/hitta-vard');
  await page.getByLabel('Närmast först från ort').fill('Malmo');
  await page.getByLabel('Typ av mottagning').selectOption({ label: 'Vårdcentral' });
  await page.getByRole('button', { name: 'Sök', exact: true }).last().click();
  await expect(page.getByText('Närmast först från Malmö')).toBeVisible();
  const km = await distances(page);
  expect(km.length).toBe(20);
  expect(km.every((d, i) => i === 0 || km[i - 1] <= d)).toBe(true);
  expect(km[0]).toBeLessThan(10);
  // Nothing typed is lost.
  await expect(page.getByLabel('Närmast först från ort')).toHaveValue('Malmo');
  await expect(page.getByLabel('Typ av mottagning')).toHaveValue('health_centre');
});

test('an unknown place is explained and the rest of the search still works', async ({ page }) => {
  await page.goto('/hitta-vard?plats=Atlantis&typ=dental');
  await expect(page.getByRole('alert')).toContainText('Vi hittar ingen ort som heter så');
  await expect(page.getByLabel('Närmast först från ort')).toHaveValue('Atlantis');
  await expect(page.locator('.clinic-item').first()).toContainText('Tandvård');
});

test('pages of results link to each other', async ({ page }) => {
  await page.goto('/hitta-vard?typ=dental');
  const firstName = await page.locator('.clinic-item__name').first().innerText();
  await page.getByRole('link', { name: 'Nästa sida' }).click();
  await expect(page.getByText(/^Sida 2 av \d+/)).toBeVisible();
  await expect(page.locator('.clinic-item__name').first()).not.toHaveText(firstName);
});

test.describe('with the browser position', () => {
  test.use({ geolocation: { latitude: 63.8258, longitude: 20.263 }, permissions: ['geolocation'] });

  test('"use my position" sorts nearest first from where the citizen is', async ({ page }, info) => {
    test.skip(info.project.name === 'nojs', 'needs JavaScript; without it the button is not shown');
    await page.goto('/hitta-vard?typ=dental');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Använd min position' }).click();
    await expect(page).toHaveURL(/lat=63\.8258/);
    await expect(page.getByText('Närmast först från din position')).toBeVisible();
    await expect(page.locator('.clinic-item').first()).toContainText('Umeå');
    await expect(page.getByLabel('Typ av mottagning')).toHaveValue('dental');
  });
});

test('without JavaScript the position button is not offered', async ({ page }, info) => {
  test.skip(info.project.name === 'js', 'checks the server-rendered page');
  await page.goto('/hitta-vard');
  await expect(page.getByRole('button', { name: 'Använd min position' })).toBeHidden();
});
