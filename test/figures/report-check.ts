import { expect } from 'vitest';
import { fmtInt, fmtMoney, fmtNum, fmtPercent, fmtWan } from '../../server/src/modules/figures/report/format';
import { reportAsOf } from '../../server/src/modules/figures/report/report-data';
import { ok, type TestApp } from '../support/test-app';

/** How one appendix row reads in the report's text: a Markdown table row by default. */
export type RowText = (cells: string[]) => string;
const markdownRow: RowText = (cells) => `| ${cells.join(' | ')} |`;

/**
 * Asks the figure queries through GraphQL and checks that the report prints the
 * same numbers: 基本情况, the year's totals and one appendix row per community.
 * content is the report's text (Markdown, or the text a reader takes out of the .docx
 * with row telling how a table row comes out there).
 */
export async function expectReportMatchesFigures(
  t: TestApp,
  content: string,
  year: number,
  serviceCenterId: string | null,
  row: RowText = markdownRow,
): Promise<void> {
  const asOf = reportAsOf(year, new Date().toISOString().slice(0, 10));
  const area = serviceCenterId ? `centerIndicators(year: $y, serviceCenterId: $s)` : 'cityIndicators(year: $y)';
  const filter = serviceCenterId ? ', filter: { serviceCenterId: { eq: $s } }' : '';
  const data = ok(
    await t.gql(
      `query($y: Int!, $s: ID${serviceCenterId ? '!' : ''}, $d: Date, $bf: BudgetLineFilter) {
    overview(serviceCenterId: $s, asOf: $d) { communityCount totalAreaKm2 compoundCount population households workerCount partyOrganizationCount partyMemberCount socialOrganizationCount workersByEmploymentType { count } }
    totals: ${area} { workersPer10k officeAreaPer1k serviceWindowCount socialOrganizationsPer10k councilMeetingCount councilAttendance averageAttendance averageResidentAttendance activityCount activityParticipants trainingHours trainingHoursPerWorker fiscalAppropriation fiscalDependency powerMismatchCount unfundedDutyCount }
    money: budgetSummary(year: $y, groupBy: [DIRECTION], filter: $bf) { totals { income expenditure balance } }
    rows: communityIndicators(year: $y${filter}) { community { code name } population workerCount workersPer10k officeAreaPer1k serviceWindowCount fiscalAppropriation totalIncome fiscalDependency socialOrganizationCount socialOrganizationsPer10k councilMeetingCount averageAttendance averageResidentAttendance activityCount activityParticipants trainingHoursPerWorker powerMismatchCount unfundedDutyCount }
  }`,
      {
        y: year,
        s: serviceCenterId,
        d: asOf,
        bf: {
          status: { in: ['APPROVED', 'SPENT'] },
          ...(serviceCenterId
            ? { or: [{ serviceCenterId: { eq: serviceCenterId } }, { community: { serviceCenterId: { eq: serviceCenterId } } }] }
            : {}),
        },
      },
    ),
  );
  const o = data.overview;
  expect(content).toContain(`截至${asOf},`);
  expect(content).toContain(
    `共有${o.communityCount}个城市社区,辖区总面积${fmtNum(o.totalAreaKm2)}平方公里,下辖小区${o.compoundCount}个,管辖人口${fmtWan(o.population)}万人(${o.population}人,${o.households}户),现有社区工作者${o.workerCount}人`,
  );
  expect(content).toContain(`现有党组织${o.partyOrganizationCount}个`);
  expect(content).toContain(`现有社区直管党员${o.partyMemberCount}名`);
  expect(content).toContain(`社区社会组织${o.socialOrganizationCount}个`);
  const a = data.totals;
  expect(content).toContain(
    `${serviceCenterId ? '辖区' : '全市'}每万人拥有社区工作者${fmtNum(a.workersPer10k)}人,每千人社区办公用房面积${fmtNum(a.officeAreaPer1k)}平方米,设有服务窗口${fmtInt(a.serviceWindowCount)}个`,
  );
  expect(content).toContain(
    `全年召开居民议事会议${a.councilMeetingCount}次,参会${a.councilAttendance}人次,平均每次${fmtNum(a.averageAttendance)}人,其中居民${fmtNum(a.averageResidentAttendance)}人`,
  );
  expect(content).toContain(
    `开展社区活动${a.activityCount}次,参与居民${a.activityParticipants}人次;社区工作者参加培训${fmtNum(a.trainingHours)}学时,人均${fmtNum(a.trainingHoursPerWorker)}学时`,
  );
  expect(content).toContain(`财政拨款${fmtMoney(a.fiscalAppropriation)}元,占收入的${fmtPercent(a.fiscalDependency)}`);
  expect(content).toContain(`权责不匹配${a.powerMismatchCount}项,费未随事转${a.unfundedDutyCount}项`);
  const m = data.money.totals;
  expect(content).toContain(`经费收入合计${fmtMoney(m.income)}元`);
  expect(content).toContain(`支出合计${fmtMoney(m.expenditure)}元`);
  expect(content).toContain(`结余${fmtMoney(m.balance)}元`);
  for (const r of data.rows) {
    const cells = [
      r.community.code,
      r.community.name,
      fmtInt(r.population),
      fmtInt(r.workerCount),
      fmtNum(r.workersPer10k),
      fmtNum(r.officeAreaPer1k),
      fmtInt(r.serviceWindowCount),
      fmtMoney(r.fiscalAppropriation),
      fmtMoney(r.totalIncome),
      fmtPercent(r.fiscalDependency),
      fmtInt(r.socialOrganizationCount),
      fmtNum(r.socialOrganizationsPer10k),
      fmtInt(r.councilMeetingCount),
      fmtNum(r.averageAttendance),
      fmtNum(r.averageResidentAttendance),
      fmtInt(r.activityCount),
      fmtInt(r.activityParticipants),
      fmtNum(r.trainingHoursPerWorker),
      fmtInt(r.powerMismatchCount),
      fmtInt(r.unfundedDutyCount),
    ];
    expect(content).toContain(row(cells));
  }
  expect(content).not.toMatch(/XX|NaN|undefined|null/);
}
