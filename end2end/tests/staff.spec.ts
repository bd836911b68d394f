import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axe, logInAs, scripted, tabTo } from './login';
import { chooseEnglish } from './pages';
import { personnummerOf, staffLogin } from './staff';

// The staff tool (DOMAIN.md §5–§7) across both sides, with and without JavaScript: a citizen
// sends a case with a PDF; the clinic's case receiver (Eva Lind) finds it under "Mottagningens
// ärenden" and assigns it; the handler (Johan Berg) opens it — the citizen's access log says so
// — and answers by keyboard alone from a reply template with an X-ray image, reviewed in the
// preview before it is sent; the citizen is notified and reads it; the handler sees when. The templates page is checked in Swedish and English.
// Each project has its own citizen; both share the seeded staff and clinic.

const PDF = { name: 'remiss.pdf', mimeType: 'application/pdf', buffer: readFileSync(join(__dirname, '..', 'fixtures', 'remiss.pdf')) };
const XRAY = { name: 'knä-röntgen.png', mimeType: 'image/png', buffer: readFileSync(join(__dirname, '..', 'fixtures', 'rontgen.png')) };
const citizen = () => (scripted() ? 'Karin Andersson' : 'Sara Ek');

async function sendCaseWithPdf(page: Page, hsa: string, subject: string) {
  await logInAs(page, citizen(), '/inkorg');
  await page.goto(`/arenden/nytt?mottagning=${hsa}&tjanst=kontakta`);
  await page.getByLabel('Rubrik').fill(subject);
  await page.getByLabel('Ditt meddelande').fill('Knät har svullnat efter löpning. Remissen bifogas.');
  // With JavaScript the file is uploaded by the (lazy) island: wait until it has hydrated, or the
  // choice lands in a plain input nobody listens to yet.
  if (scripted()) await expect(page.locator('.attachments[data-interactive]')).toBeVisible();
  await page.getByLabel('Bifoga filer (valfritt)').setInputFiles([PDF]);
  if (scripted()) await expect(page.getByRole('button', { name: 'Ta bort remiss.pdf' })).toBeVisible();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrollera och skicka' })).toBeVisible();
  await page.getByRole('button', { name: 'Skicka ärendet' }).click();
  await expect(page.locator('.notice--success')).toHaveText('Ditt ärende är skickat till mottagningen.');
}

