// The pages of the site so far, with the heading each must show in Swedish and English.
export const PAGES = [
  { path: '/', sv: 'Vård och e-tjänster på ett ställe', en: 'Care and e-services in one place' },
  { path: '/tillganglighet', sv: 'Tillgänglighetsredogörelse', en: 'Accessibility statement' },
  { path: '/falska-sms', sv: 'Så känner du igen falska sms och mejl', en: 'How to recognise fake text messages and e-mails' },
  { path: '/om-samla', sv: 'Om Samla', en: 'About Samla' },
  { path: '/finns-inte', sv: 'Sidan finns inte', en: 'Page not found' },
];

export async function chooseEnglish(context: import('@playwright/test').BrowserContext, baseURL: string) {
  await context.addCookies([{ name: 'samla_lang', value: 'en', url: baseURL }]);
}
