import { describe, expect, it } from 'vitest';
import { ACCOUNTS } from '../admin/support/accounts';
import { login, newPage } from '../admin/support/browser';
import { useConsole } from '../admin/support/console-server';
import { bearer, post } from './http-session';

/**
 * The console's 退出登录 ends the session on the server (the `logout` mutation),
 * not only in the browser: a copy of the token (another tab, a stolen one)
 * is refused from then on.
 */
const env = useConsole();

describe('logging out of the console', () => {
  it('ends the session on the server', async () => {
    const { context, page } = await newPage(env.browser);
    await login(page, env.server.base, ACCOUNTS.ADMIN);
    const token = await page.evaluate(() => localStorage.getItem('cg.token'));
    expect(token).toBeTruthy();
    expect((await post(env.server.base, '{ me { email } }', {}, bearer(token!))).body.data.me.email).toBe(ACCOUNTS.ADMIN);

    await page.getByRole('button', { name: '个人' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#/login'));
    expect(await page.evaluate(() => localStorage.getItem('cg.token'))).toBeNull();

    const after = await post(env.server.base, '{ me { email } }', {}, bearer(token!));
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();
  });
});
