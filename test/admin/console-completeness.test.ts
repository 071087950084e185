import { describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { login, newPage, screenshot } from './support/browser';
import { save } from './support/console-page';
import { useConsole } from './support/console-server';

const env = useConsole();

describe('the 数据完整性 / Data completeness page', () => {
  it('names the demo’s gap, links it to the record’s edit page, and clears once it is filled in', async () => {
    const community = await env.server.firstId('communities', { code: { eq: 'DH-006' } });
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.getByRole('menuitem', { name: '数据完整性' }).click();
    // The demo city stands as of 2026.
    await page.getByTestId('data-completeness-page').getByLabel('年度').click();
    await page.getByRole('option', { name: '2026' }).click();
    const gaps = page.getByTestId('data-completeness-gaps');
    await gaps.getByText('DH-006 翠苑社区').waitFor();
    expect(await gaps.locator('tbody tr').count()).toBe(1);
    await gaps.getByText('办公用房面积(㎡)').waitFor();
    // The summary of checks counts it, beside the checks that found nothing.
    const row = page.getByTestId('data-completeness-checks').locator('tr', { hasText: '办公用房面积(㎡)' });
    expect((await row.locator('td').allInnerTexts()).map((s) => s.trim())).toEqual(['社区', '办公用房面积(㎡)', '1', '']);
    await page.getByTestId('data-completeness-checks').getByText('2026 年未录入居民议事会议').waitFor();
    await screenshot(page, 'data-completeness');

    await gaps.getByRole('link').click();
    await page.waitForFunction((id) => location.hash === `#/communities/${id}`, community);
    const office = page.locator('input[name="officeAreaM2"]');
    expect(await office.inputValue()).toBe('');
    await office.fill('95');
    await save(page);
    await page.waitForFunction((id) => location.hash.startsWith('#/communities') && location.hash !== `#/communities/${id}`, community);

    await page.goto(`${env.server.base}/admin/#/data-completeness`);
    await page.getByTestId('data-completeness-page').getByLabel('年度').click();
    await page.getByRole('option', { name: '2026' }).click();
    await page.getByTestId('data-completeness-clean').waitFor();
    await context.close();
  });

  it('shows a centre admin the same gap, in English too', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.CENTER_ADMIN);
    await page.goto(`${env.server.base}/admin/#/data-completeness`);
    await page.getByTestId('data-completeness-page').waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByTestId('data-completeness-page').getByLabel('Year').click();
    await page.getByRole('option', { name: '2026' }).click();
    await page.getByTestId('data-completeness-checks').getByText('No Council meeting entered for 2026').waitFor();
    await page.getByText('12 communities checked').waitFor();
    await context.close();
  });
});
