import { describe, expect, it } from 'vitest';
import { useSmallCity } from '../support/fixtures';
import { ANONYMOUS, ok, userViewer } from '../support/test-app';

/**
 * Issue 12, defect 1 (found again by the lint step, no-misused-promises): importX checked
 * access inside values.forEach, so a refusal was a floating rejection: the import went on
 * and wrote the rows, and the rejection nobody handled killed the process.
 */
const env = useSmallCity();
const count = async () => ok(await env.t.gql('{ communityWorkers { totalCount } }')).communityWorkers.totalCount as number;
const IMPORT = 'mutation($rows: [CommunityWorkerCreateInput!]!) { importCommunityWorkers(rows: $rows) { id } }';
const rows = () => [{ communityId: env.city.communities[0], name: '导入者', employmentType: 'GRID_WORKER' }];

describe('importX refused by the access check', () => {
  it('anonymous: UNAUTHENTICATED, nothing written', async () => {
    const before = await count();
    const res = await env.t.gql(IMPORT, { rows: rows() }, ANONYMOUS);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(before);
  });

  it("staff of another community: FORBIDDEN, nothing written", async () => {
    const before = await count();
    const staff = userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[2] });
    const res = await env.t.gql(IMPORT, { rows: rows() }, staff);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });
});
