import { describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { login, newPage, screenshot } from './support/browser';
import { waitForText } from './support/console-page';
import { useConsole } from './support/console-server';
import { sql } from '../support/sql';

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

describe('personal data is masked until revealed on purpose', () => {
  it('staff see a masked phone, reveal it with a purpose, and the access log records it', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.COMMUNITY_STAFF);
    const community = await env.server.firstId('communities', { code: { eq: 'DH-001' } });
    const worker = await env.server.firstId('communityWorkers', { communityId: { eq: community }, phone: { isNull: false } });
    const clear = (await sql<{ phone: string }>(env.server.t.url, 'select phone from community_worker where id = $1', [worker]))[0].phone;
    await page.goto(`${env.server.base}/admin/#/communityWorkers/${worker}/show`);
    const masked = page.locator('[data-masked="true"]').first();
    await masked.waitFor();
    expect(await masked.innerText()).toContain(`${clear.slice(0, 3)}****${clear.slice(-4)}`);
    await masked.getByRole('button', { name: /查看/ }).click();
    await page.getByRole('dialog').getByText('联系本人').click();
    await screenshot(page, 'reveal-purpose');
    await page.getByRole('dialog').getByRole('button', { name: '查看明文' }).click();
    await page.locator('[data-masked="false"]').first().waitFor();
    expect((await page.locator('[data-masked="false"]').first().innerText()).replace(/\s/g, '')).toBe(clear);
    const logged = await sql<{ field: string; purpose: string; role: string }>(
      env.server.t.url,
      'select field, purpose, role from access_log_entry where record_id = $1',
      [worker],
    );
    expect(logged).toEqual([{ field: 'phone', purpose: 'CONTACT_PERSON', role: 'COMMUNITY_STAFF' }]);

    // In the edit form the masked value cannot be typed over: revealed first, then edited.
    await page.goto(`${env.server.base}/admin/#/communityWorkers/${worker}`);
    const input = page.locator('input[name="phone"]');
    await input.waitFor();
    expect(await input.isDisabled()).toBe(true);
    await page.locator('[data-reveal="phone"]').click();
    await page.getByRole('dialog').getByText('更正信息').click();
    await page.getByRole('dialog').getByRole('button', { name: '查看明文' }).click();
    await page.waitForFunction(() => !(document.querySelector('input[name="phone"]') as HTMLInputElement).disabled);
    expect(await input.inputValue()).toBe(clear);
    await context.close();

    // The auditor finds both reads on the access log page (staff have no such page).
    const auditor = await newPage(env.browser);
    await login(auditor.page, env.server.base, ACCOUNTS.AUDITOR);
    await auditor.page.goto(`${env.server.base}/admin/#/access-log`);
    await auditor.page.getByTestId('access-log').waitFor();
    await waitForText(auditor.page, '联系本人');
    await waitForText(auditor.page, '更正信息');
    await screenshot(auditor.page, 'access-log-auditor');
    await auditor.context.close();
  });
});
