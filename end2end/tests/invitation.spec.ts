import { expect, test } from '@playwright/test';
import { axe, logInAs, scripted } from './login';
import { chooseEnglish } from './pages';
import { personnummerOf, staffLogin } from './staff';

// An invitation (kallelse, DOMAIN.md §7), with and without JavaScript: the receiver (Eva Lind)
// finds the citizen by personnummer and the clinic's free times, forgets to choose one (named,
// all kept), chooses and sends; the citizen opens the message, answers the invitation by
// booking the time, and it is her booking; the clinic sees it booked. Pages checked with axe,
// the staff page in Swedish and English.

// Not Gunnar Holm: the events test counts his history.
const citizen = () => (scripted() ? 'Nora Berg' : 'Sara Ek');

test('an invitation: found and sent by the receiver, booked by the citizen from her inbox, seen booked by the clinic', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const pnr = await personnummerOf(page, citizen());
  const { context, staff: eva } = await staffLogin(browser, baseURL!, 'Eva Lind', 'Mottagningens ärenden');
  await eva.getByRole('navigation', { name: 'Personalverktyget' }).getByRole('link', { name: 'Kallelser' }).click();
  await expect(eva.getByRole('heading', { level: 1, name: 'Kallelser' })).toBeVisible();
  expect(await axe(eva)).toEqual([]);
  await eva.getByLabel('Invånarens personnummer').fill(pnr);
  // Five weeks on: later than any time the booking test books for the same citizen.
  await eva.getByLabel('Visa lediga tider från och med').fill(new Date(Date.now() + 35 * 86_400_000).toISOString().slice(0, 10));
  await eva.getByRole('button', { name: 'Visa lediga tider' }).click();
  await expect(eva.locator('.recipient')).toContainText(citizen());
  const times = eva.getByRole('group', { name: 'Välj en tid' });
  await expect(times.getByRole('radio').first()).toBeVisible();
  expect(await axe(eva)).toEqual([]);
  // Sent without a time: named, the words kept.
  const words = `Välkommen på hälsokontroll (${test.info().project.name}).`;
  await eva.getByLabel('Meddelande till invånaren').fill(words);
  await eva.getByRole('button', { name: 'Skicka kallelsen' }).click();
  await expect(eva.locator('.error-summary')).toContainText('Välj en av de lediga tiderna.');
  await expect(eva.getByLabel('Meddelande till invånaren')).toHaveValue(words);
  expect(await axe(eva)).toEqual([]);
  const first = times.getByRole('radio').first();
  const when = (await eva.locator(`label[for="${await first.getAttribute('id')}"]`).textContent())!;
  await first.check();
  await eva.getByRole('button', { name: 'Skicka kallelsen' }).click();
  await expect(eva.locator('.notice--success')).toHaveText('Kallelsen är skickad. Tiden är reserverad för invånaren.');
  const row = eva.locator('tr', { hasText: citizen() }).first();
  await expect(row).toContainText('Väntar på svar');

  // The citizen: the message in the inbox leads to the invitation; she books the time.
  await logInAs(page, citizen(), '/inkorg');
  await page.locator('.message-list__item', { hasText: 'Kallelse' }).first().getByRole('link').first().click();
  await page.getByRole('link', { name: 'Svara på kallelsen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kallelse' })).toBeVisible();
  await expect(page.locator('.message__body')).toContainText(words);
  expect(await axe(page)).toEqual([]);
  const invitation = page.url();
  await page.getByRole('button', { name: 'Boka tiden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Din bokning' })).toBeVisible();
  await expect(page.locator('.booking-facts')).toContainText(when.trim().split(' ').pop()!);

  // Answered: the invitation says so, in English too.
  await chooseEnglish(page.context(), baseURL!);
  await page.goto(invitation);
  await expect(page.getByRole('heading', { level: 1, name: 'Invitation' })).toBeVisible();
  await expect(page.locator('.notice--success')).toHaveText('You have booked the time.');
  expect(await axe(page)).toEqual([]);

  // The clinic sees it booked.
  await eva.reload();
  await expect(eva.locator('tr', { hasText: citizen() }).first()).toContainText('Bokad');
  await chooseEnglish(context, baseURL!);
  await eva.goto('/personal/kallelser');
  await expect(eva.getByRole('heading', { level: 1, name: 'Invitations' })).toBeVisible();
  expect(await axe(eva)).toEqual([]);
  await context.close();
});
