import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('smoke', () => {
  it('creates and lists a community', async () => {
    const center = ok(
      await t.gql(
        `mutation { createServiceCenter(input: { name: "东湖党群服务中心", kind: PARTY_SERVICE_CENTER, legalForm: PUBLIC_INSTITUTION }) { id name powers version } }`,
      ),
    );
    expect(center.createServiceCenter.powers).toEqual([]);
    const c = ok(
      await t.gql(
        `mutation($sc: ID!) { createCommunity(input: { code: "C-1", name: "东湖社区", serviceCenterId: $sc, population: 8000 }) { id code serviceCenter { name } } }`,
        { sc: center.createServiceCenter.id },
      ),
    );
    expect(c.createCommunity.serviceCenter.name).toBe('东湖党群服务中心');
    const list = ok(
      await t.gql(
        `{ communities(filter: { serviceCenter: { name: { contains: "东湖" } } }) { totalCount nodes { code } } serviceCenters { nodes { communities { code } } } }`,
      ),
    );
    expect(list.communities.totalCount).toBe(1);
    expect(list.serviceCenters.nodes[0].communities[0].code).toBe('C-1');
  });
});
