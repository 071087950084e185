import type { EntityManager } from '@mikro-orm/postgresql';
import { Power } from '../community/enums';
import type { Disclosure } from './disclosure';
import { estimateOf, fundingEstimatesCte } from './duty-funding';
import { findingsCte, isFinding } from './findings-sql';
import { Community } from '../community/community.entity';
import { ServiceCenter } from '../community/service-center.entity';
import { DutyItem } from '../duty/duty-item.entity';
import { columns, query, raw, sql } from './sql';
import type { DutyFindings, PowerMismatch, UnfundedDuty } from './duty-findings.type';

const powerZh = (p: string) => Power.labels[p as keyof typeof Power.labels]?.zh ?? p;
const powerEn = (p: string) => Power.labels[p as keyof typeof Power.labels]?.en.toLowerCase() ?? p;

/**
 * Findings of rules 2 and 3 (see findingsCte), optionally of one centre (its own and its
 * communities' assignments); each unfunded one with what would fund it (duty-funding.ts).
 */
export async function dutyFindings(
  em: EntityManager,
  disclosure: Disclosure,
  year: number,
  serviceCenterId: string | null = null,
): Promise<DutyFindings> {
  const d = columns(em, DutyItem, 'd');
  const c = columns(em, Community, 'c');
  const sc = columns(em, ServiceCenter, 'sc');
  // One statement: the findings of the scope, and the estimates from the whole city's funded assignments.
  const city = serviceCenterId ? findingsCte(em, year, null) : raw('select * from fd');
  const rows = await query<Record<string, any>>(
    em,
    sql`
    with fd as (${findingsCte(em, year, serviceCenterId)}),
    fd_city as (${city}),
    est as (${fundingEstimatesCte(em, year, raw('fd_city'))})
    select f.*, ${d.code} as duty_code, ${d.title} as duty_title, ${c.name} as community_name, ${c.code} as community_code, ${sc.name} as center_name,
      est.basis as estimate_basis, est.lines as estimate_lines, est.amount as estimate_amount
    from fd f join ${d.table} on ${d.id} = f.duty_item_id join ${sc.table} on ${sc.id} = f.center_id
    left join ${c.table} on ${c.id} = f.community_id
    left join est on est.duty_item_id = f.duty_item_id
    where ${isFinding}
    order by ${sc.name}, ${c.code} nulls first, ${d.code}, f.assignment_id`,
    { smallScope: serviceCenterId !== null },
  );
  const base = (r: Record<string, any>) => ({
    assignmentId: r.assignment_id,
    dutyItemId: r.duty_item_id,
    communityId: r.community_id,
    serviceCenterId: r.center_id,
    dutyTitle: r.duty_title,
    communityName: r.community_name,
    serviceCenterName: r.center_name,
  });
  const assigneeZh = (r: Record<string, any>) =>
    r.community_name ? `承接社区「${r.community_name}」所属的「${r.center_name}」` : `承接单位「${r.center_name}」`;
  const assigneeEn = (r: Record<string, any>) =>
    r.community_name
      ? `the centre "${r.center_name}" of the assignee community "${r.community_name}"`
      : `the assignee centre "${r.center_name}"`;

  const powerMismatches: PowerMismatch[] = rows
    .filter((r) => r.power_mismatch)
    .map((r) => {
      const reasonZh = `事项「${r.duty_title}」需要${powerZh(r.required_power)},但${assigneeZh(r)}不具备${powerZh(r.required_power)}`;
      const reasonEn = `Duty "${r.duty_title}" requires the ${powerEn(r.required_power)}, which ${assigneeEn(r)} does not hold`;
      return {
        ...base(r),
        requiredPower: r.required_power,
        centerPowers: r.powers ?? [],
        reasonZh,
        reasonEn,
        reason: `${reasonZh} (${reasonEn})`,
      };
    });
  const unfundedDuties: UnfundedDuty[] = rows
    .filter((r) => r.unfunded)
    .map((r) => {
      const estimate = estimateOf(r.estimate_basis, r.estimate_lines, r.estimate_amount, disclosure);
      const who = r.community_name ? `社区「${r.community_name}」` : `「${r.center_name}」`;
      const reasonZh = `事项「${r.duty_title}」要求费随事转,但${who}承接后${year}年度没有已批准或已支出的对应支出经费`;
      const reasonEn = `Duty "${r.duty_title}" requires funding, but no approved or spent ${year} expenditure line follows its assignment to ${r.community_name ? `community "${r.community_name}"` : `"${r.center_name}"`}`;
      return {
        ...base(r),
        reasonZh,
        reasonEn,
        reason: `${reasonZh} (${reasonEn})`,
        estimatedFunding: estimate.amount,
        estimateBasis: estimate.basis,
        suppressed: estimate.suppressed ? ['estimatedFunding'] : [],
      };
    });
  return { powerMismatches, unfundedDuties };
}
