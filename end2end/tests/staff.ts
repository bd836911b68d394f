import { expect, type Browser, type Page } from '@playwright/test';
import { scripted } from './login';

/** A browser of its own for a member of staff, logged in through the test login. */
export async function staffLogin(browser: Browser, baseURL: string, name: string, lands: string) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: scripted() });
  const staff = await context.newPage();
  await staff.goto('/personal');
  await expect(staff).toHaveURL(/\/personal\/logga-in$/);
  await staff.getByRole('button', { name: `Logga in som ${name}` }).click();
  await expect(staff.getByRole('heading', { level: 1, name: lands })).toBeVisible();
  return { context, staff };
}

/** The persona's personnummer, read from the test e-ID's choice of people. */
export async function personnummerOf(page: Page, name: string): Promise<string> {
  await page.goto('/logga-in?next=%2Finkorg');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('button', { name: 'Öppna BankID-appen' }).click();
  const value = await page.getByRole('radio', { name: new RegExp(`^${name},`) }).getAttribute('value');
  expect(value).toMatch(/^\d{12}$/);
  return value!;
}
