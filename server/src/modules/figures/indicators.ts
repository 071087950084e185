import type { EntityManager } from '@mikro-orm/postgresql';
import type { Disclosure } from './disclosure';
import { findingsCte } from './findings-sql';
import { MONEY, TRAINING, WORKERS } from './inputs';
import { floatOrNull, int, query, raw, sql, yearEnd, yearStart, type Fragment } from './sql';
import type { AreaIndicators, CommunityIndicators, IndicatorValues } from './indicators.type';

/**
 * The per-community inputs of every indicator, as CTEs ending in `base` (one row per
 * selected live community). `selected` is a condition on `community c`. Money counts
 * APPROVED and SPENT lines only: PLANNED money is not yet income.
 */
function baseCtes(year: number, selected: Fragment, serviceCenterId: string | null = null): Fragment {
  const inYear = (col: string) => sql`${raw(col)} between ${yearStart(year)} and ${yearEnd(year)}`;
  return sql`
    with sel as (
      select c.id, c.code, c.service_center_id, c.population, c.office_area_m2, c.service_window_count
      from community c where c.deleted_at is null and ${selected}
    ),
    wk as (select w.community_id, count(*) as n from community_worker w
      where w.deleted_at is null and w.status = 'ACTIVE' and w.community_id in (select id from sel) group by 1),
    so as (select s.community_id, count(*) as n from social_organization s
      where s.deleted_at is null and s.community_id in (select id from sel) group by 1),
    cm as (select m.community_id, count(*) as n, sum(m.attendee_count) as att, sum(m.resident_attendee_count) as res_att from council_meeting m
      where m.deleted_at is null and ${inYear('m.held_on')} and m.community_id in (select id from sel) group by 1),
    ac as (select x.community_id, count(*) as n, sum(x.participant_count) as p from community_activity x
      where x.deleted_at is null and ${inYear('x.held_on')} and x.community_id in (select id from sel) group by 1),
    tr as (select w.community_id, sum(t.hours) as h, count(*) as n from training_record t join community_worker w on w.id = t.worker_id
      where t.deleted_at is null and w.deleted_at is null and w.status = 'ACTIVE' and ${inYear('t.completed_on')}
        and w.community_id in (select id from sel) group by 1),
    bl as (select b.community_id,
        sum(b.amount) filter (where b.direction = 'INCOME' and b.source = 'FISCAL_APPROPRIATION') as fa,
        sum(b.amount) filter (where b.direction = 'INCOME') as inc, count(*) filter (where b.direction = 'INCOME') as n
      from budget_line b where b.deleted_at is null and b.fiscal_year = ${year} and b.status in ('APPROVED', 'SPENT')
        and b.community_id in (select id from sel) group by 1),
    fd as (${findingsCte(year, serviceCenterId)}),
    fc as (select f.community_id, count(*) filter (where f.power_mismatch) as pm, count(*) filter (where f.unfunded) as uf
      from fd f where f.community_id in (select id from sel) group by 1),
    base as (
      select sel.id as community_id, sel.code, sel.service_center_id, sel.population, sel.office_area_m2 as office_area,
        sel.service_window_count as windows, coalesce(wk.n, 0) as workers, coalesce(so.n, 0) as social_orgs,
        coalesce(cm.n, 0) as meetings, coalesce(cm.att, 0) as attendance, coalesce(cm.res_att, 0) as resident_attendance, coalesce(ac.n, 0) as activities,
        coalesce(ac.p, 0) as participants, coalesce(tr.h, 0) as training_hours, coalesce(tr.n, 0) as training_records,
        coalesce(bl.fa, 0) as fa, coalesce(bl.inc, 0) as income, coalesce(bl.n, 0) as income_lines,
        coalesce(fc.pm, 0) as mismatches, coalesce(fc.uf, 0) as unfunded
      from sel
      left join wk on wk.community_id = sel.id left join so on so.community_id = sel.id
      left join cm on cm.community_id = sel.id left join ac on ac.community_id = sel.id
      left join tr on tr.community_id = sel.id left join bl on bl.community_id = sel.id
      left join fc on fc.community_id = sel.id
    )`;
}

/** The ratios, from the input columns of `base` or of an aggregate with the same names: one formula for every level. */
const RATIOS = raw(`
  case when population > 0 then workers * 10000.0 / population end as workers_per_10k,
  case when population > 0 and office_area is not null then office_area * 1000.0 / population end as office_per_1k,
  case when income > 0 then (fa / income)::float8 end as fiscal_dependency,
  case when population > 0 then social_orgs * 10000.0 / population end as social_per_10k,
  case when meetings > 0 then attendance::float8 / meetings end as avg_attendance,
  case when meetings > 0 then resident_attendance::float8 / meetings end as avg_resident_attendance,
  case when workers > 0 then training_hours::float8 / workers end as training_per_worker,
  fa::text as fa_text, income::text as income_text`);

/**
 * The values of one row, with what it may not be told withheld: worker counts are
 * counted by a worker's community, training hours and money from records whose
 * fields anonymous callers and partners without the scope may not read (inputs.ts).
 */
