import type { DeclaredEnum } from '../../../core/declare';
import { IncomeSource, ExpenditureCategory } from '../../budget/enums';
import { EmploymentType } from '../../people/enums';
import { PartyOrgKind, SocialOrgCategory } from '../../organisation/enums';
import type { KeyCount } from '../overview.type';
import type { BudgetSummary } from '../budget-summary.type';
import type { Block } from './document';
import { fmtInt, fmtMoney, fmtNum, fmtPercent, fmtWan, orWithheld, WITHHELD } from './format';
import { leftOutNote, noRecordsNote } from './gaps-section';
import type { ReportData } from './report-data';
import { BudgetLine } from '../../budget/budget-line.entity';
import { Community } from '../../community/community.entity';

const zh = (e: DeclaredEnum<string>, key: string) => e.labels[key]?.zh ?? key;
const counts = (e: DeclaredEnum<string>, list: KeyCount[], unit: string, skipZero = false) =>
  list
    .filter((k) => !skipZero || (k.count ?? 0) > 0)
    .map((k) => `${zh(e, k.key)}${k.suppressed ? WITHHELD : k.count}${unit}`)
    .join('、');

/** Lines of one direction of a DIRECTION × key summary, largest first. */
export const linesOf = (s: BudgetSummary, direction: string, key: 'source' | 'category') =>
  s.rows
    .filter((r) => r.direction === direction && r[key] !== null)
    .map((r) => ({ key: r[key] as string, amount: r[direction === 'INCOME' ? 'income' : 'expenditure'], suppressed: r.suppressed }))
    // Largest first for reading (withheld ones last); the amounts themselves stay exact text.
    .sort((a, b) => Number(b.amount ?? -1) - Number(a.amount ?? -1));

/** A summary amount as printed: withheld groups show the mark. */
const amountOf = (l: { amount: string | null; suppressed: boolean }) => (l.suppressed ? WITHHELD : fmtMoney(l.amount));

/** 一、基本情况: every number of the source report's first section, from the overview and the indicators. */
export function basicSection(d: ReportData): Block[] {
  const o = d.overview;
  const t = d.totals;
  const income = linesOf(d.incomeBySource, 'INCOME', 'source')
    .map((l) => `${zh(IncomeSource, l.key)}${amountOf(l)}元`)
    .join('、');
  const spending = linesOf(d.expenditureByCategory, 'EXPENDITURE', 'category')
    .map((l) => `${zh(ExpenditureCategory, l.key)}${amountOf(l)}元`)
    .join('、');
  const total = d.incomeBySource.totals;
  const totalOf = (field: 'income' | 'expenditure' | 'balance') => (total.suppressed ? WITHHELD : fmtMoney(total[field]));
  return [
    { kind: 'heading', level: 2, text: '一、基本情况' },
    {
      kind: 'paragraph',
      text:
        `截至${o.asOf},${d.scopeName}共有${o.communityCount}个城市社区,辖区总面积${fmtNum(o.totalAreaKm2)}平方公里,下辖小区${o.compoundCount}个,` +
        `管辖人口${fmtWan(o.population)}万人(${o.population}人,${o.households}户),现有社区工作者${orWithheld(o, 'workerCount', fmtInt(o.workerCount))}人,其中${counts(EmploymentType, o.workersByEmploymentType, '人')}。` +
        `现有党组织${o.partyOrganizationCount}个,其中${counts(PartyOrgKind, o.partyOrganizationsByKind, '个')},现有社区直管党员${orWithheld(o, 'partyMemberCount', fmtInt(o.partyMemberCount))}名。` +
        `社区社会组织${o.socialOrganizationCount}个${o.socialOrganizationCount ? `,其中${counts(SocialOrgCategory, o.socialOrganizationsByCategory, '个', true)}` : ''}。` +
        leftOutNote(d, Community, [
          ['areaKm2', '辖区总面积'],
          ['population', '管辖人口合计'],
          ['households', '户数合计'],
        ]),
    },
    {
      kind: 'paragraph',
      text:
        `${d.year}年,${d.serviceCenterId ? '辖区' : '全市'}每万人拥有社区工作者${orWithheld(t, 'workersPer10k', fmtNum(t.workersPer10k))}人,每千人社区办公用房面积${fmtNum(t.officeAreaPer1k)}平方米,设有服务窗口${fmtInt(t.serviceWindowCount)}个;` +
        `每万人拥有社区社会组织${fmtNum(t.socialOrganizationsPer10k)}个。全年召开居民议事会议${t.councilMeetingCount}次,参会${t.councilAttendance}人次,平均每次${fmtNum(t.averageAttendance)}人,其中居民${fmtNum(t.averageResidentAttendance)}人;` +
        `开展社区活动${t.activityCount}次,参与居民${t.activityParticipants}人次;社区工作者参加培训${orWithheld(t, 'trainingHours', fmtNum(t.trainingHours))}学时,人均${orWithheld(t, 'trainingHoursPerWorker', fmtNum(t.trainingHoursPerWorker))}学时。` +
        leftOutNote(d, Community, [
          ['population', '每万人社区工作者、每千人办公用房面积和每万人社会组织'],
          ['officeAreaM2', '每千人办公用房面积'],
          ['serviceWindowCount', '服务窗口数'],
        ]),
    },
    {
      kind: 'paragraph',
      text:
        `经费方面,${d.year}年已批准和已支出的经费收入合计${totalOf('income')}元${income ? `(${income})` : ''},` +
        `支出合计${totalOf('expenditure')}元${spending ? `(${spending})` : ''},结余${totalOf('balance')}元;` +
        `财政拨款${orWithheld(t, 'fiscalAppropriation', fmtMoney(t.fiscalAppropriation))}元,占收入的${orWithheld(t, 'fiscalDependency', fmtPercent(t.fiscalDependency))}。` +
        `按权责清单核查,承接事项中权责不匹配${t.powerMismatchCount}项,费未随事转${t.unfundedDutyCount}项。` +
        noRecordsNote(d, BudgetLine, '上述经费合计和财政依赖度'),
    },
  ];
}
