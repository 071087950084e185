import { describe, expect, it } from 'vitest';
import { onWrite } from '../../server/src/core/crud/write-hooks';
import { useSmallCity } from '../support/fixtures';
import { ADMIN, ANONYMOUS, ok, userViewer } from '../support/test-app';

const env = useSmallCity();
const AUDITOR = userViewer('AUDITOR', { id: '00000000-0000-4000-8000-0000000000a1' });
const ENTRY = 'id at actorId actorName role action recordType recordId version changes { field before after masked }';

const log = async (filter: Record<string, unknown>, viewer = AUDITOR) =>
  ok(
    await env.t.gql(
      `query($f: AuditLogFilter) { auditLog(filter: $f, first: 500) { totalCount nodes { ${ENTRY} } } }`,
      { f: filter },
      viewer,
    ),
  ).auditLog;

// A hook that fails after the audit hook has written its row: the whole write must roll back.
onWrite(async (_em, _ctx, e) => {
  if (e.decl.name === 'Compound' && e.after?.name === 'ROLL ME BACK') throw new Error('refused by a later hook');
});

describe('audit entries', () => {
  it('records create, update, delete, restore and revert with who, role, version and the changed fields', async () => {
    const staff = userViewer('COMMUNITY_STAFF', { id: '00000000-0000-4000-8000-0000000000b1', communityId: env.city.communities[0] });
    const id = ok(
      await env.t.gql(
        'mutation($c: ID!) { createCompound(input: { communityId: $c, name: "审计小区", households: 10 }) { id } }',
        { c: env.city.communities[0] },
        staff,
      ),
    ).createCompound.id;
    ok(await env.t.gql('mutation($id: ID!) { updateCompound(id: $id, input: { households: 12 }) { id } }', { id }, staff));
    ok(await env.t.gql('mutation($id: ID!) { deleteCompound(id: $id) }', { id }, staff));
    ok(await env.t.gql('mutation($id: ID!) { restoreCompound(id: $id) { id } }', { id }, staff));
    const reverted = ok(
      await env.t.gql('mutation($id: ID!) { revertCompound(id: $id, toVersion: 1) { households version } }', { id }),
    ).revertCompound;
    expect(reverted).toEqual({ households: 10, version: 5 });

    const entries = (await log({ recordId: id })).nodes.reverse();
    expect(entries.map((e: any) => [e.action, e.version, e.role])).toEqual([
      ['CREATE', 1, 'COMMUNITY_STAFF'],
      ['UPDATE', 2, 'COMMUNITY_STAFF'],
      ['DELETE', 3, 'COMMUNITY_STAFF'],
      ['RESTORE', 4, 'COMMUNITY_STAFF'],
      ['REVERT', 5, 'ADMIN'],
    ]);
    expect(entries[0]).toMatchObject({
      actorId: staff.kind === 'user' ? staff.id : '',
      actorName: 'community_staff@test.local',
      recordType: 'Compound',
    });
    expect(entries[1].changes).toEqual([{ field: 'households', before: '10', after: '12', masked: false }]);
    expect(entries[2].changes.map((c: any) => c.field)).toEqual(['deletedAt']);
    expect(entries[4].changes).toEqual([{ field: 'households', before: '12', after: '10', masked: false }]);
    const history = ok(await env.t.gql(`query($id: ID!) { compound(id: $id) { history { action version } } }`, { id })).compound.history;
    expect(history.map((h: any) => h.action)).toEqual(['CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'REVERT']);
  });

  it('writes no entry for a write that rolls back or is refused', async () => {
    const before = (await log({ recordType: 'Compound' })).totalCount;
    const failed = await env.t.gql('mutation($c: ID!) { createCompound(input: { communityId: $c, name: "ROLL ME BACK" }) { id } }', {
      c: env.city.communities[0],
    });
    expect(failed.errors).toHaveLength(1);
    const refused = await env.t.gql(
      'mutation($c: ID!) { createCompound(input: { communityId: $c, name: "not mine" }) { id } }',
      { c: env.city.communities[0] },
      AUDITOR,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await log({ recordType: 'Compound' })).totalCount).toBe(before);
    expect(ok(await env.t.gql('{ compounds(filter: { name: { eq: "ROLL ME BACK" } }) { totalCount } }')).compounds.totalCount).toBe(0);
  });

  it('records logins, failed logins, users and API keys', async () => {
    const user = ok(
      await env.t.gql(
        'mutation { createUser(input: { email: "logger@test.local", displayName: "L", password: "a-password", role: AUDITOR }) { id } }',
      ),
    ).createUser;
    ok(await env.t.gql('mutation { login(email: "logger@test.local", password: "a-password") { token } }', {}, ANONYMOUS));
    await env.t.gql('mutation { login(email: "logger@test.local", password: "wrong-password") { token } }', {}, ANONYMOUS);
    const key = ok(
      await env.t.gql('mutation { createApiKey(input: { name: "k", scopes: ["duty:read"] }) { key apiKey { id } } }'),
    ).createApiKey;
    ok(await env.t.gql('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.apiKey.id }));
    const actions = (await log({ actions: ['USER_CREATED', 'LOGIN', 'LOGIN_FAILED', 'API_KEY_CREATED', 'API_KEY_REVOKED'] })).nodes;
    expect(actions.map((e: any) => e.action).reverse()).toEqual([
      'USER_CREATED',
      'LOGIN',
      'LOGIN_FAILED',
      'API_KEY_CREATED',
      'API_KEY_REVOKED',
    ]);
    expect(actions.find((e: any) => e.action === 'LOGIN')).toMatchObject({ actorId: user.id, role: 'AUDITOR' });
    expect(actions.find((e: any) => e.action === 'LOGIN_FAILED')).toMatchObject({ actorName: 'logger@test.local', role: 'ANONYMOUS' });
    expect(JSON.stringify(actions)).not.toMatch(/a-password|wrong-password|scrypt\$/);
    expect(JSON.stringify(actions)).not.toContain(key.key);
  });
});

describe('reading the log', () => {
  it('is for AUDITOR and ADMIN only', async () => {
    const staff = userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[0] });
    expect((await env.t.gql('{ auditLog { totalCount } }', {}, staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await env.t.gql('{ auditLog { totalCount } }', {}, ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(ok(await env.t.gql('{ auditLog { totalCount } }', {}, ADMIN)).auditLog.totalCount).toBeGreaterThan(0);
  });

  it('filters by record type, actor and time, and pages newest first', async () => {
    const workers = await log({ recordType: 'CommunityWorker' });
    expect(workers.totalCount).toBe(env.city.workers.length);
    expect(new Set(workers.nodes.map((e: any) => e.recordType))).toEqual(new Set(['CommunityWorker']));
    const admin = await log({ actorId: ADMIN.kind === 'user' ? ADMIN.id : '' });
    expect(admin.totalCount).toBeGreaterThan(20);
    expect((await log({ from: new Date(Date.now() + 60_000).toISOString() })).totalCount).toBe(0);
    const page1 = ok(await env.t.gql('{ auditLog(first: 3) { nodes { id } pageInfo { hasNextPage endCursor } } }', {}, AUDITOR)).auditLog;
    const page2 = ok(
      await env.t.gql('query($a: String) { auditLog(first: 3, after: $a) { nodes { id } } }', { a: page1.pageInfo.endCursor }, AUDITOR),
    ).auditLog;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(Number(page2.nodes[0].id)).toBeLessThan(Number(page1.nodes[2].id));
  });

  it("masks values in a record's history by the reader's rights", async () => {
    const worker = env.city.workers[0];
    ok(
      await env.t.gql(
        'mutation($id: ID!) { updateCommunityWorker(id: $id, input: { phone: "13911112222", monthlySalary: "7000.00" }) { id } }',
        { id: worker },
      ),
    );
    const q = 'query($id: ID!) { communityWorker(id: $id) { history { action changes { field before after masked } } } }';
    const changesAs = async (viewer: any) => {
      const res = await env.t.gql(q, { id: worker }, viewer);
      return res.data!.communityWorker.history?.at(-1)?.changes ?? null;
    };
    const own = await changesAs(userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[0] }));
    expect(own).toEqual([
      // Readable, and shown as the field reads without @reveal: masked.
      { field: 'phone', before: '"138****0001"', after: '"139****2222"', masked: false },
      { field: 'monthlySalary', before: null, after: null, masked: true },
    ]);
    const other = await changesAs(userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[2] }));
    expect(other.every((c: any) => c.masked && c.before === null && c.after === null)).toBe(true);
    const center = await changesAs(userViewer('CENTER_ADMIN', { serviceCenterId: env.city.centers[0] }));
    expect(center.every((c: any) => !c.masked)).toBe(true);
    expect(await changesAs(AUDITOR)).toEqual(center);
    const anon = await env.t.gql(q, { id: worker }, ANONYMOUS);
    expect(anon.data!.communityWorker.history).toBeNull();
    expect(anon.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The create entry holds the RESTRICTED idNumber: only AUDITOR and ADMIN see it.
    const created = ok(
      await env.t.gql(
        'query($id: ID!) { communityWorker(id: $id) { history { changes { field masked } } } }',
        { id: worker },
        userViewer('CENTER_ADMIN', { serviceCenterId: env.city.centers[0] }),
      ),
    ).communityWorker.history[0].changes;
    expect(created.find((c: any) => c.field === 'idNumber').masked).toBe(true);
  });

  it('lets only ADMIN revert, to a version the history knows', async () => {
    const id = env.city.compounds[1];
    const staff = userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[1] });
    expect(
      (await env.t.gql('mutation($id: ID!) { revertCompound(id: $id, toVersion: 1) { id } }', { id }, staff)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const unknown = await env.t.gql('mutation($id: ID!) { revertCompound(id: $id, toVersion: 99) { id } }', { id });
    expect(unknown.errors?.[0].extensions?.fields).toMatchObject([{ path: 'toVersion' }]);
  });
});
