import { expect, test, type Page } from '@playwright/test';
import { axe, identifyAs, scripted, tabTo } from './login';
import { chooseEnglish } from './pages';

// Booking (issue 11), with and without JavaScript: plain links and forms either way. Each
// project books as a persona of its own whose unread count no other test reads.

const persona = () => (scripted() ? 'Karin Andersson' : 'Sara Ek');

/** From a week of times: the next week's first free time, more than 24 hours ahead. */
async function pickNextWeeksFirstTime(page: Page, later = 'Senare tider', earlier = 'Tidigare tider') {
  await page.getByRole('link', { name: later }).click();
  await expect(page.getByRole('link', { name: earlier })).toBeVisible();
  const time = page.locator('.time-list__time').first();
  const label = await time.innerText();
  await time.click();
  return label;
}

test('Boka tid from the article "Ont i ryggen" → login → a time → booked → listed → rebooked → cancelled', async ({ page }) => {
  // Many pages and axe runs: room for a machine busy with other work.
  test.setTimeout(90_000);
  await page.goto('/artikel/ont-i-ryggen');
  await page.getByRole('link', { name: 'Boka tid', exact: true }).last().click();
  await expect(page).toHaveURL(/\/hitta-vard\?besvar=back_pain/);
  const book = page.locator('.clinic-item a.button--small').first();
  const clinic = (await book.innerText()).split('–').pop()!.trim();
  await book.click();
  await identifyAs(page, persona(), await nextFromLogin(page));

  // The clinic's kinds of visit, then a week of times.
  await expect(page.getByRole('heading', { level: 2, name: 'Vad gäller besöket?' })).toBeVisible();
  await expect(page.locator('.lead')).toContainText(clinic);
  expect(await axe(page)).toEqual([]);
  await page.getByRole('link', { name: 'Besök hos läkare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Välj tid' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  const time = await pickNextWeeksFirstTime(page);

  // The summary, a note, booked.
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrollera och boka' })).toBeVisible();
  await expect(page.locator('.booking-facts')).toContainText(`kl. ${time}`);
  expect(await axe(page)).toEqual([]);
  await page.getByLabel(/Vill du berätta något för mottagningen/).fill('Ont i ländryggen sedan två veckor.');
  await page.getByRole('button', { name: 'Boka tiden' }).click();
  await expect(page.getByRole('status')).toContainText('Din tid är bokad.');
  await expect(page.locator('.booking-facts')).toContainText('Ont i ländryggen sedan två veckor.');
  await expect(page.locator('.booking-facts')).toContainText(clinic);
  expect(await axe(page)).toEqual([]);
  const bookingUrl = new URL(page.url()).pathname;

  // Listed under Boka tid.
  await page.goto('/boka-tid');
  await expect(page.locator(`a[href="${bookingUrl}"]`)).toContainText(`kl. ${time}`);
  expect(await axe(page)).toEqual([]);

  // First among upcoming events, linked to the booking.
  await page.goto('/handelser');
  const upcoming = page.locator('section[aria-labelledby="events-upcoming"]');
  await expect(upcoming.locator(`a[href="${bookingUrl}"]`)).toHaveText('Besök hos läkare');
  await expect(upcoming).toContainText(clinic);
  expect(await axe(page)).toEqual([]);

  // And on the personal start page, as the next booked time.
  await page.goto('/');
  const next = page.locator('section[aria-labelledby="overview-booking"]');
  await expect(next.locator(`a[href="${bookingUrl}"]`)).toContainText('Besök hos läkare');
  await expect(next).toContainText(clinic);

  // Rebooked to another time of the same kind, at the same clinic.
  await page.goto(bookingUrl);
  await page.getByRole('link', { name: 'Omboka' }).click();
  await expect(page.getByText(/Du ombokar tiden/)).toBeVisible();
  await page.getByRole('link', { name: 'Senare tider' }).click();
  await expect(page.getByRole('link', { name: 'Tidigare tider' })).toBeVisible();
  const later = page.locator('.time-list__time').nth(1);
  const laterTime = await later.innerText();
  await later.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrollera och omboka' })).toBeVisible();
  await page.getByRole('button', { name: 'Omboka till den här tiden' }).click();
  await expect(page.getByRole('status')).toContainText('Din tid är ombokad.');
  await expect(page.locator('.booking-facts')).toContainText(`kl. ${laterTime}`);

  // Cancelled, after the page that asks; "Nej" keeps it.
  await page.getByRole('link', { name: 'Avboka' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vill du avboka tiden?' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('link', { name: 'Nej, behåll tiden' }).click();
  await expect(page.locator('.booking-facts')).toContainText('Bokad');
  await page.getByRole('link', { name: 'Avboka' }).click();
  await page.getByRole('button', { name: 'Ja, avboka tiden' }).click();
  await expect(page.getByRole('status')).toContainText('Tiden är avbokad.');
  await expect(page.locator('.booking-facts')).toContainText('Avbokad');
  await expect(page.getByRole('link', { name: 'Avboka' })).toHaveCount(0);

  // Gone from the upcoming events.
  await page.goto('/handelser');
  await expect(page.locator(`section[aria-labelledby="events-upcoming"] a[href="${bookingUrl}"]`)).toHaveCount(0);
  await page.goto(bookingUrl);

  // The messages about it are in the inbox.
  await page.getByRole('link', { name: 'Meddelanden om bokningen' }).click();
  for (const text of ['Din tid är bokad.', 'Din tid är ombokad.', 'Din tid är avbokad.']) {
    await expect(page.getByText(text)).toBeVisible();
  }
});

/** Where the login page says it will land (its `next`). */
async function nextFromLogin(page: Page) {
  await expect(page).toHaveURL(/\/logga-in\?next=/);
  return new URL(page.url()).searchParams.get('next')!;
}

test('a time is booked with the keyboard alone', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/logga-in?next=/boka-tid');
  await identifyAs(page, persona(), '/boka-tid');
  await page.goto('/hitta-vard?typ=health_centre&webbokning=1');
  await tabTo(page, '.clinic-item a.button--small >> nth=0');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Vad gäller besöket?' })).toBeVisible();
  await tabTo(page, '.choice-list a >> nth=0');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Välj tid' })).toBeVisible();
  await tabTo(page, '.week-pager a[rel="next"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Tidigare tider' })).toBeVisible();
  await tabTo(page, '.time-list__time >> nth=0');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrollera och boka' })).toBeVisible();
  await tabTo(page, '#anteckning');
  await page.keyboard.type('Bokad med tangentbordet.');
  await tabTo(page, '#boka');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Din tid är bokad.');
  // And cancelled again, so the persona's list stays short.
  await tabTo(page, 'a[href$="/avboka"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Vill du avboka tiden?' })).toBeVisible();
  await tabTo(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Tiden är avbokad.');
});

test('the booking pages have no WCAG 2.1 AA violations in English either', async ({ page, context, baseURL }) => {
  test.skip(!scripted(), 'axe runs as a script in the page');
  test.setTimeout(60_000);
  await page.goto('/logga-in?next=/boka-tid');
  await identifyAs(page, persona(), '/boka-tid');
  await chooseEnglish(context, baseURL!);
  await page.goto('/boka-tid');
  await expect(page.getByRole('heading', { level: 1, name: 'Book an appointment' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.goto('/hitta-vard?typ=health_centre&webbokning=1');
  await page.locator('.clinic-item a.button--small').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'What is the visit for?' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('link', { name: 'Visit to a doctor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a time' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await pickNextWeeksFirstTime(page, 'Later times', 'Earlier times');
  await expect(page.getByRole('heading', { level: 1, name: 'Check and book' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
