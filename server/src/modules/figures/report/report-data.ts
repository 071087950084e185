import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from '../../../core/access/policy';
import { notFound } from '../../../core/errors';
import type { Disclosure } from '../disclosure';
import { budgetSummary } from '../budget-summary';
import { dataCompleteness } from '../completeness';
import type { DataCompleteness } from '../completeness.type';
import { BudgetGroup, type BudgetSummary } from '../budget-summary.type';
import { dutyFindings } from '../duty-findings';
import type { DutyFindings } from '../duty-findings.type';
import { areaIndicators, communityIndicatorRows, ofCentre } from '../indicators';
import type { AreaIndicators, CommunityIndicators } from '../indicators.type';
import { overview } from '../overview';
import type { Overview } from '../overview.type';
import { Community } from '../../community/community.entity';
import { ServiceCenter } from '../../community/service-center.entity';
import { columns, query, sql } from '../sql';
import { TREND_MEASURES } from './trend-measures';
import { pastYears, reportMoneyFilter, type YearFigures } from './year-figures';

export interface NamedIndicators extends CommunityIndicators {
  code: string;
  name: string;
}

/** Everything a report says, fetched through the same functions that answer the figure queries. */
export interface ReportData {
  year: number;
  asOf: string;
  scopeName: string;
  serviceCenterId: string | null;
  overview: Overview;
  totals: AreaIndicators;
  communities: NamedIndicators[];
  incomeBySource: BudgetSummary;
  expenditureByCategory: BudgetSummary;
  findings: DutyFindings;
  /** The inputs missing for this reader (数据缺口): what the sentences and the gaps appendix state. */
  completeness: DataCompleteness;
  /** The years before, oldest first (year-figures.ts): what the trends compare with. */
  history: YearFigures[];
  /** Whether any figure of the report was withheld from this reader, and the K it was held to. */
  withheld: boolean;
  minRows: number;
}

/** The report counts the overview at the year's end, or today for the running year. */
export const reportAsOf = (year: number, today: string) => (`${year}-12-31` < today ? `${year}-12-31` : today);

/**
 * The figures a publication is compared by (publications/figure-values.ts): the overview, the
 * year's totals, the budget tables and each community's row, without the findings, the
 * years before and the gaps, which the comparison does not count and which cost as much again.
 */
export type ComparableFigures = Pick<
  ReportData,
  'year' | 'asOf' | 'scopeName' | 'serviceCenterId' | 'overview' | 'totals' | 'communities' | 'incomeBySource' | 'expenditureByCategory'
>;

async function scopeNameOf(em: EntityManager, serviceCenterId: string | null): Promise<string> {
  if (!serviceCenterId) return '全市';
  const sc = columns(em, ServiceCenter, 'sc');
  const [center] = await query<{ name: string }>(
    em,
    sql`select ${sc.name} as name from ${sc.table} where ${sc.id} = ${serviceCenterId} and ${sc.deletedAt} is null`,
  );
  if (!center) throw notFound('ServiceCenter', serviceCenterId);
  return center.name;
}

export async function comparableFigures(
  em: EntityManager,
  access: AccessPolicy,
  disclosure: Disclosure,
  year: number,
  serviceCenterId: string | null,
  today: string,
): Promise<ComparableFigures> {
  const scopeName = await scopeNameOf(em, serviceCenterId);
  const asOf = reportAsOf(year, today);
  const selected = ofCentre(serviceCenterId);
  const c = columns(em, Community, 'c');
  const filter = reportMoneyFilter(serviceCenterId);
  // The report's own tables on public summaries: the server chose them (asked: false), so only suppression applies.
  const table = (groupBy: BudgetGroup[]) => budgetSummary(em, access, disclosure, { year, groupBy, filter, asked: false });
  const [ov, totals, rows, names, incomeBySource, expenditureByCategory] = await Promise.all([
    overview(em, disclosure, serviceCenterId, asOf),
    areaIndicators(em, disclosure, year, serviceCenterId),
    communityIndicatorRows(em, disclosure, year, selected, serviceCenterId),
    query<{ id: string; code: string; name: string }>(
      em,
      sql`select ${c.id} as id, ${c.code} as code, ${c.name} as name from ${c.table} where ${c.deletedAt} is null and ${selected(c)}`,
    ),
    table([BudgetGroup.DIRECTION, BudgetGroup.SOURCE]),
    table([BudgetGroup.DIRECTION, BudgetGroup.CATEGORY]),
  ]);
  const byId = new Map(names.map((n) => [n.id, n]));
  const communities = rows.map((r) => ({ ...r, code: byId.get(r.communityId)?.code ?? '', name: byId.get(r.communityId)?.name ?? '' }));
  return { year, asOf, scopeName, serviceCenterId, overview: ov, totals, communities, incomeBySource, expenditureByCategory };
}

export async function reportData(
  em: EntityManager,
  access: AccessPolicy,
  disclosure: Disclosure,
  year: number,
  serviceCenterId: string | null,
  today: string,
): Promise<ReportData> {
  const [figures, findings, history, completeness] = await Promise.all([
    comparableFigures(em, access, disclosure, year, serviceCenterId, today),
    dutyFindings(em, disclosure, year, serviceCenterId),
    pastYears(em, access, disclosure, year, serviceCenterId),
    dataCompleteness(em, access, year, serviceCenterId),
  ]);
  const { overview: ov, totals, communities, incomeBySource, expenditureByCategory } = figures;
  const withheld =
    [ov, totals, ...communities, ...findings.unfundedDuties].some((x) => x.suppressed.length > 0) ||
    ov.workersByEmploymentType.some((k) => k.suppressed) ||
    [incomeBySource, expenditureByCategory].some((s) => s.totals.suppressed || s.rows.some((r) => r.suppressed)) ||
    history.some((y) => TREND_MEASURES.some((m) => m.withheld(y)));
  return { ...figures, findings, completeness, history, withheld, minRows: disclosure.k };
}
