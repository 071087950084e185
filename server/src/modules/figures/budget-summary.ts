import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { AccessPolicy } from '../../core/access/policy';
import type { FieldGuard } from '../../core/crud/filter';
import { compileFilter, scopedFilter } from '../../core/crud/filter';
import { recordOf, type RecordDecl } from '../../core/declare';
import { forbidden } from '../../core/errors';
import { BudgetLine } from '../budget/budget-line.entity';
import { BudgetGroup, type BudgetSummary, type BudgetSummaryRow } from './budget-summary.type';
import type { Disclosure } from './disclosure';
import { MONEY } from './inputs';
import { Community } from '../community/community.entity';
import { columns, floatOrNull, idsWhere, join, query, raw, sql, type Columns, type Fragment } from './sql';

type Tables = { b: Columns<BudgetLine>; c: Columns<Community> };

/** The SQL key of each group (over the line `b` and its community `c`), the row field it fills, and the declared field of BudgetLine it reads. */
const KEYS: Record<BudgetGroup, { expr: (t: Tables) => Fragment; field: keyof BudgetSummaryRow; reads: keyof BudgetLine & string }> = {
  COMMUNITY: { expr: ({ b }) => b.community, field: 'communityId', reads: 'community' },
  SERVICE_CENTER: {
    expr: ({ b, c }) => sql`coalesce(${b.serviceCenter}, ${c.serviceCenter})`,
    field: 'serviceCenterId',
    reads: 'serviceCenter',
  },
  DIRECTION: { expr: ({ b }) => b.direction, field: 'direction', reads: 'direction' },
  SOURCE: { expr: ({ b }) => b.source, field: 'source', reads: 'source' },
  CATEGORY: { expr: ({ b }) => b.category, field: 'category', reads: 'category' },
  STATUS: { expr: ({ b }) => b.status, field: 'status', reads: 'status' },
};

/** The fields a summary can be grouped by: the only ones that may narrow it for a caller who may not read the lines. */
const DIMENSIONS = new Set<string>(Object.values(KEYS).map((k) => k.reads));

export interface SummaryRequest {
  year: number;
  groupBy: BudgetGroup[];
  filter: Record<string, unknown> | null | undefined;
  /**
   * The caller's own question: its keys and filter go through its field guard and
   * row scope, as a list of budget lines would. The report's fixed tables pass false:
   * the server chose them, and only suppression applies.
   */
  asked: boolean;
}

/**
 * The guard for a summary's filter: the caller's own, and, when it may not read
 * the lines one by one, only the summary's dimensions. Otherwise a filter by id or
 * by time would pick any set of lines and totals could be differenced into the
 * amount of one line (the sum of {a, b, c, d} minus that of {b, c, d}).
 */
function summaryGuard(access: AccessPolicy, decl: RecordDecl, readsLines: boolean): FieldGuard {
  return (d, field, path) => {
    access.guardField(d, field, path);
    if (!readsLines && d === decl && !DIMENSIONS.has(field)) {
      throw forbidden(
        `You may not narrow a budget summary by ${d.name}.${field}: you may not read budget lines one by one, so a summary is narrowed only by what it groups by`,
      );
    }
  };
}

/** The condition a caller's question puts on the lines, through its guard and row scope (or the report's fixed filter). */
function linesWhere(
  access: AccessPolicy,
  disclosure: Disclosure,
  decl: RecordDecl,
  req: SummaryRequest,
  keys: BudgetGroup[],
): FilterQuery<object> {
  if (!req.asked) return compileFilter(decl, req.filter);
  keys.forEach((k, i) => access.guardField(decl, KEYS[k].reads, `groupBy.${i}`));
  return scopedFilter(access, decl, req.filter, summaryGuard(access, decl, disclosure.readsAll(MONEY)));
}

/**
 * Live budget lines of a fiscal year, summed in PostgreSQL by the chosen keys, with
 * the totals from the same statement (GROUPING SETS). Every status counts unless
 * the filter says otherwise (status is itself a key). Keys and filter follow the
 * list rules (field guard, row scope, relation filters included), and a group of
 * fewer than K lines is suppressed for a caller who may not read the lines.
 */
