import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ok } from '../support/test-app';
import { ACCOUNTS } from './support/accounts';
import { login, newPage, screenshot } from './support/browser';
import { useConsole } from './support/console-server';

const env = useConsole();

describe('published reports in the console (issue 18)', () => {
  it('ADMIN publishes the report, downloads it as published and compares it with today’s data', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    await page.getByRole('menuitem', { name: '已发布报告' }).click();
    const panel = page.getByTestId('publish-panel');
    await panel.getByLabel('年度').click();
    await page.getByRole('option', { name: '2026' }).click();
    await panel.getByTestId('publish-button').click();
    await page.getByText('已发布第 1 版').waitFor();
    const row = page.getByTestId('published-2026-city-r1');
    await row.getByText('现行').waitFor();

    // Word as published: the bytes the server hashed.
    const [word] = await Promise.all([page.waitForEvent('download'), row.getByTestId('download-DOCX').click()]);
    expect(word.suggestedFilename()).toBe('report-2026-city-r1.docx');
    const docx = readFileSync((await word.path())!);
    expect(docx.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const listed = ok(await env.server.t.gql('{ publishedReports { files { format sha256 } } }')).publishedReports[0].files;
    expect(createHash('sha256').update(docx).digest('hex')).toBe(listed.find((f: { format: string }) => f.format === 'DOCX').sha256);

    // A change to the data after publication: 江滨社区 gains 1,000 residents.
    const id = await env.server.firstId('communities', { code: { eq: 'DH-001' } });
    const { community } = ok(await env.server.t.gql(`{ community(id: "${id}") { population } }`));
    ok(await env.server.t.gql(`mutation { updateCommunity(id: "${id}", input: { population: ${community.population + 1000} }) { id } }`));
    await row.getByTestId('compare').click();
    const summary = page.getByTestId('comparison-summary');
    await summary.getByText(/自发布以来，\d+ 个数字中有 \d+ 个发生变化/).waitFor();
    const table = page.getByTestId('comparison-table');
    const line = table.getByRole('row').filter({ hasText: '江滨社区(DH-001) · 管辖人口' });
    await line.getByText(String(community.population + 1000)).waitFor();
    await line.getByText(String(community.population), { exact: true }).waitFor();
    await screenshot(page, 'published-reports');

    // Publishing again supersedes the first, which stays listed and downloadable.
    await panel.getByTestId('publish-button').click();
    await page.getByText('已发布第 2 版').waitFor();
    await row.getByText('已被第 2 版替代').waitFor();
    await page.getByTestId('published-2026-city-r2').getByText('现行').waitFor();
    await context.close();
  });

  it('other roles see the list and the comparison, but not the publish panel', async () => {
    const { context, page } = await newPage(env.browser, 'en-US');
    await login(page, env.server.base, ACCOUNTS.COMMUNITY_STAFF);
    await page.goto(`${env.server.base}/admin/#/published-reports`);
    await page.getByTestId('published-table').waitFor();
    expect(await page.getByTestId('publish-panel').count()).toBe(0);
    await page.getByTestId('published-2026-city-r2').getByTestId('compare').click();
    await page.getByTestId('comparison-summary').waitFor();
    await context.close();
  });
});
