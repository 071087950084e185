import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSmallCity, type SmallCity } from '../support/fixtures';
import { spawnServer, type ServerProcess } from '../support/server-process';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { bearer, codes, inProcess, loginOver, post } from './http-session';

/**
 * Issue 12, defect 8: a token must stop working the moment its session is ended
 * (logout), or its user's password, role or binding changes, or the user is
 * deactivated; on every server process (the in-process app and a separate
 * server process on the same database) and on both ways a query is answered:
 * the one-statement path, which checks an assumed user inside the query's own
 * statement, and the resolvers, which look the caller up first.
 */
const SECRET = randomBytes(16).toString('hex');
let t: TestApp;
let city: SmallCity;
let other: ServerProcess;
let bases: string[];

/** Answered by one compiled statement (with the in-statement check) and by the resolvers. */
const ONE_STATEMENT = '{ communities(first: 1) { nodes { id } } }';
const RESOLVERS = '{ me { id } }';

beforeAll(async () => {
  t = await startTestApp({ jwtSecret: SECRET });
  city = await buildSmallCity(t);
  bases = [`http://127.0.0.1:${await t.app.listen(0, '127.0.0.1')}`];
  other = await spawnServer(t.url, { JWT_SECRET: SECRET });
  bases.push(other.base);
}, 120_000);
afterAll(async () => {
  await other?.stop();
  await t?.close();
});

async function newUser(role: string, extra: Record<string, unknown> = {}) {
  const email = `session-${randomBytes(4).toString('hex')}@test.local`;
  const { id } = ok(
    await t.gql('mutation($i: UserCreateInput!) { createUser(input: $i) { id } }', {
      i: { email, displayName: role, password: 'first-password', role, ...extra },
    }),
  ).createUser;
  return { id: id as string, email };
}

/** Every way of asking: both instances over HTTP and in-process, both paths. */
async function answers(token: string): Promise<number[]> {
  const statuses: number[] = [];
  for (const base of bases)
    for (const query of [ONE_STATEMENT, RESOLVERS]) statuses.push((await post(base, query, {}, bearer(token))).status);
  for (const query of [ONE_STATEMENT, RESOLVERS])
    statuses.push(codes(await inProcess(t.app, query, bearer(token)))?.[0] === 'UNAUTHENTICATED' ? 401 : 200);
  return statuses;
}
const LIVE = [200, 200, 200, 200, 200, 200];
const ENDED = [401, 401, 401, 401, 401, 401];

/** Signed in on both instances, so each has verified the token and assumes its user (the fast path). */
async function warm(token: string) {
  expect(await answers(token)).toEqual(LIVE);
}

/** The user's audit entries of `action`, each change's value decoded (the log sends them JSON-encoded). */
const auditOf = async (userId: string, action: string) =>
  ok(
    await t.gql(
      'query($a: [String!]) { auditLog(filter: { actions: $a }, first: 100) { nodes { action recordId changes { field after } } } }',
      { a: [action] },
    ),
  )
    .auditLog.nodes.filter((n: any) => n.recordId === userId)
    .map((n: any) => ({ ...n, changes: n.changes.map((c: any) => ({ field: c.field, after: JSON.parse(c.after) })) }));