test('a case with a PDF: assigned by the receiver, opened and answered by keyboard by the handler, read by the citizen, the read seen by the handler', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const subject = `Knäet ${test.info().project.name} ${Date.now()}`;
  const { context: evaContext, staff: eva } = await staffLogin(browser, baseURL!, 'Eva Lind', 'Mottagningens ärenden');
  expect(await axe(eva)).toEqual([]);
  const hsa = (await eva.locator('.lead a').getAttribute('href'))!.split('/').pop()!;

  await sendCaseWithPdf(page, hsa, subject);

  // The receiver: the case is to be distributed; she opens it and assigns it.
  await eva.reload();
  await eva.getByRole('link', { name: subject }).click();
  await expect(eva.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const facts = eva.locator('.case-facts');
  await expect(facts).toContainText(citizen());
  await expect(facts).toContainText('Invånaren själv');
  await expect(facts).toContainText('Ej tilldelat');
  await expect(eva.locator('.thread__files')).toContainText('remiss.pdf');
  expect(await axe(eva)).toEqual([]);
  await eva.getByLabel('Ärendehanterare').selectOption({ label: 'Johan Berg' });
  await eva.getByRole('button', { name: 'Tilldela' }).click();
  await expect(eva.locator('.notice--success')).toHaveText('Ärendet är tilldelat.');
  await expect(facts).toContainText('Johan Berg');

  // The handler: his own list holds it; the citizen's PDF opens.
  const { context: johanContext, staff: johan } = await staffLogin(browser, baseURL!, 'Johan Berg', 'Mina ärenden');
  await expect(johan.getByRole('navigation', { name: 'Personalverktyget' }).getByRole('link', { name: 'Mottagningens ärenden' })).toHaveCount(0);
  expect(await axe(johan)).toEqual([]);
  await johan.getByRole('link', { name: subject }).click();
  await expect(johan.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const file = await johan.locator('.thread__files').getByRole('link', { name: 'remiss.pdf' }).getAttribute('href');
  const served = await johan.request.get(file!);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('application/pdf');

  // A member of another clinic: no such case, in the same words as for none.
  const { context: perContext, staff: per } = await staffLogin(browser, baseURL!, 'Per Ström', 'Mottagningens ärenden');
  await per.goto(new URL(johan.url()).pathname);
  await expect(per.getByRole('heading', { level: 1, name: 'Ärendet finns inte' })).toBeVisible();
  await expect(per.getByText(subject)).toHaveCount(0);
  expect((await per.request.get(file!)).status()).toBe(404);
  expect(await axe(per)).toEqual([]);
  await perContext.close();

  // The citizen sees who read her case.
  await page.goto('/installningar/vem-har-last');
  await expect(page.locator('.data-table')).toContainText('Johan Berg, Distriktsläkare');
  await expect(page.locator('.data-table')).toContainText('Vårdpersonal, ärendehanterare');

  // The handler answers by keyboard alone; a blank answer first is refused and kept.
  await tabTo(johan, '#answer-text');
  await johan.keyboard.press('Tab');
  await expect(johan.getByLabel('Motfråga: be invånaren svara')).toBeFocused();
  await johan.keyboard.press('Tab');
  await expect(johan.getByLabel('Bifoga filer (valfritt)')).toBeFocused();
  await johan.keyboard.press('Tab');
  await johan.keyboard.press('Enter');
  await expect(johan.locator('.error-summary')).toContainText('Skriv ett meddelande till invånaren.');
  // A reply template, chosen and used by keyboard, filled in for the citizen, then added to.
  await tabTo(johan, '#template-choice');
  await johan.keyboard.press('ArrowDown');
  await expect(johan.locator('#template-choice option:checked')).toHaveText('Tack för ditt meddelande');
  await johan.keyboard.press('Tab');
  await johan.keyboard.press('Enter');
  const answer = johan.locator('#answer-text');
  await expect(answer).toHaveValue(new RegExp(`^Hej ${citizen().split(' ')[0]}!\n\nTack för ditt meddelande\.`));
  await expect(answer).toHaveValue(/Johan Berg, /);
  await tabTo(johan, '#answer-text');
  await johan.keyboard.press('Control+End');
  await johan.keyboard.type('\n\nVila knät och kyl det. Hör av dig om det inte blir bättre på en vecka.');
  await johan.keyboard.press('Tab');
  await johan.keyboard.press('Tab');
  // An image, chosen in the file input the keyboard reached (the system's file dialog is
  // outside the page), then the one button: with a file it leads to the preview.
  await expect(johan.locator('#answer-files')).toBeFocused();
  await johan.locator('#answer-files').setInputFiles([XRAY]);
  await johan.keyboard.press('Tab');
  await johan.keyboard.press('Enter');
  await expect(johan.getByRole('heading', { level: 2, name: 'Granska svaret innan du skickar' })).toBeVisible();
  await expect(johan.locator('.thread__body')).not.toHaveCount(0);
  const shown = johan.getByRole('img', { name: 'Förhandsvisning av knä-röntgen.png' });
  await expect(shown).toBeVisible();
  expect(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await axe(johan)).toEqual([]);
  // "Skicka svaret" without ticking "reviewed": refused, nothing sent; then ticked and sent.
  await tabTo(johan, 'button[value="skicka"]');
  await johan.keyboard.press('Enter');
  await expect(johan.locator('.error-summary')).toContainText('Bekräfta att du har granskat filerna innan du skickar.');
  await tabTo(johan, '#answer-reviewed');
  await johan.keyboard.press('Space');
  await johan.keyboard.press('Tab');
  await expect(johan.getByRole('button', { name: 'Skicka svaret' })).toBeFocused();
  await johan.keyboard.press('Enter');
  await expect(johan.locator('.notice--success')).toHaveText('Meddelandet är skickat till invånaren.');
  const last = johan.locator('.thread__message').last();
  await expect(last).toContainText('Johan Berg, Distriktsläkare');
  await expect(last).toContainText('knä-röntgen.png');
  await expect(last).toContainText('Inte läst av invånaren ännu');

  // The citizen reads it.
  await page.goto('/inkorg');
  await page.locator('.message-list__item', { hasText: subject }).getByRole('link').click();
  await expect(page.locator('.message__body')).toContainText('Vila knät och kyl det.');
  await expect(page.getByRole('link', { name: /knä-röntgen\.png/ })).toBeVisible();

  // The handler sees when; the page in English too.
  await johan.reload();
  await expect(johan.locator('.thread__message').last()).toContainText(/Läst av invånaren \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  await chooseEnglish(johanContext, baseURL!);
  await johan.reload();
  await expect(johan.locator('.thread__message').last()).toContainText('Read by the citizen');
  expect(await axe(johan)).toEqual([]);
  await johan.goto('/personal/mina-arenden');
  await expect(johan.getByRole('heading', { level: 1, name: 'My cases' })).toBeVisible();
  expect(await axe(johan)).toEqual([]);
  await eva.goto('/personal/mallar');
  await expect(eva.getByRole('heading', { level: 1, name: 'Svarsmallar' })).toBeVisible();
  expect(await axe(eva)).toEqual([]);
  await chooseEnglish(evaContext, baseURL!);
  await eva.reload();
  await expect(eva.getByRole('heading', { level: 1, name: 'Reply templates' })).toBeVisible();
  expect(await axe(eva)).toEqual([]);
  await eva.locator('.template-list__item a').first().click();
  await expect(eva.getByRole('heading', { level: 1, name: 'Change reply template' })).toBeVisible();
  expect(await axe(eva)).toEqual([]);
  await eva.goto('/personal/arenden?visa=pagaende');
  await expect(eva.getByRole('heading', { level: 1, name: "The clinic's cases" })).toBeVisible();
  await expect(eva.getByRole('link', { name: 'All open' })).toHaveAttribute('aria-current', 'page');
  expect(await axe(eva)).toEqual([]);
  await evaContext.close();
  await johanContext.close();
});

test('the staff login in Swedish and English, the log-out, and the login needed again after it', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: scripted() });
  const staff = await context.newPage();
  await staff.goto('/personal/logga-in');
  await expect(staff.getByRole('heading', { level: 1, name: 'Logga in i personalverktyget' })).toBeVisible();
  expect(await axe(staff)).toEqual([]);
  await chooseEnglish(context, baseURL!);
  await staff.reload();
  await expect(staff.getByRole('heading', { level: 1, name: 'Log in to the staff tool' })).toBeVisible();
  expect(await axe(staff)).toEqual([]);
  await staff.getByRole('button', { name: 'Log in as Per Ström' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: "The clinic's cases" })).toBeVisible();
  await staff.goto('/personal/arenden/999999999');
  await expect(staff.getByRole('heading', { level: 1, name: 'No such case' })).toBeVisible();
  expect(await axe(staff)).toEqual([]);
  await staff.getByRole('button', { name: 'Log out' }).click();
  await expect(staff.getByText('You are logged out of the staff tool.')).toBeVisible();
  await staff.goto('/personal/arenden');
  await expect(staff).toHaveURL(/\/personal\/logga-in$/);
  await context.close();
});

