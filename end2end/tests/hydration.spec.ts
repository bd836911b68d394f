import { expect, test } from '@playwright/test';
import { trackErrors, waitForHydration } from './pages';

// Hydration adopts the server's DOM: nothing in <body> is replaced or rewritten, so the page is
// not painted a second time when the wasm takes over. The one change allowed is find care's
// "use my position", which is offered only once it can work. It is a lazy island: hydrated once
// its chunk has arrived, which may be after the page is marked hydrated, so that page waits for
// the button too.
const PAGE_KINDS: [string, string[]][] = [
  ['/', []],
  ['/artikel/ont-i-ryggen', []],
  ['/sok?q=ont+i+ryggen', []],
  ['/mottagning/SE232100012-00001', []],
  ['/hitta-vard?typ=dental', ['attributes hidden on <div class="field locate">']],
];

for (const [path, expected] of PAGE_KINDS) {
  test(`hydrating ${path} keeps the server-rendered body`, async ({ page }, info) => {
    test.skip(info.project.name === 'nojs', 'hydration needs JavaScript');
    const errors = trackErrors(page);
    await page.addInitScript(() => {
      const changes: string[] = [];
      (window as unknown as { __bodyChanges: string[] }).__bodyChanges = changes;
      const watch = () =>
        new MutationObserver((records) => {
          for (const r of records) {
            const node = r.target.nodeType === Node.TEXT_NODE ? r.target.parentElement : (r.target as Element);
            const what = r.type === 'attributes' ? `attributes ${r.attributeName} on` : `${r.type} in`;
            changes.push(`${what} <${node?.tagName.toLowerCase()} class="${node?.getAttribute('class') ?? ''}">`);
          }
        }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      // Start the moment the server's HTML is parsed ("interactive" comes before any module
      // script runs): from then on only the wasm can change the body.
      // The tab's title (what a screen reader announces) always names the page and the site.
      const titles: string[] = [];
      (window as unknown as { __titles: string[] }).__titles = titles;
      const watchTitle = () =>
        new MutationObserver(() => titles.push(document.title)).observe(document.head, {
          childList: true, subtree: true, characterData: true,
        });
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') { watch(); watchTitle(); }
      });
    });
    await page.goto(path);
    await waitForHydration(page);
    if (expected.length > 0) await expect(page.getByRole('button', { name: 'Använd min position' })).toBeVisible();
    const changes = await page.evaluate(() => (window as unknown as { __bodyChanges: string[] }).__bodyChanges);
    expect(changes).toEqual(expected);
    const titles = await page.evaluate(() => (window as unknown as { __titles: string[] }).__titles);
    expect(titles.filter((t) => !t.endsWith(' – Samla')), 'every title the tab showed').toEqual([]);
    expect(errors).toEqual([]);
  });
}
