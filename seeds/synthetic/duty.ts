import { system, type Row } from '../db/rows';
import { CORE_DUTIES, OPTIONAL_DUTIES } from '../demo/duty';
import { DUTY_CATALOGUE, dutySpec } from '../demo/duty-catalogue';
import { rng } from '../random';
import { addDays, instant, maxDay, minDay, officeInstant } from '../time';
import { ids, SYN_TODAY, type SynCity } from './context';

export { dutyItemRows } from '../demo/duty';

const CENTER_DUTIES = ['MZ-001', 'MZ-002', 'MZ-003', 'MZ-007', 'SF-003'];
/** Duties needing a power, handed to some communities anyway. */
const POWER_DUTIES = ['ZJ-002', 'ZF-002', 'ZF-005'];
const REPEALED = DUTY_CATALOGUE.filter((d) => d.status === 'REPEALED').map((d) => d.code);

/** About ten duties a community, five a centre; a few need powers the assignee lacks, a few were withdrawn. */
export function assignmentRows(city: SynCity): Row<'duty_assignment'>[] {
  const out: Row<'duty_assignment'>[] = [];
  const add = (
    key: string,
    community: number,
    center: number,
    code: string,
    from: string,
    worker: (on: string) => string | null,
    withdrawn: boolean,
  ) => {
    const spec = dutySpec(code);
    const id = ids('duty_assignment', `${key}:${code}`);
    const r = rng(`syn:assignment:${id}`);
    const assignedOn = minDay(addDays(maxDay(spec.from ?? from, from), r.int(3, 60)), SYN_TODAY);
    const withdrawnOn = withdrawn ? minDay(maxDay(addDays(spec.to ?? assignedOn, 10), addDays(assignedOn, 30)), SYN_TODAY) : null;
    out.push({
      ...system(id, officeInstant(r, assignedOn), withdrawnOn ? { updatedAt: instant(withdrawnOn, 10), version: 2 } : {}),
      duty_item_id: ids('duty_item', code),
      community_id: community >= 0 ? city.communities[community].id : null,
      service_center_id: community >= 0 ? null : city.centers[center].id,
      accountable_worker_id: worker(assignedOn),
      assigned_on: assignedOn,
      status: withdrawn ? 'WITHDRAWN' : 'ACTIVE',
    });
    city.assignments.push({ id, community, center, code, title: spec.title, funding: spec.funding, assignedOn, active: !withdrawn });
  };
  for (const c of city.centers) for (const code of CENTER_DUTIES) add(`center:${c.index}`, -1, c.index, code, c.created, () => null, false);
  for (const c of city.communities) {
    const r = rng(`syn:assignments:${c.index}`);
    const leaders = city.workers[c.index].filter((w) => w.active && w.position !== 'STAFF');
    const codes = [...r.sample(CORE_DUTIES, 6), ...r.sample(OPTIONAL_DUTIES, 4)];
    if (r.chance(0.15)) codes.push(r.pick(POWER_DUTIES));
    // Only someone already on the books can be made accountable.
    const accountable = (on: string) => {
      const able = leaders.filter((w) => w.createdAt.slice(0, 10) < on);
      return able.length && r.chance(0.8) ? r.pick(able).id : null;
    };
    for (const code of codes) add(String(c.index), c.index, c.center.index, code, c.created, accountable, false);
    if (r.chance(0.1) && c.created < '2016-01-01')
      add(String(c.index), c.index, c.center.index, r.pick(REPEALED), c.created, () => null, true);
  }
  return out;
}
