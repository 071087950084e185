import { IncomeSource } from '../../budget/enums';
import { thresholdEnvNames, type Thresholds } from '../settings';
import type { Block } from './document';
import { linesOf } from './basic-section';
import { fmtInt, fmtMoney, fmtNum, fmtPercent, orWithheld, WITHHELD } from './format';
import { gapsAppendix, gapsExplained } from './gaps-section';
import type { ReportData } from './report-data';

/** At most this many communities in the workers chart (the lowest ratios: where the problems are). */
export const CHART_MAX_BARS = 40;

/** The two charts: budget income by source, and workers per 10,000 residents by community. */
export function chartBlocks(d: ReportData, th: Thresholds): Block[] {
  const sources = linesOf(d.incomeBySource, 'INCOME', 'source');
  const ratios = d.communities.filter((r) => r.workersPer10k !== null).sort((a, b) => a.workersPer10k! - b.workersPer10k!);
  const shown = ratios.slice(0, CHART_MAX_BARS);
  return [
    {
      kind: 'chart',
      title: `图1 ${d.year}年经费收入来源(元)`,
      unit: '元',
      // A withheld amount has no bar: its size would tell what the mark hides.
      bars: sources
        .filter((s) => !s.suppressed)
        .map((s) => ({
          label: IncomeSource.labels[s.key as keyof typeof IncomeSource.labels]?.zh ?? s.key,
          value: Number(s.amount),
          display: fmtMoney(s.amount),
        })),
    },
    {
      kind: 'chart',
      title: `图2 各社区每万人社区工作者数(人)`,
      unit: '人',
      bars: shown.map((r) => ({ label: r.name, value: r.workersPer10k!, display: fmtNum(r.workersPer10k) })),
      threshold: { value: th.minWorkersPer10k, label: `标准 ${fmtNum(th.minWorkersPer10k)}` },
      note: ratios.length > shown.length ? `共${ratios.length}个社区,图中列出比例最低的${shown.length}个。` : undefined,
    },
  ];
}

/** 附表: one row per community, every indicator; "—" where a denominator is missing. */
export function appendixSection(d: ReportData, th: Thresholds): Block[] {
  return [
    { kind: 'heading', level: 2, text: '附表 各社区主要指标' },
    {
      kind: 'table',
      caption: `${d.scopeName}${d.year}年各社区主要指标(“—”表示缺少计算所需数据,“${WITHHELD}”表示不予公开的小样本数据)`,
      head: [
        '社区编码',
        '社区',
        '管辖人口',
        '社区工作者',
        '每万人工作者',
        '每千人办公面积(㎡)',
        '服务窗口',
        '财政拨款(元)',
        '总收入(元)',
        '财政依赖度',
        '社会组织',
        '每万人社会组织',
        '议事会议',
        '平均参会',
        '平均居民参会',
        '活动',
        '参与人次',
        '人均培训学时',
        '权责不匹配',
        '费未随事转',
      ],
      rows: d.communities.map((r) => [
        r.code,
        r.name,
        fmtInt(r.population),
        orWithheld(r, 'workerCount', fmtInt(r.workerCount)),
        orWithheld(r, 'workersPer10k', fmtNum(r.workersPer10k)),
        fmtNum(r.officeAreaPer1k),
        fmtInt(r.serviceWindowCount),
        orWithheld(r, 'fiscalAppropriation', fmtMoney(r.fiscalAppropriation)),
        orWithheld(r, 'totalIncome', fmtMoney(r.totalIncome)),
        orWithheld(r, 'fiscalDependency', fmtPercent(r.fiscalDependency)),
        fmtInt(r.socialOrganizationCount),
        fmtNum(r.socialOrganizationsPer10k),
        fmtInt(r.councilMeetingCount),
        fmtNum(r.averageAttendance),
        fmtNum(r.averageResidentAttendance),
        fmtInt(r.activityCount),
        fmtInt(r.activityParticipants),
        orWithheld(r, 'trainingHoursPerWorker', fmtNum(r.trainingHoursPerWorker)),
        fmtInt(r.powerMismatchCount),
        fmtInt(r.unfundedDutyCount),
      ]),
    },
    ...gapsAppendix(d),
    { kind: 'heading', level: 2, text: '说明' },
    {
      kind: 'list',
      items: [
        `数据来源:社区治理数据平台,统计日期${d.asOf};年度指标按${d.year}年计算,经费只计已批准和已支出的款项。`,
        `问题判定阈值:每万人社区工作者少于${fmtNum(th.minWorkersPer10k)}人(${thresholdEnvNames.minWorkersPer10k});财政拨款占收入比重超过${fmtPercent(th.maxFiscalDependency)}(${thresholdEnvNames.maxFiscalDependency});` +
          `每万人社会组织少于${fmtNum(th.minSocialOrgsPer10k)}个(${thresholdEnvNames.minSocialOrgsPer10k});议事会议平均每次参会居民少于${fmtNum(th.minAverageResidentAttendance)}人(${thresholdEnvNames.minAverageResidentAttendance});` +
          `社区办公用房每百户少于${fmtNum(th.minOfficeAreaPer100Households)}平方米(${thresholdEnvNames.minOfficeAreaPer100Households})。`,
        '对策建议的测算:需增配的社区工作者和需培育的社会组织,按管辖人口乘以每万人标准后向上取整,减去现有数量;需增加的办公用房面积,按户数乘以每百户标准,减去现有面积;未落实经费事项所需经费,取同一事项当年已落实经费的承接单位所获经费的平均数。',
        '权责不匹配:承接事项所需的管理权、审批权或执法权,承接单位所属服务中心(或服务中心本身)依法并不享有。费未随事转:要求经费保障的有效承接事项,当年没有已批准或已支出的对应支出经费。',
        gapsExplained(d),
        ...(d.withheld
          ? [
              `标“${WITHHELD}”的数字由少于${d.minRows}条记录计算,而阅读者无权逐条查看这些记录,依统计惯例不予公开;相关社区不参与对应问题的判定。`,
            ]
          : []),
      ],
    },
  ];
}
