import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axe, logInAs, scripted } from './login';
import { chooseEnglish } from './pages';

// Certificates (issue 11): the list, one as a page, and its PDF downloaded as a file. Karin
// Andersson has a certificate for sickness benefit; reading changes nothing.

test('Intyg: from the start page to the certificate, downloaded as a PDF', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: /^Intyg/ }).click();
  await logInAs(page, 'Karin Andersson', '/intyg');
  await expect(page.getByRole('heading', { level: 1, name: 'Intyg' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('link', { name: 'Läkarintyg för sjukpenning' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Läkarintyg för sjukpenning' })).toBeVisible();
  await expect(page.getByText('Arbetsförmågan är nedsatt')).toBeVisible();
  expect(await axe(page)).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ner intyget som PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Läkarintyg för sjukpenning.pdf');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
});

test('the certificate pages have no WCAG 2.1 AA violations in English', async ({ page, context, baseURL }) => {
  test.skip(!scripted(), 'axe runs as a script in the page');
  await logInAs(page, 'Karin Andersson', '/intyg');
  await chooseEnglish(context, baseURL!);
  await page.goto('/intyg');
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByRole('link', { name: 'Läkarintyg för sjukpenning' }).click();
  await expect(page.getByRole('link', { name: 'Download the certificate as a PDF' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});
