import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axe, identifyAs, scripted } from './login';
import { chooseEnglish } from './pages';

// Attachments (DOMAIN.md §6), with JavaScript (each file uploaded at once, with a progress bar,
// checked in the browser first, removable) and without (a plain multipart form). The persona
// with JavaScript has nothing else counting its unread messages; without, Anna (no count read).

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name));
const PNG = { name: 'rontgen.png', mimeType: 'image/png', buffer: fixture('rontgen.png') };
const PDF = { name: 'remiss.pdf', mimeType: 'application/pdf', buffer: fixture('remiss.pdf') };
const WITH_JS = { name: 'med-javascript.pdf', mimeType: 'application/pdf', buffer: fixture('med-javascript.pdf') };
const PROGRAM = { name: 'program.pdf', mimeType: 'application/pdf', buffer: fixture('program.pdf') };
const pictures = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ ...PNG, name: `bild-${i + 1}.png` }));
// 21 MB: over the 20 MB limit, a real PDF header so only the size is wrong.
const TOO_LARGE = {
  name: 'stor.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024, 0x20)]),
};

async function unread(page: Page) {
  const badge = page.locator('.site-header .badge');
  if ((await badge.count()) === 0) return 0;
  return Number((await badge.innerText()).replace(/\D/g, ''));
}

/** The new-case form of the first health centre in find care whose contact cases take files. */
async function formTakingFiles(page: Page) {
  await page.goto('/hitta-vard?typ=health_centre');
  const links = await page.locator('.clinic-item__contact').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const href of links) {
    await page.goto(href);
    if ((await page.locator('input[type=file]').count()) > 0) return;
  }
  throw new Error('no clinic in the first page of find care takes attachments');
}

const files = (page: Page) => page.getByLabel('Bifoga filer (valfritt)');
const listed = (page: Page) => page.locator('.attachment-list .attachment');

