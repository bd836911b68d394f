import { expect, test, type Page } from '@playwright/test';
import { axe, logInAs, tabTo } from './login';
import { chooseEnglish } from './pages';

// Settings and "Vem har läst mina uppgifter" (DOMAIN.md §3), with and without JavaScript.
// Each test has a persona of its own: the runs share one server.

test('mistakes get a summary that links to each field and keep what was typed; good details are saved normalised', async ({ page }) => {
  await logInAs(page, 'Karin Andersson', '/installningar');
  await expect(page.getByRole('heading', { level: 1, name: 'Inställningar' })).toBeVisible();
  await expect(page.getByText('folkbokföringen hos Skatteverket')).toBeVisible();
  await expect(page.getByText('Parkvägen 4')).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await page.getByLabel('Mobilnummer').fill('08-123 45 67');
  await page.getByLabel('E-postadress').fill('karin@exempel');
  await page.getByRole('checkbox', { name: 'Ja, med mejl' }).check();
  await page.getByRole('button', { name: 'Spara' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: /Det är inget mobilnummer/ })).toHaveAttribute('href', '#settings-mobile');
  await expect(summary.getByRole('link', { name: /Kontrollera delen efter @/ })).toHaveAttribute('href', '#settings-email');
  await expect(page.getByLabel('Mobilnummer')).toHaveValue('08-123 45 67');
  await expect(page.getByLabel('E-postadress')).toHaveValue('karin@exempel');
  await expect(page.getByRole('checkbox', { name: 'Ja, med mejl' })).toBeChecked();
  await expect(page.getByLabel('Mobilnummer')).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page)).toEqual([]);
  await summary.getByRole('link', { name: /Det är inget mobilnummer/ }).click();
  await expect(page.getByLabel('Mobilnummer')).toBeFocused();

  await page.getByLabel('Mobilnummer').fill('070-234 56 78');
  await page.getByLabel('E-postadress').fill('karin.andersson@example.se');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('.notice--success')).toHaveText('Dina inställningar är sparade.');
  await expect(page.getByLabel('Mobilnummer')).toHaveValue('+46702345678');
  await expect(page.locator('.error-summary')).toHaveCount(0);
});

test('"Vem har läst mina uppgifter" lists the reads of the settings, in English too', async ({ page, context, baseURL }) => {
  await logInAs(page, 'Nora Berg', '/installningar');
  await page.getByRole('link', { name: 'Vem har läst mina uppgifter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vem har läst mina uppgifter' })).toBeVisible();
  const table = page.getByRole('table', { name: /Läsningar av dina uppgifter/ });
  await expect(table.getByRole('row').nth(1)).toContainText('Nora Berg');
  await expect(table.getByRole('row').nth(1)).toContainText('Du själv');
  await expect(table.getByRole('row').nth(1)).toContainText('Inställningar och kontaktuppgifter');
  expect(await axe(page)).toEqual([]);
  await chooseEnglish(context, baseURL!);
  await page.goto('/installningar');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.goto('/installningar/vem-har-last');
  await expect(page.getByRole('heading', { level: 1, name: 'Who has read my details' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('You');
  expect(await axe(page)).toEqual([]);
});

test('settings are done with the keyboard alone', async ({ page }) => {
  await logInAs(page, 'Sara Ek', '/installningar');
  await tabTo(page, '#settings-mobile');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0705 67 89 01');
  await tabTo(page, '#settings-notify-sms');
  if (!(await page.locator('#settings-notify-sms').isChecked())) await page.keyboard.press('Space');
  // A radio group is one tab stop, on the chosen answer.
  await tabTo(page, 'input[name=share_contact]:checked');
  if (await page.locator('#settings-share-no').isChecked()) await page.keyboard.press('ArrowUp');
  await expect(page.locator('#settings-share-yes')).toBeChecked();
  await tabTo(page, '.settings-form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.notice--success')).toHaveText('Dina inställningar är sparade.');
  await expect(page.getByLabel('Mobilnummer')).toHaveValue('+46705678901');
  await expect(page.locator('#settings-share-yes')).toBeChecked();
});

test('without a login the settings go through login and come back', async ({ page }) => {
  await page.goto('/installningar');
  await expect(page).toHaveURL(/\/logga-in\?next=(%2F|\/)installningar$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
});
