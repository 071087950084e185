import { beforeAll, describe, expect, it } from 'vitest';
import { useSmallCity } from '../support/fixtures';
import { ok } from '../support/test-app';

/**
 * A signed-in user seen recently is assumed and checked inside the query's one
 * statement instead of being looked up first (core/one-statement, PendingViewer).
 * The check must stop a deactivated user and follow a changed role at once,
 * for one-statement queries and for everything else.
 */
const env = useSmallCity();
let base: string;

async function http(query: string, token: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}
const codes = (r: { body: { errors?: Array<{ extensions?: { code?: string } }> } }) => r.body.errors?.map((e) => e.extensions?.code);
const sql = (text: string, params: unknown[]) => env.t.app.orm.em.getConnection().execute(text, params);

const COMPILED = '{ communities(first: 2) { nodes { code } } }';
const GUARDED = '{ communityWorkers(first: 1) { nodes { name idNumber } } }';

beforeAll(async () => {
  base = `http://127.0.0.1:${await env.t.app.listen(0, '127.0.0.1')}`;
});

async function signedIn(role: string) {
  const email = `assumed-${Math.random().toString(36).slice(2, 8)}@test.local`;
  const user = ok(
    await env.t.gql('mutation($i: UserCreateInput!) { createUser(input: $i) { id } }', {
      i: { email, displayName: role, password: 'first-password', role },
    }),
  ).createUser;
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!) { login(email: $e, password: "first-password") { token } }',
      variables: { e: email },
    }),
  });
  return { id: user.id as string, token: (await res.json()).data.login.token as string };
}

describe('an assumed signed-in user', () => {
  it('is answered with one statement that also checks the user', async () => {
    const admin = await signedIn('ADMIN');
    expect((await http(COMPILED, admin.token)).status).toBe(200); // looked up, then remembered
    env.t.queries.length = 0;
    const again = await http(COMPILED, admin.token);
    expect(again.body.data.communities.nodes).toHaveLength(2);
    const statements = env.t.queries.filter((q) => /\bselect\b/i.test(q));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/from app_session s join app_user u/);
  });

  it('is refused at the next request once deactivated, whichever path answers', async () => {
    const admin = await signedIn('ADMIN');
    expect((await http(COMPILED, admin.token)).status).toBe(200);
    await sql('update app_user set active = false where id = ?', [admin.id]);
    for (const query of [COMPILED, '{ me { email } }', GUARDED]) {
      const res = await http(query, admin.token);
      expect(res.status).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.body.data).toBeUndefined();
    }
  });

  it('reads with the new role at the next request after a role change', async () => {
    const admin = await signedIn('ADMIN');
    const before = await http(GUARDED, admin.token);
    expect(before.body.errors).toBeUndefined();
    await sql(`update app_user set role = 'AUDITOR' where id = ?`, [admin.id]);
    expect((await http(GUARDED, admin.token)).body.errors).toBeUndefined(); // auditors read everything
    await sql(`update app_user set role = 'CENTER_ADMIN' where id = ?`, [admin.id]);
    const after = await http(GUARDED, admin.token);
    expect(codes(after)).toEqual(['FORBIDDEN']);
    expect((await http('{ me { role } }', admin.token)).body.data.me.role).toBe('CENTER_ADMIN');
  });
});
