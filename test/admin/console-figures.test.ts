import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { login, newPage, screenshot } from './support/browser';
import { useConsole } from './support/console-server';

const env = useConsole();

describe('the figures in the console', () => {
  it('the dashboard shows the overview and the charts of budget sources, workers per 10,000 and duty findings', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    // The demo city stands as of 2026: look at that year.
    await page.getByTestId('dashboard').getByLabel('年度').click();
    await page.getByRole('option', { name: '2026' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="overview-communityCount"]')?.textContent === '12');
    for (const chart of ['chart-budget-sources', 'chart-workers-per-10k', 'chart-duty-findings']) {
      await page.getByTestId(chart).locator('.recharts-surface').first().waitFor();
    }
    await page.getByTestId('chart-budget-sources').getByText('财政拨款').first().waitFor();
    await page.getByTestId('chart-workers-per-10k').getByText('江滨社区').first().waitFor();
    await page.getByText('权责不匹配').first().waitFor();
    await page.getByText('费未随事转').first().waitFor();
    await screenshot(page, 'dashboard-figures');
    await context.close();
  });

  it('shows the generated report and downloads it', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.CENTER_ADMIN);
    await page.getByRole('menuitem', { name: '研究报告' }).click();
    // The dashboard has a year select too and may still be on screen while the route changes:
    // open the report page's own, or the menu detaches under the click when the dashboard goes.
    await page.getByTestId('report-page').getByLabel('年度').click();
    await page.getByRole('option', { name: '2026' }).click();
    const frame = page.frameLocator('[data-testid="report-frame"]');
    await frame.locator('h1').first().waitFor();
    // The report's new parts show in the console as the server renders them: 对策建议, 同比 and the five-year table.
    await frame.getByRole('heading', { name: '三、对策建议' }).waitFor();
    await frame.getByText('与上年同比,2026年').first().waitFor();
    await frame.locator('caption', { hasText: '2022—2026年主要指标' }).waitFor();
    expect(await frame.locator('table').filter({ hasText: '居民议事会议' }).first().locator('tbody tr').count()).toBeGreaterThan(5);
    await screenshot(page, 'report');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-md').click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toMatch(/^#/m);
    expect(download.suggestedFilename()).toBe('report-2026.md');
    // Word: the base64 from the server is saved as the .docx's bytes (a zip with the document in it).
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download-docx').click()]);
    expect(word.suggestedFilename()).toBe('report-2026.docx');
    const docx = readFileSync((await word.path())!);
    expect(docx.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(docx.includes('word/document.xml')).toBe(true);
    await context.close();
  });
});
