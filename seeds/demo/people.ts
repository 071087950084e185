import { system, type Row, type DataSet } from '../db/rows';
import { COURSES, gradeOf, REVIEW_COMMENTS } from '../factories/words';
import { idNumber, mobile, personName, pickGender } from '../factories/person';
import { yuan } from '../money';
import { rng, type Rng } from '../random';
import { addDays, instant, maxDay, minDay, officeInstant, randomDay, type Day } from '../time';
import { communityId } from './community';
import { DEMO_TODAY, ids, REVIEW_YEARS } from './context';
import { COMMUNITIES, type CommunityProfile } from './community-profiles';

export interface WorkerInfo {
  id: string;
  name: string;
  position: string;
  employmentType: string;
  hiredOn: Day;
  active: boolean;
  salaryFen: number;
  /** When the row was created. */
  createdAt: string;
}

/** Active and departed workers of each community, by community code, leaders first. */
export type WorkerIndex = Map<string, WorkerInfo[]>;

interface Slot {
  position: string;
  type: string;
}

/** Positions and employment types of a community of n workers. */
function slots(n: number, weak: boolean): Slot[] {
  const out: Slot[] = [{ position: 'SECRETARY', type: 'CAREER_ESTABLISHMENT' }];
  // Small communities: the secretary is also the director (一肩挑).
  if (n >= 10) out.push({ position: 'DIRECTOR', type: n >= 14 ? 'CAREER_ESTABLISHMENT' : 'REGISTERED' });
  for (let i = 0; i < (n >= 14 ? 2 : 1); i++) out.push({ position: 'DEPUTY', type: 'REGISTERED' });
  for (let i = 0; i < (n >= 14 ? 4 : n >= 10 ? 3 : 2); i++) out.push({ position: 'COMMITTEE_MEMBER', type: 'REGISTERED' });
  const staff = n - out.length;
  const grid = Math.ceil(staff * (weak ? 0.6 : 0.4));
  for (let i = 0; i < staff; i++) {
    const type = i < grid ? 'GRID_WORKER' : i === grid && staff >= 3 ? 'OTHER' : 'REGISTERED';
    out.push({ position: 'STAFF', type });
  }
  return out;
}

const SALARY: Record<string, [number, number]> = {
  CAREER_ESTABLISHMENT: [5800, 7600],
  REGISTERED: [3800, 4400],
  GRID_WORKER: [3000, 3500],
  OTHER: [2280, 2400],
};
const POSITION_BONUS: Record<string, number> = { SECRETARY: 0, DIRECTOR: 1200, DEPUTY: 800, COMMITTEE_MEMBER: 400, STAFF: 0 };
const EDUCATION: Record<string, ReadonlyArray<readonly [string, number]>> = {
  CAREER_ESTABLISHMENT: [
    ['BACHELOR', 7],
    ['POSTGRADUATE', 2],
    ['JUNIOR_COLLEGE', 1],
  ],
  REGISTERED: [
    ['BACHELOR', 5],
    ['JUNIOR_COLLEGE', 4],
    ['SENIOR_SECONDARY', 1],
  ],
  GRID_WORKER: [
    ['JUNIOR_COLLEGE', 5],
    ['SENIOR_SECONDARY', 4],
    ['BACHELOR', 1],
  ],
  OTHER: [
    ['JUNIOR_SECONDARY', 6],
    ['SENIOR_SECONDARY', 4],
  ],
};

function hireWindow(p: CommunityProfile, s: Slot): [Day, Day] {
  const leader = s.position === 'SECRETARY' || s.position === 'DIRECTOR';
  if (p.created >= '2025-01-01' && !leader) return [addDays(p.created, -30), addDays(p.created, 200)];
  if (leader) return ['2008-03-01', '2018-12-31'];
  if (s.position !== 'STAFF') return ['2011-01-01', '2022-12-31'];
  return ['2014-01-01', '2026-06-30'];
}

