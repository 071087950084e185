import { describe, expect, it } from 'vitest';
import { useSmallCity } from '../support/fixtures';
import { ok } from '../support/test-app';

const env = useSmallCity();

const count = async (plural: string) => ok(await env.t.gql(`{ ${plural} { totalCount } }`))[plural].totalCount as number;

async function expectRefused(mutation: string, variables: Record<string, unknown>, plural: string, paths: string[]) {
  const before = await count(plural);
  const res = await env.t.gql(mutation, variables);
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const fields = res.errors?.[0].extensions?.fields as Array<{ path: string; message: string }>;
  expect(fields.map((f) => f.path).sort()).toEqual([...paths].sort());
  for (const f of fields) expect(f.message.length).toBeGreaterThan(5);
  expect(await count(plural)).toBe(before);
  return fields;
}

const CREATE_COMMUNITY = 'mutation($input: CommunityCreateInput!) { createCommunity(input: $input) { id } }';

describe('input validation', () => {
  it('names every bad field at once and writes nothing', async () => {
    await expectRefused(
      CREATE_COMMUNITY,
      {
        input: { code: 'bad code!', name: '', serviceCenterId: env.city.centers[0], population: -3, officeBuiltYear: 1800 },
      },
      'communities',
      ['input.code', 'input.name', 'input.population', 'input.officeBuiltYear'],
    );
  });

  it('rejects a reference to a record that does not exist', async () => {
    const fields = await expectRefused(
      CREATE_COMMUNITY,
      {
        input: { code: 'NEW-1', name: '新社区', serviceCenterId: '00000000-0000-4000-8000-000000000000' },
      },
      'communities',
      ['input.serviceCenterId'],
    );
    expect(fields[0].message).toContain('no ServiceCenter');
  });

  it('reports a duplicate unique code as a field error', async () => {
    const fields = await expectRefused(
      CREATE_COMMUNITY,
      { input: { code: 'T-001', name: '重复', serviceCenterId: env.city.centers[0] } },
      'communities',
      ['input.code'],
    );
    expect(fields[0].message).toContain('already used');
  });

  it('refuses to publish a duty item without a legal basis (domain rule 1)', async () => {
    await expectRefused(
      'mutation($input: DutyItemCreateInput!) { createDutyItem(input: $input) { id } }',
      {
        input: {
          code: 'NOLAW',
          title: '无依据事项',
          category: 'MANAGEMENT',
          responsibleLevel: 'COMMUNITY',
          status: 'PUBLISHED',
          legalBasis: '  ',
        },
      },
      'dutyItems',
      ['input.legalBasis'],
    );
    const res = await env.t.gql('mutation($id: ID!) { updateDutyItem(id: $id, input: { status: PUBLISHED }) { id } }', {
      id: env.city.dutyItems[1],
    });
    expect(res.errors?.[0].extensions?.fields).toEqual([{ path: 'input.legalBasis', message: expect.stringContaining('legal basis') }]);
    expect(ok(await env.t.gql('query($id: ID!) { dutyItem(id: $id) { status version } }', { id: env.city.dutyItems[1] })).dutyItem).toEqual(
      { status: 'DRAFT', version: 1 },
    );
  });

  it('needs exactly one owner on assignments and budget lines, and source only on income', async () => {
    await expectRefused(
      'mutation($input: DutyAssignmentCreateInput!) { createDutyAssignment(input: $input) { id } }',
      {
        input: {
          dutyItemId: env.city.dutyItems[0],
          communityId: env.city.communities[0],
          serviceCenterId: env.city.centers[0],
          assignedOn: '2026-01-01',
        },
      },
      'dutyAssignments',
      ['input.communityId', 'input.serviceCenterId'],
    );
    await expectRefused(
      'mutation($input: BudgetLineCreateInput!) { createBudgetLine(input: $input) { id } }',
      {
        input: {
          communityId: env.city.communities[0],
          fiscalYear: 2026,
          direction: 'EXPENDITURE',
          source: 'FISCAL_APPROPRIATION',
          amount: '10.00',
        },
      },
      'budgetLines',
      ['input.source', 'input.category'],
    );
  });

  it('checks cross-field rules on update against the merged record', async () => {
    const meeting = ok(await env.t.gql('{ councilMeetings { nodes { id attendeeCount } } }')).councilMeetings.nodes[0];
    const res = await env.t.gql('mutation($id: ID!) { updateCouncilMeeting(id: $id, input: { residentAttendeeCount: 999 }) { id } }', {
      id: meeting.id,
    });
    expect(res.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.residentAttendeeCount', message: expect.stringContaining('attendeeCount') },
    ]);
  });

  it('rejects impossible dates and malformed scalars before any resolver runs', async () => {
    const res = await env.t.gql('mutation($input: CouncilMeetingCreateInput!) { createCouncilMeeting(input: $input) { id } }', {
      input: { communityId: env.city.communities[0], heldOn: '2026-02-30', topic: 'x', attendeeCount: 1, residentAttendeeCount: 1 },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('calendar date');
  });

  it('stores text verbatim, quotes and markup included', async () => {
    const nasty = `'); drop table community; -- <script>alert(1)</script> 东"湖`;
    const id = ok(await env.t.gql(CREATE_COMMUNITY, { input: { code: 'VERB-1', name: nasty, serviceCenterId: env.city.centers[0] } }))
      .createCommunity.id;
    expect(ok(await env.t.gql('query($id: ID!) { community(id: $id) { name } }', { id })).community.name).toBe(nasty);
    expect(await count('communities')).toBeGreaterThan(3);
  });
});
