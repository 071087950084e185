import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldGuard } from '../../core/crud/filter';
import { compileFilter } from '../../core/crud/filter';
import { recordOf } from '../../core/declare';
import { BudgetLine } from '../budget/budget-line.entity';
import { BudgetGroup, type BudgetSummary, type BudgetSummaryRow } from './budget-summary.type';
import { floatOrNull, idsWhere, join, query, raw, sql } from './sql';

/** The SQL key of each group and the row field it fills. */
const KEYS: Record<BudgetGroup, { expr: string; field: keyof BudgetSummaryRow }> = {
  COMMUNITY: { expr: 'b.community_id', field: 'communityId' },
  SERVICE_CENTER: { expr: 'coalesce(b.service_center_id, c.service_center_id)', field: 'serviceCenterId' },
  DIRECTION: { expr: 'b.direction', field: 'direction' },
  SOURCE: { expr: 'b.source', field: 'source' },
  CATEGORY: { expr: 'b.category', field: 'category' },
  STATUS: { expr: 'b.status', field: 'status' },
};

/**
 * Live budget lines of a fiscal year, summed in PostgreSQL by the chosen keys, with
 * the totals from the same statement (GROUPING SETS). Every status counts unless
 * the filter says otherwise (status is itself a key). The filter goes through the
 * caller's field guard, so nobody sums by a field they may not read.
 */
export async function budgetSummary(
  em: EntityManager, year: number, groupBy: BudgetGroup[], filter: Record<string, unknown> | null | undefined, guard: FieldGuard,
): Promise<BudgetSummary> {
  const decl = recordOf(BudgetLine);
  const where = compileFilter(decl, filter, guard);
  const keys = [...new Set(groupBy)];
  const matching = Object.keys(where).length ? sql`b.id in (${idsWhere(em, decl, where)})` : raw('true');
  const keyCols = keys.map((k, i) => raw(`${KEYS[k].expr} as k${i}`));
  const sets = keys.length ? raw(`grouping sets ((${keys.map((k) => KEYS[k].expr).join(', ')}), ())`) : raw('()');
  const rows = await query<Record<string, any>>(em, sql`
    select ${join([...keyCols, raw(keys.length ? `grouping(${keys.map((k) => KEYS[k].expr).join(', ')}) as g` : '1 as g')], ', ')},
      coalesce(sum(b.amount) filter (where b.direction = 'INCOME'), 0) as income,
      coalesce(sum(b.amount) filter (where b.direction = 'EXPENDITURE'), 0) as expenditure,
      coalesce(sum(b.amount) filter (where b.direction = 'INCOME' and b.source = 'FISCAL_APPROPRIATION'), 0) as fa,
      coalesce(sum(b.amount) filter (where b.direction = 'INCOME'), 0) - coalesce(sum(b.amount) filter (where b.direction = 'EXPENDITURE'), 0) as balance,
      (coalesce(sum(b.amount) filter (where b.direction = 'INCOME' and b.source = 'FISCAL_APPROPRIATION'), 0)
        / nullif(sum(b.amount) filter (where b.direction = 'INCOME'), 0))::float8 as dependency
    from budget_line b left join community c on c.id = b.community_id
    where b.deleted_at is null and b.fiscal_year = ${year} and ${matching}
    group by ${sets}
    order by ${raw(keys.length ? keys.map((_, i) => `k${i} nulls last`).join(', ') : '1')}`);
  const toRow = (r: Record<string, any>): BudgetSummaryRow => {
    const row: BudgetSummaryRow = {
      communityId: null, serviceCenterId: null, direction: null, source: null, category: null, status: null,
      income: '', expenditure: '', balance: '', fiscalAppropriation: '', fiscalDependency: null,
    };
    keys.forEach((k, i) => ((row as any)[KEYS[k].field] = r[`k${i}`]));
    return { ...row, ...money(r) };
  };
  // grouping() is 0 on the detail rows and has every bit set on the totals row.
  const totalsRow = rows.find((r) => Number(r.g) !== 0 || !keys.length);
  const detail = keys.length ? rows.filter((r) => Number(r.g) === 0) : [];
  return {
    rows: detail.map(toRow),
    totals: totalsRow ? toRow(Object.fromEntries(Object.entries(totalsRow).filter(([k]) => !/^k\d+$/.test(k)))) : toRow({ income: '0', expenditure: '0', fa: '0', balance: '0', dependency: null }),
  };
}

/** Sums, balance and dependency were computed in SQL; money stays the exact text PostgreSQL sent. */
const money = (r: Record<string, any>) => ({
  income: String(r.income), expenditure: String(r.expenditure), balance: String(r.balance),
  fiscalAppropriation: String(r.fa), fiscalDependency: floatOrNull(r.dependency),
});
