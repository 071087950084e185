import { describe, expect, it } from 'vitest';
import { ok } from '../support/test-app';
import { ACCOUNTS } from './support/accounts';
import { login, newPage, screenshot } from './support/browser';
import { rows, save, waitForColumn, waitForText } from './support/console-page';
import { useConsole } from './support/console-server';

const env = useConsole();

describe('issue 5 "done when": a first-time user in Chinese', () => {
  it('logs in, finds their community, edits it and sees the change in its history', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.COMMUNITY_STAFF);
    // Find it through the menu and the search box, as a person would.
    await page.getByRole('menuitem', { name: '社区', exact: true }).click();
    await page.locator('input[name="q"]').fill('江滨');
    await waitForColumn(page, 1, ['江滨社区']);
    await rows(page).first().click();
    await page.waitForFunction(() => location.hash.endsWith('/show'));
    await page.getByRole('link', { name: '编辑' }).click();
    await page.locator('input[name="address"]').fill('江滨路 88 号');
    await save(page);
    await page.waitForFunction(() => location.hash.endsWith('/show'));
    await waitForText(page, '江滨路 88 号');
    await page.getByRole('tab', { name: '修改历史' }).click();
    const history = page.getByTestId('record-history');
    await history.waitFor();
    await history.locator('[data-change="address"]').getByText('江滨路 88 号').waitFor();
    expect(await history.innerText()).toContain('staff@example.org');
    await screenshot(page, 'community-history');
    const stored = ok(await env.server.t.gql('{ communities(filter: { code: { eq: "DH-001" } }) { nodes { address } } }'));
    expect(stored.communities.nodes[0].address).toBe('江滨路 88 号');
    await context.close();
  });

  it('cannot see what the role forbids: restricted fields for community staff', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.COMMUNITY_STAFF);
    await page.goto(`${env.server.base}/admin/#/communityWorkers?sort=name&order=ASC&perPage=50`);
    await rows(page).first().waitFor();
    // idNumber (RESTRICTED) and monthly salary are never readable for staff: no column at all.
    const headers = await page.locator('thead th').allInnerTexts();
    expect(headers.join('|')).not.toContain('身份证号');
    expect(headers.join('|')).toContain('联系电话');
    // Phone (PERSONAL) is readable in their own community only: other communities' rows show 受限.
    const own = rows(page).filter({ hasText: '江滨社区' }).first();
    const other = rows(page).filter({ hasNotText: '江滨社区' }).first();
    expect(await own.locator('[data-restricted]').count()).toBe(0);
    expect(await other.locator('[data-restricted]').count()).toBe(1);
    await screenshot(page, 'workers-as-staff');
    // On a worker's page the forbidden fields say 受限 instead of failing.
    await own.click();
    await page.waitForFunction(() => location.hash.endsWith('/show'));
    await waitForText(page, '受限');
    const page1 = await page.locator('.RaTabbedShowLayout-content, .MuiCardContent-root').first().innerText();
    expect(page1).toContain('身份证号');
    expect(await page.locator('[data-restricted]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByText('出错了').count()).toBe(0);
    await screenshot(page, 'worker-show-as-staff');
    await context.close();
  });

  it('an auditor reads the audit log; staff has no audit log and no delete for centres', async () => {
    const auditor = await newPage(env.browser);
    await login(auditor.page, env.server.base, ACCOUNTS.AUDITOR);
    await auditor.page.getByRole('menuitem', { name: '审计日志' }).click();
    await auditor.page.getByTestId('audit-log').getByText('登录').first().waitFor();
    await screenshot(auditor.page, 'audit-log');
    // Auditors change nothing: no create button on a list.
    await auditor.page.goto(`${env.server.base}/admin/#/communities`);
    await rows(auditor.page).first().waitFor();
    expect(await auditor.page.getByRole('link', { name: '新建' }).count()).toBe(0);
    await auditor.context.close();

    const staff = await newPage(env.browser);
    await login(staff.page, env.server.base, ACCOUNTS.COMMUNITY_STAFF);
    await staff.page.getByTestId('count-communities').waitFor();
    expect(await staff.page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    await staff.page.goto(`${env.server.base}/admin/#/serviceCenters`);
    await rows(staff.page).first().waitFor();
    expect(await staff.page.getByRole('link', { name: '新建' }).count()).toBe(0);
    await staff.context.close();
  });
});
