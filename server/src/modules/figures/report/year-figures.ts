import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from '../../../core/access/policy';
import { budgetSummary } from '../budget-summary';
import { BudgetGroup, type BudgetSummaryRow } from '../budget-summary.type';
import type { Disclosure } from '../disclosure';
import { areaIndicators } from '../indicators';
import type { AreaIndicators } from '../indicators.type';
import { overview } from '../overview';
import type { Overview } from '../overview.type';

/** How many years the trend table shows, the report's year included (近五年). */
export const TREND_YEARS = 5;

/** One year of the report's scope as the figure functions answer it: what the trends compare. */
export interface YearFigures {
  year: number;
  /** Counted at the year's end (or on the report's as-of day for its own year). */
  overview: Overview;
  totals: AreaIndicators;
  /** Every APPROVED and SPENT line of the year summed: the basic section's 收入合计, 支出合计 and 结余. */
  money: BudgetSummaryRow;
}

/** The lines the report sums: approved or spent money (as the fiscal dependency indicator counts it) of the scope. */
export const reportMoneyFilter = (serviceCenterId: string | null) => ({
  status: { in: ['APPROVED', 'SPENT'] },
  ...(serviceCenterId
    ? { or: [{ serviceCenterId: { eq: serviceCenterId } }, { community: { serviceCenterId: { eq: serviceCenterId } } }] }
    : {}),
});

/** The years before `year` that the trend table shows, oldest first, through the same functions as the report's own year. */
export async function pastYears(
  em: EntityManager,
  access: AccessPolicy,
  disclosure: Disclosure,
  year: number,
  serviceCenterId: string | null,
): Promise<YearFigures[]> {
  const years = Array.from({ length: TREND_YEARS - 1 }, (_, i) => year - TREND_YEARS + 1 + i);
  return Promise.all(
    years.map(async (y): Promise<YearFigures> => {
      const [ov, totals, money] = await Promise.all([
        overview(em, disclosure, serviceCenterId, `${y}-12-31`),
        areaIndicators(em, disclosure, y, serviceCenterId),
        // A fixed table the server chose (asked: false): only suppression applies, as for the report's own year.
        budgetSummary(em, access, disclosure, {
          year: y,
          groupBy: [BudgetGroup.DIRECTION],
          filter: reportMoneyFilter(serviceCenterId),
          asked: false,
        }),
      ]);
      return { year: y, overview: ov, totals, money: money.totals };
    }),
  );
}
