import type { EntityManager } from '@mikro-orm/postgresql';
import type { Disclosure } from './disclosure';
import { findingsCte } from './findings-sql';
import { MONEY, TRAINING, WORKERS } from './inputs';
import { BudgetLine } from '../budget/budget-line.entity';
import { Community } from '../community/community.entity';
import { ServiceCenter } from '../community/service-center.entity';
import { SocialOrganization } from '../organisation/social-organization.entity';
import { CommunityActivity } from '../participation/community-activity.entity';
import { CouncilMeeting } from '../participation/council-meeting.entity';
import { CommunityWorker } from '../people/community-worker.entity';
import { TrainingRecord } from '../people/training-record.entity';
import { columns, floatOrNull, int, query, raw, sql, yearEnd, yearStart, type Columns, type Fragment } from './sql';
import type { AreaIndicators, CommunityIndicators, IndicatorValues } from './indicators.type';

/** Which communities: a condition on the community table (its columns given), e.g. one centre's. */
export type CommunitySelection = (c: Columns<Community>) => Fragment;

/**
 * The per-community inputs of every indicator, as CTEs ending in `base` (one row per
 * selected live community). Money counts APPROVED and SPENT lines only: PLANNED money
 * is not yet income. The `*_counted`, `office_population`, `office_households` and
 * `office_by_households` columns are the part of an input a ratio may use: a community
 * without population or households (or office area) is left out of
 * that ratio on both sides, so a centre's or the city's ratio does not count its workers
 * against a population nobody entered (the report says how many: completeness.ts).
 */
function baseCtes(em: EntityManager, year: number, selected: CommunitySelection, serviceCenterId: string | null = null): Fragment {
  const inYear = (col: Fragment) => sql`${col} between ${yearStart(year)} and ${yearEnd(year)}`;
  const c = columns(em, Community, 'c');
  const w = columns(em, CommunityWorker, 'w');
  const s = columns(em, SocialOrganization, 's');
  const m = columns(em, CouncilMeeting, 'm');
  const x = columns(em, CommunityActivity, 'x');
  const t = columns(em, TrainingRecord, 't');
  const b = columns(em, BudgetLine, 'b');
  return sql`
    with sel as (
      select ${c.id} as id, ${c.code} as code, ${c.serviceCenter} as service_center_id, ${c.population} as population,
        ${c.households} as households, ${c.officeAreaM2} as office_area_m2, ${c.serviceWindowCount} as service_window_count
      from ${c.table} where ${c.deletedAt} is null and ${selected(c)}
    ),
    wk as (select ${w.community} as community_id, count(*) as n from ${w.table}
      where ${w.deletedAt} is null and ${w.status} = 'ACTIVE' and ${w.community} in (select id from sel) group by 1),
    so as (select ${s.community} as community_id, count(*) as n from ${s.table}
      where ${s.deletedAt} is null and ${s.community} in (select id from sel) group by 1),
    cm as (select ${m.community} as community_id, count(*) as n, sum(${m.attendeeCount}) as att, sum(${m.residentAttendeeCount}) as res_att from ${m.table}
      where ${m.deletedAt} is null and ${inYear(m.heldOn)} and ${m.community} in (select id from sel) group by 1),
    ac as (select ${x.community} as community_id, count(*) as n, sum(${x.participantCount}) as p from ${x.table}
      where ${x.deletedAt} is null and ${inYear(x.heldOn)} and ${x.community} in (select id from sel) group by 1),
    tr as (select ${w.community} as community_id, sum(${t.hours}) as h, count(*) as n from ${t.table} join ${w.table} on ${w.id} = ${t.worker}
      where ${t.deletedAt} is null and ${w.deletedAt} is null and ${w.status} = 'ACTIVE' and ${inYear(t.completedOn)}
        and ${w.community} in (select id from sel) group by 1),
    bl as (select ${b.community} as community_id,
        sum(${b.amount}) filter (where ${b.direction} = 'INCOME' and ${b.source} = 'FISCAL_APPROPRIATION') as fa,
        sum(${b.amount}) filter (where ${b.direction} = 'INCOME') as inc, count(*) filter (where ${b.direction} = 'INCOME') as n
      from ${b.table} where ${b.deletedAt} is null and ${b.fiscalYear} = ${year} and ${b.status} in ('APPROVED', 'SPENT')
        and ${b.community} in (select id from sel) group by 1),
    fd as (${findingsCte(em, year, serviceCenterId)}),
    fc as (select f.community_id, count(*) filter (where f.power_mismatch) as pm, count(*) filter (where f.unfunded) as uf
      from fd f where f.community_id in (select id from sel) group by 1),
    base as (
      select sel.id as community_id, sel.code, sel.service_center_id, sel.population, sel.households, sel.office_area_m2 as office_area,
        sel.service_window_count as windows, coalesce(wk.n, 0) as workers, coalesce(so.n, 0) as social_orgs,
        coalesce(cm.n, 0) as meetings, coalesce(cm.att, 0) as attendance, coalesce(cm.res_att, 0) as resident_attendance, coalesce(ac.n, 0) as activities,
        coalesce(ac.p, 0) as participants, coalesce(tr.h, 0) as training_hours, coalesce(tr.n, 0) as training_records,
        coalesce(bl.fa, 0) as fa, coalesce(bl.inc, 0) as income, coalesce(bl.n, 0) as income_lines,
        coalesce(fc.pm, 0) as mismatches, coalesce(fc.uf, 0) as unfunded,
        case when sel.population is not null then coalesce(wk.n, 0) end as workers_counted,
        case when sel.population is not null then coalesce(so.n, 0) end as social_orgs_counted,
        case when sel.office_area_m2 is not null then sel.population end as office_population,
        case when sel.population is not null then sel.office_area_m2 end as office_counted,
        case when sel.office_area_m2 is not null then sel.households end as office_households,
        case when sel.households is not null then sel.office_area_m2 end as office_by_households
      from sel
      left join wk on wk.community_id = sel.id left join so on so.community_id = sel.id
      left join cm on cm.community_id = sel.id left join ac on ac.community_id = sel.id
      left join tr on tr.community_id = sel.id left join bl on bl.community_id = sel.id
      left join fc on fc.community_id = sel.id
    )`;
}

