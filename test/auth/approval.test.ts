import { describe, expect, it } from 'vitest';
import { sql } from '../support/sql';
import { useSmallCity } from '../support/fixtures';
import { ok, userViewer, type GqlResult } from '../support/test-app';

/**
 * Issue 12, defect 4: approval could be got round. Staff changed the amount of an
 * APPROVED line (it stayed APPROVED), deleted it, or created a line with a forged
 * approvedBy/approvedAt. Now: an approved line is its approvers' (ADMIN, CENTER_ADMIN
 * of its centre) to change, delete or restore; any other change sends it back to
 * PLANNED; who approved and when are the server's, from the approving user.
 */
const env = useSmallCity();
const staff = () =>
  userViewer('COMMUNITY_STAFF', {
    id: '00000000-0000-4000-8000-0000000000d1',
    email: 'staff-a@test.local',
    communityId: env.city.communities[0],
  });
const centre = () =>
  userViewer('CENTER_ADMIN', {
    id: '00000000-0000-4000-8000-0000000000d2',
    email: 'centre-x@test.local',
    serviceCenterId: env.city.centers[0],
  });
const otherCentre = () =>
  userViewer('CENTER_ADMIN', {
    id: '00000000-0000-4000-8000-0000000000d3',
    email: 'centre-y@test.local',
    serviceCenterId: env.city.centers[1],
  });

const LINE = 'id status amount description approvedBy approvedAt version deletedAt';
const UPDATE = `mutation($id: ID!, $i: BudgetLineUpdateInput!) { updateBudgetLine(id: $id, input: $i) { ${LINE} } }`;
const CREATE = `mutation($i: BudgetLineCreateInput!) { createBudgetLine(input: $i) { ${LINE} } }`;

const stored = async (id: string) =>
  (
    await sql(env.t.url, 'select status, amount::text, approved_by, approved_at, version, deleted_at from budget_line where id = $1', [id])
  )[0];
const codes = (res: GqlResult) => res.errors?.map((e) => e.extensions?.code);
const fieldPaths = (res: GqlResult) =>
  (res.errors?.[0].extensions?.fields as Array<{ path: string }> | undefined)?.map((f) => f.path).sort();

/** A fresh line of the own community, approved by the own centre's admin. */
async function approvedLine(amount = '500.00'): Promise<string> {
  const id = ok(
    await env.t.gql(
      CREATE,
      {
        i: {
          communityId: env.city.communities[0],
          fiscalYear: 2026,
          direction: 'EXPENDITURE',
          category: 'ACTIVITIES',
          amount,
          description: '重阳活动',
        },
      },
      staff(),
    ),
  ).createBudgetLine.id;
  ok(await env.t.gql(UPDATE, { id, i: { status: 'APPROVED' } }, centre()));
  return id;
}

