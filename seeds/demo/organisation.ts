import { system, type DataSet, type Row } from '../db/rows';
import { socialCreditCode } from '../factories/credit-code';
import { idNumber, mobile, personName, pickGender } from '../factories/person';
import { SOCIAL_ORG_TEMPLATES } from '../factories/words';
import { rng, type Rng } from '../random';
import { addDays, maxDay, minDay, officeInstant, randomDay, instant, type Day } from '../time';
import { communityId } from './community';
import { CENTERS, centerId, DEMO_TODAY, ids } from './context';
import { COMMUNITIES, shortName, type CommunityProfile } from './community-profiles';
import type { WorkerIndex, WorkerInfo } from './people';

/** 民政 kind codes: care services register as 民办非企业单位 (2), the others as 社会团体 (1). */
const kindOf = (category: string) => (category === 'ELDERLY_CARE' || category === 'CHILD_YOUTH' ? '2' : '1');

export interface SocialOrgInfo {
  id: string;
  name: string;
  category: string;
  createdAt: string;
}
export type SocialOrgIndex = Map<string, SocialOrgInfo[]>;

/** Members of one organisation: joined dates spread over decades, the newest probationary. */
function members(set: DataSet, r: Rng, orgId: string, orgCreated: Day, count: number, deleted: number): void {
  for (let i = 0; i < count; i++) {
    const gender = pickGender(r, 0.48);
    const birthYear = r.weighted([
      [r.int(1938, 1955), 4],
      [r.int(1956, 1975), 4],
      [r.int(1976, 2002), 3],
    ] as const);
    const recruit = i < 2 && count >= 20; // every larger organisation admitted someone this year
    const to = minDay(`${birthYear + 45}-12-31`, '2025-06-30');
    const joinedOn = recruit
      ? randomDay(r, '2025-12-01', '2026-07-01')
      : randomDay(r, minDay(`${birthYear + 20}-01-01`, addDays(to, -400)), to);
    const gone = i >= count - deleted; // transferred out (组织关系转出): soft-deleted
    set.party_member.push({
      ...system(
        ids('party_member', `${orgId}:${i}`),
        officeInstant(r, maxDay(joinedOn, orgCreated)),
        gone ? { deletedAt: officeInstant(r, randomDay(r, '2025-03-01', '2026-09-30')) } : {},
      ),
      organization_id: orgId,
      name: personName(r, gender),
      gender,
      joined_on: joinedOn,
      status: joinedOn > addDays(DEMO_TODAY, -365) ? 'PROBATIONARY' : 'FULL',
      phone: r.chance(0.75) ? mobile(r) : null,
      id_number: r.chance(0.85) ? idNumber(r, birthYear, gender) : null,
    });
  }
}

/** A secretary who came later changed the row then (updated_at, version). */
function org(
  id: string,
  name: string,
  kind: string,
  parent: string | null,
  owner: { community?: string; center?: string },
  secretary: WorkerInfo | null,
  foundedOn: Day,
  createdAt: string,
): Row<'party_organization'> {
  const later = secretary && secretary.createdAt > createdAt ? secretary.createdAt : undefined;
  return {
    ...system(id, createdAt, { updatedAt: later, version: later ? 2 : 1 }),
    name,
    kind,
    parent_id: parent,
    community_id: owner.community ?? null,
    service_center_id: owner.center ?? null,
    secretary_id: secretary?.id ?? null,
    founded_on: foundedOn,
  };
}

