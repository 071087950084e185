import { system, type Row } from '../db/rows';
import { idNumber, mobile, personName, pickGender } from '../factories/person';
import { COURSES, gradeOf, REVIEW_COMMENTS } from '../factories/words';
import { yuan } from '../money';
import { rng } from '../random';
import { addDays, maxDay, minDay, officeInstant, randomDay } from '../time';
import { ids, SYN_TODAY, type SynCity, type SynWorker } from './context';

const TYPES = [
  ['REGISTERED', 5],
  ['GRID_WORKER', 3],
  ['CAREER_ESTABLISHMENT', 1],
  ['OTHER', 1],
] as const;
const SALARY: Record<string, [number, number]> = {
  CAREER_ESTABLISHMENT: [5800, 7600],
  REGISTERED: [3800, 5200],
  GRID_WORKER: [3000, 3500],
  OTHER: [2280, 2400],
};
const EDUCATION = [
  ['BACHELOR', 4],
  ['JUNIOR_COLLEGE', 4],
  ['SENIOR_SECONDARY', 2],
  ['POSTGRADUATE', 1],
  ['JUNIOR_SECONDARY', 1],
] as const;

/** About 15 workers a community: a secretary, a director, deputies, committee members, staff. */
export function workerRows(city: SynCity): Row<'community_worker'>[] {
  const out: Row<'community_worker'>[] = [];
  for (const c of city.communities) {
    const r = rng(`syn:worker:${c.index}`);
    const n = r.int(10, 20);
    const mine: SynWorker[] = [];
    for (let j = 0; j < n; j++) {
      const position = j === 0 ? 'SECRETARY' : j === 1 ? 'DIRECTOR' : j === 2 ? 'DEPUTY' : j < 6 ? 'COMMITTEE_MEMBER' : 'STAFF';
      const type = j === 0 ? 'CAREER_ESTABLISHMENT' : j < 6 ? 'REGISTERED' : r.weighted(TYPES);
      const gender = pickGender(r, 0.7);
      const birthYear = r.int(1966, 2001);
      const hiredOn =
        c.created >= '2025-01-01'
          ? randomDay(r, c.created, minDay(addDays(c.created, 200), SYN_TODAY))
          : randomDay(r, '2008-01-01', j < 6 ? '2020-12-31' : '2026-06-30');
      const active = j < n - 1 || r.chance(0.7);
      const salary = Math.round(r.int(...SALARY[type]) / 10) * 10;
      const id = ids('community_worker', `${c.index}:${j}`);
      const createdAt = officeInstant(r, hiredOn > c.created ? hiredOn : addDays(c.created, 1));
      out.push({
        ...system(id, createdAt),
        community_id: c.id,
        name: personName(r, gender),
        gender,
        birth_year: birthYear,
        phone: mobile(r),
        id_number: idNumber(r, birthYear, gender),
        employment_type: type,
        position,
        education: r.weighted(EDUCATION),
        social_work_certificate: r.chance(0.35),
        monthly_salary: yuan(salary * 100),
        hired_on: hiredOn,
        status: active ? 'ACTIVE' : 'LEFT',
      });
      mine.push({ id, community: c.index, position, hiredOn, active, salaryFen: salary * 100, createdAt });
    }
    city.workers[c.index] = mine;
  }
  return out;
}

/** About two courses a worker, since 2023. */
export function trainingRows(city: SynCity): Row<'training_record'>[] {
  const out: Row<'training_record'>[] = [];
  for (const c of city.communities) {
    const r = rng(`syn:training:${c.index}`);
    for (const w of city.workers[c.index]) {
      const from = maxDay(w.hiredOn, '2023-01-01');
      if (from > '2026-11-10') continue;
      r.sample(COURSES, r.int(0, 4)).forEach(([course, provider, hours], k) => {
        const completedOn = randomDay(r, from, '2026-11-10');
        out.push({
          ...system(ids('training_record', `${w.id}:${k}`), officeInstant(r, minDay(addDays(completedOn, r.int(1, 10)), SYN_TODAY))),
          worker_id: w.id,
          course,
          provider,
          hours,
          completed_on: completedOn,
        });
      });
    }
  }
  return out;
}

/** One review a worker: the last full year they worked. */
export function reviewRows(city: SynCity): Row<'performance_review'>[] {
  const out: Row<'performance_review'>[] = [];
  for (const c of city.communities) {
    const r = rng(`syn:review:${c.index}`);
    const mean = c.engagement === 'strong' ? 86 : c.engagement === 'normal' ? 81 : 76;
    for (const w of city.workers[c.index]) {
      const year = w.hiredOn <= '2025-06-30' ? 2025 : 2026;
      const score = Math.min(99, Math.max(50, r.around(mean, 12)));
      const grade = gradeOf(score);
      out.push({
        ...system(ids('performance_review', w.id), officeInstant(r, year === 2025 ? `2026-01-${r.int(10, 25)}` : '2026-11-18')),
        worker_id: w.id,
        year,
        score,
        grade,
        comments: r.chance(0.6) ? r.pick(REVIEW_COMMENTS[grade]) : null,
      });
    }
  }
  return out;
}