export async function budgetSummary(
  em: EntityManager,
  access: AccessPolicy,
  disclosure: Disclosure,
  req: SummaryRequest,
): Promise<BudgetSummary> {
  const decl = recordOf(BudgetLine);
  const keys = [...new Set(req.groupBy)];
  const where = linesWhere(access, disclosure, decl, req, keys);
  const t: Tables = { b: columns(em, BudgetLine, 'b'), c: columns(em, Community, 'c') };
  const { b, c } = t;
  const matching = Object.keys(where).length ? sql`${b.id} in (${idsWhere(em, decl, where)})` : raw('true');
  const exprs = keys.map((k) => KEYS[k].expr(t));
  const keyCols = exprs.map((e, i) => sql`${e} as ${raw(`k${i}`)}`);
  const sets = keys.length ? sql`grouping sets ((${join(exprs, ', ')}), ())` : raw('()');
  const income = sql`${b.direction} = 'INCOME'`;
  const fa = sql`${b.direction} = 'INCOME' and ${b.source} = 'FISCAL_APPROPRIATION'`;
  const rows = await query<Record<string, any>>(
    em,
    sql`
    select ${join([...keyCols, keys.length ? sql`grouping(${join(exprs, ', ')}) as g` : raw('1 as g')], ', ')},
      count(*) as n,
      coalesce(sum(${b.amount}) filter (where ${income}), 0) as income,
      coalesce(sum(${b.amount}) filter (where ${b.direction} = 'EXPENDITURE'), 0) as expenditure,
      coalesce(sum(${b.amount}) filter (where ${fa}), 0) as fa,
      coalesce(sum(${b.amount}) filter (where ${income}), 0) - coalesce(sum(${b.amount}) filter (where ${b.direction} = 'EXPENDITURE'), 0) as balance,
      (coalesce(sum(${b.amount}) filter (where ${fa}), 0) / nullif(sum(${b.amount}) filter (where ${income}), 0))::float8 as dependency
    from ${b.table} left join ${c.table} on ${c.id} = ${b.community}
    where ${b.deletedAt} is null and ${b.fiscalYear} = ${req.year} and ${matching}
    group by ${sets}
    order by ${raw(keys.length ? keys.map((_, i) => `k${i} nulls last`).join(', ') : '1')}`,
  );
  const toRow = (r: Record<string, any>): BudgetSummaryRow => {
    const row: BudgetSummaryRow = {
      communityId: null,
      serviceCenterId: null,
      direction: null,
      source: null,
      category: null,
      status: null,
      ...money(r),
      suppressed: false,
    };
    keys.forEach((k, i) => ((row as any)[KEYS[k].field] = r[`k${i}`] ?? null));
    return disclosure.withholds(MONEY, Number(r.n ?? 0)) ? { ...row, ...WITHHELD } : row;
  };
  // grouping() is 0 on the detail rows and has every bit set on the totals row.
  const totalsRow = rows.find((r) => Number(r.g) !== 0 || !keys.length);
  const detail = keys.length ? rows.filter((r) => Number(r.g) === 0) : [];
  return {
    rows: detail.map(toRow),
    totals: toRow(
      totalsRow
        ? Object.fromEntries(Object.entries(totalsRow).filter(([k]) => !/^k\d+$/.test(k)))
        : { n: 0, income: '0', expenditure: '0', fa: '0', balance: '0', dependency: null },
    ),
  };
}

/** What a suppressed group shows: its keys, no sums. */
const WITHHELD = {
  income: null,
  expenditure: null,
  balance: null,
  fiscalAppropriation: null,
  fiscalDependency: null,
  suppressed: true,
} as const;

/** Sums, balance and dependency were computed in SQL; money stays the exact text PostgreSQL sent. */
const money = (r: Record<string, any>) => ({
  income: String(r.income),
  expenditure: String(r.expenditure),
  balance: String(r.balance),
  fiscalAppropriation: String(r.fa),
  fiscalDependency: floatOrNull(r.dependency),
});
