import { expect } from 'vitest';
import type { Viewer } from '../../server/src/core/access/viewer';
import { fmtInt, fmtMoney, fmtNum, fmtPercent } from '../../server/src/modules/figures/report/format';
import { reportAsOf } from '../../server/src/modules/figures/report/report-data';
import { ok, type TestApp } from '../support/test-app';
import type { RowText } from './report-check';

type Year = Record<string, any>;

/** Some numbers of the trends, as this test reads them from the figure queries (its own rules, not the report's). */
interface Checked {
  label: string;
  unit: string;
  kind: 'count' | 'average' | 'money' | 'share';
  value: (y: Year) => number | string | null;
  withheld: (y: Year) => boolean;
  recorded: (y: Year) => boolean;
}

const CHECKED: Checked[] = [
  {
    label: '城市社区',
    unit: '个',
    kind: 'count',
    value: (y) => y.overview.communityCount,
    withheld: () => false,
    recorded: (y) => y.overview.communityCount > 0,
  },
  {
    label: '社区社会组织',
    unit: '个',
    kind: 'count',
    value: (y) => y.overview.socialOrganizationCount,
    withheld: () => false,
    recorded: (y) => y.overview.communityCount > 0,
  },
  {
    label: '居民议事会议',
    unit: '次',
    kind: 'count',
    value: (y) => y.totals.councilMeetingCount,
    withheld: () => false,
    recorded: (y) => y.totals.councilMeetingCount > 0,
  },
  {
    label: '平均每次参会居民',
    unit: '人',
    kind: 'average',
    value: (y) => y.totals.averageResidentAttendance,
    withheld: () => false,
    recorded: (y) => y.totals.councilMeetingCount > 0,
  },
  {
    label: '社区活动',
    unit: '次',
    kind: 'count',
    value: (y) => y.totals.activityCount,
    withheld: () => false,
    recorded: (y) => y.totals.activityCount > 0,
  },
  ...(['income', 'expenditure'] as const).map((field): Checked => ({
    label: field === 'income' ? '经费收入合计' : '经费支出合计',
    unit: '元',
    kind: 'money',
    value: (y) => y.money.totals[field],
    withheld: (y) => y.money.totals.suppressed,
    recorded: (y) => y.money.totals.suppressed || Number(y.money.totals.income) !== 0 || Number(y.money.totals.expenditure) !== 0,
  })),
  {
    label: '财政依赖度',
    unit: '',
    kind: 'share',
    value: (y) => y.totals.fiscalDependency,
    withheld: (y) => y.totals.suppressed.includes('fiscalDependency'),
    recorded: (y) => y.totals.suppressed.includes('totalIncome') || Number(y.totals.totalIncome) > 0,
  },
];

const cell = (m: Checked, y: Year) => {
  if (!m.recorded(y)) return '—';
  if (m.withheld(y)) return '*';
  const v = m.value(y);
  return m.kind === 'money'
    ? fmtMoney(v as string)
    : m.kind === 'share'
      ? fmtPercent(v as number)
      : m.kind === 'average'
        ? fmtNum(v as number)
        : fmtInt(v as number);
};

function change(m: Checked, now: number | string, before: number | string): string {
  const rise = (d: number, base: number) => (base > 0 ? `,${d > 0 ? '增长' : '下降'}${((Math.abs(d) / base) * 100).toFixed(1)}%` : '');
  if (m.kind === 'money') {
    const d = Math.round(Number(now) * 100) - Math.round(Number(before) * 100);
    const size = `${Math.floor(Math.abs(d) / 100)}.${String(Math.abs(d) % 100).padStart(2, '0')}`;
    return d === 0 ? '与上年持平' : `同比${d > 0 ? '增加' : '减少'}${fmtMoney(size)}元${rise(d, Math.round(Number(before) * 100))}`;
  }
  const d = (now as number) - (before as number);
  if (m.kind === 'share') {
    const points = Math.abs(d * 100).toFixed(1);
    return points === '0.0' ? '与上年持平' : `同比${d > 0 ? '上升' : '下降'}${points}个百分点`;
  }
  const size = m.kind === 'count' ? String(Math.abs(d)) : fmtNum(Math.abs(d));
  return size === '0' ? '与上年持平' : `同比${d > 0 ? '增加' : '减少'}${size}${m.unit}${rise(d, before as number)}`;
}

/**
 * Asks the figure queries for the report's year and the four before (overview at each
 * year's end, the year's indicators and money), and checks the 同比 sentence against the
 * year before and the five-year table. Returns how many of the checked numbers were compared.
 */
export async function expectTrendsMatchFigures(
  t: TestApp,
  content: string,
  year: number,
  serviceCenterId: string | null,
  viewer?: Viewer,
  row: RowText = (cells) => `| ${cells.join(' | ')} |`,
): Promise<number> {
  const today = new Date().toISOString().slice(0, 10);
  const years = [4, 3, 2, 1, 0].map((back) => year - back);
  const area = (y: number) => (serviceCenterId ? `centerIndicators(year: ${y}, serviceCenterId: $s)` : `cityIndicators(year: ${y})`);
  const figures = years.map(
    (y) => `
    o${y}: overview(serviceCenterId: $s, asOf: "${reportAsOf(y, today)}") { communityCount socialOrganizationCount }
    t${y}: ${area(y)} { councilMeetingCount averageResidentAttendance activityCount totalIncome fiscalDependency suppressed }`,
  );
  const sums = years.map(
    (y) => `m${y}: budgetSummary(year: ${y}, groupBy: [DIRECTION], filter: $bf) { totals { income expenditure suppressed } }`,
  );
  const bf = {
    status: { in: ['APPROVED', 'SPENT'] },
    ...(serviceCenterId
      ? { or: [{ serviceCenterId: { eq: serviceCenterId } }, { community: { serviceCenterId: { eq: serviceCenterId } } }] }
      : {}),
  };
  const s = `$s: ID${serviceCenterId ? '!' : ''}`;
  const data = ok(await t.gql(`query(${s}) { ${figures.join('\n')} }`, { s: serviceCenterId }, viewer));
  // The report's own money tables are the server's choice; a caller who may not group budget lines by direction
  // cannot ask them (FORBIDDEN), and its money trends are checked by hand in the tests instead.
  const money = await t.gql(`query($bf: BudgetLineFilter) { ${sums.join('\n')} }`, { bf }, viewer);
  Object.assign(data, money.data ?? {});
  if (!viewer) expect(money.errors).toBeUndefined();
  const checked = CHECKED.filter((m) => m.kind !== 'money' || !money.errors?.length);
  const of = (y: number): Year => ({ overview: data[`o${y}`], totals: data[`t${y}`], money: data[`m${y}`] });
  const [now, before] = [of(year), of(year - 1)];
  let compared = 0;
  for (const m of checked) {
    if (!m.recorded(now) || !m.recorded(before)) continue;
    const unit = m.kind === 'share' ? '' : m.unit;
    const known = !m.withheld(now) && !m.withheld(before);
    expect(content).toContain(
      `${m.label}${cell(m, now)}${unit}(上年${cell(m, before)}${unit}${known ? `,${change(m, m.value(now)!, m.value(before)!)}` : ''})`,
    );
    compared++;
  }
  if (compared === 0) expect(content).toContain(`${year - 1}年没有可比数据,不作同比。`);
  if (years.slice(0, -1).some((y) => checked.some((m) => m.recorded(of(y)))))
    for (const m of checked)
      expect(content).toContain(row([m.label, m.kind === 'share' ? '%' : m.unit, ...years.map((y) => cell(m, of(y)))]));
  return compared;
}
