import { expect, test, type Page } from '@playwright/test';
import { axe, identifyAs, scripted } from './login';
import { chooseEnglish } from './pages';

// The inbox and cases (DOMAIN.md §5), with and without JavaScript: the same forms, posted
// with a full page load either way. The clinic answers through the test clinic. The test that
// reads the unread count has a persona of its own in each project, so the count is its own;
// the others share one that nothing counts.

const persona = () => (scripted() ? 'Gunnar Holm' : 'Ali Hassan');
const other = () => (scripted() ? 'Karin Andersson' : 'Sara Ek');

/** The unread count in the header (0 when it shows none). */
async function unread(page: Page) {
  const badge = page.locator('.site-header .badge');
  if ((await badge.count()) === 0) return 0;
  return Number((await badge.innerText()).replace(/\D/g, ''));
}

async function clinicAnswers(page: Page, baseURL: string, caseId: string, text: string, question: boolean) {
  const response = await page.request.post(`${baseURL}/testmottagning/svar`, {
    form: { arende: caseId, text, ...(question ? { fraga: 'ja' } : {}) },
    headers: { Origin: baseURL },
  });
  expect(response.status()).toBe(201);
}

test('Inkorg → login → a case at a clinic, checked and sent, says when to expect an answer; the answer is counted, read and answered', async ({ page, baseURL }) => {
  const subject = `Yrsel ${test.info().project.name} ${Date.now()}`;
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: /^Inkorg/ }).click();
  await identifyAs(page, persona(), '/inkorg');
  await expect(page.getByRole('heading', { level: 1, name: 'Inkorg' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  const before = await unread(page);

  // Find care (health centres) lists who takes contact cases; the link goes straight to the form.
  await page.goto('/hitta-vard?typ=health_centre');
  await page.locator('.clinic-item__contact').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skicka ett ärende' })).toBeVisible();
  await expect(page.getByText(/Mottagningen svarar inom 3 arbetsdagar\. Du kan vänta dig svar senast \d+ \w+ \d{4}\./)).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // A mistake: the summary links to the field; what was typed stays.
  await page.getByLabel('Rubrik').fill(subject);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary.getByRole('link', { name: 'Ditt meddelande: Fyll i det här' })).toHaveAttribute('href', '#case-meddelande');
  await expect(page.getByLabel('Rubrik')).toHaveValue(subject);
  expect(await axe(page)).toEqual([]);
  await summary.getByRole('link', { name: /Ditt meddelande/ }).click();
  await expect(page.getByLabel('Ditt meddelande')).toBeFocused();
  const text = 'Jag blir yr när jag reser mig.\nDet började i förrgår & är <värre> i dag.';
  await page.getByLabel('Ditt meddelande').fill(text);
  await page.getByRole('button', { name: 'Fortsätt' }).click();

  // Check, change, check again, send.
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrollera och skicka' })).toBeVisible();
  await expect(page.getByText('Ett skickat ärende kan inte tas tillbaka.')).toBeVisible();
  await expect(page.locator('.answers')).toContainText('är <värre> i dag.');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Ändra' }).click();
  await expect(page.getByLabel('Ditt meddelande')).toHaveValue(text);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('button', { name: 'Skicka ärendet' }).click();
  await expect(page.locator('.notice--success')).toHaveText('Ditt ärende är skickat till mottagningen.');
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(page.locator('.case-facts__expect')).toHaveText(/^Du kan vänta dig svar senast \d+ \w+ \d{4}$/);
  await expect(page.locator('.case-facts')).toContainText('Skickat');
  expect(await axe(page)).toEqual([]);
  const caseId = new URL(page.url()).pathname.split('/').pop()!;

  // The clinic asks a counter question: the count goes up on every page.
  const question = `Hej! Har du svimmat någon gång? (${subject})`;
  await clinicAnswers(page, baseURL!, caseId, question, true);
  await page.goto('/');
  expect(await unread(page)).toBe(before + 1);
  await page.goto('/inkorg');
  const row = page.locator('.message-list__item', { hasText: subject });
  await expect(row).toContainText('Oläst');
  await expect(row).toContainText('Väntar på ditt svar');
  await row.getByRole('link').click();
  await expect(page).toHaveURL(/\/inkorg\/\d+$/);
  await expect(page.locator('.message__body')).toHaveText(question);
  expect(await unread(page)).toBe(before);
  expect(await axe(page)).toEqual([]);
  await page.getByRole('link', { name: 'Svara i ärendet' }).click();

  // The reply, in the thread; a blank one is refused.
  await page.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(page.locator('.error-summary')).toContainText('Fyll i det här');
  await page.getByLabel('Skriv ett svar').fill('Nej, aldrig.');
  await page.getByRole('button', { name: 'Skicka svar' }).click();
  await expect(page.locator('.notice--success')).toHaveText('Ditt svar är skickat till mottagningen.');
  const thread = page.locator('.thread__message');
  await expect(thread).toHaveCount(3);
  await expect(thread.nth(1)).toContainText('ärendehanterare');
  await expect(thread.nth(2)).toContainText('Nej, aldrig.');
  await page.goto('/arenden');
  await expect(page.locator('.case-list__item', { hasText: subject })).toContainText('Skickat');
  expect(await axe(page)).toEqual([]);
});

test('the inbox filters by clinic and finds a message by a word typed without dots', async ({ page, baseURL }) => {
  await page.goto('/logga-in?next=/inkorg');
  await identifyAs(page, other(), '/inkorg');
  await page.goto('/hitta-vard?typ=health_centre');
  await page.locator('.clinic-item__contact').first().click();
  const word = `Ögonlock${Date.now()}`;
  await page.getByLabel('Rubrik').fill('Ögonen');
  await page.getByLabel('Ditt meddelande').fill('Det kliar.');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('button', { name: 'Skicka ärendet' }).click();
  const caseId = new URL(page.url()).pathname.split('/').pop()!;
  await clinicAnswers(page, baseURL!, caseId, `Om ${word} svullnar, ring oss.`, false);
  await page.goto('/inkorg');
  await page.getByLabel('Sök i inkorgen').fill(word.replace('Ö', 'o'));
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page.locator('.message-list__item')).toHaveCount(1);
  await expect(page.locator('.message-list__item')).toContainText(word);
  await expect(page.getByLabel('Sök i inkorgen')).toHaveValue(word.replace('Ö', 'o'));
  await page.getByLabel('Sök i inkorgen').fill('finns-inte-någonstans');
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page.getByText('Inga meddelanden stämmer med det du valde.')).toBeVisible();
});

test('the inbox, a case and the new-case form in English', async ({ page, context, baseURL }) => {
  // Five axe runs: a busy machine took over 30 s (a from-nothing run sharing its cores).
  test.setTimeout(60_000);
  await page.goto('/logga-in?next=/arenden');
  await identifyAs(page, other(), '/arenden');
  await chooseEnglish(context, baseURL!);
  await page.goto('/inkorg');
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.goto('/arenden');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  const first = page.locator('.case-list__link').first();
  if ((await first.count()) > 0) {
    await first.click();
    await expect(page.getByRole('heading', { level: 2, name: 'Messages in the case' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  }
  await page.goto('/hitta-vard?typ=health_centre');
  await page.locator('.clinic-item__contact').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send a case' })).toBeVisible();
  await page.getByLabel('Subject').fill('Question');
  await page.getByLabel('Your message').fill('A question.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check and send' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test('without a login the inbox and cases go through login and come back', async ({ page }) => {
  for (const path of ['/inkorg', '/arenden']) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/logga-in\\?next=(%2F|/)${path.slice(1)}$`));
  }
});
