import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTemplateDatabase } from '../support/database';
import { useSmallCity } from '../support/fixtures';
import { sql } from '../support/sql';
import { adminSession, gqlAt, spawnServer, type ServerProcess } from '../support/server-process';
import { ANONYMOUS, ok, userViewer } from '../support/test-app';

/**
 * Issue 12, defect 1: an import's access checks were started for every row and never
 * awaited. A refused check was an unhandled rejection (Node exits: one anonymous request
 * took the server down) and, meanwhile, the rows were written unchecked. Every import
 * shares the code path: communityWorkers stands for all of them.
 */
const IMPORT = 'mutation($rows: [CommunityWorkerCreateInput!]!) { importCommunityWorkers(rows: $rows) { id } }';
const worker = (communityId: string, name: string) => ({ communityId, name, employmentType: 'GRID_WORKER' });

describe('imports refused in-process', () => {
  const env = useSmallCity();
  const workers = async () => Number((await sql(env.t.url, 'select count(*) from community_worker'))[0].count);
  const codes = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.map((e) => e.extensions?.code);

  it('refuses an anonymous import before anything is written', async () => {
    const before = await workers();
    const res = await env.t.gql(
      IMPORT,
      { rows: [worker(env.city.communities[0], '匿名导入甲'), worker(env.city.communities[0], '匿名导入乙')] },
      ANONYMOUS,
    );
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    expect(await workers()).toBe(before);
  });

  it('refuses staff importing into another community, naming the row, and writes none of the rows', async () => {
    const staff = userViewer('COMMUNITY_STAFF', { id: '00000000-0000-4000-8000-0000000000c1', communityId: env.city.communities[0] });
    const before = await workers();
    const res = await env.t.gql(
      IMPORT,
      { rows: [worker(env.city.communities[0], '本社区'), worker(env.city.communities[2], '别的社区')] },
      staff,
    );
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0].message).toMatch(/^rows\.1: /);
    expect(await workers()).toBe(before);
    // The same staff may import into its own community.
    expect(ok(await env.t.gql(IMPORT, { rows: [worker(env.city.communities[0], '本社区')] }, staff)).importCommunityWorkers).toHaveLength(
      1,
    );
    expect(await workers()).toBe(before + 1);
  });

  it('refuses a partner import whatever the rows hold', async () => {
    const partner = {
      kind: 'partner' as const,
      keyId: '00000000-0000-4000-8000-0000000000c2',
      name: 'p',
      scopes: ['people' as const],
      allowedDocuments: null,
    };
    const before = await workers();
    expect(codes(await env.t.gql(IMPORT, { rows: [worker(env.city.communities[0], '伙伴')] }, partner))).toEqual(['FORBIDDEN']);
    expect(await workers()).toBe(before);
  });
});

describe('an anonymous import against the real server process', () => {
  let db: Awaited<ReturnType<typeof cloneTemplateDatabase>>;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    db = await cloneTemplateDatabase();
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('is refused, writes nothing, and the server keeps answering', async () => {
    const { secret, token } = await adminSession(db.url);
    server = await spawnServer(db.url, { JWT_SECRET: secret });
    const created = async (query: string, variables: Record<string, unknown>) => {
      const body = await (await gqlAt(server!.base, token, query, variables)).json();
      expect(body.errors).toBeUndefined();
      return Object.values(body.data as Record<string, { id: string }>)[0].id;
    };
    const center = await created('mutation($i: ServiceCenterCreateInput!) { c: createServiceCenter(input: $i) { id } }', {
      i: { name: '进程中心', kind: 'SUB_DISTRICT_OFFICE', legalForm: 'GOVERNMENT_AGENCY' },
    });
    const community = await created('mutation($i: CommunityCreateInput!) { c: createCommunity(input: $i) { id } }', {
      i: { code: 'PROC-1', name: '进程社区', serviceCenterId: center },
    });

    const res = await gqlAt(server.base, null, IMPORT, { rows: [worker(community, '匿名甲'), worker(community, '匿名乙')] });
    const body = await res.json();
    expect(body.errors?.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);

    // Still up: the next request is answered, by the same process.
    const after = await (await gqlAt(server.base, null, '{ communities { totalCount } }')).json();
    expect(after.data.communities.totalCount).toBe(1);
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).not.toMatch(/unhandled|UnhandledPromiseRejection/i);
    expect(Number((await sql(db.url, 'select count(*) from community_worker'))[0].count)).toBe(0);
  });
});
