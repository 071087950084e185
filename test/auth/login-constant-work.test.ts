import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { LOGIN } from './http-session';

/**
 * Issue 12, defect 7: a login for an unknown e-mail answered about ten times
 * faster than one for an existing e-mail (no scrypt at all), which told an
 * attacker which e-mails have accounts. Every attempt now derives exactly one
 * scrypt key with the same parameters. Counted, not timed.
 */
let t: TestApp;
const email = `constant-${crypto.randomBytes(4).toString('hex')}@test.local`;
const retired = `retired-${crypto.randomBytes(4).toString('hex')}@test.local`;

beforeAll(async () => {
  t = await startTestApp();
  for (const e of [email, retired])
    ok(
      await t.gql('mutation($i: UserCreateInput!) { createUser(input: $i) { id } }', {
        i: { email: e, displayName: 'x', password: 'right-password', role: 'AUDITOR' },
      }),
    );
  const { users } = ok(await t.gql('{ users { id email } }'));
  ok(await t.gql('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: users.find((u: any) => u.email === retired).id }));
});
afterAll(() => t?.close());

/** The scrypt derivations one login makes (their key length and cost parameters), and its answer. */
async function derivations(e: string, password: string) {
  const scrypt = vi.spyOn(crypto, 'scrypt');
  try {
    const res = await t.gql(LOGIN, { e, p: password });
    return {
      calls: scrypt.mock.calls.map((c) => [c[2], c[3]]),
      error: res.errors?.[0] ? [res.errors[0].message, res.errors[0].extensions?.code] : null,
    };
  } finally {
    scrypt.mockRestore();
  }
}

describe('login work does not depend on whether the account exists', () => {
  it('derives one scrypt key with the same parameters for a wrong password, an unknown e-mail and a deactivated account', async () => {
    const wrong = await derivations(email, 'wrong-password');
    const unknown = await derivations(`nobody-${crypto.randomBytes(4).toString('hex')}@test.local`, 'wrong-password');
    const deactivated = await derivations(retired, 'right-password');
    const right = await derivations(email, 'right-password');
    expect(wrong.calls).toEqual([[32, { N: 16384, r: 8, p: 1 }]]);
    for (const other of [unknown, deactivated, right]) expect(other.calls).toEqual(wrong.calls);
    expect(unknown.error).toEqual(wrong.error);
    expect(deactivated.error).toEqual(wrong.error);
    expect(right.error).toBeNull();
  });
});
