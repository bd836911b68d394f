import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Whether this run has JavaScript (the `js` project) or not (`nojs`). */
export const scripted = () => test.info().project.name === 'js';

/** Logs in with test BankID on this device as the persona whose label starts with `name`. */
export async function logInAs(page: Page, name: string, next = '/inkorg') {
  await page.goto(`/logga-in?next=${encodeURIComponent(next)}`);
  await identifyAs(page, name, next);
}

/** On the login page: test BankID on this device as `name`, landing on `next`. */
export async function identifyAs(page: Page, name: string, next: string) {
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('button', { name: 'Öppna BankID-appen' }).click();
  await page.getByRole('radio', { name: new RegExp(`^${name},`) }).check();
  await page.getByRole('button', { name: 'Identifiera', exact: true }).click();
  // The app started on this device returns to the waiting page.
  if (!scripted()) await expect(page.getByText('Klart, du är identifierad.')).toBeVisible();
  await finishLogin(page, next);
}

/** On the waiting page after approval in the app: with JavaScript it goes on by itself;
 * without, the citizen presses "Kontrollera och fortsätt". */
export async function finishLogin(page: Page, next: string) {
  if (!scripted()) await page.getByRole('button', { name: 'Kontrollera och fortsätt' }).click();
  await expect(page).toHaveURL((url) => url.pathname + url.search === next, { timeout: 10_000 });
}

/** WCAG 2.1 AA violations on the page. axe runs as a script in the page: with JavaScript only
 * (the pages are the server's HTML either way; accessibility.spec checks the no-JavaScript
 * rendering of the open pages). */
export async function axe(page: Page) {
  if (!scripted()) return [];
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Presses Tab until `selector` has the focus (or fails after `max` presses). */
export async function tabTo(page: Page, selector: string, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
