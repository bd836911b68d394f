import { expect, test } from '@playwright/test';
import { axe, scripted } from './login';
import { chooseEnglish } from './pages';
import { staffLogin } from './staff';

// The clinic administrator (Maria Nilsson, DOMAIN.md §7), with and without JavaScript: grants a
// role by HSA-id, sees it in the list, takes it back; an unknown HSA-id is named. Each project
// changes its own member's administrator role (the role no other test's lists depend on) so the
// two runs do not meet. axe in Swedish and English.

test('permissions: a role granted by HSA-id and taken back, an unknown HSA-id named', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  // The administrator's role, which changes no list the other tests look at.
  const role = 'administratör';
  const [member, hsa] = scripted() ? ['Johan Berg', 'SE2321000016-S0J2'] : ['Eva Lind', 'SE2321000016-S0E1'];
  const { context, staff: maria } = await staffLogin(browser, baseURL!, 'Maria Nilsson', 'Mottagningens ärenden');
  await maria.getByRole('navigation', { name: 'Personalverktyget' }).getByRole('link', { name: 'Behörigheter' }).click();
  await expect(maria.getByRole('heading', { level: 1, name: 'Behörigheter' })).toBeVisible();
  expect(await axe(maria)).toEqual([]);
  await maria.getByLabel('Medarbetarens HSA-id').fill('SE2321000016-XXXX');
  await maria.getByRole('button', { name: 'Ge behörigheten' }).click();
  await expect(maria.locator('.error-summary')).toContainText('Det finns ingen medarbetare med det HSA-id:t.');
  expect(await axe(maria)).toEqual([]);
  await maria.getByLabel('Medarbetarens HSA-id').fill(hsa);
  await maria.getByLabel('Roll').selectOption({ label: role });
  await maria.getByRole('button', { name: 'Ge behörigheten' }).click();
  await expect(maria.locator('.notice--success')).toHaveText('Behörigheten är given.');
  const row = maria.getByRole('row', { name: new RegExp(member) });
  await row.getByRole('button', { name: `Ta bort ${role}, ${member}` }).click();
  await expect(maria.locator('.notice--success')).toHaveText('Behörigheten är borttagen.');
  await expect(maria.getByRole('row', { name: new RegExp(member) })).not.toContainText(role);
  await chooseEnglish(context, baseURL!);
  await maria.goto('/personal/behorigheter');
  await expect(maria.getByRole('heading', { level: 1, name: 'Permissions' })).toBeVisible();
  expect(await axe(maria)).toEqual([]);
  await context.close();
});
