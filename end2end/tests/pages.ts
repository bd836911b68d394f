import { expect } from '@playwright/test';
// The pages of the site so far, with the heading each must show in Swedish and English.
export const PAGES = [
  { path: '/', sv: 'Vård och e-tjänster på ett ställe', en: 'Care and e-services in one place' },
  { path: '/tillganglighet', sv: 'Tillgänglighetsredogörelse', en: 'Accessibility statement' },
  { path: '/falska-sms', sv: 'Så känner du igen falska sms och mejl', en: 'How to recognise fake text messages and e-mails' },
  { path: '/om-samla', sv: 'Om Samla', en: 'About Samla' },
  { path: '/soka-vard', sv: 'Söka vård', en: 'Seek care' },
  { path: '/kakor', sv: 'Kakor', en: 'Cookies' },
  { path: '/halsa', sv: 'Råd om hälsa', en: 'Health advice' },
  { path: '/artikel/ont-i-ryggen', sv: 'Ont i ryggen', en: 'Back pain' },
  { path: '/artikel/tandvark', sv: 'Tandvärk', en: 'Tandvärk' },
  { path: '/regler-och-rattigheter', sv: 'Regler och rättigheter', en: 'Rules and rights' },
  { path: '/regler-och-rattigheter/vardgarantin', sv: 'Vårdgarantin', en: 'The care guarantee' },
  { path: '/sok?q=ont+i+ryggen', sv: 'Sök', en: 'Search' },
  { path: '/hitta-vard?besvar=back_pain&plats=Lund', sv: 'Hitta vård', en: 'Find care' },
  { path: '/mottagning/SE232100012-00001', sv: 'Vårdcentralen Svalöv Västra', en: 'Vårdcentralen Svalöv Västra' },
  { path: '/logga-in?next=/inkorg', sv: 'Logga in', en: 'Log in' },
  { path: '/utloggad', sv: 'Du är utloggad', en: 'You are logged out' },
  { path: '/test-e-legitimation', sv: 'Test-e-legitimation', en: 'Test e-ID' },
  { path: '/finns-inte', sv: 'Sidan finns inte', en: 'Page not found' },
];

export async function chooseEnglish(context: import('@playwright/test').BrowserContext, baseURL: string) {
  await context.addCookies([{ name: 'samla_lang', value: 'en', url: baseURL }]);
}

/** Collects console errors and uncaught exceptions (a Rust panic in wasm shows as one). */
export function trackErrors(page: import('@playwright/test').Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`${message.text()} [at ${message.location().url}]`); });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits until the page's islands are hydrated (a lazy island's chunk may still be on its way). */
export async function waitForHydration(page: import('@playwright/test').Page) {
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
}
