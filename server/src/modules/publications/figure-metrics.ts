import type { DeclaredEnum, Label } from '../../core/declare';
import { EmploymentType } from '../people/enums';
import { PartyOrgKind, SocialOrgCategory } from '../organisation/enums';

/** How the report prints a number (figures/report/format.ts): the comparison shows it the same way. */
export type NumberKind = 'int' | 'num' | 'percent' | 'money';

export interface Metric {
  label: Label;
  kind: NumberKind;
}

const m = (zh: string, en: string, kind: NumberKind): Metric => ({ label: { zh, en }, kind });

/**
 * The indicator values (figures/indicators.type.ts) by their names in the report. A value
 * not named here is still compared, under its field name: a new indicator is never missed.
 */
export const INDICATOR_METRICS: Record<string, Metric> = {
  communityCount: m('社区数', 'Communities', 'int'),
  population: m('管辖人口', 'Population', 'int'),
  workerCount: m('社区工作者', 'Community workers', 'int'),
  workersPer10k: m('每万人社区工作者数', 'Workers per 10,000 residents', 'num'),
  officeAreaM2: m('办公用房面积(平方米)', 'Office area (m²)', 'num'),
  officeAreaPer1k: m('每千人办公用房面积(平方米)', 'Office area per 1,000 residents (m²)', 'num'),
  serviceWindowCount: m('服务窗口', 'Service windows', 'int'),
  fiscalAppropriation: m('财政拨款(元)', 'Fiscal appropriation (CNY)', 'money'),
  totalIncome: m('总收入(元)', 'Total income (CNY)', 'money'),
  fiscalDependency: m('财政依赖度', 'Fiscal dependency', 'percent'),
  socialOrganizationCount: m('社区社会组织', 'Social organisations', 'int'),
  socialOrganizationsPer10k: m('每万人社会组织数', 'Social organisations per 10,000 residents', 'num'),
  councilMeetingCount: m('居民议事会议', 'Council meetings', 'int'),
  councilAttendance: m('议事会议参会人次', 'Council attendance', 'int'),
  averageAttendance: m('平均参会人数', 'Average attendance', 'num'),
  councilResidentAttendance: m('居民参会人次', 'Resident attendance', 'int'),
  averageResidentAttendance: m('平均居民参会人数', 'Average resident attendance', 'num'),
  activityCount: m('社区活动', 'Community activities', 'int'),
  activityParticipants: m('活动参与人次', 'Activity participants', 'int'),
  trainingHours: m('培训学时', 'Training hours', 'num'),
  trainingHoursPerWorker: m('人均培训学时', 'Training hours per worker', 'num'),
  powerMismatchCount: m('权责不匹配事项', 'Power mismatches', 'int'),
  unfundedDutyCount: m('费未随事转事项', 'Unfunded duties', 'int'),
};

/** The overview's numbers (基本情况, figures/overview.type.ts); unnamed ones are compared under their field name. */
export const OVERVIEW_METRICS: Record<string, Metric> = {
  communityCount: m('城市社区', 'Communities', 'int'),
  totalAreaKm2: m('辖区总面积(平方公里)', 'Total area (km²)', 'num'),
  compoundCount: m('小区', 'Compounds', 'int'),
  population: m('管辖人口', 'Population', 'int'),
  households: m('户数', 'Households', 'int'),
  workerCount: m('社区工作者', 'Community workers', 'int'),
  partyOrganizationCount: m('党组织', 'Party organisations', 'int'),
  partyMemberCount: m('社区直管党员', 'Direct party members', 'int'),
  socialOrganizationCount: m('社区社会组织', 'Social organisations', 'int'),
};

/** The overview's counts by an enum (KeyCount lists), each named by what it counts and the enum's labels. */
export const OVERVIEW_GROUPS: Record<string, { label: Label; values: DeclaredEnum<string> }> = {
  workersByEmploymentType: { label: { zh: '社区工作者', en: 'Community workers' }, values: EmploymentType },
  partyOrganizationsByKind: { label: { zh: '党组织', en: 'Party organisations' }, values: PartyOrgKind },
  socialOrganizationsByCategory: { label: { zh: '社区社会组织', en: 'Social organisations' }, values: SocialOrgCategory },
};

/** Fields of the figures that identify or describe rather than count: never compared as numbers. */
export const NOT_NUMBERS = new Set(['year', 'asOf', 'communityId', 'serviceCenterId', 'code', 'name', 'suppressed']);
