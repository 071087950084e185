import { Power } from '../../community/enums';
import type { Thresholds } from '../settings';
import type { Block } from './document';
import { fmtNum, fmtPercent } from './format';
import type { NamedIndicators, ReportData } from './report-data';

const ordinal = ['一', '二', '三', '四', '五', '六'];
const powerZh = (p: string) => Power.labels[p as keyof typeof Power.labels]?.zh ?? p;

/** Numbered points as in the source report: 一是……。二是……。 */
export const points = (texts: string[]): string => texts.map((t, i) => `${ordinal[i]}是${t}`).join('');

/** Lists stay readable on a large city: the first LIST_MAX (worst first), then "等N个/项"; the appendix has every row. */
export const LIST_MAX = 20;
export const cap = (items: string[], unit: string) =>
  items.length > LIST_MAX ? `${items.slice(0, LIST_MAX).join('、')}等${items.length}${unit}` : items.join('、');

export const listCommunities = (rows: NamedIndicators[], value: (r: NamedIndicators) => string) =>
  cap(
    rows.map((r) => `${r.name}(${value(r)})`),
    '个社区',
  );

/** Communities whose indicator is known and on the wrong side of the threshold, worst first. */
function below(rows: NamedIndicators[], pick: (r: NamedIndicators) => number | null, limit: number): NamedIndicators[] {
  return rows.filter((r) => pick(r) !== null && pick(r)! < limit).sort((a, b) => pick(a)! - pick(b)!);
}

/** 二、存在问题: only what the data show, each with its figure and the communities concerned. */
export function problemsSection(d: ReportData, th: Thresholds): Block[] {
  const c = d.communities;
  const { powerMismatches, unfundedDuties } = d.findings;

  const duty: string[] = [];
  if (powerMismatches.length) {
    const missing = [...new Set(powerMismatches.map((m) => `「${m.serviceCenterName}」不具有${powerZh(m.requiredPower)}`))];
    duty.push(
      `权责不匹配。共有${powerMismatches.length}项承接事项所需的行政权力,承接单位(或其所属服务中心)依法并不具备:${missing.join(';')}。涉及事项:${cap(
        powerMismatches.map((m) => `${m.communityName ?? m.serviceCenterName}承接的「${m.dutyTitle}」`),
        '项',
      )}。`,
    );
  } else duty.push('未发现权责不匹配的承接事项。');
  if (unfundedDuties.length) {
    duty.push(
      `费未随事转。共有${unfundedDuties.length}项要求经费保障的承接事项在${d.year}年度没有已批准或已支出的对应经费:${cap(
        unfundedDuties.map((u) => `${u.communityName ?? u.serviceCenterName}承接的「${u.dutyTitle}」`),
        '项',
      )}。`,
    );
  } else duty.push(`要求经费保障的承接事项在${d.year}年度均有对应经费。`);

  const staff = below(c, (r) => r.workersPer10k, th.minWorkersPer10k);
  const dependent = c
    .filter((r) => r.fiscalDependency !== null && r.fiscalDependency > th.maxFiscalDependency)
    .sort((a, b) => b.fiscalDependency! - a.fiscalDependency!);
  const resources = [
    staff.length
      ? `社区工作力量不足。${staff.length}个社区每万人拥有社区工作者少于${fmtNum(th.minWorkersPer10k)}人:${listCommunities(staff, (r) => `${fmtNum(r.workersPer10k)}人`)}。`
      : `各社区每万人拥有社区工作者均不少于${fmtNum(th.minWorkersPer10k)}人。`,
    dependent.length
      ? `经费来源单一。${dependent.length}个社区财政拨款占收入比重超过${fmtPercent(th.maxFiscalDependency)}:${listCommunities(dependent, (r) => fmtPercent(r.fiscalDependency))};整体财政依赖度为${fmtPercent(d.totals.fiscalDependency)}。`
      : `各社区财政拨款占收入比重均未超过${fmtPercent(th.maxFiscalDependency)},整体为${fmtPercent(d.totals.fiscalDependency)}。`,
  ];
  const noPopulation = c.filter((r) => r.population === null || r.population === 0);
  if (noPopulation.length)
    resources.push(
      `基础数据不全。${noPopulation.length}个社区未登记管辖人口,无法计算人均指标:${cap(
        noPopulation.map((r) => r.name),
        '个社区',
      )}。`,
    );

  const thinOrgs = below(c, (r) => r.socialOrganizationsPer10k, th.minSocialOrgsPer10k);
  const lowAttendance = below(c, (r) => r.averageResidentAttendance, th.minAverageResidentAttendance);
  const noMeetings = c.filter((r) => r.councilMeetingCount === 0);
  const participation = [
    thinOrgs.length
      ? `社区社会组织发展滞后。${thinOrgs.length}个社区每万人拥有社会组织少于${fmtNum(th.minSocialOrgsPer10k)}个:${listCommunities(thinOrgs, (r) => `${fmtNum(r.socialOrganizationsPer10k)}个`)}。`
      : `各社区每万人拥有社会组织均不少于${fmtNum(th.minSocialOrgsPer10k)}个。`,
    lowAttendance.length || noMeetings.length
      ? `居民议事参与度不高。${lowAttendance.length ? `${lowAttendance.length}个社区居民议事会议平均每次参会居民少于${fmtNum(th.minAverageResidentAttendance)}人:${listCommunities(lowAttendance, (r) => `${fmtNum(r.averageResidentAttendance)}人`)}` : `有会议的社区平均每次参会居民均不少于${fmtNum(th.minAverageResidentAttendance)}人`}` +
        `${
          noMeetings.length
            ? `;${noMeetings.length}个社区全年未召开居民议事会议:${cap(
                noMeetings.map((r) => r.name),
                '个社区',
              )}`
            : ''
        }。`
      : `各社区均召开了居民议事会议,平均每次参会居民均不少于${fmtNum(th.minAverageResidentAttendance)}人。`,
  ];

  return [
    { kind: 'heading', level: 2, text: '二、存在问题' },
    { kind: 'paragraph', text: `对照上级要求和基层需求,根据平台数据核查,${d.scopeName}城市社区建设仍存在以下问题。` },
    { kind: 'heading', level: 3, text: '(一)社区职责定位不清、权责不匹配' },
    { kind: 'paragraph', text: points(duty) },
    { kind: 'heading', level: 3, text: '(二)社区资源配置不足、服务能力有限' },
    { kind: 'paragraph', text: points(resources) },
    { kind: 'heading', level: 3, text: '(三)社区参与度不高、居民自治基础薄弱' },
    { kind: 'paragraph', text: points(participation) },
  ];
}