function workerRow(p: CommunityProfile, r: Rng, key: string, s: Slot, hiredOn: Day, status: string): Row<'community_worker'> {
  const gender = pickGender(r, 0.7);
  const young = s.position === 'STAFF' ? [1982, 2001] : s.type === 'OTHER' ? [1966, 1975] : [1970, 1990];
  const birthYear = s.type === 'OTHER' ? r.int(1966, 1975) : r.int(young[0], young[1]);
  const [lo, hi] = SALARY[s.type];
  const salary = Math.round((r.int(lo, hi) + (s.type === 'REGISTERED' ? POSITION_BONUS[s.position] : 0)) / 10) * 10;
  // Entered when hired, or the day after the community itself was registered.
  const created = hiredOn > p.created ? hiredOn : addDays(p.created, 1);
  return {
    ...system(ids('community_worker', key), officeInstant(r, created)),
    community_id: communityId(p.code),
    name: personName(r, gender),
    gender,
    birth_year: birthYear,
    phone: mobile(r),
    id_number: r.chance(0.95) ? idNumber(r, birthYear, gender) : null,
    employment_type: s.type,
    position: s.position,
    education: r.weighted(EDUCATION[s.type]),
    social_work_certificate: s.type === 'GRID_WORKER' || s.type === 'OTHER' ? r.chance(0.1) : r.chance(0.45),
    monthly_salary: yuan(salary * 100),
    hired_on: hiredOn,
    status,
  };
}

const info = (w: Row<'community_worker'>): WorkerInfo => ({
  id: w.id,
  name: w.name,
  position: w.position,
  employmentType: w.employment_type,
  hiredOn: w.hired_on!,
  active: w.status === 'ACTIVE',
  salaryFen: Math.round(Number(w.monthly_salary) * 100),
  createdAt: w.created_at,
});

export function buildWorkers(set: DataSet): WorkerIndex {
  const index: WorkerIndex = new Map();
  for (const p of COMMUNITIES) {
    const r = rng(`demo:workers:${p.code}`);
    const rows = slots(p.workers, p.condition !== 'GOOD' || p.engagement === 'thin').map((s, i) => {
      const [from, to] = hireWindow(p, s);
      return workerRow(p, r, `${p.code}:${i + 1}`, s, randomDay(r, from, to), 'ACTIVE');
    });
    // Turnover: bigger communities have lost someone; the row stays with status LEFT.
    if (p.workers >= 12 && p.created < '2020-01-01') {
      rows.push(
        workerRow(p, r, `${p.code}:left`, { position: 'STAFF', type: 'REGISTERED' }, randomDay(r, '2016-01-01', '2020-12-31'), 'LEFT'),
      );
    }
    set.community_worker.push(...rows);
    // A worker entered twice by mistake, then deleted: hidden by default, still in the table.
    if (p.code === 'DH-002') {
      const twin = rows[rows.length - 2];
      set.community_worker.push({
        ...twin,
        ...system(ids('community_worker', `${p.code}:duplicate`), instant('2024-03-05', 10, 12), {
          deletedAt: instant('2024-03-08', 16, 40),
        }),
      });
    }
    index.set(p.code, rows.map(info));
  }
  return index;
}

const TRAININGS: Record<string, [number, number]> = { strong: [2, 4], normal: [1, 3], thin: [0, 2] };
const REVIEW_MEAN: Record<string, number> = { strong: 87, normal: 82, thin: 77 };

export function buildTrainingAndReviews(set: DataSet, workers: WorkerIndex): void {
  for (const p of COMMUNITIES) {
    for (const w of workers.get(p.code)!) {
      const r = rng(`demo:training:${w.id}`);
      const [lo, hi] = TRAININGS[p.engagement];
      const from = maxDay(w.hiredOn, '2023-01-01');
      const to = w.active ? '2026-11-10' : minDay('2020-12-31', '2026-11-10');
      if (from <= to) {
        r.sample(COURSES, r.int(lo, hi)).forEach(([course, provider, hours], i) => {
          const completedOn = randomDay(r, from, to);
          set.training_record.push({
            ...system(ids('training_record', `${w.id}:${i}`), officeInstant(r, minDay(addDays(completedOn, r.int(1, 12)), DEMO_TODAY))),
            worker_id: w.id,
            course,
            provider,
            hours,
            completed_on: completedOn,
          });
        });
      }
      for (const year of REVIEW_YEARS) {
        if (w.hiredOn > `${year}-06-30` || (!w.active && year >= 2021) || w.createdAt > `${year + 1}-01-10`) continue;
        const score = Math.min(99, Math.max(52, Math.round(r.around(REVIEW_MEAN[p.engagement], 10) * 2 + r.int(0, 1)) / 2));
        const grade = gradeOf(score);
        set.performance_review.push({
          ...system(ids('performance_review', `${w.id}:${year}`), officeInstant(r, `${year + 1}-01-${r.int(10, 25)}`)),
          worker_id: w.id,
          year,
          score,
          grade,
          comments: r.chance(0.7) ? r.pick(REVIEW_COMMENTS[grade]) : null,
        });
      }
    }
  }
}
