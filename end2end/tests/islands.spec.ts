import { expect, test } from '@playwright/test';
import { trackErrors, waitForHydration } from './pages';

// Islands: every page is complete HTML from the server; the browser loads one small wasm
// bundle and hydrates only the interactive parts (`#[island]`). A lazy island has a chunk of
// its own, loaded only on a page that shows it. Links and forms stay client-side: the islands
// router fetches the next page and patches the document.

const CHUNK = /\/pkg\/(split_|chunk_)[^/]+\.wasm$/;

test('the open pages load the main bundle only; a lazy island loads its chunk where it is shown', async ({ page }, info) => {
  test.skip(info.project.name === 'nojs', 'chunks are loaded by the wasm');
  const loaded: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (CHUNK.test(path)) loaded.push(path);
  });
  for (const path of ['/', '/artikel/ont-i-ryggen', '/mottagning/SE232100012-00001', '/sok?q=ont+i+ryggen']) {
    await page.goto(path);
    await waitForHydration(page);
    expect(loaded, `${path} loads no chunk`).toEqual([]);
  }
  await page.goto('/hitta-vard');
  await expect(page.getByRole('button', { name: 'Använd min position' })).toBeVisible();
  expect(loaded.some((path) => path.includes('/split_locate_button')), 'find care loads the position button').toBe(true);
});

test('a link is followed in the page: the document stays; content, title, scroll and focus follow', async ({ page }, info) => {
  test.skip(info.project.name === 'nojs', 'without JavaScript every link is a page load');
  const errors = trackErrors(page);
  await page.goto('/halsa');
  await waitForHydration(page);
  await page.evaluate(() => { (window as unknown as { samePage: boolean }).samePage = true; });
  const link = page.locator('a[href="/artikel/ont-i-ryggen"]').first();
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await expect(page).toHaveURL(/\/artikel\/ont-i-ryggen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ont i ryggen' })).toBeVisible();
  await expect(page).toHaveTitle('Ont i ryggen – Samla');
  expect(await page.evaluate(() => 'samePage' in window), 'no page load').toBe(true);
  expect(await page.evaluate(() => window.scrollY), 'the new page starts at its top').toBe(0);
  // The link that had the focus is gone; the focus is on the new page's content.
  await expect(page.locator('main#main')).toBeFocused();

  // A page reached this way gets its islands hydrated too.
  await page.getByRole('link', { name: 'Hitta vård', exact: true }).first().click();
  await expect(page.getByRole('button', { name: 'Använd min position' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Ont i ryggen' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Råd om hälsa' })).toBeVisible();
  expect(await page.evaluate(() => 'samePage' in window), 'still no page load').toBe(true);
  expect(errors).toEqual([]);
});

test('a navigation that fails to fetch gives a full page load of its target instead of a dead click', async ({ page }, info) => {
  test.skip(info.project.name === 'nojs', 'without JavaScript every link is a page load');
  await page.goto('/');
  await waitForHydration(page);
  // A flaky mobile network: the router's fetch of the next page fails (the browser's own
  // page load goes through; it has no `Islands-Router` header).
  await page.route(/./, (route) =>
    route.request().headers()['islands-router'] ? route.abort('failed') : route.continue());
  await page.evaluate(() => { (window as unknown as { startPageStillHere: boolean }).startPageStillHere = true; });
  await page.locator('main a[href="/halsa"]').first().click();
  await expect(page).toHaveURL(/\/halsa$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Råd om hälsa' })).toBeVisible();
  expect(await page.evaluate(() => 'startPageStillHere' in window), 'the page was loaded anew').toBe(false);

  // A form too: the site search, sent by the browser itself.
  await waitForHydration(page);
  await page.getByRole('combobox', { name: 'Sök på Samla' }).fill('ont i ryggen');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page).toHaveURL(/\/sok\?q=ont\+i\+ryggen$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Ont i ryggen', exact: true })).toBeVisible();
});

test('a chunk or bundle that fails to load leaves a complete page that still navigates', async ({ page }, info) => {
  test.skip(info.project.name === 'nojs', 'chunks are loaded by the wasm');
  // A deploy between two clicks removed the old files, or the network dropped them.
  await page.route(/\/pkg\/split_locate_button[^/]*\.wasm$/, (route) => route.abort('failed'));
  await page.goto('/hitta-vard?typ=dental');
  await expect(page.getByRole('heading', { level: 1, name: 'Hitta vård' })).toBeVisible();
  // The position button needs its chunk: it stays hidden rather than doing nothing.
  await page.waitForTimeout(1000);
  await expect(page.getByRole('button', { name: 'Använd min position' })).toBeHidden();
  await page.getByLabel('Närmast först från ort').fill('Umeå');
  await page.getByRole('button', { name: 'Sök', exact: true }).last().click();
  await expect(page).toHaveURL(/plats=Ume%C3%A5/);
  await expect(page.locator('.clinic-item').first()).toContainText('Umeå');

  // Without any wasm at all, the links still work and still stay in the page.
  await page.route(/\/pkg\/[^/]+\.wasm$/, (route) => route.abort('failed'));
  await page.goto('/');
  await page.evaluate(() => { (window as unknown as { samePage: boolean }).samePage = true; });
  await page.locator('main a[href="/halsa"]').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Råd om hälsa' })).toBeVisible();
  expect(await page.evaluate(() => 'samePage' in window)).toBe(true);
});

test('a link followed before the wasm has arrived gives the new page, and its islands once the wasm runs', async ({ page }, info) => {
  test.skip(info.project.name === 'nojs', 'without JavaScript every link is a page load');
  const errors = trackErrors(page);
  // A slow network: the main bundle arrives only after the citizen has followed a link.
  let release = () => {};
  const arrived = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/pkg\/[^/]+\.wasm$/, async (route) => { await arrived; await route.continue(); });
  await page.goto('/');
  await page.evaluate(() => { (window as unknown as { samePage: boolean }).samePage = true; });
  await page.getByRole('link', { name: 'Hitta vård', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hitta vård' })).toBeVisible();
  expect(await page.evaluate(() => 'samePage' in window), 'no page load').toBe(true);
  await expect(page.getByRole('button', { name: 'Använd min position' })).toBeHidden();

  release();
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Använd min position' })).toBeVisible();
  expect(errors).toEqual([]);
});
