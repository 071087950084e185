import { describe, expect, it } from 'vitest';
import { useSmallCity } from '../support/fixtures';
import { ANONYMOUS, ok, userViewer } from '../support/test-app';

/** No leak by the back door: relations, relation filters, row rules through relations, error messages. */
const env = useSmallCity();
const ownStaff = () => userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[0] });
const otherStaff = () => userViewer('COMMUNITY_STAFF', { communityId: env.city.communities[2] });

describe('relations', () => {
  const query = 'query($id: ID!) { compound(id: $id) { name community { name workers { name phone } } } }';

  it("does not hand a staff member another community's PERSONAL data through compound → community → workers", async () => {
    const res = await env.t.gql(query, { id: env.city.compounds[0] }, otherStaff());
    const workers = res.data!.compound.community.workers;
    expect(workers.map((w: any) => w.name).sort()).toEqual(['张伟', '李娜']);
    expect(workers.every((w: any) => w.phone === null)).toBe(true);
    expect(res.errors?.map((e) => [e.extensions?.code, e.path?.slice(-1)[0]])).toEqual(workers.map(() => ['FORBIDDEN', 'phone']));
    expect(JSON.stringify(res)).not.toContain('13800000001');
  });

  it('serves the same path to staff of that community, masked unless revealed', async () => {
    const data = ok(await env.t.gql(query, { id: env.city.compounds[0] }, ownStaff()));
    expect(data.compound.community.workers.map((w: any) => w.phone)).toContain('138****0001');
    const clear = ok(
      await env.t.gql(query.replace('phone', 'phone @reveal(purpose: CONTACT_PERSON)'), { id: env.city.compounds[0] }, ownStaff()),
    );
    expect(clear.compound.community.workers.map((w: any) => w.phone)).toContain('13800000001');
  });

  it('refuses filtering through a relation by a field the caller may not read everywhere', async () => {
    for (const viewer of [ownStaff(), otherStaff()]) {
      const res = await env.t.gql('{ trainingRecords(filter: { worker: { phone: { startsWith: "138" } } }) { totalCount } }', {}, viewer);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    const nested = await env.t.gql(
      '{ communities { nodes { workers(filter: { monthlySalary: { gt: "6000" } }) { id } } } }',
      {},
      userViewer('CENTER_ADMIN', { serviceCenterId: env.city.centers[0] }),
    );
    expect(nested.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anon = await env.t.gql('{ budgetLines(filter: { community: { name: { contains: "东" } } }) { totalCount } }', {}, ANONYMOUS);
    expect(anon.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it("applies the related type's row rules inside relation filters and references", async () => {
    ok(
      await env.t.gql(
        'mutation($d: ID!, $c: ID!) { createDutyAssignment(input: { dutyItemId: $d, communityId: $c, assignedOn: "2026-01-01" }) { id } }',
        { d: env.city.dutyItems[1], c: env.city.communities[1] },
      ),
    );
    const q = '{ dutyAssignments(filter: { dutyItem: { status: { eq: DRAFT } } }) { totalCount } }';
    expect(ok(await env.t.gql(q)).dutyAssignments.totalCount).toBe(1);
    expect(ok(await env.t.gql(q, {}, ANONYMOUS)).dutyAssignments.totalCount).toBe(0);
    expect(
      ok(await env.t.gql('query($id: ID!) { dutyItem(id: $id) { id } }', { id: env.city.dutyItems[1] }, ANONYMOUS)).dutyItem,
    ).toBeNull();
  });
});

describe('error messages', () => {
  it('never echo a protected value', async () => {
    const secret = '11010119800101103X';
    const refused = await env.t.gql(
      'mutation($id: ID!, $v: String) { updateCommunityWorker(id: $id, input: { idNumber: $v }) { id } }',
      { id: env.city.workers[0], v: '110101199909091230' },
      ownStaff(),
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(refused)).not.toMatch(/110101199909091230|11010119800101103X/);
    const invalid = await env.t.gql(
      'mutation($id: ID!) { updateCommunityWorker(id: $id, input: { idNumber: "12345", phone: "x" }) { id } }',
      { id: env.city.workers[0] },
    );
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(invalid)).not.toContain(secret);
    expect(JSON.stringify(invalid)).not.toContain('13800000001');
    const duplicate = await env.t.gql(
      'mutation($c: ID!) { createCommunity(input: { code: "T-001", name: "dup", serviceCenterId: $c }) { id } }',
      { c: env.city.centers[0] },
    );
    expect(duplicate.errors?.[0].extensions?.fields).toMatchObject([{ path: 'input.code' }]);
  });

  it('name the field, not the value, when a filter is refused', async () => {
    const res = await env.t.gql('{ communityWorkers(filter: { idNumber: { eq: "11010119800101103X" } }) { totalCount } }', {}, ownStaff());
    expect(res.errors?.[0].message).toBe('You may not filter or sort by CommunityWorker.idNumber');
  });
});
