import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../server/src/app';
import { loadConfig, type LoginThrottleSettings } from '../../server/src/config';
import { ok, startTestApp, testConfig, type TestApp } from '../support/test-app';
import { codes, inProcess, LOGIN, post } from './http-session';

/**
 * Issue 12, defect 8: failed logins were limited only by the general rate limit
 * (1,200 a minute per address). Now each e-mail tried and each client address
 * earns a lock after a few failures, growing with each further one up to a cap
 * (small settings here); the lock refuses even the right password, answers
 * RATE_LIMITED (HTTP 429, Retry-After), and its start is audited.
 */
const LOGIN_SETTINGS: LoginThrottleSettings = {
  account: { freeFailures: 3, lockSeconds: 100, maxLockSeconds: 300 },
  address: { freeFailures: 6, lockSeconds: 1000, maxLockSeconds: 4000 },
  memorySeconds: 3600,
};
const PASSWORD = 'right-password';
let t: TestApp;
let base: string;
let untrusting: App;
let untrustingBase: string;

beforeAll(async () => {
  // TRUST_PROXY on: each test picks its client address with X-Forwarded-For.
  const config = { ...testConfig(), login: LOGIN_SETTINGS };
  t = await startTestApp({ ...config, limits: { ...config.limits, trustProxy: true } });
  base = `http://127.0.0.1:${await t.app.listen(0, '127.0.0.1')}`;
  // The same database without TRUST_PROXY: X-Forwarded-For is the client's to forge, and ignored.
  untrusting = await createApp(config, t.url);
  untrustingBase = `http://127.0.0.1:${await untrusting.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await untrusting?.close();
  await t?.close();
});

let n = 0;
/** An address no other attempt of the file uses, so only the account counts. */
const freshAddress = () => `198.51.100.${++n}`;

async function newUser() {
  const email = `throttle-${crypto.randomBytes(4).toString('hex')}@test.local`;
  ok(
    await t.gql('mutation($i: UserCreateInput!) { createUser(input: $i) { id } }', {
      i: { email, displayName: 'x', password: PASSWORD, role: 'AUDITOR' },
    }),
  );
  return email;
}

/** One login attempt over HTTP from `address`: its code (null when it succeeded) and how long it is told to wait. */
async function attempt(email: string, password: string, address = freshAddress(), at = base) {
  const res = await post(at, LOGIN, { e: email, p: password }, { 'x-forwarded-for': address });
  const error = res.body.errors?.[0];
  return {
    status: res.status,
    code: error ? error.extensions?.code : null,
    message: error?.message,
    retryAfter: error?.extensions?.retryAfterSeconds as number | undefined,
    header: res.retryAfter,
  };
}
const fail = async (email: string, address?: string) =>
  expect((await attempt(email, 'wrong-password', address)).code).toBe('UNAUTHENTICATED');

/** Ends a lock as its time running out would (no waiting in tests). */
const expire = (key: string) =>
  t.app.orm.em.getConnection().execute(`update login_throttle set locked_until = now() - interval '1 second' where key = ?`, [key]);

/** A refusal that says to wait more than `after` and at most `upTo` seconds. */
async function expectLocked(email: string, password: string, after: number, upTo: number, address?: string) {
  const res = await attempt(email, password, address);
  expect(res.code).toBe('RATE_LIMITED');
  expect(res.retryAfter).toBeGreaterThan(after);
  expect(res.retryAfter).toBeLessThanOrEqual(upTo);
  return res;
}

const throttledEntries = async (actorName: string) =>
  ok(
    await t.gql(
      '{ auditLog(filter: { actions: ["LOGIN_THROTTLED"] }, first: 200) { nodes { actorName recordType recordId changes { field after } } } }',
    ),
  )
    .auditLog.nodes.filter((e: any) => e.actorName === actorName)
    .map((e: any) => ({
      recordType: e.recordType,
      recordId: e.recordId,
      ...Object.fromEntries(e.changes.map((c: any) => [c.field, JSON.parse(c.after)])),
    }));

describe('login throttling per account', () => {
  it('refuses the attempt after the free failures even with the right password: 429, Retry-After, audited once', async () => {
    const email = await newUser();
    for (let i = 0; i < 3; i++) await fail(email);
    const locked = await expectLocked(email, PASSWORD, 0, 100);
    expect(locked.message).toBe(`Too many failed logins for this e-mail: try again in ${locked.retryAfter} s`);
    expect(locked.status).toBe(429);
    expect(locked.header).toBe(String(locked.retryAfter));
    await expectLocked(email, PASSWORD, 0, 100); // from any address: the account is locked
    const [entry, ...more] = await throttledEntries(email);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ recordType: 'User', failures: 3, lockSeconds: 100 });
  });

  it('locks longer with each further failure up to the cap; a lock ends; a success resets the account', async () => {
    const email = await newUser();
    for (let i = 0; i < 3; i++) await fail(email);
    await expectLocked(email, PASSWORD, 0, 100);
    for (const [after, upTo] of [
      [100, 200],
      [200, 300],
      [200, 300],
    ]) {
      await expire(`account:${email}`);
      await fail(email); // checked again once the lock is over, and locked for longer
      await expectLocked(email, PASSWORD, after, upTo);
    }
    await expire(`account:${email}`);
    expect((await attempt(email, PASSWORD)).code).toBeNull();
    // Three failures to go again, and the first lock is the short one.
    for (let i = 0; i < 3; i++) await fail(email);
    await expectLocked(email, 'wrong-password', 0, 100);
  });

  it('throttles an e-mail no account has exactly like a real one', async () => {
    const nobody = `nobody-${crypto.randomBytes(4).toString('hex')}@test.local`;
    for (let i = 0; i < 3; i++) await fail(nobody);
    await expectLocked(nobody, PASSWORD, 0, 100);
  });

  it('lets parallel attempts check no more passwords than the free failures', async () => {
    const email = await newUser();
    const scrypt = vi.spyOn(crypto, 'scrypt');
    try {
      const results = await Promise.all(Array.from({ length: 12 }, () => attempt(email, 'wrong-password')));
      expect(results.filter((r) => r.code === 'UNAUTHENTICATED')).toHaveLength(3);
      expect(results.filter((r) => r.code === 'RATE_LIMITED')).toHaveLength(9);
      expect(scrypt).toHaveBeenCalledTimes(3);
    } finally {
      scrypt.mockRestore();
    }
  });
});

describe('login throttling per address', () => {
  it('locks an address after failures over many accounts, for every account but not elsewhere; audited', async () => {
    const address = '203.0.113.7';
    const victim = await newUser();
    const tried: string[] = [];
    for (let i = 0; i < 6; i++) {
      tried.push(await newUser());
      await fail(tried[i], address);
    }
    await expectLocked(victim, PASSWORD, 0, 1000, address);
    expect((await attempt(victim, PASSWORD)).code).toBeNull(); // the account itself is not locked
    // Started by the sixth failure: the entry names the e-mail it tried and the address it came from.
    expect(await throttledEntries(tried[5])).toEqual([
      { recordType: 'ClientAddress', recordId: address, failures: 6, lockSeconds: 1000, clientAddress: address },
    ]);
  });

  it('is not reset by a success from the address (only that attempt is taken back)', async () => {
    const address = '203.0.113.8';
    for (let i = 0; i < 5; i++) await fail(await newUser(), address);
    // An attacker's own account: logging in to it must not wipe the address's failures.
    expect((await attempt(await newUser(), PASSWORD, address)).code).toBeNull();
    await fail(await newUser(), address);
    await expectLocked(await newUser(), PASSWORD, 0, 1000, address);
  });

  it('counts the connection’s address, not a forged X-Forwarded-For, without TRUST_PROXY', async () => {
    // Every attempt claims another address; the server without TRUST_PROXY sees 127.0.0.1 for all of them.
    for (let i = 0; i < 6; i++)
      expect((await attempt(await newUser(), 'wrong-password', freshAddress(), untrustingBase)).code).toBe('UNAUTHENTICATED');
    const refused = await attempt(await newUser(), PASSWORD, freshAddress(), untrustingBase);
    expect(refused.code).toBe('RATE_LIMITED');
  });

  it('in-process, counts the address the context carries', async () => {
    const address = '2001:db8:1:2::5';
    const emails = await Promise.all(Array.from({ length: 7 }, () => newUser()));
    for (const email of emails.slice(0, 6))
      expect(codes(await inProcess(t.app, LOGIN, {}, { e: email, p: 'wrong-password' }, address))).toEqual(['UNAUTHENTICATED']);
    // Another address of the same /64 is the same client.
    expect(codes(await inProcess(t.app, LOGIN, {}, { e: emails[6], p: PASSWORD }, '2001:db8:1:2:ffff::1'))).toEqual(['RATE_LIMITED']);
    expect(codes(await inProcess(t.app, LOGIN, {}, { e: emails[6], p: PASSWORD }, '2001:db8:1:3::5'))).toBeUndefined();
  });
});

describe('login throttling settings', () => {
  it('has defaults, reads every number from the environment, and refuses a cap below the first lock', () => {
    expect(loadConfig({}).login).toEqual({
      account: { freeFailures: 5, lockSeconds: 5, maxLockSeconds: 300 },
      address: { freeFailures: 20, lockSeconds: 60, maxLockSeconds: 3600 },
      memorySeconds: 86400,
    });
    const env = {
      LOGIN_ACCOUNT_FREE_FAILURES: '2',
      LOGIN_ACCOUNT_LOCK_SECONDS: '7',
      LOGIN_ACCOUNT_MAX_LOCK_SECONDS: '70',
      LOGIN_ADDRESS_FREE_FAILURES: '9',
      LOGIN_ADDRESS_LOCK_SECONDS: '90',
      LOGIN_ADDRESS_MAX_LOCK_SECONDS: '900',
      LOGIN_FAILURE_MEMORY_SECONDS: '600',
    };
    expect(loadConfig(env).login).toEqual({
      account: { freeFailures: 2, lockSeconds: 7, maxLockSeconds: 70 },
      address: { freeFailures: 9, lockSeconds: 90, maxLockSeconds: 900 },
      memorySeconds: 600,
    });
    expect(() => loadConfig({ LOGIN_ADDRESS_LOCK_SECONDS: '100', LOGIN_ADDRESS_MAX_LOCK_SECONDS: '50' })).toThrow(
      'Setting LOGIN_ADDRESS_MAX_LOCK_SECONDS must be at least LOGIN_ADDRESS_LOCK_SECONDS (100)',
    );
    expect(() => loadConfig({ LOGIN_ACCOUNT_FREE_FAILURES: '0' })).toThrow(
      'Setting LOGIN_ACCOUNT_FREE_FAILURES must be a whole number from 1 to 1000, got "0"',
    );
  });
});