test('a case with a PNG and a PDF; refusals keep the text and the other files; the clinic answers with a PDF to preview and download', async ({ page, baseURL }) => {
  // The whole errand, with its refusals: longer than a test's usual 30 s.
  test.setTimeout(120_000);
  const subject = `Utslag ${test.info().project.name} ${Date.now()}`;
  const text = 'Utslaget sitter på armen.\nSe bilden & remissen.';
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: /^Inkorg/ }).click();
  await identifyAs(page, scripted() ? 'Nora Berg' : 'Anna Lindqvist', '/inkorg');
  const before = await unread(page);

  await formTakingFiles(page);
  await expect(page.getByText('PDF, GIF, JPEG eller PNG. Högst 20 MB per fil och högst 5 filer.')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByLabel('Rubrik').fill(subject);
  await page.getByLabel('Ditt meddelande').fill(text);

  if (scripted()) {
    // The picker's own chunk has loaded and taken over (a lazy island).
    await expect(page.locator('.attachments[data-interactive]')).toBeVisible();
    // Each upload is held back a moment, so its progress bar can be seen.
    await page.route('**/bilagor', async (route) => {
      await new Promise((done) => setTimeout(done, 600));
      await route.continue();
    });
    await files(page).setInputFiles([PNG, PDF]);
    await expect(page.locator('.attachment progress').first()).toBeVisible();
    await expect(listed(page).filter({ hasText: 'rontgen.png' }).getByRole('button', { name: 'Ta bort rontgen.png' })).toBeVisible();
    await expect(listed(page).filter({ hasText: 'remiss.pdf' }).getByRole('button', { name: 'Ta bort remiss.pdf' })).toBeVisible();
    await expect(page.locator('.attachment progress')).toHaveCount(0);
    expect(await axe(page)).toEqual([]);
    // Three more make five; a sixth is refused in the browser, before any upload.
    await files(page).setInputFiles(pictures(3));
    await expect(listed(page).getByRole('button', { name: /^Ta bort/ })).toHaveCount(5);
    await files(page).setInputFiles([{ ...PNG, name: 'sjatte.png' }]);
    await expect(listed(page).filter({ hasText: 'sjatte.png' })).toContainText('Du kan bifoga högst 5 filer per meddelande');
    // Taken off again; the focus goes back to the file input.
    for (const name of ['bild-1.png', 'bild-2.png', 'bild-3.png']) {
      await listed(page).getByRole('button', { name: `Ta bort ${name}` }).click();
    }
    await expect(files(page)).toBeFocused();
    // Refused by the server for what they are, and in the browser for their size.
    await files(page).setInputFiles([PROGRAM]);
    await expect(listed(page).filter({ hasText: 'program.pdf' })).toContainText('Filen är inte en PDF, GIF, JPEG eller PNG');
    await files(page).setInputFiles([WITH_JS]);
    await expect(listed(page).filter({ hasText: 'med-javascript.pdf' })).toContainText('PDF-filen innehåller JavaScript');
    await files(page).setInputFiles([TOO_LARGE]);
    await expect(listed(page).filter({ hasText: 'stor.pdf' })).toContainText('Filen är större än 20 MB');
    await expect(listed(page).getByRole('button', { name: /^Ta bort/ })).toHaveCount(2);
    await page.unroute('**/bilagor');
  } else {
    // Without JavaScript the files go with the form; the bad ones come back refused.
    await files(page).setInputFiles([PNG, PDF, PROGRAM, WITH_JS, TOO_LARGE]);
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toContainText('program.pdf: Filen är inte en PDF, GIF, JPEG eller PNG');
    await expect(summary).toContainText('med-javascript.pdf: PDF-filen innehåller JavaScript');
    await expect(summary).toContainText('stor.pdf: Filen är större än 20 MB');
    await expect(page.locator('.attachment progress')).toHaveCount(0);
    await expect(listed(page).filter({ hasText: 'rontgen.png' })).toBeVisible();
    await expect(listed(page).filter({ hasText: 'remiss.pdf' })).toBeVisible();
    // A sixth: four more pictures with the two kept make six.
    await files(page).setInputFiles(pictures(4));
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(page.locator('.error-summary')).toContainText('bild-4.png: Du kan bifoga högst 5 filer per meddelande');
    // Ticked "Ta bort" and continued: the three extra pictures are gone.
    for (const name of ['bild-1.png', 'bild-2.png', 'bild-3.png']) {
      await listed(page).filter({ hasText: name }).getByLabel(`Ta bort ${name}`).check();
    }
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(listed(page)).toHaveCount(2);
  }
  // What was typed is all still there.
  await expect(page.getByLabel('Rubrik')).toHaveValue(subject);
  await expect(page.getByLabel('Ditt meddelande')).toHaveValue(text);

  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrollera och skicka' })).toBeVisible();
  await expect(page.locator('.answers')).toContainText('rontgen.png');
  await expect(page.locator('.answers')).toContainText('remiss.pdf');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Skicka ärendet' }).click();
  await expect(page.locator('.notice--success')).toHaveText('Ditt ärende är skickat till mottagningen.');
  await expect(page.locator('.case-facts__expect')).toHaveText(/^Du kan vänta dig svar senast \d+ \w+ \d{4}$/);
  await expect(page.locator('.thread__message').first().locator('.thread__files')).toContainText('rontgen.png');
  await expect(page.locator('.thread__message').first().locator('.thread__files')).toContainText('remiss.pdf');
  expect(await axe(page)).toEqual([]);
  const caseId = new URL(page.url()).pathname.split('/').pop()!;

  // The citizen's own picture, previewed in the page.
  await page.locator('.thread__files').getByRole('link', { name: 'rontgen.png' }).click();
  await expect(page.getByRole('img', { name: 'Bilagan rontgen.png' })).toBeVisible();
  expect(await page.getByRole('img', { name: 'Bilagan rontgen.png' }).evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(64);
  expect(await axe(page)).toEqual([]);

  // The clinic answers with a PDF: counted, opened, previewed, downloaded.
  const answer = await page.request.post(`${baseURL}/testmottagning/svar`, {
    form: { arende: caseId, text: `Här är provsvaret. (${subject})`, bilaga: 'pdf' },
    headers: { Origin: baseURL! },
  });
  expect(answer.status()).toBe(201);
  await page.goto('/');
  if (scripted()) expect(await unread(page)).toBe(before + 1);
  await page.goto('/inkorg');
  await page.locator('.message-list__item', { hasText: subject }).getByRole('link').click();
  await expect(page.locator('.message__body')).toContainText('Här är provsvaret.');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('link', { name: 'Provsvar.pdf' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Provsvar.pdf' })).toBeVisible();
  const frame = page.locator('iframe[title="PDF-filen Provsvar.pdf"]');
  await expect(frame).toBeVisible();
  const shown = await page.request.get(`${baseURL}${await frame.getAttribute('src')}`);
  expect(shown.headers()['content-type']).toBe('application/pdf');
  expect(shown.headers()['content-disposition']).toMatch(/^inline; /);
  expect(await axe(page)).toEqual([]);
  // The download link is followed in a tab of its own: in this headless Chromium (no PDF
  // viewer), a click on it on the preview page, whose frame holds the PDF, started no download.
  const href = await page.getByRole('link', { name: 'Ladda ner filen' }).getAttribute('href');
  const tab = await page.context().newPage();
  const downloading = tab.waitForEvent('download');
  await tab.goto(href!).catch(() => {}); // "Download is starting": no page to wait for.
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Provsvar.pdf');
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the attachment pages in English', async ({ page, context, baseURL }) => {
  await page.goto('/logga-in?next=/inkorg');
  await identifyAs(page, scripted() ? 'Nora Berg' : 'Anna Lindqvist', '/inkorg');
  await formTakingFiles(page);
  await chooseEnglish(context, baseURL!);
  await page.reload();
  await expect(page.getByLabel('Attach files (optional)')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByLabel('Subject').fill('Rash');
  await page.getByLabel('Your message').fill('See the picture.');
  if (scripted()) await expect(page.locator('.attachments[data-interactive]')).toBeVisible();
  await page.getByLabel('Attach files (optional)').setInputFiles([PNG]);
  if (scripted()) {
    // Listed at once, kept when its upload has finished (its progress bar gone).
    await expect(listed(page).filter({ hasText: 'rontgen.png' })).toBeVisible();
    await expect(page.locator('.attachment progress')).toHaveCount(0);
  }
  // Without JavaScript the file goes with the form, straight to the check.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check and send' })).toBeVisible();
  await expect(page.locator('.answers')).toContainText('rontgen.png');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Send the case' }).click();
  await page.locator('.thread__files').getByRole('link', { name: 'rontgen.png' }).click();
  await expect(page.getByRole('link', { name: 'Download the file' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'The attachment rontgen.png' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
