import { describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { login, newPage, screenshot } from './support/browser';
import { waitForText } from './support/console-page';
import { useConsole } from './support/console-server';

const env = useConsole();

describe('people log in and work in their language', () => {
  it('the login page speaks Chinese first', async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(`${env.server.base}/admin/`);
    await page.waitForFunction(() => location.hash.startsWith('#/login'));
    await waitForText(page, '邮箱');
    expect(await page.locator('button[type="submit"]').innerText()).toContain('登录');
    await screenshot(page, 'login');
    await context.close();
  });

  for (const [role, email] of Object.entries(ACCOUNTS)) {
    it(`${role} logs in and sees the overview`, async () => {
      const { context, page } = await newPage(env.browser);
      await login(page, env.server.base, email);
      await page.getByTestId('count-communities').waitFor();
      await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="count-communities"]')?.textContent ?? ''));
      expect(await page.getByRole('menuitem', { name: '社区', exact: true }).count()).toBe(1);
      await screenshot(page, `dashboard-${role.toLowerCase()}`);
      await context.close();
    });
  }

  it('switches to English and back', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.goto(`${env.server.base}/admin/#/communityWorkers`);
    await waitForText(page, '社区工作者');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await waitForText(page, 'Community workers');
    // Field labels and enum values follow the language too.
    await waitForText(page, 'Employment type');
    await waitForText(page, 'Career establishment');
    await screenshot(page, 'workers-list-english');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await waitForText(page, '用工类型');
    await context.close();
  });
});
