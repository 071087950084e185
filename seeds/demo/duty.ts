import { system, type DataSet, type Row } from '../db/rows';
import type { IdMaker } from '../ids';
import { rng } from '../random';
import { addDays, instant, maxDay, officeInstant, randomDay, type Day } from '../time';
import { communityId } from './community';
import { centerId, ids, type CenterKey } from './context';
import { COMMUNITIES } from './community-profiles';
import { DUTY_CATALOGUE, dutySpec, type DutySpec } from './duty-catalogue';
import type { WorkerIndex } from './people';

const LEVEL = { CITY_DEPARTMENT: '市级部门', SERVICE_CENTER: '服务中心（街道）', COMMUNITY: '社区' } as const;

export const dutyId = (code: string) => ids('duty_item', code);

/** The catalogue as rows, with ids of the given data set. */
export function dutyItemRows(makeId: IdMaker): Row<'duty_item'>[] {
  return DUTY_CATALOGUE.map((d) => {
    const r = rng(`duty:${d.code}`);
    const created = d.from ? maxDay(addDays(d.from, -r.int(10, 40)), '2015-03-05') : randomDay(r, '2025-10-01', '2026-02-28');
    const changed = d.to ? addDays(d.to, 1) : undefined;
    return {
      ...system(makeId('duty_item', d.code), officeInstant(r, created), {
        updatedAt: changed && instant(changed, 10),
        version: changed ? 2 : 1,
        deletedAt: d.deletedOn ? instant(d.deletedOn, 15) : null,
      }),
      code: d.code,
      title: d.title,
      description: `${d.department}${d.level === 'COMMUNITY' ? '下沉至社区' : '委托服务中心（街道）'}承办：${d.title}。责任层级：${LEVEL[d.level]}${d.funding ? '；须费随事转' : ''}。`,
      category: d.category,
      legal_basis: d.legalBasis,
      source_department: d.department,
      responsible_level: d.level,
      required_power: d.power,
      funding_required: d.funding,
      status: d.status,
      effective_from: d.from,
      effective_to: d.to ?? null,
    };
  });
}

export function buildDutyItems(set: DataSet): void {
  set.duty_item.push(...dutyItemRows(ids));
}

/** What every community carries. */
export const CORE_DUTIES = [
  'MZ-004',
  'MZ-006',
  'MZ-008',
  'MZ-009',
  'RS-001',
  'WJ-001',
  'WJ-002',
  'YJ-001',
  'YJ-003',
  'GA-002',
  'ZF-004',
  'SF-001',
  'ZJ-005',
];
/** Published community duties needing no power, of which each community carries some. */
export const OPTIONAL_DUTIES = DUTY_CATALOGUE.filter(
  (d) => d.status === 'PUBLISHED' && d.level === 'COMMUNITY' && d.power === 'NONE' && !CORE_DUTIES.includes(d.code),
).map((d) => d.code);
const REPEALED = DUTY_CATALOGUE.filter((d) => d.status === 'REPEALED' && d.level === 'COMMUNITY');

/** Duties handed to the centres themselves; the party service centre holds none of the powers they need. */
export const CENTER_DUTIES: Record<CenterKey, { active: string[]; withdrawn?: Array<[string, Day, Day]>; unfunded?: string[] }> = {
  JB: { active: ['MZ-001', 'MZ-002', 'MZ-003', 'MZ-010', 'MZ-007', 'RS-004', 'SF-003'], unfunded: ['MZ-002', 'MZ-010'] },
  HG: {
    active: ['MZ-001', 'MZ-002', 'MZ-003', 'MZ-010', 'MZ-007', 'RS-004', 'SF-003', 'SJ-001', 'ZF-001'],
    withdrawn: [['YJ-004', '2019-05-20', '2023-06-30']],
  },
};

export interface AssignmentInfo {
  id: string;
  /** Community code or centre key. */
  owner: string;
  community: boolean;
  center: CenterKey;
  spec: DutySpec;
  assignedOn: Day;
  active: boolean;
}

export function buildAssignments(set: DataSet, workers: WorkerIndex): AssignmentInfo[] {
  const out: AssignmentInfo[] = [];
  const push = (
    owner: string,
    center: CenterKey,
    community: boolean,
    spec: DutySpec,
    assignedOn: Day,
    worker: string | null,
    withdrawnOn?: Day,
  ) => {
    const id = ids('duty_assignment', `${owner}:${spec.code}`);
    const r = rng(`demo:assignment:${id}`);
    set.duty_assignment.push({
      ...system(id, officeInstant(r, assignedOn), withdrawnOn ? { updatedAt: instant(withdrawnOn, 10), version: 2 } : {}),
      duty_item_id: dutyId(spec.code),
      community_id: community ? communityId(owner) : null,
      service_center_id: community ? null : centerId(center),
      accountable_worker_id: worker,
      assigned_on: assignedOn,
      status: withdrawnOn ? 'WITHDRAWN' : 'ACTIVE',
    });
    out.push({ id, owner, community, center, spec, assignedOn, active: !withdrawnOn });
  };

  for (const [key, plan] of Object.entries(CENTER_DUTIES) as Array<[CenterKey, (typeof CENTER_DUTIES)[CenterKey]]>) {
    const r = rng(`demo:assignments:${key}`);
    for (const code of plan.active)
      push(key, key, false, dutySpec(code), addDays(maxDay(dutySpec(code).from!, '2019-01-01'), r.int(5, 45)), null);
    for (const [code, on, off] of plan.withdrawn ?? []) push(key, key, false, dutySpec(code), on, null, off);
  }

  for (const p of COMMUNITIES) {
    const r = rng(`demo:assignments:${p.code}`);
    const people = workers.get(p.code)!.filter((w) => w.active && w.position !== 'STAFF');
    const codes = [...CORE_DUTIES, ...r.sample(OPTIONAL_DUTIES, r.int(5, 9)).sort(), ...(p.extraDuties ?? [])];
    for (const code of codes) {
      const spec = dutySpec(code);
      const on = addDays(maxDay(spec.from!, p.created), r.int(3, 40));
      // Only someone already on the books can be made accountable.
      const eligible = people.filter((w) => w.createdAt.slice(0, 10) < on);
      push(p.code, p.center, true, spec, on, eligible.length && r.chance(0.8) ? r.pick(eligible).id : null);
    }
    for (const spec of REPEALED.filter((d) => p.created < d.to!)) {
      const on = addDays(maxDay(spec.from!, p.created), r.int(3, 30));
      push(p.code, p.center, true, spec, on, null, maxDay(addDays(spec.to!, r.int(1, 20)), addDays(on, 30)));
    }
  }
  return out;
}
