import { system, type Row, type DataSet } from '../db/rows';
import { rng } from '../random';
import { addDays, instant, officeInstant } from '../time';
import { CENTERS, centerId, ids } from './context';
import { COMMUNITIES } from './community-profiles';

/** Compounds handed over after their community was set up: counts "as of" a date differ. */
const DELIVERED_LATER: Record<string, string> = {
  新港城二期: '2021-06-18',
  锦绣公馆: '2023-09-01',
  湖畔人家: '2019-05-10',
  翠苑安置小区: '2026-03-16',
};

export const communityId = (code: string) => ids('community', code);

export function buildCenters(set: DataSet): void {
  CENTERS.forEach((c, i) => {
    const row: Row<'service_center'> = {
      ...system(centerId(c.key), instant(c.created, 9 + i)),
      name: c.name,
      kind: c.kind,
      legal_form: c.legalForm,
      powers: c.powers,
    };
    set.service_center.push(row);
  });
}

export function buildCommunities(set: DataSet): void {
  for (const p of COMMUNITIES) {
    const r = rng(`demo:community:${p.code}`);
    const cid = communityId(p.code);
    let households = 0;
    const compounds: Row<'compound'>[] = [];
    for (const [name, hh, manager] of p.compounds) {
      const day = DELIVERED_LATER[name] ?? addDays(p.created, r.int(1, 20));
      households += hh;
      compounds.push({
        ...system(ids('compound', `${p.code}:${name}`), officeInstant(r, day)),
        community_id: cid,
        name,
        households: hh,
        population: Math.round(hh * p.householdSize * r.between(0.96, 1.04)),
        property_manager: manager,
      });
    }
    for (const [name, hh, removedOn] of p.removedCompounds ?? []) {
      compounds.push({
        ...system(ids('compound', `${p.code}:${name}`), officeInstant(r, addDays(p.created, r.int(1, 20))), {
          deletedAt: instant(removedOn, 15, 20),
        }),
        community_id: cid,
        name,
        households: hh,
        population: Math.round(hh * p.householdSize),
        property_manager: null,
      });
    }
    // Scattered buildings outside any compound add a few per cent.
    households = Math.round(households * r.between(1.03, 1.1));
    const row: Row<'community'> = {
      ...system(cid, instant(p.created, 10, r.int(0, 59))),
      code: p.code,
      name: p.name,
      service_center_id: centerId(p.center),
      area_km2: p.areaKm2,
      population: Math.round(households * p.householdSize),
      households,
      address: p.address,
      office_area_m2: p.officeAreaM2,
      service_window_count: p.windows,
      activity_space_m2: p.activityM2,
      office_built_year: p.builtYear,
      facility_condition: p.condition,
    };
    set.community.push(row);
    set.compound.push(...compounds);
  }
}
