import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Community, ServiceCenter } from '../../server/src/modules/community';
import { SocialOrganization } from '../../server/src/modules/organisation';
import { CommunityWorker } from '../../server/src/modules/people';
import { ok, startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  // The resolver path: one statement per level (the one-statement path is counted below, on the same data).
  t = await startTestApp({ oneStatementReads: false });
  await buildCity(t);
});
afterAll(() => t?.close());

/** 60 communities in 2 centres, each with 4 workers and 2 social organisations. */
async function buildCity(app: TestApp): Promise<void> {
  const em = app.app.orm.em.fork();
  const centers = [0, 1].map((i) =>
    em.create(ServiceCenter, { name: `中心${i}`, kind: 'SUB_DISTRICT_OFFICE', legalForm: 'GOVERNMENT_AGENCY' }),
  );
  for (let i = 0; i < 60; i++) {
    const community = em.create(Community, {
      code: `S-${String(i).padStart(3, '0')}`,
      name: `社区${i}`,
      serviceCenter: centers[i % 2],
      population: 1000 + i,
    });
    for (let w = 0; w < 4; w++)
      em.create(CommunityWorker, { community, name: `工作者${i}-${w}`, employmentType: 'REGISTERED', position: 'STAFF', status: 'ACTIVE' });
    for (let o = 0; o < 2; o++)
      em.create(SocialOrganization, { community, name: `组织${i}-${o}`, category: 'VOLUNTEER', registration: 'FILED', stage: 'GROWING' });
  }
  await em.flush();
}

const NESTED = `query($n: Int) { communities(first: $n) { totalCount nodes {
  name serviceCenter { name communities(first: 2) { code } }
  workers(first: 20) { name community { code } }
  socialOrganizations { name }
  partyOrganizations { name }
} } }`;

async function statementsFor(n: number, app = t): Promise<number> {
  app.queries.length = 0;
  const data = ok(await app.gql(NESTED, { n }));
  expect(data.communities.nodes).toHaveLength(n);
  expect(data.communities.nodes[0].workers).toHaveLength(4);
  return app.queries.filter((q) => /\b(select|insert|update|delete)\b/i.test(q)).length;
}

describe('batched relations', () => {
  it('costs the same number of SQL statements for 5 and 50 communities', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(small).toBeGreaterThan(3);
    expect(large).toBe(small);
    // page + count + centre + centre's communities + workers + workers' community (cached) + social orgs + party orgs
    expect(large).toBeLessThanOrEqual(8);
  });
});

describe('one-statement reads', () => {
  it('answer the same nested query with one statement, whatever the page size', async () => {
    const one = await startTestApp({ oneStatementReads: true });
    try {
      await buildCity(one);
      expect(await statementsFor(5, one)).toBe(1);
      expect(await statementsFor(50, one)).toBe(1);
      expect(ok(await one.gql(NESTED, { n: 50 }))).toEqual(ok(await t.gql(NESTED, { n: 50 })));
    } finally {
      await one.close();
    }
  });
});
