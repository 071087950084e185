import type { EntityManager } from '@mikro-orm/postgresql';
import { BudgetLine } from '../budget/budget-line.entity';
import { Community } from '../community/community.entity';
import { ServiceCenter } from '../community/service-center.entity';
import { DutyAssignment } from '../duty/duty-assignment.entity';
import { DutyItem } from '../duty/duty-item.entity';
import { columns, raw, sql, yearEnd, type Fragment } from './sql';

/**
 * Every ACTIVE assignment (as of the year's end) that breaks duty rule 2 or 3 of
 * domain.md, as a CTE body. The one definition of both rules: indicators,
 * dutyFindings and the report all count from it.
 *
 * - power_mismatch (权责不匹配): the duty item requires a power (not NONE) that the
 *   assignee's service centre — the centre itself for a centre assignee — does not hold.
 * - unfunded (费未随事转): the duty item is fundingRequired and no live EXPENDITURE line
 *   of that fiscal year with status APPROVED or SPENT points at the assignment. The
 *   funding-required rows that are not unfunded are the funded ones (duty-funding.ts).
 *
 * Only PUBLISHED duty items count (the public duty list; drafts and repealed items do not);
 * soft-deleted items, assignments, communities and centres
 * are left out; an assignment counts for a year when assigned on or before its end.
 * With a centre, only that centre's own and its communities' assignments.
 */
export function findingsCte(em: EntityManager, year: number, serviceCenterId: string | null = null): Fragment {
  const a = columns(em, DutyAssignment, 'a');
  const d = columns(em, DutyItem, 'd');
  const c = columns(em, Community, 'c');
  const sc = columns(em, ServiceCenter, 'sc');
  const b = columns(em, BudgetLine, 'b');
  const mismatch = sql`(${d.requiredPower} <> 'NONE' and not (${d.requiredPower} = any(${sc.powers})))`;
  // Funded assignments as a set joined once (not a per-row subquery): the plan stays a
  // hash join whatever the planner's statistics say.
  return sql`
    select ${a.id} as assignment_id, ${a.dutyItem} as duty_item_id, ${a.community} as community_id, ${a.serviceCenter} as assignee_center_id,
      ${sc.id} as center_id, ${d.requiredPower} as required_power, ${sc.powers} as powers,
      ${mismatch} as power_mismatch, ${d.fundingRequired} as funding_required,
      (${d.fundingRequired} and funded.assignment_id is null) as unfunded
    from ${a.table}
    join ${d.table} on ${d.id} = ${a.dutyItem} and ${d.deletedAt} is null and ${d.status} = 'PUBLISHED'
    left join ${c.table} on ${c.id} = ${a.community}
    join ${sc.table} on ${sc.id} = coalesce(${a.serviceCenter}, ${c.serviceCenter}) and ${sc.deletedAt} is null
    left join (
      select distinct ${b.dutyAssignment} as assignment_id from ${b.table}
      where ${b.dutyAssignment} is not null and ${b.deletedAt} is null and ${b.fiscalYear} = ${year}
        and ${b.direction} = 'EXPENDITURE' and ${b.status} in ('APPROVED', 'SPENT')
    ) funded on funded.assignment_id = ${a.id}
    where ${a.deletedAt} is null and ${a.status} = 'ACTIVE' and ${a.assignedOn} <= ${yearEnd(year)}
      and (${a.community} is null or ${c.deletedAt} is null)
      and ${serviceCenterId ? sql`${sc.id} = ${serviceCenterId}` : raw('true')}
      and (${mismatch} or ${d.fundingRequired})`;
}

/** Only the rows that are findings (the CTE keeps funding-required rows to test them). */
export const isFinding = raw('(power_mismatch or unfunded)');
