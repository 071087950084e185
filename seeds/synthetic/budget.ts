import { system, type Row } from '../db/rows';
import { roundYuan, yuan } from '../money';
import { rng, type Rng } from '../random';
import { addDays, instant, maxDay, officeInstant } from '../time';
import { ids, SYN_YEARS, type SynAssignment, type SynCity } from './context';

interface Line {
  income: boolean;
  kind: string;
  amount: number;
  description: string;
  planned?: boolean;
  duty?: string;
  org?: string;
  /** Not prepared before this day (what it funds came later). */
  after?: string;
}

function row(
  r: Rng,
  key: string,
  owner: { community?: string; center?: string; since: string },
  year: number,
  n: number,
  l: Line,
): Row<'budget_line'> {
  const status = l.planned ? 'PLANNED' : l.income || year === 2026 ? 'APPROVED' : 'SPENT';
  const prepared = maxDay(`${year - 1}-12-${r.int(10, 28)}`, owner.since, l.after ?? owner.since);
  const approvedAt = status === 'PLANNED' ? null : instant(maxDay(`${year}-0${r.int(1, 3)}-${r.int(10, 28)}`, addDays(prepared, 1)), 10);
  return {
    ...system(ids('budget_line', `${key}:${year}:${n}`), officeInstant(r, prepared), {
      updatedAt: approvedAt ?? undefined,
      version: status === 'PLANNED' ? 1 : status === 'APPROVED' ? 2 : 3,
    }),
    community_id: owner.community ?? null,
    service_center_id: owner.center ?? null,
    fiscal_year: year,
    direction: l.income ? 'INCOME' : 'EXPENDITURE',
    source: l.income ? l.kind : null,
    category: l.income ? null : l.kind,
    amount: yuan(status === 'SPENT' ? Math.round(l.amount * 100 * r.between(0.93, 1)) : roundYuan(l.amount)),
    description: l.description,
    duty_assignment_id: l.duty ?? null,
    social_organization_id: l.org ?? null,
    status,
    approved_by: approvedAt ? '财政所' : null,
    approved_at: approvedAt,
  };
}

/** Funding decisions, made once per assignment so every year agrees: none, planned only, or approved. */
function fundingOf(a: SynAssignment, gap: number): 'none' | 'planned' | 'approved' {
  const r = rng(`syn:funding:${a.id}`);
  return r.chance(gap) ? 'none' : r.chance(0.1) ? 'planned' : 'approved';
}

/** About ten lines a community a year, mostly fiscal appropriation. */
export function budgetRows(city: SynCity): Row<'budget_line'>[] {
  const out: Row<'budget_line'>[] = [];
  const byOwner = new Map<string, SynAssignment[]>();
  for (const a of city.assignments) {
    const key = a.community >= 0 ? `c${a.community}` : `s${a.center}`;
    byOwner.set(key, [...(byOwner.get(key) ?? []), a]);
  }
  const dutyLines = (list: SynAssignment[], gap: number, year: number, r: Rng): Line[] =>
    list
      .filter((a) => a.active && a.funding && a.assignedOn <= `${year}-12-31`)
      .map((a) => [a, fundingOf(a, gap)] as const)
      .filter(([, f]) => f !== 'none')
      .map(([a, f]) => ({
        income: false,
        kind: 'DUTY_FUNDING',
        amount: r.int(8, 60) * 1000,
        description: `事项经费（费随事转）：${a.title}`,
        planned: year === 2026 && f === 'planned',
        duty: a.id,
        after: addDays(a.assignedOn, 1),
      }));
  for (const year of SYN_YEARS) {
    for (const s of city.centers) {
      const r = rng(`syn:budget:s${s.index}:${year}`);
      const duties = dutyLines(byOwner.get(`s${s.index}`) ?? [], s.party ? 0.4 : 0.1, year, r);
      const lines: Line[] = [
        {
          income: true,
          kind: 'FISCAL_APPROPRIATION',
          amount: r.int(800, 1200) * 1000 + duties.reduce((t, l) => t + l.amount, 0),
          description: '中心运行及事项经费（财政拨款）',
        },
        { income: false, kind: 'STAFF', amount: r.int(600, 760) * 1000, description: '中心工作人员薪酬及社保' },
        { income: false, kind: 'OFFICE_FACILITIES', amount: r.int(100, 180) * 1000, description: '阵地运行维护' },
        ...duties,
      ];
      lines.forEach((l, n) => out.push(row(r, `s${s.index}`, { center: s.id, since: addDays(s.created, 1) }, year, n, l)));
    }
    for (const c of city.communities) {
      if (c.created > `${year}-12-31`) continue;
      const r = rng(`syn:budget:c${c.index}:${year}`);
      const staff = city.workers[c.index].filter((w) => w.active).reduce((t, w) => t + w.salaryFen / 100, 0) * 12 * 1.32;
      const duties = dutyLines(byOwner.get(`c${c.index}`) ?? [], c.fundingGap, year, r);
      const lines: Line[] = [
        { income: true, kind: 'FISCAL_APPROPRIATION', amount: staff, description: '社区工作者薪酬及社保（财政拨款）' },
        {
          income: true,
          kind: 'FISCAL_APPROPRIATION',
          amount: 260_000 + duties.reduce((t, l) => t + l.amount, 0),
          description: '办公及为民服务经费（财政拨款）',
        },
        { income: false, kind: 'STAFF', amount: staff * r.between(0.97, 1), description: '社区工作者薪酬及社保' },
        { income: false, kind: 'OFFICE_FACILITIES', amount: r.int(40, 90) * 1000, description: '办公用房水电及维护' },
        { income: false, kind: 'ACTIVITIES', amount: r.int(15, 90) * 1000, description: '社区文体及宣传活动' },
        { income: false, kind: 'TRAINING', amount: r.int(3, 12) * 1000, description: '社区工作者业务培训' },
        ...duties,
      ];
      if (c.engagement === 'strong' && r.chance(0.5))
        lines.push({ income: true, kind: 'SOCIAL_DONATION', amount: r.int(10, 40) * 1000, description: '辖区企业爱心捐赠' });
      const org = city.socialOrgs[c.index].find((o) => o.createdAt < `${year}-09-01`);
      if (org)
        lines.push({
          income: false,
          kind: 'SOCIAL_ORG_SUPPORT',
          amount: r.int(5, 20) * 1000,
          description: `社区社会组织扶持：${org.name}`,
          org: org.id,
          after: addDays(org.createdAt.slice(0, 10), 1),
        });
      lines.forEach((l, n) => out.push(row(r, `c${c.index}`, { community: c.id, since: addDays(c.created, 1) }, year, n, l)));
    }
  }
  return out;
}
