import type { EntityManager } from '@mikro-orm/postgresql';
import { EmploymentType } from '../people/enums';
import { PartyOrgKind, SocialOrgCategory } from '../organisation/enums';
import type { Disclosure, Inputs } from './disclosure';
import { PARTY_MEMBERS, WORKERS, WORKERS_BY_TYPE } from './inputs';
import { Community } from '../community/community.entity';
import { Compound } from '../community/compound.entity';
import { ServiceCenter } from '../community/service-center.entity';
import { PartyMember } from '../organisation/party-member.entity';
import { PartyOrganization } from '../organisation/party-organization.entity';
import { SocialOrganization } from '../organisation/social-organization.entity';
import { CommunityWorker } from '../people/community-worker.entity';
import { columns, existedOn, int, query, raw, sql } from './sql';
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
  const c = columns(em, Community, 'c');
  const w = columns(em, CommunityWorker, 'w');
  const po = columns(em, PartyOrganization, 'po');
  const sc = columns(em, ServiceCenter, 'sc');
  const so = columns(em, SocialOrganization, 'so');
  const cp = columns(em, Compound, 'cp');
  const pm = columns(em, PartyMember, 'pm');
  const inScope = serviceCenterId ? sql`${c.serviceCenter} = ${serviceCenterId}` : raw('true');
  const orgCenter = serviceCenterId ? sql`${po.serviceCenter} = ${serviceCenterId}` : sql`${po.serviceCenter} is not null`;
  const counted = sql`
    with comm as (
      select ${c.id} as id, ${c.areaKm2} as area_km2, ${c.population} as population, ${c.households} as households from ${c.table}
      where ${inScope} and ${existedOn(c, asOf)}
    ),
    wk as (
      select ${w.employmentType} as employment_type from ${w.table} join comm on comm.id = ${w.community}
      where ${w.status} = 'ACTIVE' and ${existedOn(w, asOf)}
    ),
    orgs as (
      select ${po.id} as id, ${po.kind} as kind from ${po.table}
      left join ${sc.table} on ${sc.id} = ${po.serviceCenter}
      where ((${po.community} in (select id from comm)) or (${orgCenter} and ${existedOn(sc, asOf)}))
        and ${existedOn(po, asOf)}
    ),
    socs as (
      select ${so.category} as category from ${so.table} join comm on comm.id = ${so.community} where ${existedOn(so, asOf)}
    )
    select
      (select count(*) from comm) as community_count,
      (select coalesce(sum(area_km2), 0) from comm) as total_area,
      (select coalesce(sum(population), 0) from comm) as population,
      (select coalesce(sum(households), 0) from comm) as households,
      (select count(*) from ${cp.table} join comm on comm.id = ${cp.community} where ${existedOn(cp, asOf)}) as compound_count,
      (select count(*) from wk) as worker_count,
      (select json_object_agg(employment_type, n) from (select employment_type, count(*) n from wk group by 1) x) as workers_by_type,
      (select count(*) from orgs) as party_org_count,
      (select json_object_agg(kind, n) from (select kind, count(*) n from orgs group by 1) x) as party_orgs_by_kind,
      (select count(*) from ${pm.table} join orgs on orgs.id = ${pm.organization} where ${existedOn(pm, asOf)}) as party_member_count,
      (select count(*) from socs) as social_org_count,
      (select json_object_agg(category, n) from (select category, count(*) n from socs group by 1) x) as social_orgs_by_category`;
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
