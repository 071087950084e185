import { describe, expect, it } from 'vitest';
import { useSmallCity } from '../support/fixtures';
import { ok } from '../support/test-app';

const env = useSmallCity();

const codes = async (filter: string) =>
  ok(await env.t.gql(`{ communities(filter: ${filter}, orderBy: [{ code: ASC }]) { totalCount nodes { code } } }`)).communities.nodes.map(
    (n: { code: string }) => n.code,
  );

describe('scalar operators', () => {
  it.each([
    ['{ code: { eq: "T-001" } }', ['T-001']],
    ['{ code: { ne: "T-001" } }', ['T-002', 'T-003']],
    ['{ code: { in: ["T-001", "T-003"] } }', ['T-001', 'T-003']],
    ['{ code: { notIn: ["T-001", "T-003"] } }', ['T-002']],
    ['{ population: { lt: 12000 } }', ['T-002']],
    ['{ population: { lte: 12000 } }', ['T-001', 'T-002']],
    ['{ population: { gt: 8000 } }', ['T-001']],
    ['{ population: { gte: 8000 } }', ['T-001', 'T-002']],
    ['{ population: { isNull: true } }', ['T-003']],
    ['{ population: { isNull: false } }', ['T-001', 'T-002']],
    ['{ population: { ne: 8000 } }', ['T-001', 'T-003']],
    ['{ name: { contains: "南苑" } }', ['T-002']],
    ['{ name: { startsWith: "T西" } }', ['T-003']],
    ['{ areaKm2: { gt: 1.0 } }', ['T-001']],
    ['{ facilityCondition: { eq: AGING } }', ['T-001']],
    ['{ createdAt: { lte: "2999-01-01T00:00:00Z" } }', ['T-001', 'T-002', 'T-003']],
  ])('%s', async (filter, expected) => {
    expect(await codes(filter)).toEqual(expected);
  });

  it('treats % and _ in contains as plain characters', async () => {
    expect(await codes('{ name: { contains: "%" } }')).toEqual([]);
    expect(await codes('{ name: { contains: "_" } }')).toEqual([]);
  });

  it('filters dates, decimals, booleans and enum sets', async () => {
    const lines = ok(await env.t.gql('{ budgetLines(filter: { amount: { gte: "2500.05" } }) { nodes { amount } } }')).budgetLines.nodes;
    expect(lines.map((l: { amount: string }) => l.amount).sort()).toEqual(['100000.10', '2500.05']);
    const meetings = ok(await env.t.gql('{ councilMeetings(filter: { heldOn: { gte: "2026-04-10", lt: "2026-04-11" } }) { totalCount } }'));
    expect(meetings.councilMeetings.totalCount).toBe(1);
    const certified = ok(await env.t.gql('{ communityWorkers(filter: { socialWorkCertificate: { eq: true } }) { nodes { name } } }'));
    expect(certified.communityWorkers.nodes).toEqual([{ name: '王芳' }]);
    const approving = ok(await env.t.gql('{ serviceCenters(filter: { powers: { has: APPROVAL } }) { nodes { kind } } }'));
    expect(approving.serviceCenters.nodes).toEqual([{ kind: 'SUB_DISTRICT_OFFICE' }]);
    const none = ok(await env.t.gql('{ serviceCenters(filter: { powers: { hasAny: [ENFORCEMENT] } }) { totalCount } }'));
    expect(none.serviceCenters.totalCount).toBe(0);
  });
});

describe('combinators and relations', () => {
  it('and, or, not', async () => {
    expect(await codes('{ or: [{ code: { eq: "T-001" } }, { population: { isNull: true } }] }')).toEqual(['T-001', 'T-003']);
    expect(await codes('{ and: [{ population: { gte: 1 } }, { population: { lt: 10000 } }] }')).toEqual(['T-002']);
    expect(await codes('{ not: { code: { eq: "T-001" } } }')).toEqual(['T-002', 'T-003']);
    expect(await codes('{ not: { or: [{ code: { eq: "T-001" } }, { code: { eq: "T-002" } }] } }')).toEqual(['T-003']);
  });

  it('filters through a relation with the related type’s filter', async () => {
    const workers = ok(
      await env.t.gql(
        '{ communityWorkers(filter: { community: { name: { contains: "东湖" } } }, orderBy: [{ name: ASC }]) { nodes { name } } }',
      ),
    );
    expect(workers.communityWorkers.nodes.map((w: { name: string }) => w.name)).toEqual(['张伟', '李娜']);
    const twoHops = ok(
      await env.t.gql(
        '{ communityWorkers(filter: { community: { serviceCenter: { kind: { eq: PARTY_SERVICE_CENTER } } } }) { totalCount } }',
      ),
    );
    expect(twoHops.communityWorkers.totalCount).toBe(3);
    const byId = ok(await env.t.gql(`{ compounds(filter: { communityId: { eq: "${env.city.communities[1]}" } }) { nodes { name } } }`));
    expect(byId.compounds.nodes).toEqual([{ name: '南苑新村' }]);
    const orgs = ok(await env.t.gql('{ partyOrganizations(filter: { serviceCenterId: { isNull: true } }) { nodes { name } } }'));
    expect(orgs.partyOrganizations.nodes).toEqual([{ name: '东湖社区党支部' }]);
  });

  it('filters nested lists the same way', async () => {
    const data = ok(
      await env.t.gql(`query($id: ID!) { community(id: $id) { workers(filter: { employmentType: { eq: GRID_WORKER } }) { name } } }`, {
        id: env.city.communities[0],
      }),
    );
    expect(data.community.workers).toEqual([{ name: '李娜' }]);
  });

  it('refuses a malformed id in a filter with BAD_USER_INPUT naming the path', async () => {
    const res = await env.t.gql('{ compounds(filter: { communityId: { eq: "1 or 1=1" } }) { totalCount } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.communityId.eq' }] });
  });
});
