import { describe, expect, it } from 'vitest';
import type { AccessPolicy } from '../../server/src/core/access/policy';
import { forbidden } from '../../server/src/core/errors';
import { Disclosure } from '../../server/src/modules/figures/disclosure';
import { budgetSummary } from '../../server/src/modules/figures/budget-summary';
import { BudgetGroup } from '../../server/src/modules/figures/budget-summary.type';
import { useTestCity } from '../support/fixtures';
import { ok } from '../support/test-app';
import { buildFiguresCity } from './figures-city';

const ROW = 'communityId serviceCenterId direction source category status income expenditure balance fiscalAppropriation fiscalDependency';
const Q = `query($y: Int!, $g: [BudgetGroup!]!, $f: BudgetLineFilter) { budgetSummary(year: $y, groupBy: $g, filter: $f) { rows { ${ROW} } totals { ${ROW} } } }`;

const env = useTestCity(buildFiguresCity);

const summary = async (year: number, groupBy: string[], filter?: unknown) =>
  ok(await env.t.gql(Q, { y: year, g: groupBy, f: filter })).budgetSummary;

describe('budgetSummary', () => {
  it('sums every live line of the year by direction, all statuses', async () => {
    const s = await summary(2026, ['DIRECTION']);
    // Income 95000.10 + 4999.90 + 5000.00 (planned) + 20000.00 + 10000.00; expenditure 50000.05 + 3000.00 + 500.00.
    expect(s.rows).toEqual([
      expect.objectContaining({
        direction: 'EXPENDITURE',
        income: '0.00',
        expenditure: '53500.05',
        balance: '-53500.05',
        fiscalDependency: null,
      }),
      expect.objectContaining({ direction: 'INCOME', income: '135000.00', expenditure: '0.00', fiscalAppropriation: '120000.10' }),
    ]);
    expect(s.totals).toMatchObject({
      direction: null,
      income: '135000.00',
      expenditure: '53500.05',
      balance: '81499.95',
      fiscalAppropriation: '120000.10',
    });
    expect(s.totals.fiscalDependency).toBeCloseTo(120000.1 / 135000, 9);
  });

  it('groups by community and centre, filtered through the generated filter', async () => {
    const real = { status: { in: ['APPROVED', 'SPENT'] } };
    const byCommunity = await summary(2026, ['COMMUNITY'], real);
    expect(byCommunity.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          communityId: env.city.A,
          income: '100000.00',
          expenditure: '50000.05',
          balance: '49999.95',
          fiscalAppropriation: '95000.10',
        }),
        expect.objectContaining({
          communityId: env.city.B,
          income: '20000.00',
          expenditure: '3000.00',
          balance: '17000.00',
          fiscalDependency: 1,
        }),
        // The centre's own line has no community.
        expect.objectContaining({ communityId: null, income: '10000.00', fiscalAppropriation: '0.00', fiscalDependency: 0 }),
      ]),
    );
    expect(byCommunity.rows).toHaveLength(3);
    const byCenter = await summary(2026, ['SERVICE_CENTER', 'SOURCE'], { ...real, direction: { eq: 'INCOME' } });
    expect(byCenter.rows).toEqual([
      expect.objectContaining({ serviceCenterId: env.city.P, source: 'FISCAL_APPROPRIATION', income: '115000.10' }),
      expect.objectContaining({ serviceCenterId: env.city.P, source: 'HIGHER_LEVEL_TRANSFER', income: '10000.00' }),
      expect.objectContaining({ serviceCenterId: env.city.P, source: 'SOCIAL_DONATION', income: '4999.90' }),
    ]);
    expect(byCenter.totals.income).toBe('130000.00');
    const nested = await summary(2026, ['STATUS'], { community: { code: { eq: 'F-B' } } });
    expect(nested.rows.map((r: any) => [r.status, r.income, r.expenditure])).toEqual([
      ['APPROVED', '20000.00', '3000.00'],
      ['PLANNED', '0.00', '500.00'],
    ]);
  });

  it('keeps money exact where floats would not', async () => {
    const s = await summary(2024, ['DIRECTION']);
    expect(s.rows.map((r: any) => [r.direction, r.income, r.expenditure])).toEqual([
      ['EXPENDITURE', '0.00', '2999999999999.97'],
      ['INCOME', '0.30', '0.00'],
    ]);
    expect(s.totals.balance).toBe('-2999999999999.67');
  });

  it('answers an empty year with zero totals and no rows', async () => {
    const s = await summary(2030, ['COMMUNITY']);
    expect(s.rows).toEqual([]);
    expect(s.totals).toMatchObject({ income: '0.00', expenditure: '0.00', balance: '0.00', fiscalDependency: null });
  });

  it('refuses a filter field through the caller guard and unknown fields as bad input', async () => {
    const seen: string[] = [];
    const access = {
      rowFilter: () => ({}),
      readsEverywhere: () => true,
      guardField: (_d: unknown, field: string, path: string) => {
        seen.push(path);
        if (field === 'amount') throw forbidden(`may not filter by ${path}`);
      },
    } as unknown as AccessPolicy;
    const em = env.t.app.orm.em.fork();
    const disclosure = new Disclosure(access, 3);
    const ask = (filter: Record<string, unknown>) =>
      budgetSummary(em, access, disclosure, { year: 2026, groupBy: [BudgetGroup.STATUS], filter, asked: true });
    await expect(ask({ amount: { gt: '1.00' } })).rejects.toThrow('may not filter by filter.amount');
    seen.length = 0;
    await ask({ community: { name: { contains: '安' } } });
    expect(seen).toEqual(['groupBy.0', 'filter.community', 'filter.community.name']);
    // Through GraphQL with the real policy: anyone may read the year's sums, but group and filter only by fields they may read.
    const anonymous = { kind: 'anonymous' } as const;
    expect(ok(await env.t.gql(Q, { y: 2026, g: [] }, anonymous)).budgetSummary.totals.income).toBe('135000.00');
    const refused = await env.t.gql(Q, { y: 2026, g: ['STATUS'], f: { amount: { gt: '1.00' } } }, anonymous);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await env.t.gql(Q, { y: 2026, g: ['STATUS'], f: { nosuch: { eq: 1 } } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