describe('an approved budget line', () => {
  it('records who approved it and when, from the approving user', async () => {
    const before = Date.now();
    const id = await approvedLine();
    const row = await stored(id);
    expect(row.status).toBe('APPROVED');
    expect(row.approved_by).toBe('centre-x@test.local');
    expect(row.approved_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // Marking it spent is an approval too: recorded again.
    const spent = ok(
      await env.t.gql(UPDATE, { id, i: { status: 'SPENT' } }, userViewer('ADMIN', { email: 'admin-z@test.local' })),
    ).updateBudgetLine;
    expect([spent.status, spent.approvedBy]).toEqual(['SPENT', 'admin-z@test.local']);
  });

  it('cannot be changed by staff: its amount stays, and it stays approved', async () => {
    const id = await approvedLine();
    const was = await stored(id);
    const res = await env.t.gql(UPDATE, { id, i: { amount: '99999.00' } }, staff());
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(await stored(id)).toEqual(was);
  });

  it('cannot be deleted by staff, nor restored by staff once its approvers deleted it', async () => {
    const id = await approvedLine();
    expect(codes(await env.t.gql('mutation($id: ID!) { deleteBudgetLine(id: $id) }', { id }, staff()))).toEqual(['FORBIDDEN']);
    expect(codes(await env.t.gql('mutation($ids: [ID!]!) { deleteBudgetLines(ids: $ids) }', { ids: [id] }, staff()))).toEqual([
      'FORBIDDEN',
    ]);
    expect((await stored(id)).deleted_at).toBeNull();
    ok(await env.t.gql('mutation($id: ID!) { deleteBudgetLine(id: $id) }', { id }, centre()));
    expect(codes(await env.t.gql('mutation($id: ID!) { restoreBudgetLine(id: $id) { id } }', { id }, staff()))).toEqual(['FORBIDDEN']);
    expect((await stored(id)).deleted_at).not.toBeNull();
    ok(await env.t.gql('mutation($id: ID!) { restoreBudgetLine(id: $id) { id } }', { id }, centre()));
  });

  it('goes back to PLANNED, who and when cleared, when its approver changes anything else', async () => {
    const id = await approvedLine();
    const changed = ok(await env.t.gql(UPDATE, { id, i: { amount: '650.00' } }, centre())).updateBudgetLine;
    expect([changed.status, changed.amount, changed.approvedBy, changed.approvedAt]).toEqual(['PLANNED', '650.00', null, null]);
    // The history shows the status going back with the change.
    const history = ok(await env.t.gql('query($id: ID!) { budgetLine(id: $id) { history { changes { field before after } } } }', { id }))
      .budgetLine.history;
    expect(history.at(-1).changes).toEqual(expect.arrayContaining([{ field: 'status', before: '"APPROVED"', after: '"PLANNED"' }]));
    // Approving again with the change in the same write keeps it approved, recorded anew.
    const again = ok(await env.t.gql(UPDATE, { id, i: { amount: '700.00', status: 'APPROVED' } }, centre())).updateBudgetLine;
    expect([again.status, again.amount, again.approvedBy]).toEqual(['APPROVED', '700.00', 'centre-x@test.local']);
    // A change that changes nothing is no change.
    const same = ok(await env.t.gql(UPDATE, { id, i: { amount: '700.00' } }, centre())).updateBudgetLine;
    expect([same.status, same.version]).toEqual(['APPROVED', again.version]);
  });

  it('is not the business of another centre’s admin', async () => {
    const id = await approvedLine();
    expect(codes(await env.t.gql(UPDATE, { id, i: { description: '改' } }, otherCentre()))).toEqual(['FORBIDDEN']);
    expect((await stored(id)).status).toBe('APPROVED');
  });
});

describe('who approved and when are never input', () => {
  const forged = { approvedBy: '区财政局局长', approvedAt: '2026-01-01T00:00:00.000Z' };

  it('refuses them on create, update and import, naming each, and writes nothing', async () => {
    const count = async () => Number((await sql(env.t.url, 'select count(*) from budget_line'))[0].count);
    const before = await count();
    const input = {
      communityId: env.city.communities[0],
      fiscalYear: 2026,
      direction: 'INCOME',
      source: 'OTHER',
      amount: '10.00',
      ...forged,
    };
    const created = await env.t.gql(CREATE, { i: input }, staff());
    expect(codes(created)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(created)).toEqual(['input.approvedAt', 'input.approvedBy']);
    const imported = await env.t.gql(
      'mutation($rows: [BudgetLineCreateInput!]!) { importBudgetLines(rows: $rows) { id } }',
      { rows: [{ ...input, approvedAt: null, approvedBy: null }, input] },
      staff(),
    );
    expect(fieldPaths(imported)).toEqual(['rows.1.approvedAt', 'rows.1.approvedBy']);
    expect(await count()).toBe(before);

    const id = ok(await env.t.gql(CREATE, { i: { ...input, approvedAt: null, approvedBy: null } }, staff())).createBudgetLine.id;
    const was = await stored(id);
    const updated = await env.t.gql(UPDATE, { id, i: { approvedBy: forged.approvedBy } }, userViewer('ADMIN'));
    expect(fieldPaths(updated)).toEqual(['input.approvedBy']);
    expect(await stored(id)).toEqual(was);
    expect(was.approved_by).toBeNull();
  });

  it('are set by the server when a line is created approved, by one who may approve', async () => {
    const input = {
      serviceCenterId: env.city.centers[0],
      fiscalYear: 2026,
      direction: 'INCOME',
      source: 'FISCAL_APPROPRIATION',
      amount: '20.00',
      status: 'APPROVED',
    };
    expect(codes(await env.t.gql(CREATE, { i: input }, staff()))).toEqual(['FORBIDDEN']);
    const line = ok(await env.t.gql(CREATE, { i: input }, centre())).createBudgetLine;
    expect([line.status, line.approvedBy]).toEqual(['APPROVED', 'centre-x@test.local']);
    expect(line.approvedAt).toBeTypeOf('string');
  });
});