/** The ratios, from the input columns of `base` or of an aggregate with the same names: one formula for every level. */
const RATIOS = raw(`
  case when population > 0 then workers_counted * 10000.0 / population end as workers_per_10k,
  case when office_population > 0 then office_counted * 1000.0 / office_population end as office_per_1k,
  case when office_households > 0 then office_by_households * 100.0 / office_households end as office_per_100_households,
  case when income > 0 then (fa / income)::float8 end as fiscal_dependency,
  case when population > 0 then social_orgs_counted * 10000.0 / population end as social_per_10k,
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
    households: r.households === null ? null : int(r.households),
    workerCount: int(r.workers),
    workersPer10k: floatOrNull(r.workers_per_10k),
    officeAreaM2: floatOrNull(r.office_area),
    officeAreaPer1k: floatOrNull(r.office_per_1k),
    officeAreaPer100Households: floatOrNull(r.office_per_100_households),
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

/** One centre's communities, or every community: the selection of a centre's or the city's figures. */
export const ofCentre =
  (serviceCenterId: string | null): CommunitySelection =>
  (c) =>
    serviceCenterId ? sql`${c.serviceCenter} = ${serviceCenterId}` : raw('true');

/**
 * Indicators of each live community `selected`, ordered by code. `serviceCenterId` says
 * `selected` is that centre's communities (a small scope).
 */
export async function communityIndicatorRows(
  em: EntityManager,
  disclosure: Disclosure,
  year: number,
  selected: CommunitySelection,
  serviceCenterId: string | null = null,
): Promise<CommunityIndicators[]> {
  const rows = await query<Record<string, any>>(
    em,
    sql`${baseCtes(em, year, selected, serviceCenterId)} select base.*, ${RATIOS} from base order by code`,
    { smallScope: serviceCenterId !== null },
  );
  return rows.map((r) => ({ ...values(year, r, disclosure), communityId: r.community_id }));
}

/**
 * The same indicators summed over a service centre or the city: its communities plus
 * the centre's own budget lines and duty assignments. Ratios are ratios of the sums
 * (not averages of ratios); population is the sum of the recorded populations.
 */
export async function areaIndicators(
  em: EntityManager,
  disclosure: Disclosure,
  year: number,
  serviceCenterId: string | null,
): Promise<AreaIndicators> {
  const b = columns(em, BudgetLine, 'b');
  const s = columns(em, ServiceCenter, 's');
  const centerLines = serviceCenterId ? sql`${b.serviceCenter} = ${serviceCenterId}` : sql`${b.serviceCenter} is not null`;
  const centerDuties = serviceCenterId ? sql`f.assignee_center_id = ${serviceCenterId}` : raw('f.assignee_center_id is not null');
  const [r] = await query<Record<string, any>>(
    em,
    sql`${baseCtes(em, year, ofCentre(serviceCenterId), serviceCenterId)},
    own_lines as (select
        coalesce(sum(${b.amount}) filter (where ${b.direction} = 'INCOME' and ${b.source} = 'FISCAL_APPROPRIATION'), 0) as fa,
        coalesce(sum(${b.amount}) filter (where ${b.direction} = 'INCOME'), 0) as inc, count(*) filter (where ${b.direction} = 'INCOME') as n
      from ${b.table} join ${s.table} on ${s.id} = ${b.serviceCenter} and ${s.deletedAt} is null
      where ${b.deletedAt} is null and ${b.fiscalYear} = ${year} and ${b.status} in ('APPROVED', 'SPENT') and ${centerLines}),
    own_duties as (select count(*) filter (where f.power_mismatch) as pm, count(*) filter (where f.unfunded) as uf
      from fd f where ${centerDuties}),
    agg as (select count(*) as community_count, sum(population) as population, sum(households) as households, sum(office_area) as office_area,
        sum(windows) as windows, coalesce(sum(workers), 0) as workers, coalesce(sum(social_orgs), 0) as social_orgs,
        coalesce(sum(meetings), 0) as meetings, coalesce(sum(attendance), 0) as attendance, coalesce(sum(resident_attendance), 0) as resident_attendance,
        coalesce(sum(activities), 0) as activities, coalesce(sum(participants), 0) as participants,
        coalesce(sum(training_hours), 0) as training_hours, coalesce(sum(training_records), 0) as training_records,
        coalesce(sum(fa), 0) + (select fa from own_lines) as fa, coalesce(sum(income), 0) + (select inc from own_lines) as income,
        coalesce(sum(income_lines), 0) + (select n from own_lines) as income_lines,
        coalesce(sum(mismatches), 0) + (select pm from own_duties) as mismatches,
        coalesce(sum(unfunded), 0) + (select uf from own_duties) as unfunded,
        sum(workers_counted) as workers_counted, sum(social_orgs_counted) as social_orgs_counted, sum(office_population) as office_population,
        sum(office_counted) as office_counted, sum(office_households) as office_households,
        sum(office_by_households) as office_by_households
      from base)
    select agg.*, ${RATIOS} from agg`,
    { smallScope: serviceCenterId !== null },
  );
  return { ...values(year, r, disclosure), serviceCenterId, communityCount: int(r.community_count) };
}
