import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { registeredDocuments } from '../../server/src/http/trusted-documents';
import { ApiKey } from '../../server/src/modules/auth';
import { useSmallCity } from '../support/fixtures';
import { ANONYMOUS, ok, userViewer } from '../support/test-app';

const env = useSmallCity();
let base: string;

async function http(query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

const codes = (r: { body: { errors?: Array<{ extensions?: { code?: string } }> } }) => r.body.errors?.map((e) => e.extensions?.code);

async function createUser(role: string, extra: Record<string, unknown> = {}) {
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@test.local`;
  const input = { email, displayName: role, password: 'first-password', role, ...extra };
  const user = ok(
    await env.t.gql('mutation($i: UserCreateInput!) { createUser(input: $i) { id email role active } }', { i: input }),
  ).createUser;
  return { ...user, password: 'first-password' };
}

async function login(email: string, password: string) {
  return http(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email role } } }',
    {},
    { e: email, p: password },
  );
}

beforeAll(async () => {
  const port = await env.t.app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});

describe('sessions', () => {
  it('logs in, answers me with permissions, and refuses a tampered token with 401', async () => {
    const staff = await createUser('COMMUNITY_STAFF', { communityId: env.city.communities[0] });
    const { body } = await login(staff.email, staff.password);
    const token = body.data.login.token as string;
    expect(body.data.login.user).toMatchObject({ email: staff.email, role: 'COMMUNITY_STAFF' });
    const me = await http('{ me { email permissions { role canReadAuditLog types { type canCreate fields { name read write } } } } }', {
      authorization: `Bearer ${token}`,
    });
    expect(me.body.data.me.permissions.role).toBe('COMMUNITY_STAFF');
    const worker = me.body.data.me.permissions.types.find((x: any) => x.type === 'CommunityWorker');
    expect(worker.canCreate).toBe(true);
    expect(worker.fields.find((f: any) => f.name === 'phone')).toEqual({ name: 'phone', read: 'OWN_COMMUNITY', write: true });
    expect(worker.fields.find((f: any) => f.name === 'idNumber')).toEqual({ name: 'idNumber', read: 'NONE', write: false });
    expect(me.body.data.me.permissions.types.find((x: any) => x.type === 'DutyItem').canCreate).toBe(false);

    const [head, payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '00000000-0000-4000-8000-000000000001' }),
    ).toString('base64url');
    for (const bad of [`${head}.${forgedPayload}.${signature}`, `${head}.${payload}.${signature.slice(0, -2)}xx`, 'not-a-token']) {
      const res = await http('{ me { email } }', { authorization: `Bearer ${bad}` });
      expect(res.status).toBe(401);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('stops a deactivated user at the next request, and lets a user change their own password', async () => {
    const auditor = await createUser('AUDITOR');
    const token = (await login(auditor.email, auditor.password)).body.data.login.token;
    const auth = { authorization: `Bearer ${token}` };
    const changed = await http('mutation { changePassword(currentPassword: "first-password", newPassword: "second-password") }', auth);
    expect(changed.body.data.changePassword).toBe(true);
    expect(codes(await login(auditor.email, 'first-password'))).toEqual(['UNAUTHENTICATED']);
    expect((await login(auditor.email, 'second-password')).body.data.login.user.email).toBe(auditor.email);
    const wrong = await http('mutation { changePassword(currentPassword: "nope-nope", newPassword: "third-password") }', auth);
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);

    ok(await env.t.gql('mutation($id: ID!) { deactivateUser(id: $id) { active } }', { id: auditor.id }));
    const after = await http('{ me { email } }', auth);
    expect(after.status).toBe(401);
  });

  it('lets only ADMIN manage users, and checks a role against its binding', async () => {
    const staff = userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[0] });
    expect((await env.t.gql('{ users { email } }', {}, staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await env.t.gql('{ users { email } }', {}, ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const unbound = await env.t.gql(
      'mutation { createUser(input: { email: "x@test.local", displayName: "x", password: "long-enough", role: CENTER_ADMIN }) { id } }',
    );
    expect(unbound.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.serviceCenterId', message: 'a CENTER_ADMIN needs a service centre' },
    ]);
    const center = await createUser('CENTER_ADMIN', { serviceCenterId: env.city.centers[0] });
    const moved = ok(
      await env.t.gql(
        'mutation($id: ID!, $c: ID!) { updateUser(id: $id, input: { role: COMMUNITY_STAFF, serviceCenterId: null, communityId: $c }) { role communityId serviceCenterId } }',
        { id: center.id, c: env.city.communities[1] },
      ),
    );
    expect(moved.updateUser).toEqual({ role: 'COMMUNITY_STAFF', communityId: env.city.communities[1], serviceCenterId: null });
    expect(ok(await env.t.gql('{ users { email } }')).users.map((u: any) => u.email)).toContain(center.email);
  });

  it('answers permissions for anonymous callers', async () => {
    const res = await http('{ permissions { role canManageUsers types { type canRead canCreate fields { name read } } } }');
    expect(res.body.data.permissions.role).toBe('ANONYMOUS');
    const worker = res.body.data.permissions.types.find((x: any) => x.type === 'CommunityWorker');
    expect(worker.canCreate).toBe(false);
    expect(worker.fields.find((f: any) => f.name === 'name').read).toBe('NONE');
    expect(worker.fields.find((f: any) => f.name === 'id').read).toBe('ALL');
  });
});

describe('API keys', () => {
  const createKey = async (scopes: string[]) =>
    ok(
      await env.t.gql(
        'mutation($s: [String!]!) { createApiKey(input: { name: "partner app", scopes: $s }) { key apiKey { id keyPrefix scopes } } }',
        { s: scopes },
      ),
    ).createApiKey;

  it('shows the key once, stores only its sha256, and reads as a partner of its scopes', async () => {
    const created = await createKey(['community:read']);
    expect(created.key.startsWith(created.apiKey.keyPrefix)).toBe(true);
    const row = await env.t.app.orm.em.fork().findOneOrFail(ApiKey, { id: created.apiKey.id });
    expect(row.keyHash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.key);
    const listed = ok(await env.t.gql('{ apiKeys { id keyPrefix } }')).apiKeys;
    expect(JSON.stringify(listed)).not.toContain(created.key);

    const res = await http('{ compounds { nodes { propertyManager } } communityWorkers { nodes { id name } } permissions { role } }', {
      'x-api-key': created.key,
    });
    expect(res.status).toBe(200);
    expect(res.body.data.permissions.role).toBe('PARTNER');
    // community:read covers Compound's INTERNAL fields; people:read is missing, so a worker's name is withheld.
    expect(res.body.errors?.every((e) => e.extensions?.code === 'FORBIDDEN' && e.message.includes('CommunityWorker.name'))).toBe(true);
    expect(res.body.errors?.length).toBe(res.body.data.communityWorkers.nodes.length);
  });

  it('lets partners write nothing', async () => {
    const { key } = await createKey(['community:read', 'duty:read', 'budget:read', 'org:read', 'people:read']);
    const before = ok(await env.t.gql('{ compounds { totalCount } }')).compounds.totalCount;
    const res = await http(
      'mutation($c: ID!) { createCompound(input: { communityId: $c, name: "partner wrote" }) { id } }',
      { 'x-api-key': key },
      { c: env.city.communities[0] },
    );
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(
      codes(await http('mutation { createApiKey(input: { name: "x", scopes: ["duty:read"] }) { key } }', { 'x-api-key': key })),
    ).toEqual(['FORBIDDEN']);
    expect(ok(await env.t.gql('{ compounds { totalCount } }')).compounds.totalCount).toBe(before);
  });

  it('refuses unknown, revoked and expired keys with 401 from the next request on', async () => {
    expect((await http('{ permissions { role } }', { 'x-api-key': 'no-such-key' })).status).toBe(401);
    const revoked = await createKey(['duty:read']);
    expect((await http('{ permissions { role } }', { 'x-api-key': revoked.key })).status).toBe(200);
    ok(await env.t.gql('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: revoked.apiKey.id }));
    const after = await http('{ permissions { role } }', { 'x-api-key': revoked.key });
    expect(after.status).toBe(401);
    expect(codes(after)).toEqual(['UNAUTHENTICATED']);

    const expiring = await createKey(['duty:read']);
    await env.t.app.orm.em.fork().nativeUpdate(ApiKey, { id: expiring.apiKey.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await http('{ permissions { role } }', { 'x-api-key': expiring.key })).status).toBe(401);
  });

  it('checks scopes and expiry on creation', async () => {
    const res = await env.t.gql(
      'mutation { createApiKey(input: { name: "x", scopes: ["everything"], expiresAt: "2000-01-01T00:00:00Z" }) { key } }',
    );
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.scopes', message: 'scopes must be some of budget:read, community:read, duty:read, org:read, people:read' },
      { path: 'input.expiresAt', message: 'must be in the future' },
    ]);
  });

  it('takes an allow-list of registered trusted documents only, and writes nothing otherwise', async () => {
    const registered = registeredDocuments().all()[0];
    const unknown = createHash('sha256').update('{ dutyItems { nodes { code } } }').digest('hex');
    const create = (ids: string[]) =>
      env.t.gql(
        'mutation($d: [String!]) { createApiKey(input: { name: "listed", scopes: ["duty:read"], allowedDocuments: $d }) { apiKey { id allowedDocuments } } }',
        { d: ids },
      );
    const before = ok(await env.t.gql('{ apiKeys { id } }')).apiKeys.length;
    const refused = await create([`sha256:${registered.hash}`, 'md5:abc', `sha256:${unknown}`]);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.allowedDocuments.1', message: '"md5:abc" is not a document id: "sha256:" and 64 hex digits' },
      { path: 'input.allowedDocuments.2', message: `sha256:${unknown} is not a registered trusted document (README "Trusted documents")` },
    ]);
    expect((await create([])).errors?.[0].extensions?.fields).toEqual([
      { path: 'input.allowedDocuments', message: 'names no document: leave it out to allow every trusted document' },
    ]);
    expect(ok(await env.t.gql('{ apiKeys { id } }')).apiKeys.length).toBe(before);
    // A bare hash (Apollo's form) is stored as a document id, once.
    const created = ok(await create([registered.hash.toUpperCase(), `sha256:${registered.hash}`])).createApiKey;
    expect(created.apiKey.allowedDocuments).toEqual([`sha256:${registered.hash}`]);
  });
});
