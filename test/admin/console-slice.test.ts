import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS } from './support/accounts';
import { launchBrowser, login, newPage, screenshot } from './support/browser';
import { startConsoleServer, type ConsoleServer } from './support/console-server';

let server: ConsoleServer;
let browser: Browser;

beforeAll(async () => {
  server = await startConsoleServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the console in a real browser', () => {
  it('an administrator logs in in Chinese and sees the communities', async () => {
    const { context, page } = await newPage(browser);
    await login(page, server.base, ACCOUNTS.ADMIN);
    await page.goto(`${server.base}/admin/#/communities`);
    await page.getByText('T东湖社区').first().waitFor();
    expect(await page.getByText('T东湖社区').count()).toBeGreaterThan(0);
    await screenshot(page, 'communities-list');
    await context.close();
  });
});
