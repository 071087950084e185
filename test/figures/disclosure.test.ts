import { beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../server/src/core/access/viewer';
import { useSmallCity } from '../support/fixtures';
import { ANONYMOUS, ok } from '../support/test-app';

/**
 * Issue "Nothing leaks", defect 3: aggregates were narrower than the rows behind them.
 * `budgetSummary` filtered by one line's id and grouped by every key showed that line's
 * direction, category, status and amount to anonymous callers, who may read none of
 * them; its relation filters ignored the row scope lists apply. Summaries now follow
 * the list rules, and small groups are suppressed for callers who may not read the rows.
 */
const env = useSmallCity();
const partner = (...scopes: string[]): Viewer => ({
  kind: 'partner',
  keyId: '00000000-0000-4000-8000-0000000000aa',
  name: 'p',
  scopes: scopes as never,
  allowedDocuments: null,
});
const ROW = 'communityId direction source category status income expenditure balance fiscalAppropriation fiscalDependency suppressed';
const SUMMARY = `query($y: Int!, $g: [BudgetGroup!]!, $f: BudgetLineFilter) { budgetSummary(year: $y, groupBy: $g, filter: $f) { rows { ${ROW} } totals { ${ROW} } } }`;
const EVERY_KEY = ['COMMUNITY', 'SERVICE_CENTER', 'DIRECTION', 'SOURCE', 'CATEGORY', 'STATUS'];
const summary = (viewer: Viewer, g: string[], f?: unknown, y = 2026) => env.t.gql(SUMMARY, { y, g, f }, viewer);

let draftLine: string;
beforeAll(async () => {
  const { city, t } = env;
  // Funding of an assignment of the DRAFT duty item: nothing a caller without duty:read may learn of.
  const a = ok(
    await t.gql(
      `mutation { createDutyAssignment(input: { dutyItemId: "${city.dutyItems[1]}", communityId: "${city.communities[1]}", assignedOn: "2026-01-05" }) { id } }`,
    ),
  );
  const line = ok(
    await t.gql(
      `mutation { createBudgetLine(input: { communityId: "${city.communities[1]}", fiscalYear: 2026, direction: EXPENDITURE, category: DUTY_FUNDING, amount: "777.77", dutyAssignmentId: "${a.createDutyAssignment.id}" }) { id } }`,
    ),
  );
  draftLine = line.createBudgetLine.id;
});

describe('budgetSummary follows the list rules', () => {
  it('refuses to group by or narrow down to what the caller may not read (one line by its id)', async () => {
    const line = env.city.budgetLines[0];
    const grouped = await summary(ANONYMOUS, EVERY_KEY, { id: { eq: line } });
    expect(grouped.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(grouped)).not.toContain('100000.10');
    const narrowed = await summary(ANONYMOUS, [], { id: { eq: line } });
    expect(narrowed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(narrowed)).not.toContain('100000.10');
  });

  it('lets those who may read the lines group and narrow as they like, unsuppressed', async () => {
    const line = env.city.budgetLines[0];
    const s = ok(await summary(partner('budget'), EVERY_KEY, { id: { eq: line } })).budgetSummary;
    expect(s.rows).toEqual([
      expect.objectContaining({
        direction: 'INCOME',
        source: 'FISCAL_APPROPRIATION',
        status: 'APPROVED',
        income: '100000.10',
        suppressed: false,
      }),
    ]);
  });

  it('suppresses a total of fewer than K lines for a caller who may not read them, and shows a larger one', async () => {
    // 2025 has one line (the centre's donation of 0.01); 2026 has three.
    const small = ok(await summary(ANONYMOUS, [], undefined, 2025)).budgetSummary.totals;
    expect(small).toMatchObject({
      income: null,
      expenditure: null,
      balance: null,
      fiscalAppropriation: null,
      fiscalDependency: null,
      suppressed: true,
    });
    const large = ok(await summary(ANONYMOUS, [], undefined, 2026)).budgetSummary.totals;
    expect(large).toMatchObject({ income: '100000.10', suppressed: false });
    expect(ok(await summary(partner('budget'), [], undefined, 2025)).budgetSummary.totals).toMatchObject({
      income: '0.01',
      suppressed: false,
    });
  });

  it('filters relations with the row scope of lists: no funding of a duty item the caller may not see', async () => {
    const draft = { dutyAssignment: { dutyItem: { status: { eq: 'DRAFT' } } } };
    const budgetOnly = ok(await summary(partner('budget'), ['STATUS'], draft)).budgetSummary;
    expect(budgetOnly.rows).toEqual([]);
    expect(budgetOnly.totals.expenditure).toBe('0.00');
    // With duty:read the draft is visible, and so is its funding.
    const both = ok(await summary(partner('budget', 'duty'), ['STATUS'], draft)).budgetSummary;
    expect(both.totals.expenditure).toBe('777.77');
    expect(draftLine).toBeTruthy();
  });
});

describe('the other figures suppress small counts of what the caller may not read', () => {
  const INDICATORS = `{ communityIndicators(year: 2026) { communityId workerCount workersPer10k trainingHours fiscalAppropriation totalIncome councilMeetingCount suppressed } }`;
  it('per community: workers and money of fewer than K records are withheld from anonymous callers, not from staff', async () => {
    const [first] = ok(await env.t.gql(INDICATORS, {}, ANONYMOUS)).communityIndicators;
    // Two workers, one training record, one approved income line: all below K = 3.
    expect(first).toMatchObject({
      workerCount: null,
      workersPer10k: null,
      trainingHours: null,
      fiscalAppropriation: null,
      totalIncome: null,
      councilMeetingCount: 1,
    });
    expect(first.suppressed).toEqual(
      expect.arrayContaining(['workerCount', 'workersPer10k', 'trainingHours', 'fiscalAppropriation', 'totalIncome']),
    );
    const [asAdmin] = ok(await env.t.gql(INDICATORS)).communityIndicators;
    expect(asAdmin).toMatchObject({ workerCount: 2, trainingHours: 16, fiscalAppropriation: '100000.10', suppressed: [] });
    const [asPartner] = ok(await env.t.gql(INDICATORS, {}, partner('people', 'budget'))).communityIndicators;
    expect(asPartner).toMatchObject({ workerCount: 2, fiscalAppropriation: '100000.10', suppressed: [] });
  });

  it('overview: worker and party-member counts and small counts by employment type', async () => {
    const q = `{ overview { workerCount partyMemberCount communityCount workersByEmploymentType { key count suppressed } suppressed } }`;
    const o = ok(await env.t.gql(q, {}, ANONYMOUS)).overview;
    expect(o).toMatchObject({ workerCount: 3, partyMemberCount: null, communityCount: 3 });
    expect(o.suppressed).toEqual(['partyMemberCount']);
    expect(o.workersByEmploymentType.every((k: { count: number | null; suppressed: boolean }) => k.count === null && k.suppressed)).toBe(
      true,
    );
    const asStaff = ok(
      await env.t.gql(
        q,
        {},
        {
          kind: 'user',
          id: '00000000-0000-4000-8000-000000000001',
          email: 's@x',
          role: 'COMMUNITY_STAFF',
          serviceCenterId: null,
          communityId: env.city.communities[0],
        },
      ),
    ).overview;
    expect(asStaff).toMatchObject({ workerCount: 3, partyMemberCount: 1, suppressed: [] });
  });

  it('the report marks what it withholds and explains the mark', async () => {
    const report = ok(await env.t.gql(`{ report(year: 2026) { content } }`, {}, ANONYMOUS)).report.content as string;
    expect(report).toContain('标“*”的数字由少于3条记录计算');
    expect(report).not.toContain('100,000.10');
    const asAdmin = ok(await env.t.gql(`{ report(year: 2026) { content } }`)).report.content as string;
    expect(asAdmin).toContain('100,000.10');
    expect(asAdmin).not.toContain('标“*”');
  });
});
