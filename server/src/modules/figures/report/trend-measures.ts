import type { AreaIndicators } from '../indicators.type';
import type { YearFigures } from './year-figures';

/** How a measure prints and how its change is put: a count or an average in its unit, money in 元, a share in 百分点. */
export type MeasureKind = 'count' | 'average' | 'money' | 'share';

/** One number the trends compare year by year, read from a year's figures as the figure functions answered it. */
export interface TrendMeasure {
  label: string;
  unit: string;
  kind: MeasureKind;
  /** Whether a relative change (增长x%) means something: not for a balance, which may be zero or negative. */
  relative: boolean;
  /** The value (money as its exact decimal text); null when withheld or not computable. */
  value(y: YearFigures): number | string | null;
  withheld(y: YearFigures): boolean;
  /**
   * Whether the year has the records the measure is computed from. A year without any
   * council meeting, activity or budget line in the whole scope has not recorded them:
   * its zero is no figure to compare with, and the year is left out, not counted as 0.
   */
  recorded(y: YearFigures): boolean;
}

type OverviewCount = 'communityCount' | 'compoundCount' | 'partyOrganizationCount' | 'partyMemberCount' | 'socialOrganizationCount';
type IndicatorField = keyof AreaIndicators;

/** A register count at the year's end; the register existed then if it held a community. */
const registered = (label: string, unit: string, field: OverviewCount): TrendMeasure => ({
  label,
  unit,
  kind: 'count',
  relative: true,
  value: (y) => y.overview[field],
  withheld: (y) => y.overview.suppressed.includes(field),
  recorded: (y) => y.overview.communityCount > 0,
});

const indicator = (
  label: string,
  unit: string,
  kind: MeasureKind,
  field: IndicatorField,
  recorded: (t: AreaIndicators) => boolean,
): TrendMeasure => ({
  label,
  unit,
  kind,
  relative: true,
  value: (y) => y.totals[field] as number | string | null,
  withheld: (y) => y.totals.suppressed.includes(field),
  recorded: (y) => recorded(y.totals),
});

/** A withheld money figure says lines exist (zero lines are withheld alike: the figure functions do not tell them apart). */
const hasIncome = (t: AreaIndicators) => t.suppressed.includes('totalIncome') || Number(t.totalIncome) > 0;
const hasMeetings = (t: AreaIndicators) => t.councilMeetingCount > 0;
const hasActivities = (t: AreaIndicators) => t.activityCount > 0;

const budget = (label: string, field: 'income' | 'expenditure' | 'balance'): TrendMeasure => ({
  label,
  unit: '元',
  kind: 'money',
  relative: field !== 'balance',
  value: (y) => y.money[field],
  withheld: (y) => y.money.suppressed,
  recorded: (y) => y.money.suppressed || Number(y.money.income) !== 0 || Number(y.money.expenditure) !== 0,
});

/**
 * The numbers of 基本情况 that honestly have a year: counts of the register at a year's
 * end (records carry the day they were entered and removed: overview counts what existed
 * then), the year's dated events (council meetings and activities by their day) and the
 * fiscal year's money. Left out, as the report says (NOT_COMPARED): community attributes
 * kept without history (population, households, area, office space, windows) and every
 * per-resident ratio divided by them; worker counts and training hours, which count
 * today's ACTIVE workers (a worker's leaving is not dated); and the duty findings, judged
 * on today's assignment status and centre powers.
 */
export const TREND_MEASURES: TrendMeasure[] = [
  registered('城市社区', '个', 'communityCount'),
  registered('小区', '个', 'compoundCount'),
  registered('党组织', '个', 'partyOrganizationCount'),
  registered('社区直管党员', '名', 'partyMemberCount'),
  registered('社区社会组织', '个', 'socialOrganizationCount'),
  indicator('居民议事会议', '次', 'count', 'councilMeetingCount', hasMeetings),
  indicator('议事会议参会', '人次', 'count', 'councilAttendance', hasMeetings),
  indicator('平均每次参会', '人', 'average', 'averageAttendance', hasMeetings),
  indicator('平均每次参会居民', '人', 'average', 'averageResidentAttendance', hasMeetings),
  indicator('社区活动', '次', 'count', 'activityCount', hasActivities),
  indicator('活动参与居民', '人次', 'count', 'activityParticipants', hasActivities),
  budget('经费收入合计', 'income'),
  budget('经费支出合计', 'expenditure'),
  budget('经费结余', 'balance'),
  indicator('财政拨款', '元', 'money', 'fiscalAppropriation', hasIncome),
  indicator('财政依赖度', '', 'share', 'fiscalDependency', hasIncome),
];

/** What the trends leave out and why, as the report states it. */
export const NOT_COMPARED =
  '管辖人口、户数、辖区面积、办公用房和服务窗口为社区登记现状,平台未保存其历年数值,按其计算的每万人、每千人指标不作同比;社区工作者人数和培训学时按现有在岗人员统计,权责不匹配和费未随事转按现行承接状态和服务中心权力核定,均不作同比。';
