import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createApp, type App } from '../../server/src/app';
import { rolePolicy } from '../../server/src/modules/auth';
import { Loaders } from '../../server/src/core/loaders/loaders';
import { cloneTemplateDatabase } from '../support/database';
import { ADMIN, ok, testConfig, type GqlResult } from '../support/test-app';

// The "replica" is a second database cloned from the same template and never
// updated: a replica that lags forever. Whatever a request reads from it cannot
// contain what that request (or any other) wrote to the primary.
let app: App;
let drops: Array<() => Promise<void>> = [];

beforeAll(async () => {
  const primary = await cloneTemplateDatabase();
  const replica = await cloneTemplateDatabase();
  drops = [primary.drop, replica.drop];
  app = await createApp({ ...testConfig(), replicaUrls: [replica.url] }, primary.url);
});
afterAll(async () => {
  await app?.close();
  for (const drop of drops) await drop();
});

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> {
  const em = app.orm.em.fork();
  const access = rolePolicy(ADMIN, em);
  const contextValue = { em, viewer: ADMIN, access, loaders: new Loaders(em, access), config: testConfig(), requestId: randomUUID() };
  const res = await app.apollo.executeOperation({ query, variables }, { contextValue });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
  return res.body.singleResult as GqlResult;
}

describe('DATABASE_REPLICA_URLS', () => {
  it('reads queries from the replica, and a mutation with everything it reads afterwards from the primary', async () => {
    const center = ok(
      await gql(
        `mutation { createServiceCenter(input: { name: "复制中心", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id name } }`,
      ),
    ).createServiceCenter;
    expect(center.name).toBe('复制中心');

    // The new community's centre exists only on the primary: the mutation's result fields still resolve it.
    const created = ok(
      await gql(
        `mutation($c: ID!) { createCommunity(input: { code: "R-1", name: "复制社区", serviceCenterId: $c }) {
      id serviceCenter { name } } }`,
        { c: center.id },
      ),
    ).createCommunity;
    expect(created.serviceCenter).toEqual({ name: '复制中心' });

    // A plain query goes to the (stale) replica: it has not seen either write.
    const read = ok(await gql('query($id: ID!) { serviceCenter(id: $id) { name } communities { totalCount } }', { id: center.id }));
    expect(read.serviceCenter).toBeNull();
    expect(read.communities.totalCount).toBe(0);
  });
});
