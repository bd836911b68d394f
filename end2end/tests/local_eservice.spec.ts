import { expect, test } from '@playwright/test';
import { axe, logInAs, scripted } from './login';
import { chooseEnglish } from './pages';
import { staffLogin } from './staff';

// A clinic's own e-service (DOMAIN.md §7), with and without JavaScript: the administrator
// (Maria Nilsson) writes it — a choice with one option is refused, everything typed kept —
// adds a yes/no question, saves and publishes it; a citizen finds it on the clinic's page and
// in find care, answers it, and the case arrives under "Mottagningens ärenden". Withdrawn, it
// is gone from the clinic's page. The staff pages are checked in Swedish and English.

const citizen = () => (scripted() ? 'Karin Andersson' : 'Sara Ek');

test('a local e-service: written, a mistake shown again, published, found by a citizen, answered, arriving as a case, withdrawn', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const title = `Influensavaccination ${test.info().project.name} ${Date.now()}`;
  const { context, staff: maria } = await staffLogin(browser, baseURL!, 'Maria Nilsson', 'Mottagningens ärenden');
  await maria.getByRole('navigation', { name: 'Personalverktyget' }).getByRole('link', { name: 'E-tjänster' }).click();
  await expect(maria.getByRole('heading', { level: 1, name: 'Mottagningens e-tjänster' })).toBeVisible();
  expect(await axe(maria)).toEqual([]);
  await maria.getByRole('link', { name: 'Skriv en ny e-tjänst' }).click();
  await expect(maria.getByRole('heading', { level: 1, name: 'Ny e-tjänst' })).toBeVisible();
  expect(await axe(maria)).toEqual([]);

  // A choice with one option: refused, named, everything kept.
  await maria.getByLabel('E-tjänstens namn').fill(title);
  await maria.getByLabel('Svarstid i arbetsdagar').fill('4');
  let row = maria.getByRole('group', { name: 'Nytt fält' });
  await row.getByLabel('Fråga').fill('Vilken dos vill du ha?');
  await row.getByLabel('Typ av svar').selectOption({ label: 'Val' });
  await row.getByLabel('Svarsalternativ').fill('Första dosen');
  await row.getByLabel('Måste besvaras').check();
  await maria.getByRole('button', { name: 'Spara e-tjänsten' }).click();
  await expect(maria.locator('.error-summary')).toContainText('Skriv minst två svarsalternativ i fält 1, ett per rad.');
  await expect(maria.getByLabel('E-tjänstens namn')).toHaveValue(title);
  expect(await axe(maria)).toEqual([]);
  const first = maria.getByRole('group', { name: 'Fält 1' });
  await expect(first.getByLabel('Fråga')).toHaveValue('Vilken dos vill du ha?');
  await first.getByLabel('Svarsalternativ').fill('Första dosen\nPåfyllnadsdos');
  row = maria.getByRole('group', { name: 'Nytt fält' });
  await row.getByLabel('Fråga').fill('Är du allergisk mot ägg?');
  await row.getByLabel('Typ av svar').selectOption({ label: 'Ja eller nej' });
  await row.getByLabel('Måste besvaras').check();
  await maria.getByRole('button', { name: 'Spara e-tjänsten' }).click();
  await expect(maria.locator('.notice--success')).toHaveText('E-tjänsten är sparad.');
  await expect(maria.getByRole('group', { name: 'Fält 2' }).getByLabel('Fråga')).toHaveValue('Är du allergisk mot ägg?');
  await maria.getByRole('button', { name: 'Publicera' }).click();
  await expect(maria.locator('.notice--success')).toHaveText('E-tjänsten är publicerad: invånare ser den på mottagningens sida.');
  expect(await axe(maria)).toEqual([]);
  const form = (await maria.getByRole('link', { name: 'Så ser invånaren den' }).getAttribute('href'))!;
  const hsa = new URL(form, baseURL).searchParams.get('mottagning')!;

  // The citizen: on the clinic's page and in find care; answered, with a wrong choice first.
  await logInAs(page, citizen(), '/inkorg');
  // Find care's index follows the catalogue's version within a poll (2 s) and a rebuild.
  await expect(async () => {
    await page.goto(`/hitta-vard?q=${encodeURIComponent(title.split(' ')[0])}`);
    await expect(page.locator(`a[href="/mottagning/${hsa}"]`).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.goto(`/mottagning/${hsa}`);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skicka ett ärende' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.locator('.error-summary')).toContainText('Vilken dos vill du ha?');
  await page.getByLabel('Vilken dos vill du ha?').selectOption('Påfyllnadsdos');
  await page.getByRole('group', { name: 'Är du allergisk mot ägg?' }).getByLabel('Nej').check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrollera och skicka' })).toBeVisible();
  await expect(page.locator('.answers')).toContainText('Påfyllnadsdos');
  await expect(page.locator('.answers')).toContainText('Nej');
  await page.getByRole('button', { name: 'Skicka ärendet' }).click();
  await expect(page.locator('.notice--success')).toHaveText('Ditt ärende är skickat till mottagningen.');

  // The clinic has it, named by the e-service.
  await maria.goto('/personal/arenden');
  await maria.getByRole('link', { name: title }).click();
  await expect(maria.locator('.thread')).toContainText('Är du allergisk mot ägg?');
  await expect(maria.locator('.thread')).toContainText('Nej');

  // Withdrawn: gone from the clinic's page.
  await maria.goto('/personal/e-tjanster');
  await maria.getByRole('link', { name: title }).click();
  await maria.getByRole('button', { name: 'Avpublicera' }).click();
  await expect(maria.locator('.notice--success')).toHaveText('E-tjänsten är avpublicerad: invånare ser den inte längre.');
  await page.goto(`/mottagning/${hsa}`);
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);

  // The staff pages in English.
  await chooseEnglish(context, baseURL!);
  await maria.goto('/personal/e-tjanster');
  await expect(maria.getByRole('heading', { level: 1, name: "The clinic's e-services" })).toBeVisible();
  expect(await axe(maria)).toEqual([]);
  await maria.getByRole('link', { name: title }).click();
  await expect(maria.getByRole('heading', { level: 1, name: 'Change e-service' })).toBeVisible();
  expect(await axe(maria)).toEqual([]);
  await context.close();
});
