import type { EntityManager } from '@mikro-orm/postgresql';
import { EmploymentType } from '../people/enums';
import { PartyOrgKind, SocialOrgCategory } from '../organisation/enums';
import type { Disclosure, Inputs } from './disclosure';
import { PARTY_MEMBERS, WORKERS, WORKERS_BY_TYPE } from './inputs';
import { existedOn, int, query, raw, sql } from './sql';
import type { KeyCount, Overview } from './overview.type';

/** Today in UTC, the default `asOf`. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** A count per enum value; a small count of a key the caller may not read is withheld (a count is its own row number). */
const keyCounts = (keys: readonly string[], counts: Record<string, unknown> | null, d?: Disclosure, inputs?: Inputs): KeyCount[] =>
  keys.map((key) => {
    const count = int(counts?.[key]);
    return d && inputs && d.withholds(inputs, count) ? { key, count: null, suppressed: true } : { key, count, suppressed: false };
  });

/**
 * 基本情况 in one SQL statement. Every table is counted as it stood at the end of
 * `asOf` (created by then and not deleted by then), and a row only
 * counts while its community (or organisation) also existed then. Status fields
 * (a worker ACTIVE or LEFT) are today's: the data keep no history of them.
 */
export async function overview(em: EntityManager, disclosure: Disclosure, serviceCenterId: string | null, asOf: string): Promise<Overview> {
  const inScope = serviceCenterId ? sql`c.service_center_id = ${serviceCenterId}` : raw('true');
  const orgCenter = serviceCenterId ? sql`po.service_center_id = ${serviceCenterId}` : raw('po.service_center_id is not null');
  const counted = sql`
    with comm as (
      select c.id, c.area_km2, c.population, c.households from community c
      where ${inScope} and ${existedOn('c', asOf)}
    ),
    wk as (
      select w.employment_type from community_worker w join comm on comm.id = w.community_id
      where w.status = 'ACTIVE' and ${existedOn('w', asOf)}
    ),
    po as (
      select po.id, po.kind from party_organization po
      left join service_center sc on sc.id = po.service_center_id
      where ((po.community_id in (select id from comm)) or (${orgCenter} and ${existedOn('sc', asOf)}))
        and ${existedOn('po', asOf)}
    ),
    so as (
      select so.category from social_organization so join comm on comm.id = so.community_id where ${existedOn('so', asOf)}
    )
    select
      (select count(*) from comm) as community_count,
      (select coalesce(sum(area_km2), 0) from comm) as total_area,
      (select coalesce(sum(population), 0) from comm) as population,
      (select coalesce(sum(households), 0) from comm) as households,
      (select count(*) from compound cp join comm on comm.id = cp.community_id where ${existedOn('cp', asOf)}) as compound_count,
      (select count(*) from wk) as worker_count,
      (select json_object_agg(employment_type, n) from (select employment_type, count(*) n from wk group by 1) x) as workers_by_type,
      (select count(*) from po) as party_org_count,
      (select json_object_agg(kind, n) from (select kind, count(*) n from po group by 1) x) as party_orgs_by_kind,
      (select count(*) from party_member pm join po on po.id = pm.organization_id where ${existedOn('pm', asOf)}) as party_member_count,
      (select count(*) from so) as social_org_count,
      (select json_object_agg(category, n) from (select category, count(*) n from so group by 1) x) as social_orgs_by_category`;
  const [r] = await query<Record<string, any>>(em, counted, { smallScope: serviceCenterId !== null });
  const result: Overview = {
    asOf,
    serviceCenterId,
    communityCount: int(r.community_count),
    totalAreaKm2: Number(r.total_area),
    compoundCount: int(r.compound_count),
    population: int(r.population),
    households: int(r.households),
    workerCount: int(r.worker_count),
    workersByEmploymentType: keyCounts(EmploymentType.keys, r.workers_by_type, disclosure, WORKERS_BY_TYPE),
    partyOrganizationCount: int(r.party_org_count),
    partyOrganizationsByKind: keyCounts(PartyOrgKind.keys, r.party_orgs_by_kind),
    partyMemberCount: int(r.party_member_count),
    socialOrganizationCount: int(r.social_org_count),
    socialOrganizationsByCategory: keyCounts(SocialOrgCategory.keys, r.social_orgs_by_category),
    suppressed: [],
  };
  // Workers are counted by their community and party members by their organisation: keys anonymous callers may not read.
  disclosure.apply(result, ['workerCount'], WORKERS, result.workerCount ?? 0);
  disclosure.apply(result, ['partyMemberCount'], PARTY_MEMBERS, result.partyMemberCount ?? 0);
  return result;
}
