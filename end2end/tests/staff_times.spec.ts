import { expect, test } from '@playwright/test';
import { axe } from './login';
import { chooseEnglish } from './pages';
import { staffLogin } from './staff';

// The clinic's bookable times (DOMAIN.md §7), with and without JavaScript: the receiver (Eva
// Lind) opens a day, publishes evening times (hours the wrong way round first: named, kept),
// and withdraws a free time. The page is checked with axe in Swedish and English.

test('bookable times: a day shown, evening times published after a mistake, a free time withdrawn', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const { context, staff: eva } = await staffLogin(browser, baseURL!, 'Eva Lind', 'Mottagningens ärenden');
  await eva.getByRole('navigation', { name: 'Personalverktyget' }).getByRole('link', { name: 'Tider' }).click();
  await expect(eva.getByRole('heading', { level: 1, name: 'Bokningsbara tider' })).toBeVisible();
  expect(await axe(eva)).toEqual([]);
  // A working day three weeks on (Monday), different per project so the two runs do not meet.
  const day = new Date(Date.now() + 21 * 86_400_000);
  day.setDate(day.getDate() + ((8 - day.getDay()) % 7) + (test.info().project.name === 'js' ? 0 : 1));
  const iso = day.toISOString().slice(0, 10);
  await eva.getByLabel('Dag', { exact: true }).first().fill(iso);
  await eva.getByRole('button', { name: 'Visa dagen' }).click();
  const publish = eva.locator('#publish');
  await publish.getByLabel('Första tid').fill('19:00');
  await publish.getByLabel('Sista besöket slutar senast').fill('17:00');
  await publish.getByRole('button', { name: 'Publicera tiderna' }).click();
  await expect(eva.locator('.error-summary')).toContainText('Skriv första tid och sluttid som TT:MM');
  await expect(eva.locator('#publish').getByLabel('Första tid')).toHaveValue('19:00');
  expect(await axe(eva)).toEqual([]);
  await eva.locator('#publish').getByLabel('Första tid').fill('17:00');
  await eva.locator('#publish').getByLabel('Sista besöket slutar senast').fill('19:00');
  await eva.locator('#publish').getByRole('button', { name: 'Publicera tiderna' }).click();
  await expect(eva.locator('.notice--success')).toContainText('Nya tider publicerade:');
  await expect(eva.getByRole('row', { name: /^17:00/ })).toContainText('Ledig');
  await eva.getByRole('row', { name: /^17:00/ }).getByRole('button', { name: 'Dra tillbaka 17:00' }).click();
  await expect(eva.locator('.notice--success')).toHaveText('Tiden är tillbakadragen.');
  await expect(eva.getByRole('row', { name: /^17:00/ })).toHaveCount(0);
  expect(await axe(eva)).toEqual([]);
  await chooseEnglish(context, baseURL!);
  await eva.reload();
  await expect(eva.getByRole('heading', { level: 1, name: 'Bookable times' })).toBeVisible();
  expect(await axe(eva)).toEqual([]);
  await context.close();
});
