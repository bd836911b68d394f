import { expect, test, type Page } from '@playwright/test';
import { axe, finishLogin, logInAs, scripted, tabTo } from './login';
import { chooseEnglish, trackErrors } from './pages';

// Logging in with the test e-ID (DOMAIN.md §2), with and without JavaScript.

/** The QR code's text, read fresh (without JavaScript the page is loaded again for it). */
async function currentCode(page: Page): Promise<string> {
  if (!scripted()) await page.reload();
  return (await page.locator('.login-qr__code').innerText()).trim();
}

test('start page → Inkorg → BankID on another device: the QR code changes, the app approves, the inbox greets by name', async ({ page, browser, baseURL }) => {
  const errors = trackErrors(page);
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: /^Inkorg/ }).click();
  await expect(page).toHaveURL(/\/logga-in\?next=\/inkorg$/);
  await page.getByRole('radio', { name: /annan mobil/ }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page).toHaveURL(/\/logga-in\/vantar$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in med BankID');
  await expect(page.getByRole('img', { name: 'QR-kod att skanna med appen' })).toBeVisible();
  if (scripted()) {
    // The code changes every second, without a page load.
    const seen = new Set<string>();
    await expect(async () => {
      seen.add(await page.locator('.login-qr__code').innerText());
      expect(seen.size).toBeGreaterThanOrEqual(3);
    }).toPass({ timeout: 10_000, intervals: [300] });
  } else {
    await expect(page.getByText('Utan JavaScript byts QR-koden inte ut')).toBeVisible();
  }
  expect(await axe(page)).toEqual([]);

  // The phone: another device, with cookies of its own.
  const phone = await browser.newContext({ baseURL });
  const app = await phone.newPage();
  await app.goto('/test-e-legitimation');
  await app.getByLabel('Kod från QR-koden').fill(await currentCode(page));
  await app.getByRole('button', { name: 'Skanna' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toHaveText('BankID – Identifiera dig');
  expect(await axe(app)).toEqual([]);
  await app.getByRole('radio', { name: /^Anna Lindqvist, 41 år/ }).check();
  await app.getByRole('button', { name: 'Identifiera', exact: true }).click();
  await expect(app.getByText('Klart. Gå tillbaka till Samla')).toBeVisible();
  await phone.close();

  await finishLogin(page, '/inkorg');
  await expect(page.getByRole('heading', { level: 1, name: 'Inkorg' })).toBeVisible();
  await expect(page.locator('.site-header')).toContainText('Anna Lindqvist');
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('Freja eID+ on this device: the app opens here and the first login lands on the errand', async ({ page }) => {
  await page.goto('/logga-in?next=/inkorg');
  await page.getByRole('radio', { name: 'Freja eID+' }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in med Freja eID+');
  await page.getByRole('button', { name: 'Öppna Freja-appen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Freja eID+ – Identifiera dig');
  await page.getByRole('radio', { name: /^Ali Hassan, 33 år – Har aldrig loggat in/ }).check();
  await page.getByRole('button', { name: 'Identifiera', exact: true }).click();
  await finishLogin(page, '/inkorg');
  await expect(page.locator('.site-header')).toContainText('Ali Hassan');
});

test('cancelling in the app says so and offers to try again, keeping the errand', async ({ page }) => {
  await page.goto('/logga-in?next=/intyg');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('button', { name: 'Öppna BankID-appen' }).click();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page).toHaveURL(/\/logga-in\/vantar$/);
  await expect(page.getByText('Åtgärden avbröts. Du är inte inloggad.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Försök igen' })).toHaveAttribute('href', '/logga-in?next=/intyg');
});

test('a QR code not scanned within 30 seconds times out with its message', async ({ page }) => {
  test.setTimeout(75_000);
  await page.goto('/logga-in?next=/inkorg');
  await page.getByRole('radio', { name: /annan mobil/ }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('img', { name: 'QR-kod att skanna med appen' })).toBeVisible();
  if (scripted()) {
    await expect(page.getByText('Tiden för att skanna QR-koden gick ut. Försök igen.')).toBeVisible({ timeout: 40_000 });
  } else {
    await page.waitForTimeout(31_000);
    await page.getByRole('button', { name: 'Kontrollera och fortsätt' }).click();
    await expect(page.getByText('Tiden för att skanna QR-koden gick ut. Försök igen.')).toBeVisible();
  }
  await expect(page.getByRole('img', { name: 'QR-kod att skanna med appen' })).toHaveCount(0);
});

test('a mistyped personnummer gets its own message, the summary links to the field, and the digits stay', async ({ page }) => {
  await page.goto('/logga-in?next=/inkorg');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('button', { name: 'Öppna BankID-appen' }).click();
  await page.getByRole('radio', { name: 'Annat personnummer' }).check();
  await page.getByLabel('Personnummer', { exact: true }).fill('19850412-2387');
  await page.getByRole('button', { name: 'Identifiera', exact: true }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Det finns ett fel');
  await expect(summary).toContainText('Personnumret stämmer inte');
  await expect(page.getByLabel('Personnummer', { exact: true })).toHaveValue('19850412-2387');
  await expect(page.getByLabel('Personnummer', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('radio', { name: 'Annat personnummer' })).toBeChecked();
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Personnummer', { exact: true })).toBeFocused();
  expect(await axe(page)).toEqual([]);

  await page.getByLabel('Personnummer', { exact: true }).fill('850412-2386');
  await page.getByRole('button', { name: 'Identifiera', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('med århundradet först');
});

test('logging out ends the session, says so, and the back button shows nothing personal', async ({ page }) => {
  await logInAs(page, 'Anna Lindqvist');
  await expect(page.locator('.site-header')).toContainText('Anna Lindqvist');
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Du är utloggad' })).toBeVisible();
  await expect(page.locator('.site-header')).not.toContainText('Anna Lindqvist');
  await page.goBack();
  // The inbox is not shown from the cache: it asks the server, which sends to login.
  await expect(page).toHaveURL(/\/logga-in\?next=\/inkorg$/);
  await expect(page.locator('body')).not.toContainText('Anna Lindqvist');
});

test('a session cookie set before login does not work after it', async ({ page, context, browser, baseURL }) => {
  await context.addCookies([{ name: '__Host-samla-session', value: 'captured-before-login', domain: new URL(baseURL!).hostname, path: '/', secure: true, httpOnly: true, sameSite: 'Lax' }]);
  await logInAs(page, 'Gunnar Holm');
  const session = (await context.cookies()).find((c) => c.name === '__Host-samla-session');
  expect(session?.value).toMatch(/^[0-9a-f]{64}$/);
  expect(session?.value).not.toBe('captured-before-login');
  expect(session?.httpOnly && session?.secure && session?.sameSite === 'Lax').toBe(true);

  const other = await browser.newContext({ baseURL });
  await other.addCookies([{ name: '__Host-samla-session', value: 'captured-before-login', domain: new URL(baseURL!).hostname, path: '/', secure: true, httpOnly: true, sameSite: 'Lax' }]);
  const thief = await other.newPage();
  await thief.goto('/inkorg');
  await expect(thief).toHaveURL(/\/logga-in\?next=\/inkorg$/);
  await other.close();
});

test('the login pages have no WCAG 2.1 AA violations in English either', async ({ page, context, baseURL }) => {
  await chooseEnglish(context, baseURL!);
  await page.goto('/logga-in?next=/inkorg');
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in with BankID' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Open the BankID app' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'BankID – Identify yourself' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('radio', { name: /^Karin Andersson, 38 years/ }).check();
  await page.getByRole('button', { name: 'Identify', exact: true }).click();
  if (!scripted()) await page.getByRole('button', { name: 'Check and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('login works with the keyboard alone', async ({ page }) => {
  await page.goto('/logga-in?next=/inkorg');
  await tabTo(page, '#login-method-bankid');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Freja eID+' })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'BankID' })).toBeChecked();
  await tabTo(page, '.login-form button[type=submit]');
  await page.keyboard.press('Enter');
  await tabTo(page, 'button:has-text("Öppna BankID-appen")');
  await page.keyboard.press('Enter');
  await tabTo(page, '#sim-person-0');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Karin Andersson/ })).toBeChecked();
  await tabTo(page, '#sim-identify');
  await page.keyboard.press('Enter');
  if (!scripted()) {
    await tabTo(page, 'button:has-text("Kontrollera och fortsätt")');
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(/\/inkorg$/);
  await expect(page.locator('.site-header')).toContainText('Karin Andersson');
});

test('the idle warning comes before the session ends, takes the focus, and "Fortsätt vara inloggad" keeps the session', async ({ browser }) => {
  const short = process.env.SHORT_SESSION_URL;
  test.skip(!scripted(), 'the warning is a dialog; without JavaScript the server ends the session all the same');
  test.skip(!short, 'needs the second server with short sessions that the test command starts');
  test.setTimeout(90_000);
  // That server: sessions end after 30 s without activity and warn 20 s before.
  const context = await browser.newContext({ baseURL: short });
  const page = await context.newPage();
  await logInAs(page, 'Anna Lindqvist');
  const loggedInAt = Date.now();
  const dialog = page.getByRole('dialog', { name: 'Vill du fortsätta vara inloggad?' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByRole('button', { name: 'Fortsätt vara inloggad' })).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  // Past the end the session would have had without "stay": still logged in.
  await page.waitForTimeout(Math.max(0, loggedInAt + 33_000 - Date.now()));
  await page.reload();
  await expect(page.locator('.site-header')).toContainText('Anna Lindqvist');

  // Left alone, the warning comes again and the page then says the session ended.
  await expect(page.getByText('Du loggades ut automatiskt')).toBeVisible({ timeout: 45_000 });
  await context.close();
});
