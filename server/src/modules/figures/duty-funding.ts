import type { EntityManager } from '@mikro-orm/postgresql';
import { BudgetLine } from '../budget/budget-line.entity';
import type { Disclosure } from './disclosure';
import { findingsCte } from './findings-sql';
import { DUTY_FUNDING } from './inputs';
import { columns, int, query, sql } from './sql';

/** What funding one unfunded duty would need, as far as the data tell (所需经费估算). */
export interface FundingEstimate {
  /** The mean funding of the same duty's funded assignments that year, exact to the fen; null without any, or when withheld. */
  amount: string | null;
  /** How many funded assignments of the same duty the estimate is the mean of (0: 无法估算). */
  basis: number;
  /** True when the amount is withheld from this caller (fewer than K lines behind it). */
  suppressed: boolean;
}

const NONE: FundingEstimate = { amount: null, basis: 0, suppressed: false };

/**
 * Per duty item, the mean of what each of its funded assignments received in `year`
 * (live APPROVED or SPENT expenditure lines pointing at the assignment, summed per
 * assignment): what an unfunded assignment of the same duty would need to close it.
 * The mean, not the median: it is exact in decimal and, with the two or three funded
 * assignments a duty usually has, the same thing. Funded assignments are the
 * funding-required rows of the one findings definition (findings-sql.ts) that are not
 * unfunded, across the whole city whatever the report's scope: a duty costs what it
 * costs wherever it is carried.
 */
export async function fundingEstimates(em: EntityManager, disclosure: Disclosure, year: number): Promise<Map<string, FundingEstimate>> {
  const b = columns(em, BudgetLine, 'b');
  const rows = await query<{ duty_item_id: string; basis: string; lines: string; amount: string }>(
    em,
    sql`
    with fd as (${findingsCte(em, year, null)}),
    per_assignment as (
      select f.duty_item_id, f.assignment_id, sum(${b.amount}) as total, count(*) as lines
      from fd f join ${b.table} on ${b.dutyAssignment} = f.assignment_id
      where f.funding_required and not f.unfunded and ${b.deletedAt} is null and ${b.fiscalYear} = ${year}
        and ${b.direction} = 'EXPENDITURE' and ${b.status} in ('APPROVED', 'SPENT')
      group by 1, 2
    )
    select duty_item_id, count(*) as basis, sum(lines) as lines, round(avg(total), 2)::text as amount
    from per_assignment group by 1`,
  );
  return new Map(
    rows.map((r) => {
      const suppressed = disclosure.withholds(DUTY_FUNDING, int(r.lines));
      return [r.duty_item_id, { amount: suppressed ? null : r.amount, basis: int(r.basis), suppressed }];
    }),
  );
}

export const estimateOf = (estimates: Map<string, FundingEstimate>, dutyItemId: string): FundingEstimate =>
  estimates.get(dutyItemId) ?? NONE;
