import type { EntityManager } from '@mikro-orm/postgresql';
import { BudgetLine } from '../budget/budget-line.entity';
import type { Disclosure } from './disclosure';
import { DUTY_FUNDING } from './inputs';
import { columns, int, sql, type Fragment } from './sql';

/** What funding one unfunded duty would need, as far as the data tell (所需经费估算). */
export interface FundingEstimate {
  /** The mean funding of the same duty's funded assignments that year, exact to the fen; null without any, or when withheld. */
  amount: string | null;
  /** How many funded assignments of the same duty the estimate is the mean of (0: 无法估算). */
  basis: number;
  /** True when the amount is withheld from this caller (fewer than K lines behind it). */
  suppressed: boolean;
}

/**
 * CTE body: per duty item, the mean of what each of its funded assignments received in
 * `year` (live APPROVED or SPENT expenditure lines pointing at the assignment, summed per
 * assignment), over `cityFindings`, the CTE of the whole city's findings rows: what an
 * unfunded assignment of the same duty would need to close it. The mean, not the median:
 * it is exact in decimal and, with the two or three funded assignments a duty usually has,
 * the same thing. Funded assignments are the funding-required rows of the one findings
 * definition (findings-sql.ts) that are not unfunded, across the city whatever the report's
 * scope: a duty costs what it costs wherever it is carried.
 */
export function fundingEstimatesCte(em: EntityManager, year: number, cityFindings: Fragment): Fragment {
  const b = columns(em, BudgetLine, 'b');
  return sql`
    select duty_item_id, count(*) as basis, sum(lines) as lines, round(avg(total), 2)::text as amount
    from (
      select f.duty_item_id, f.assignment_id, sum(${b.amount}) as total, count(*) as lines
      from ${cityFindings} f join ${b.table} on ${b.dutyAssignment} = f.assignment_id
      where f.funding_required and not f.unfunded and ${b.deletedAt} is null and ${b.fiscalYear} = ${year}
        and ${b.direction} = 'EXPENDITURE' and ${b.status} in ('APPROVED', 'SPENT')
      group by 1, 2
    ) per_assignment
    group by 1`;
}

/** One duty's estimate from its row of fundingEstimatesCte (null columns: no funded assignment), withheld below K lines. */
export function estimateOf(basis: unknown, lines: unknown, amount: string | null, disclosure: Disclosure): FundingEstimate {
  if (!int(basis)) return { amount: null, basis: 0, suppressed: false };
  const suppressed = disclosure.withholds(DUTY_FUNDING, int(lines));
  return { amount: suppressed ? null : amount, basis: int(basis), suppressed };
}
