import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BudgetLine } from '../../server/src/modules/budget';
import { Community } from '../../server/src/modules/community';
import type { Viewer } from '../../server/src/core/access/viewer';
import { ok, startTestApp, userViewer, type TestApp } from '../support/test-app';

// The in-memory figure cache of one process (the Redis one is shared: two-processes.test.ts).
let t: TestApp;
let communityId: string;
// As staff: anonymous callers may not group by source, and would see a year of few lines suppressed.
const TOTAL = '{ budgetSummary(year: 2026, groupBy: [SOURCE]) { totals { income } } }';
const total = async (viewer: Viewer = userViewer('AUDITOR')) => ok(await t.gql(TOTAL, {}, viewer)).budgetSummary.totals.income as string;
const sqlIncome = (amount: string) =>
  t.app.orm.em
    .fork()
    .getConnection()
    .execute(
      `insert into budget_line (id, version, created_at, updated_at, community_id, fiscal_year, direction, source, amount, status)
    values (gen_random_uuid(), 1, now(), now(), ?, 2026, 'INCOME', 'OTHER', ?, 'APPROVED')`,
      [communityId, amount],
    );

beforeAll(async () => {
  t = await startTestApp();
  const center = ok(
    await t.gql(
      'mutation { createServiceCenter(input: { name: "缓存中心", kind: SUB_DISTRICT_OFFICE, legalForm: GOVERNMENT_AGENCY }) { id } }',
    ),
  ).createServiceCenter;
  communityId = ok(
    await t.gql('mutation($c: ID!) { createCommunity(input: { code: "FC-1", name: "缓存社区", serviceCenterId: $c }) { id } }', {
      c: center.id,
    }),
  ).createCommunity.id;
  await sqlIncome('100.00');
});
afterAll(() => t?.close());

describe('figure cache', () => {
  it('answers from the cache until a write through the API touches a type the figure reads', async () => {
    expect(await total()).toBe('100.00');
    await sqlIncome('1.00'); // behind the API's back: no write hook, no flush
    expect(await total()).toBe('100.00');
    ok(
      await t.gql(
        `mutation($c: ID!) { createBudgetLine(input: { communityId: $c, fiscalYear: 2026, direction: INCOME,
      source: FISCAL_APPROPRIATION, amount: "10.00", status: APPROVED }) { id } }`,
        { c: communityId },
      ),
    );
    expect(await total()).toBe('111.00');
  });

  it('is invalidated by a write through the ORM outside the mutations (imports, seeds)', async () => {
    expect(await total()).toBe('111.00');
    await sqlIncome('1000.00');
    expect(await total()).toBe('111.00');
    const em = t.app.orm.em.fork();
    em.create(BudgetLine, {
      community: em.getReference(Community, communityId),
      fiscalYear: 2026,
      direction: 'INCOME',
      source: 'OTHER',
      amount: '0.50',
      status: 'APPROVED',
    });
    await em.flush();
    expect(await total()).toBe('1111.50');
  });

  it('keeps a figure cached across writes to record types neither it nor its filter can reach', async () => {
    expect(await total()).toBe('1111.50');
    await sqlIncome('0.01');
    // A council meeting is not read by budgetSummary, nor reachable from a budget line filter: the cached total stays.
    ok(
      await t.gql(
        'mutation($c: ID!) { createCouncilMeeting(input: { communityId: $c, heldOn: "2026-05-01", topic: "缓存", attendeeCount: 5, residentAttendeeCount: 3 }) { id } }',
        { c: communityId },
      ),
    );
    expect(await total()).toBe('1111.50');
  });

  it('is invalidated by a write to a type its filter can reach (issue 12: duty items behind duty assignments)', async () => {
    expect(await total()).toBe('1111.50');
    ok(
      await t.gql(
        'mutation { createDutyItem(input: { code: "FC-D1", title: "缓存事项", category: MANAGEMENT, responsibleLevel: COMMUNITY }) { id } }',
      ),
    );
    expect(await total()).toBe('1111.51');
  });
});
