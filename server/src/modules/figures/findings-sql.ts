import { raw, sql, yearEnd, type Fragment } from './sql';

/**
 * Every ACTIVE assignment (as of the year's end) that breaks duty rule 2 or 3 of
 * domain.md, as a CTE body. The one definition of both rules: indicators,
 * dutyFindings and the report all count from it.
 *
 * - power_mismatch (权责不匹配): the duty item requires a power (not NONE) that the
 *   assignee's service centre — the centre itself for a centre assignee — does not hold.
 * - unfunded (费未随事转): the duty item is fundingRequired and no live EXPENDITURE line
 *   of that fiscal year with status APPROVED or SPENT points at the assignment.
 *
 * Only PUBLISHED duty items count (the public duty list; drafts and repealed items do not);
 * soft-deleted items, assignments, communities and centres
 * are left out; an assignment counts for a year when assigned on or before its end.
 * With a centre, only that centre's own and its communities' assignments.
 */
export function findingsCte(year: number, serviceCenterId: string | null = null): Fragment {
  // Funded assignments as a set joined once (not a per-row subquery): the plan stays a
  // hash join whatever the planner's statistics say.
  return sql`
    select a.id as assignment_id, a.duty_item_id, a.community_id, a.service_center_id as assignee_center_id,
      sc.id as center_id, d.required_power, sc.powers,
      (d.required_power <> 'NONE' and not (d.required_power = any(sc.powers))) as power_mismatch,
      (d.funding_required and funded.assignment_id is null) as unfunded
    from duty_assignment a
    join duty_item d on d.id = a.duty_item_id and d.deleted_at is null and d.status = 'PUBLISHED'
    left join community c on c.id = a.community_id
    join service_center sc on sc.id = coalesce(a.service_center_id, c.service_center_id) and sc.deleted_at is null
    left join (
      select distinct b.duty_assignment_id as assignment_id from budget_line b
      where b.duty_assignment_id is not null and b.deleted_at is null and b.fiscal_year = ${year}
        and b.direction = 'EXPENDITURE' and b.status in ('APPROVED', 'SPENT')
    ) funded on funded.assignment_id = a.id
    where a.deleted_at is null and a.status = 'ACTIVE' and a.assigned_on <= ${yearEnd(year)}
      and (a.community_id is null or c.deleted_at is null)
      and ${serviceCenterId ? sql`sc.id = ${serviceCenterId}` : raw('true')}
      and ((d.required_power <> 'NONE' and not (d.required_power = any(sc.powers))) or d.funding_required)`;
}

/** Only the rows that are findings (the CTE keeps funding-required rows to test them). */
export const isFinding = raw('(power_mismatch or unfunded)');
