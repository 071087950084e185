import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, User } from '../../server/src/modules/auth';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startTestApp();
  const em = t.app.orm.em.fork();
  em.create(User, {
    email: 'admin@example.org',
    displayName: '管理员',
    passwordHash: await hashPassword('demo-password'),
    role: 'ADMIN',
    active: true,
  });
  await em.flush();
  base = `http://127.0.0.1:${await t.app.listen(0, '127.0.0.1')}`;
});
afterAll(() => t?.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('HTTP', () => {
  it('serves liveness, readiness and the console placeholder', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready' });
    const admin = await fetch(`${base}/admin/`);
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain('社区治理');
  });

  it('logs in, then knows the user by the bearer token', async () => {
    const login = await (
      await post({ query: 'mutation { login(email: "Admin@Example.org ", password: "demo-password") { token user { email role } } }' })
    ).json();
    expect(login.data.login.user).toEqual({ email: 'admin@example.org', role: 'ADMIN' });
    const me = await (await post({ query: '{ me { email role } }' }, { authorization: `Bearer ${login.data.login.token}` })).json();
    expect(me.data.me).toEqual({ email: 'admin@example.org', role: 'ADMIN' });
    expect((await (await post({ query: '{ me { email } }' })).json()).data.me).toBeNull();
  });

  it('refuses a wrong password and a tampered token', async () => {
    const wrong = await (await post({ query: 'mutation { login(email: "admin@example.org", password: "nope") { token } }' })).json();
    expect(wrong.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const login = await (
      await post({ query: 'mutation { login(email: "admin@example.org", password: "demo-password") { token } }' })
    ).json();
    const [h, p, s] = login.data.login.token.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ sub: '00000000-0000-4000-8000-000000000000', exp: 9999999999 })).toString('base64url')}.${s}`;
    expect(p).toBeTruthy();
    const res = await post({ query: '{ me { email } }' }, { authorization: `Bearer ${tampered}` });
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses anonymous writes', async () => {
    const res = await (
      await post({
        query: 'mutation { createServiceCenter(input: { name: "x", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
      })
    ).json();
    expect(res.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