describe('ending sessions', () => {
  it('takes the fast path for a warm token: one statement that also reads the session', async () => {
    const user = await newUser('AUDITOR');
    const token = await loginOver(bases[0], user.email, 'first-password');
    await warm(token);
    t.queries.length = 0;
    expect((await post(bases[0], ONE_STATEMENT, {}, bearer(token))).status).toBe(200);
    const statements = t.queries.filter((q) => /\bselect\b/i.test(q));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/from app_session s join app_user u/);
  });

  it('logout ends this session only, on every instance and path, and is audited', async () => {
    const user = await newUser('AUDITOR');
    const [mine, elsewhere] = [
      await loginOver(bases[0], user.email, 'first-password'),
      await loginOver(bases[1], user.email, 'first-password'),
    ];
    await warm(mine);
    await warm(elsewhere);
    const out = await post(bases[1], 'mutation { logout }', {}, bearer(mine));
    expect(out.body).toEqual({ data: { logout: true } });
    expect(await answers(mine)).toEqual(ENDED);
    expect(await answers(elsewhere)).toEqual(LIVE);
    const again = await post(bases[0], 'mutation { logout }', {}, bearer(mine));
    expect([again.status, codes(again.body)]).toEqual([401, ['UNAUTHENTICATED']]);
    expect(await auditOf(user.id, 'LOGOUT')).toHaveLength(1);
  });

  it('logout in-process ends the session the context was built from', async () => {
    const user = await newUser('AUDITOR');
    const token = await loginOver(bases[0], user.email, 'first-password');
    await warm(token);
    expect(ok(await inProcess(t.app, 'mutation { logout }', bearer(token)))).toEqual({ logout: true });
    expect(await answers(token)).toEqual(ENDED);
    // Nothing to end without a session.
    expect((await post(bases[0], 'mutation { logout }')).body).toEqual({ data: { logout: false } });
  });

  it('changePassword ends every other session at once and keeps the one that changed it', async () => {
    const user = await newUser('COMMUNITY_STAFF', { communityId: city.communities[0] });
    const [changer, stolen] = [
      await loginOver(bases[0], user.email, 'first-password'),
      await loginOver(bases[1], user.email, 'first-password'),
    ];
    await warm(changer);
    await warm(stolen);
    const changed = await post(
      bases[0],
      'mutation { changePassword(currentPassword: "first-password", newPassword: "second-password") }',
      {},
      bearer(changer),
    );
    expect(changed.body).toEqual({ data: { changePassword: true } });
    expect(await answers(stolen)).toEqual(ENDED);
    expect(await answers(changer)).toEqual(LIVE);
    const [entry] = await auditOf(user.id, 'SESSIONS_ENDED');
    expect(entry.changes).toEqual([
      { field: 'liveSessions', after: 0 },
      { field: 'reason', after: 'PASSWORD_CHANGED' },
    ]);
  });

  it('a role change, a binding change, a password reset and a deactivation end every session; a name change does not', async () => {
    const user = await newUser('COMMUNITY_STAFF', { communityId: city.communities[0] });
    const changes: Array<[string, Record<string, unknown>]> = [
      ['binding', { communityId: city.communities[1] }],
      ['role', { role: 'CENTER_ADMIN', communityId: null, serviceCenterId: city.centers[0] }],
      ['password reset', { password: 'reset-by-admin' }],
      ['deactivation', { active: false }],
    ];
    let password = 'first-password';
    for (const [what, input] of changes) {
      const tokens = [await loginOver(bases[0], user.email, password), await loginOver(bases[1], user.email, password)];
      for (const token of tokens) await warm(token);
      ok(
        await t.gql('mutation($id: ID!, $i: UserUpdateInput!) { updateUser(id: $id, input: $i) { id } }', {
          id: user.id,
          i: { displayName: `renamed before ${what}` },
        }),
      );
      for (const token of tokens) expect(await answers(token), `a name change before the ${what}`).toEqual(LIVE);
      ok(await t.gql('mutation($id: ID!, $i: UserUpdateInput!) { updateUser(id: $id, input: $i) { id } }', { id: user.id, i: input }));
      for (const token of tokens) expect(await answers(token), `after the ${what}`).toEqual(ENDED);
      if (input.password) password = input.password as string;
    }
    // Reactivated, the user can log in again.
    ok(await t.gql('mutation($id: ID!) { updateUser(id: $id, input: { active: true }) { id } }', { id: user.id }));
    expect(await answers(await loginOver(bases[1], user.email, password))).toEqual(LIVE);
    const reasons = (await auditOf(user.id, 'SESSIONS_ENDED')).map((e: any) => e.changes.find((c: any) => c.field === 'reason').after);
    expect(reasons.sort()).toEqual(['DEACTIVATED', 'PASSWORD_RESET', 'ROLE_CHANGED', 'ROLE_CHANGED']);
  });

  it('deactivateUser ends every session, and the reactivated user’s old tokens stay refused', async () => {
    const user = await newUser('AUDITOR');
    const token = await loginOver(bases[1], user.email, 'first-password');
    await warm(token);
    ok(await t.gql('mutation($id: ID!) { deactivateUser(id: $id) { active } }', { id: user.id }));
    expect(await answers(token)).toEqual(ENDED);
    ok(await t.gql('mutation($id: ID!) { updateUser(id: $id, input: { active: true }) { active } }', { id: user.id }));
    expect(await answers(token)).toEqual(ENDED);
  });

  it('a refused change ends nothing', async () => {
    const user = await newUser('COMMUNITY_STAFF', { communityId: city.communities[0] });
    const token = await loginOver(bases[0], user.email, 'first-password');
    await warm(token);
    const refused = await t.gql('mutation($id: ID!) { updateUser(id: $id, input: { role: CENTER_ADMIN }) { id } }', { id: user.id });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    const wrong = await post(
      bases[1],
      'mutation { changePassword(currentPassword: "not-it-at-all", newPassword: "second-password") }',
      {},
      bearer(token),
    );
    expect(codes(wrong.body)).toEqual(['BAD_USER_INPUT']);
    expect(await answers(token)).toEqual(LIVE);
  });
});
