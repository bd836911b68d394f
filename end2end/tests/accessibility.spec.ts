import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGES, chooseEnglish } from './pages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const lang of ['sv', 'en'] as const) {
  for (const { path } of PAGES) {
    test(`axe finds no WCAG 2.1 AA violations on ${path} (${lang})`, async ({ page, browser, baseURL }, info) => {
      // axe runs as a script in the page. For the no-JavaScript run, check the page exactly as the
      // server rendered it: scripts on, but the app's bundle blocked so it never hydrates.
      const context = info.project.name === 'nojs' ? await browser.newContext({ baseURL, javaScriptEnabled: true }) : page.context();
      const target = info.project.name === 'nojs' ? await context.newPage() : page;
      if (info.project.name === 'nojs') await target.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
      if (lang === 'en') await chooseEnglish(context, baseURL!);
      await target.goto(path);
      const results = await new AxeBuilder({ page: target }).withTags(TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      if (info.project.name === 'nojs') await context.close();
    });
  }
}
