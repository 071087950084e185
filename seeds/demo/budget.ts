import { system, type Row, type DataSet } from '../db/rows';
import { roundYuan, yuan } from '../money';
import { rng, type Rng } from '../random';
import { addDays, instant, maxDay, officeInstant, type Day } from '../time';
import { communityId } from './community';
import { CENTERS, centerId, DISTRICT_APPROVER, FISCAL_YEARS, ids, type CenterKey } from './context';
import { COMMUNITIES, type CommunityProfile } from './community-profiles';
import { CENTER_DUTIES, type AssignmentInfo } from './duty';
import type { SocialOrgIndex } from './organisation';
import type { WorkerIndex } from './people';

interface Owner {
  key: string;
  community?: string;
  center?: string;
  approver: string;
  since: Day;
}

interface Line {
  direction: 'INCOME' | 'EXPENDITURE';
  kind: string;
  amount: number;
  description: string;
  status?: 'PLANNED' | 'APPROVED' | 'SPENT';
  duty?: string;
  socialOrg?: string;
  /** Not prepared before this day (the duty or organisation it funds came later). */
  after?: Day;
}

/** Past years are spent, the current one approved; income is approved, never "spent". */
function lineRow(r: Rng, o: Owner, year: number, n: number, l: Line, deletedOn?: Day): Row<'budget_line'> {
  const income = l.direction === 'INCOME';
  const status = l.status ?? (income ? 'APPROVED' : year < 2026 ? 'SPENT' : 'APPROVED');
  const prepared = maxDay(`${year - 1}-12-${r.int(10, 28)}`, o.since, l.after ?? o.since);
  const approvedOn = maxDay(`${year}-0${r.int(1, 3)}-${r.int(10, 28)}`, addDays(prepared, 1));
  const approvedAt = status === 'PLANNED' ? null : instant(approvedOn, r.int(9, 17), r.int(0, 59));
  const fen = status === 'SPENT' ? Math.round(l.amount * 100 * r.between(0.93, 1)) : roundYuan(l.amount);
  const updated = status === 'SPENT' ? instant(`${year}-12-${r.int(15, 30)}`, 16) : (approvedAt ?? undefined);
  return {
    ...system(ids('budget_line', `${o.key}:${year}:${n}`), officeInstant(r, prepared), {
      updatedAt: updated,
      version: status === 'PLANNED' ? 1 : status === 'APPROVED' ? 2 : 3,
      deletedAt: deletedOn ? instant(deletedOn, 11) : null,
    }),
    community_id: o.community ?? null,
    service_center_id: o.center ?? null,
    fiscal_year: year,
    direction: l.direction,
    source: income ? l.kind : null,
    category: income ? null : l.kind,
    amount: yuan(fen),
    description: l.description,
    duty_assignment_id: l.duty ?? null,
    social_organization_id: l.socialOrg ?? null,
    status,
    approved_by: approvedAt ? o.approver : null,
    approved_at: approvedAt,
  };
}

/** Funding lines for the duties that carry money with them in `year`; the unfunded get none. */
function dutyLines(r: Rng, year: number, duties: AssignmentInfo[], unfunded: string[], plannedOnly: string[]): Line[] {
  return duties
    .filter((a) => a.active && a.spec.funding && a.assignedOn <= `${year}-12-31` && !unfunded.includes(a.spec.code))
    .map((a) => ({
      direction: 'EXPENDITURE' as const,
      kind: 'DUTY_FUNDING',
      amount: (a.community ? r.int(8, 60) : r.int(30, 120)) * 1000,
      description: `事项经费（费随事转）：${a.spec.title}`,
      status: year === 2026 && plannedOnly.includes(a.spec.code) ? ('PLANNED' as const) : undefined,
      duty: a.id,
      after: addDays(a.assignedOn, 1),
    }));
}