function values(year: number, r: Record<string, any>, disclosure: Disclosure): IndicatorValues {
  const v: IndicatorValues = {
    year,
    population: r.population === null ? null : int(r.population),
    workerCount: int(r.workers),
    workersPer10k: floatOrNull(r.workers_per_10k),
    officeAreaM2: floatOrNull(r.office_area),
    officeAreaPer1k: floatOrNull(r.office_per_1k),
    serviceWindowCount: r.windows === null ? null : int(r.windows),
    fiscalAppropriation: r.fa_text,
    totalIncome: r.income_text,
    fiscalDependency: floatOrNull(r.fiscal_dependency),
    socialOrganizationCount: int(r.social_orgs),
    socialOrganizationsPer10k: floatOrNull(r.social_per_10k),
    councilMeetingCount: int(r.meetings),
    councilAttendance: int(r.attendance),
    averageAttendance: floatOrNull(r.avg_attendance),
    councilResidentAttendance: int(r.resident_attendance),
    averageResidentAttendance: floatOrNull(r.avg_resident_attendance),
    activityCount: int(r.activities),
    activityParticipants: int(r.participants),
    trainingHours: Number(r.training_hours),
    trainingHoursPerWorker: floatOrNull(r.training_per_worker),
    powerMismatchCount: int(r.mismatches),
    unfundedDutyCount: int(r.unfunded),
    suppressed: [],
  };
  disclosure.apply(v, ['workerCount', 'workersPer10k', 'trainingHoursPerWorker'], WORKERS, int(r.workers));
  disclosure.apply(v, ['trainingHours', 'trainingHoursPerWorker'], TRAINING, int(r.training_records));
  disclosure.apply(v, ['fiscalAppropriation', 'totalIncome', 'fiscalDependency'], MONEY, int(r.income_lines));
  return v;
}

/**
 * Indicators of each live community matching `selected` (a condition on `community c`),
 * ordered by code. `serviceCenterId` says `selected` is that centre's communities (a small scope).
 */
export async function communityIndicatorRows(em: EntityManager, disclosure: Disclosure, year: number, selected: Fragment, serviceCenterId: string | null = null): Promise<CommunityIndicators[]> {
  const rows = await query<Record<string, any>>(em, sql`${baseCtes(year, selected, serviceCenterId)} select base.*, ${RATIOS} from base order by code`, { smallScope: serviceCenterId !== null });
  return rows.map((r) => ({ ...values(year, r, disclosure), communityId: r.community_id }));
}

/**
 * The same indicators summed over a service centre or the city: its communities plus
 * the centre's own budget lines and duty assignments. Ratios are ratios of the sums
 * (not averages of ratios); population is the sum of the recorded populations.
 */
export async function areaIndicators(em: EntityManager, disclosure: Disclosure, year: number, serviceCenterId: string | null): Promise<AreaIndicators> {
  const selected = serviceCenterId ? sql`c.service_center_id = ${serviceCenterId}` : raw('true');
  const centerLines = serviceCenterId ? sql`b.service_center_id = ${serviceCenterId}` : raw('b.service_center_id is not null');
  const centerDuties = serviceCenterId ? sql`f.assignee_center_id = ${serviceCenterId}` : raw('f.assignee_center_id is not null');
  const [r] = await query<Record<string, any>>(em, sql`${baseCtes(year, selected, serviceCenterId)},
    own_lines as (select
        coalesce(sum(b.amount) filter (where b.direction = 'INCOME' and b.source = 'FISCAL_APPROPRIATION'), 0) as fa,
        coalesce(sum(b.amount) filter (where b.direction = 'INCOME'), 0) as inc, count(*) filter (where b.direction = 'INCOME') as n
      from budget_line b join service_center s on s.id = b.service_center_id and s.deleted_at is null
      where b.deleted_at is null and b.fiscal_year = ${year} and b.status in ('APPROVED', 'SPENT') and ${centerLines}),
    own_duties as (select count(*) filter (where f.power_mismatch) as pm, count(*) filter (where f.unfunded) as uf
      from fd f where ${centerDuties}),
    agg as (select count(*) as community_count, sum(population) as population, sum(office_area) as office_area,
        sum(windows) as windows, coalesce(sum(workers), 0) as workers, coalesce(sum(social_orgs), 0) as social_orgs,
        coalesce(sum(meetings), 0) as meetings, coalesce(sum(attendance), 0) as attendance, coalesce(sum(resident_attendance), 0) as resident_attendance,
        coalesce(sum(activities), 0) as activities, coalesce(sum(participants), 0) as participants,
        coalesce(sum(training_hours), 0) as training_hours, coalesce(sum(training_records), 0) as training_records,
        coalesce(sum(fa), 0) + (select fa from own_lines) as fa, coalesce(sum(income), 0) + (select inc from own_lines) as income,
        coalesce(sum(income_lines), 0) + (select n from own_lines) as income_lines,
        coalesce(sum(mismatches), 0) + (select pm from own_duties) as mismatches,
        coalesce(sum(unfunded), 0) + (select uf from own_duties) as unfunded
      from base)
    select agg.*, ${RATIOS} from agg`, { smallScope: serviceCenterId !== null });
  return { ...values(year, r, disclosure), serviceCenterId, communityCount: int(r.community_count) };
}
