import { system, type Row } from '../db/rows';
import { COMPOUND_SUFFIXES, PROPERTY_MANAGERS } from '../factories/words';
import { rng } from '../random';
import { addDays, instant, minDay, officeInstant, randomDay } from '../time';
import { ids, placeName, SYN_TODAY, type SynCenter, type SynCity, type SynCommunity } from './context';

export const COMMUNITIES_PER_CENTER = 6;

/** Centres (every third a party service centre holding no power) and their communities. */
export function planCity(communities: number): SynCity {
  const centers: SynCenter[] = [];
  for (let i = 0; i < Math.ceil(communities / COMMUNITIES_PER_CENTER); i++) {
    const r = rng(`syn:center:${i}`);
    const party = i % 3 === 0;
    centers.push({
      index: i,
      id: ids('service_center', i),
      name: `${placeName(i * 7 + 3)}${party ? '党群服务中心' : '街道办事处'}`,
      party,
      powers: party ? [] : r.chance(0.5) ? ['MANAGEMENT', 'APPROVAL', 'ENFORCEMENT'] : ['MANAGEMENT', 'APPROVAL'],
      created: randomDay(r, '2014-01-01', '2015-12-31'),
      partyOrgId: ids('party_organization', `center:${i}`),
    });
  }
  const list: SynCommunity[] = [];
  for (let i = 0; i < communities; i++) {
    const r = rng(`syn:community:${i}`);
    const center = centers[Math.floor(i / COMMUNITIES_PER_CENTER)];
    const engagement = r.weighted([
      ['strong', 2],
      ['normal', 5],
      ['thin', 3],
    ] as const);
    list.push({
      index: i,
      id: ids('community', i),
      code: `C${String(i + 1).padStart(5, '0')}`,
      name: `${placeName(i)}社区`,
      center,
      created: r.chance(0.05) ? randomDay(r, '2025-01-01', '2026-06-30') : randomDay(r, '2015-01-01', '2020-12-31'),
      population: r.int(3000, 18000),
      engagement,
      fundingGap: engagement === 'thin' ? 0.5 : engagement === 'normal' ? 0.2 : 0,
      socialOrgs: engagement === 'strong' ? r.int(4, 8) : engagement === 'normal' ? r.int(1, 4) : r.int(0, 1),
    });
  }
  return { centers, communities: list, workers: [], socialOrgs: [], assignments: [] };
}

export function centerRows(city: SynCity): Row<'service_center'>[] {
  return city.centers.map((c) => ({
    ...system(c.id, instant(c.created, 9)),
    name: c.name,
    kind: c.party ? 'PARTY_SERVICE_CENTER' : 'SUB_DISTRICT_OFFICE',
    legal_form: c.party ? 'PUBLIC_INSTITUTION' : 'GOVERNMENT_AGENCY',
    powers: c.powers,
  }));
}

export function communityRows(city: SynCity): Row<'community'>[] {
  return city.communities.map((c) => {
    const r = rng(`syn:community-row:${c.index}`);
    const condition = r.weighted([
      ['GOOD', 5],
      ['AGING', 3],
      ['POOR', 2],
    ] as const);
    const old = condition !== 'GOOD';
    return {
      ...system(c.id, officeInstant(r, c.created)),
      code: c.code,
      name: c.name,
      service_center_id: c.center.id,
      area_km2: Math.round(r.between(0.3, 2.5) * 100) / 100,
      population: c.population,
      households: Math.round(c.population / r.between(2.3, 2.9)),
      address: `${c.center.name.slice(0, 2)}${placeName(c.index + 17)}路${r.int(1, 300)}号`,
      office_area_m2: old ? r.int(60, 300) : r.int(300, 900),
      service_window_count: old ? r.int(1, 3) : r.int(3, 8),
      activity_space_m2: old ? r.int(20, 250) : r.int(250, 1200),
      office_built_year: old ? r.int(1982, 2008) : r.int(2010, 2024),
      facility_condition: condition,
    };
  });
}

export function compoundRows(city: SynCity): Row<'compound'>[] {
  const out: Row<'compound'>[] = [];
  for (const c of city.communities) {
    const r = rng(`syn:compound:${c.index}`);
    const n = r.int(2, 4);
    const households = Math.round(c.population / 2.6);
    for (let j = 0; j < n; j++) {
      const hh = Math.round((households / n) * r.between(0.6, 1.3));
      out.push({
        ...system(ids('compound', `${c.index}:${j}`), officeInstant(r, minDay(addDays(c.created, r.int(1, 400)), SYN_TODAY))),
        community_id: c.id,
        name: `${placeName(c.index * 3 + j + 101)}${r.pick(COMPOUND_SUFFIXES)}`,
        households: hh,
        population: Math.round(hh * r.between(2.3, 2.9)),
        property_manager: r.chance(0.7) ? r.pick(PROPERTY_MANAGERS) : null,
      });
    }
  }
  return out;
}