test('Skicka ärende: the receiver finds the citizen by personnummer, sees how she is notified, starts from a template and sends; the citizen gets it', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const pnr = await personnummerOf(page, citizen());
  const { context: evaContext, staff: eva } = await staffLogin(browser, baseURL!, 'Eva Lind', 'Mottagningens ärenden');
  await eva.getByRole('link', { name: 'Skicka ärende' }).click();
  await expect(eva.getByRole('heading', { level: 1, name: 'Skicka ärende' })).toBeVisible();
  expect(await axe(eva)).toEqual([]);
  // A mistyped last digit: refused with why, the digits kept.
  const wrong = pnr.slice(0, -1) + String((Number(pnr.slice(-1)) + 1) % 10);
  await eva.getByLabel('Invånarens personnummer').fill(wrong);
  await eva.getByRole('button', { name: 'Hämta invånaren' }).click();
  await expect(eva.locator('.error-summary')).toContainText('Personnumret stämmer inte.');
  await expect(eva.getByLabel('Invånarens personnummer')).toHaveValue(wrong);
  expect(await axe(eva)).toEqual([]);
  // Found: her name and her notification choice, read-only; the template filled in for her.
  await eva.getByLabel('Invånarens personnummer').fill(pnr);
  await eva.getByLabel('Meddelandemall (valfritt)').selectOption({ label: 'Tack för ditt meddelande' });
  await eva.getByRole('button', { name: 'Hämta invånaren' }).click();
  const facts = eva.locator('.recipient');
  await expect(facts).toContainText(citizen());
  await expect(facts).toContainText(`${pnr.slice(0, 8)}-${pnr.slice(8)}`);
  await expect(facts).toContainText('Avisering');
  await expect(facts).toContainText('Invånarens eget val. Bara invånaren kan ändra det.');
  await expect(facts.locator('input, select, textarea')).toHaveCount(0);
  await expect(eva.getByLabel('Rubrik')).toHaveValue('Tack för ditt meddelande');
  await expect(eva.getByLabel('Meddelande till invånaren')).toHaveValue(new RegExp(`^Hej ${citizen().split(' ')[0]}!`));
  expect(await axe(eva)).toEqual([]);
  const subject = `Dags för provtagning ${test.info().project.name} ${Date.now()}`;
  await eva.getByLabel('Rubrik').fill(subject);
  await eva.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(eva.locator('.notice--success')).toHaveText('Meddelandet är skickat till invånaren.');
  await expect(eva.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  // The citizen has it in her inbox.
  await logInAs(page, citizen(), '/inkorg');
  await expect(page.locator('.message-list__item', { hasText: subject })).toBeVisible();
  // The page in English too.
  await chooseEnglish(evaContext, baseURL!);
  await eva.goto('/personal/skicka');
  await expect(eva.getByRole('heading', { level: 1, name: 'Send a case' })).toBeVisible();
  expect(await axe(eva)).toEqual([]);
});
