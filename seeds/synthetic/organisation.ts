import { system, type Row } from '../db/rows';
import { socialCreditCode } from '../factories/credit-code';
import { idNumber, mobile, personName, pickGender } from '../factories/person';
import { SOCIAL_ORG_TEMPLATES } from '../factories/words';
import { rng } from '../random';
import { addDays, instant, maxDay, minDay, officeInstant, randomDay } from '../time';
import { ids, SYN_TODAY, type SynCity } from './context';

interface OrgPlan {
  id: string;
  created: string;
  members: number;
}

/** A committee a centre; per community a branch, or a general branch with one or two branches. */
export function partyRows(city: SynCity): { orgs: Row<'party_organization'>[]; members: Row<'party_member'>[] } {
  const orgs: Row<'party_organization'>[] = [];
  const plans: OrgPlan[] = [];
  const base = { community_id: null, service_center_id: null, parent_id: null, secretary_id: null };
  for (const c of city.centers) {
    orgs.push({
      ...system(c.partyOrgId, instant(c.created, 10)),
      ...base,
      name: `中共${c.name}委员会`,
      kind: 'COMMITTEE',
      service_center_id: c.id,
      founded_on: c.created,
    });
    plans.push({ id: c.partyOrgId, created: addDays(c.created, 1), members: 10 });
  }
  for (const c of city.communities) {
    const r = rng(`syn:party:${c.index}`);
    const branches = r.int(0, 2);
    const total = r.int(20, 40);
    const topId = ids('party_organization', c.index);
    const created = addDays(c.created, 2);
    const short = c.name.replace(/社区$/, '');
    const secretary = city.workers[c.index][0];
    const createdAt = instant(created, 8);
    // A secretary entered later changed the row then.
    const later = secretary && secretary.createdAt > createdAt ? secretary.createdAt : undefined;
    orgs.push({
      ...system(topId, createdAt, { updatedAt: later, version: later ? 2 : 1 }),
      ...base,
      name: branches ? `中共${c.name}总支部委员会` : `中共${c.name}支部委员会`,
      kind: branches ? 'GENERAL_BRANCH' : 'BRANCH',
      parent_id: c.center.partyOrgId,
      community_id: c.id,
      secretary_id: secretary?.id ?? null,
      founded_on: c.created,
    });
    const share = Math.floor(total / (branches + 1));
    plans.push({ id: topId, created, members: total - share * branches });
    for (let b = 0; b < branches; b++) {
      const id = ids('party_organization', `${c.index}:${b}`);
      const day = addDays(created, r.int(1, 300));
      const capped = minDay(day, SYN_TODAY);
      orgs.push({
        ...system(id, instant(capped, 8)),
        ...base,
        name: `${short}第${b + 1}党支部`,
        kind: 'BRANCH',
        parent_id: topId,
        community_id: c.id,
        founded_on: capped,
      });
      plans.push({ id, created: capped, members: share });
    }
  }
  const members: Row<'party_member'>[] = [];
  for (const p of plans) {
    const r = rng(`syn:member:${p.id}`);
    for (let k = 0; k < p.members; k++) {
      const gender = pickGender(r, 0.5);
      const birthYear = r.int(1940, 2002);
      const to = minDay(`${birthYear + 45}-12-31`, '2026-09-30');
      const joinedOn = randomDay(r, minDay(`${birthYear + 20}-01-01`, addDays(to, -400)), to);
      members.push({
        ...system(ids('party_member', `${p.id}:${k}`), officeInstant(r, maxDay(joinedOn, p.created))),
        organization_id: p.id,
        name: personName(r, gender),
        gender,
        joined_on: joinedOn,
        status: joinedOn > addDays(SYN_TODAY, -365) ? 'PROBATIONARY' : 'FULL',
        phone: r.chance(0.75) ? mobile(r) : null,
        id_number: r.chance(0.85) ? idNumber(r, birthYear, gender) : null,
      });
    }
  }
  return { orgs, members };
}

export function socialOrgRows(city: SynCity): Row<'social_organization'>[] {
  const out: Row<'social_organization'>[] = [];
  for (const c of city.communities) {
    const r = rng(`syn:social:${c.index}`);
    const mine: SynCity['socialOrgs'][number] = [];
    r.sample(SOCIAL_ORG_TEMPLATES, c.socialOrgs).forEach(([template, category], k) => {
      const foundedOn = randomDay(r, maxDay('2012-01-01', c.created), minDay('2026-09-30', SYN_TODAY));
      const stage = foundedOn < '2019-01-01' ? 'MATURE' : foundedOn < '2024-01-01' ? 'GROWING' : 'INCUBATING';
      const id = ids('social_organization', `${c.index}:${k}`);
      const name = template.replace('{c}', c.name.replace(/社区$/, ''));
      const createdAt = officeInstant(r, minDay(addDays(foundedOn, r.int(3, 40)), SYN_TODAY));
      const registration = r.weighted([
        ['FILED', 5],
        ['UNREGISTERED', 3],
        ['REGISTERED', 2],
      ] as const);
      out.push({
        ...system(id, createdAt),
        community_id: c.id,
        name,
        category,
        registration,
        // From the row's place in the city, not from r: unique, and the other columns keep their seeded values.
        credit_code: registration === 'REGISTERED' ? socialCreditCode(out.length + 1, 'K') : null,
        stage,
        member_count: r.int(6, 120),
        founded_on: foundedOn,
        contact_name: personName(r, pickGender(r, 0.6)),
        contact_phone: mobile(r),
      });
      mine.push({ id, name, createdAt });
    });
    city.socialOrgs[c.index] = mine;
  }
  return out;
}
