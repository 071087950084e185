import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../admin/src/generated/resources';
import { ACCOUNTS } from './support/accounts';
import { launchBrowser, login, newPage, screenshot } from './support/browser';
import { rows } from './support/console-page';
import { startConsoleServer, type ConsoleServer } from './support/console-server';

let server: ConsoleServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await startConsoleServer();
  browser = await launchBrowser();
  page = (await newPage(browser)).page;
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, server.base, ACCOUNTS.ADMIN);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page settled without react-admin's error page or a failed request notice. */
async function settled(page: Page) {
  await page.locator('.RaLayout-content').waitFor();
  await page.waitForLoadState('networkidle');
  expect(await page.getByText('出错了').count()).toBe(0);
  expect(await page.getByText('与服务器通信出错').count()).toBe(0);
}

describe('every record type has a working list, page, edit and create form', () => {
  for (const def of resources) {
    it(def.name, async () => {
      await page.goto(`${server.base}/admin/#/${def.name}`);
      await rows(page).first().waitFor();
      await settled(page);
      const id = await server.firstId(def.name);
      await page.goto(`${server.base}/admin/#/${def.name}/${id}/show`);
      await settled(page);
      await page.goto(`${server.base}/admin/#/${def.name}/${id}`);
      await page.locator('form').waitFor();
      await settled(page);
      if (['communityWorkers', 'budgetLines', 'dutyItems'].includes(def.name)) await screenshot(page, `${def.name}-edit`);
      await page.goto(`${server.base}/admin/#/${def.name}/create`);
      await page.locator('form').waitFor();
      await settled(page);
      expect(errors).toEqual([]);
    });
  }

  it('shows a record with its related records', async () => {
    await page.goto(`${server.base}/admin/#/communities/${await server.firstId('communities', { code: { eq: 'DH-001' } })}/show`);
    await page.getByText('江滨社区').first().waitFor();
    await screenshot(page, 'community-show');
    await page.getByRole('tab', { name: '关联记录' }).click();
    await page.getByText('社区工作者').first().waitFor();
    await page.getByText('第 1-10 条').first().waitFor();
    await screenshot(page, 'community-related');
  });
});