function communityParty(set: DataSet, p: CommunityProfile, workers: WorkerIndex): void {
  const r = rng(`demo:party:${p.code}`);
  const staff = workers.get(p.code)!.filter((w) => w.active);
  const secretary = staff.find((w) => w.position === 'SECRETARY')!;
  const deputies = staff.filter((w) => w.position === 'DEPUTY' || w.position === 'COMMITTEE_MEMBER');
  const founded = p.created < '2016-01-01' ? randomDay(r, '1998-01-01', '2012-12-31') : addDays(p.created, r.int(5, 40));
  const topDay = addDays(p.created, r.int(2, 20));
  const kind = p.workers >= 16 ? 'COMMITTEE' : p.workers >= 11 ? 'GENERAL_BRANCH' : 'BRANCH';
  const topName =
    kind === 'COMMITTEE'
      ? `中共东湖区${p.name}委员会`
      : kind === 'GENERAL_BRANCH'
        ? `中共东湖区${p.name}总支部委员会`
        : `中共东湖区${p.name}支部委员会`;
  const topId = ids('party_organization', p.code);
  const parent = ids('party_organization', `center:${p.center}`);
  set.party_organization.push(
    org(topId, topName, kind, parent, { community: communityId(p.code) }, secretary, founded, instant(topDay, 8)),
  );
  if (kind === 'BRANCH') return members(set, r, topId, topDay, p.partyMembers, 0);

  const branchNames = [
    ...p.compounds.slice(0, kind === 'COMMITTEE' ? 2 : 1).map(([c]) => `${p.name}${c}党支部`),
    `${p.name}离退休党员党支部`,
  ];
  const top = Math.round(p.partyMembers * 0.15);
  members(set, r, topId, topDay, top, 0);
  let left = p.partyMembers - top;
  branchNames.forEach((name, i) => {
    const id = ids('party_organization', `${p.code}:branch:${i}`);
    const last = i === branchNames.length - 1;
    const day = randomDay(r, maxDay(founded, '2010-01-01'), maxDay(addDays(p.created, 60), '2019-12-31'));
    const branchCreated = addDays(maxDay(day, topDay), 1);
    set.party_organization.push(
      org(
        id,
        name,
        'BRANCH',
        topId,
        { community: communityId(p.code) },
        last ? null : (deputies[i] ?? null),
        day,
        instant(branchCreated, 8),
      ),
    );
    const n = last ? left : Math.round((left / (branchNames.length - i)) * r.between(0.8, 1.2));
    members(set, r, id, branchCreated, n, p.code === 'DH-001' || p.code === 'DH-007' ? (last ? 1 : 0) : 0);
    left -= n;
  });
}

export function buildParty(set: DataSet, workers: WorkerIndex): void {
  for (const c of CENTERS) {
    const r = rng(`demo:party:center:${c.key}`);
    const id = ids('party_organization', `center:${c.key}`);
    set.party_organization.push(
      org(id, c.partyCommittee, 'COMMITTEE', null, { center: centerId(c.key) }, null, c.created, instant(c.created, 14)),
    );
    members(set, r, id, addDays(c.created, 1), c.partyMembers, 0);
  }
  for (const p of COMMUNITIES) communityParty(set, p, workers);
}

const REGISTRATION = [
  ['FILED', 5],
  ['UNREGISTERED', 3],
  ['REGISTERED', 2],
] as const;

export function buildSocialOrgs(set: DataSet): SocialOrgIndex {
  const index: SocialOrgIndex = new Map();
  for (const p of COMMUNITIES) {
    const r = rng(`demo:social:${p.code}`);
    const list: SocialOrgInfo[] = [];
    const templates = r.shuffle(SOCIAL_ORG_TEMPLATES);
    const disbanded = p.code === 'DH-004' ? [['柳岸腰鼓队', 'CULTURE_SPORTS']] : [];
    for (const [i, [template, category]] of [...templates.slice(0, p.socialOrgs), ...disbanded].entries()) {
      const gone = i >= p.socialOrgs;
      // Where there are few, the ones there are have only just started.
      const foundedOn =
        p.socialOrgs <= 1 && !gone
          ? randomDay(r, '2025-03-01', '2026-08-31')
          : randomDay(r, maxDay('2012-01-01', addDays(p.created, -1500)), '2025-12-31');
      const stage = foundedOn < '2019-01-01' ? 'MATURE' : foundedOn < '2024-01-01' ? 'GROWING' : 'INCUBATING';
      const gender = pickGender(r, 0.65);
      const id = ids('social_organization', `${p.code}:${i}`);
      const name = template.replace('{c}', shortName(p));
      set.social_organization.push({
        ...system(
          id,
          officeInstant(r, maxDay(addDays(foundedOn, r.int(3, 60)), addDays(p.created, 1))),
          gone ? { deletedAt: instant('2025-09-15', 16) } : {},
        ),
        community_id: communityId(p.code),
        name,
        category,
        registration: p.engagement === 'strong' && r.chance(0.3) ? 'REGISTERED' : r.weighted(REGISTRATION),
        stage,
        member_count: stage === 'MATURE' ? r.int(30, 120) : stage === 'GROWING' ? r.int(15, 50) : r.int(6, 18),
        founded_on: foundedOn,
        contact_name: personName(r, gender),
        contact_phone: mobile(r),
      });
      // Set afterwards, from the row's place and not from r: the other columns keep their seeded values.
      const row = set.social_organization[set.social_organization.length - 1];
      row.credit_code =
        row.registration === 'REGISTERED' ? socialCreditCode(set.social_organization.length, 'D', '5', kindOf(category)) : null;
      if (!gone) list.push({ id, name, category, createdAt: set.social_organization[set.social_organization.length - 1].created_at });
    }
    index.set(p.code, list);
  }
  return index;
}