function communityLines(
  p: CommunityProfile,
  year: number,
  r: Rng,
  workers: WorkerIndex,
  orgs: SocialOrgIndex,
  duties: AssignmentInfo[],
): Line[] {
  const months = year === +p.created.slice(0, 4) ? 13 - +p.created.slice(5, 7) : 12;
  const salaries = workers
    .get(p.code)!
    .filter((w) => w.active && w.hiredOn <= `${year}-06-30`)
    .reduce((s, w) => s + w.salaryFen / 100, 0);
  const staff = salaries * months * 1.32; // with social insurance and housing fund
  const office = 30_000 + (p.windows + 2) * 8_000;
  const activities = { strong: 80_000, normal: 40_000, thin: 15_000 }[p.engagement] * r.between(0.8, 1.2);
  const funded = dutyLines(
    r,
    year,
    duties.filter((a) => a.owner === p.code),
    p.unfunded ?? [],
    p.plannedOnly ?? [],
  );
  const dutyIncome = funded.filter((l) => !l.status).reduce((s, l) => s + l.amount, 0);
  const lines: Line[] = [
    { direction: 'INCOME', kind: 'FISCAL_APPROPRIATION', amount: staff, description: '社区工作者薪酬及社保（财政拨款）' },
    { direction: 'INCOME', kind: 'FISCAL_APPROPRIATION', amount: office, description: '社区办公经费（财政拨款）' },
    { direction: 'INCOME', kind: 'FISCAL_APPROPRIATION', amount: 200_000 * (months / 12), description: '为民服务专项经费（财政拨款）' },
    { direction: 'EXPENDITURE', kind: 'STAFF', amount: staff * r.between(0.98, 1), description: '社区工作者薪酬及社保' },
    {
      direction: 'EXPENDITURE',
      kind: 'OFFICE_FACILITIES',
      amount: office * r.between(0.85, 1),
      description: p.condition === 'GOOD' ? '办公用房水电及日常维护' : '办公用房漏水维修及设施更换',
    },
    { direction: 'EXPENDITURE', kind: 'ACTIVITIES', amount: activities, description: '社区文体及宣传活动' },
    { direction: 'EXPENDITURE', kind: 'OTHER', amount: 200_000 * (months / 12) - activities, description: '为民服务专项项目（居民议定）' },
    { direction: 'EXPENDITURE', kind: 'TRAINING', amount: r.int(3, 12) * 1000, description: '社区工作者业务培训' },
    ...funded,
  ];
  if (dutyIncome > 0)
    lines.push({ direction: 'INCOME', kind: 'FISCAL_APPROPRIATION', amount: dutyIncome, description: '费随事转事项经费（财政拨款）' });
  for (const o of (orgs.get(p.code) ?? []).filter((x) => x.createdAt < `${year}-09-01`).slice(0, 3)) {
    const after = addDays(o.createdAt.slice(0, 10), 1);
    lines.push({
      direction: 'EXPENDITURE',
      kind: 'SOCIAL_ORG_SUPPORT',
      amount: r.int(5, 20) * 1000,
      description: `社区社会组织扶持：${o.name}`,
      socialOrg: o.id,
      after,
    });
  }
  for (const source of p.otherIncome ?? []) {
    if (source === 'SOCIAL_DONATION')
      lines.push({ direction: 'INCOME', kind: source, amount: r.int(10, 40) * 1000, description: '辖区企业爱心捐赠' });
    if (source === 'SERVICE_REVENUE')
      lines.push({ direction: 'INCOME', kind: source, amount: r.int(30, 60) * 1000, description: '社区食堂及托育服务收入' });
    if (source === 'HIGHER_LEVEL_TRANSFER' && year === 2025)
      lines.push({ direction: 'INCOME', kind: source, amount: 300_000, description: '省级完整社区建设试点补助资金' });
  }
  return lines;
}

export function buildBudget(set: DataSet, workers: WorkerIndex, orgs: SocialOrgIndex, duties: AssignmentInfo[]): void {
  for (const year of FISCAL_YEARS) {
    for (const c of CENTERS) {
      const r = rng(`demo:budget:${c.key}:${year}`);
      const o: Owner = { key: c.key, center: centerId(c.key), approver: DISTRICT_APPROVER, since: addDays(c.created, 1) };
      const funded = dutyLines(
        r,
        year,
        duties.filter((a) => !a.community && a.owner === c.key),
        CENTER_DUTIES[c.key as CenterKey].unfunded ?? [],
        [],
      );
      const lines: Line[] = [
        {
          direction: 'INCOME',
          kind: 'FISCAL_APPROPRIATION',
          amount: r.int(900, 1200) * 1000,
          description: '中心运行及人员经费（财政拨款）',
        },
        {
          direction: 'INCOME',
          kind: 'FISCAL_APPROPRIATION',
          amount: funded.reduce((s, l) => s + l.amount, 0),
          description: '费随事转事项经费（财政拨款）',
        },
        { direction: 'EXPENDITURE', kind: 'STAFF', amount: r.int(620, 760) * 1000, description: '中心工作人员薪酬及社保' },
        { direction: 'EXPENDITURE', kind: 'OFFICE_FACILITIES', amount: r.int(120, 180) * 1000, description: '党群服务阵地运行维护' },
        { direction: 'EXPENDITURE', kind: 'ACTIVITIES', amount: r.int(60, 100) * 1000, description: '党建引领活动及宣传' },
        ...funded,
      ];
      lines.filter((l) => l.amount > 0).forEach((l, n) => set.budget_line.push(lineRow(r, o, year, n, l)));
    }
    for (const p of COMMUNITIES) {
      if (p.created > `${year}-12-31`) continue;
      const r = rng(`demo:budget:${p.code}:${year}`);
      const o: Owner = {
        key: p.code,
        community: communityId(p.code),
        approver: CENTERS.find((c) => c.key === p.center)!.approver,
        since: addDays(p.created, 1),
      };
      const lines = communityLines(p, year, r, workers, orgs, duties);
      lines.forEach((l, n) => set.budget_line.push(lineRow(r, o, year, n, l)));
      // Entered twice by mistake, then deleted.
      if (p.code === 'DH-002' && year === 2025)
        set.budget_line.push(lineRow(r, o, year, lines.length, { ...lines[4], status: 'APPROVED' }, '2025-04-02'));
    }
  }
}
