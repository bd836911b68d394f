import { expect, test } from '@playwright/test';
import { waitForHydration } from './pages';

// The browser bundle is split by route: each page but the start page has its code in chunks
// of its own, which the server names in the page's head so the browser prefetches them, once
// the page is painted, beside the main bundle.

const SPLIT_CHUNK = /\/pkg\/(split_|chunk_)[^/]+\.wasm$/;

test('a page names every chunk it loads for prefetching, and only the start page has none', async ({ page }, info) => {
  test.skip(info.project.name === 'nojs', 'chunks are loaded by the wasm');
  for (const path of ['/artikel/ont-i-ryggen', '/mottagning/SE232100012-00001', '/sok?q=ont+i+ryggen', '/']) {
    const loaded: string[] = [];
    const listener = (request: import('@playwright/test').Request) => {
      const url = new URL(request.url());
      if (SPLIT_CHUNK.test(url.pathname)) loaded.push(url.pathname);
    };
    page.on('request', listener);
    await page.goto(path);
    await waitForHydration(page);
    page.off('request', listener);
    const named = await page.locator('head meta[name="samla-chunks"]').evaluateAll(
      (metas) => metas.flatMap((m) => (m as HTMLMetaElement).content.split(' ')));
    const prefetchedNow = () => page.locator('head link[rel="prefetch"]').evaluateAll(
      (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname).sort());
    await expect.poll(prefetchedNow, { message: `${path} prefetches what the server named` }).toEqual([...named].sort());
    const prefetched = await prefetchedNow();
    for (const chunk of loaded) expect(prefetched, `${path} prefetches ${chunk}`).toContain(chunk);
    if (path === '/') expect(loaded).toEqual([]);
    else expect(loaded.some((c) => c.includes('/split_')), `${path} loads its route chunk`).toBe(true);
  }
});

test('a chunk that fails to load gives a full page load of the page instead of a dead page', async ({ page }, info) => {
  test.skip(info.project.name === 'nojs', 'chunks are loaded by the wasm');
  await page.goto('/');
  await waitForHydration(page);
  // A flaky network, or a deploy that removed the old chunks, once the start page is running.
  await page.route(/\/pkg\/split___article_route_view[^/]*\.wasm$/, (route) => route.abort('failed'));
  await page.evaluate(() => { (window as unknown as { startPageStillHere: boolean }).startPageStillHere = true; });
  const fullLoad = page.waitForEvent('load');
  await page.locator('a[href="/halsa"]').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Råd om hälsa' })).toBeVisible();
  await page.locator('a[href="/artikel/ont-i-ryggen"]').first().click();
  await fullLoad;
  await expect(page).toHaveURL(/\/artikel\/ont-i-ryggen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ont i ryggen' })).toBeVisible();
  expect(await page.evaluate(() => 'startPageStillHere' in window), 'the page was loaded anew').toBe(false);
  // The chunk is still blocked, so this page's own hydration fails too: it stays as the
  // server sent it, without loading itself again, and its links are plain links.
  await page.waitForTimeout(1000);
  await expect(page).toHaveURL(/\/artikel\/ont-i-ryggen$/);
  await page.locator('.book-box a').click();
  await expect(page).toHaveURL(/\/hitta-vard\?besvar=back_pain/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hitta vård' })).toBeVisible();
});
