import { Power } from '../../community/enums';
import type { UnfundedDuty } from '../duty-findings.type';
import type { Thresholds } from '../settings';
import type { Block } from './document';
import { fmtInt, fmtMoney, fmtNum, fmtPercent, orWithheld } from './format';
import { sumMoney } from './money';
import { cap, listCommunities, points } from './problems-section';
import type { ReportData } from './report-data';
import { officeShortfalls, socialOrgShortfalls, workerShortfalls, type Shortfalls } from './shortfalls';

const powerZh = (p: string) => Power.labels[p as keyof typeof Power.labels]?.zh ?? p;
const names = (rows: Array<{ name: string }>) =>
  cap(
    rows.map((r) => r.name),
    '个社区',
  );
const assignee = (u: UnfundedDuty) => `${u.communityName ?? u.serviceCenterName}承接的「${u.dutyTitle}」`;

/** The clauses after a measured shortfall: who could not be measured or judged, and why. */
function caveats(s: Shortfalls, unmeasured: string): string {
  return (
    (s.unmeasured ? `;${s.unmeasured}个社区${unmeasured},未能测算` : '') +
    (s.withheld ? `;另有${s.withheld}个社区的相关人数不予公开,未计入` : '')
  );
}

/** (一) Duties and powers: 权随责走 for each mismatch, 费随事转 with what would fund each unfunded duty, training. */
function dutyPoints(d: ReportData): string[] {
  const { powerMismatches, unfundedDuties } = d.findings;
  const byCentre = new Map<string, { n: number; powers: Set<string> }>();
  for (const m of powerMismatches) {
    const g = byCentre.get(m.serviceCenterName) ?? { n: 0, powers: new Set<string>() };
    g.n++;
    g.powers.add(powerZh(m.requiredPower));
    byCentre.set(m.serviceCenterName, g);
  }
  const powers = powerMismatches.length
    ? `理顺权责关系,做到权随责走。建议按照“权随责走”的原则,对${powerMismatches.length}项承接单位不具备所需行政权力的承接事项逐项理顺,依法赋予相应权力,或交由具备相应权力的单位承接:${[
        ...byCentre,
      ]
        .map(([centre, g]) => `「${centre}」及所辖社区${g.n}项(需${[...g.powers].join('、')})`)
        .join(';')}。`
    : '保持权随责走。现有承接事项所需行政权力与承接单位相符,新增事项应经准入审核同步核定权力。';

  // 费随事转: each unfunded duty with the mean of what its funded peers got (duty-funding.ts); withheld means are named, not summed.
  const known = unfundedDuties.filter((u) => u.estimatedFunding !== null);
  const hidden = unfundedDuties.filter((u) => u.suppressed.includes('estimatedFunding'));
  const unknown = unfundedDuties.filter((u) => u.estimateBasis === 0);
  const clauses: string[] = [];
  if (known.length)
    clauses.push(
      `参照同一事项已落实经费的承接单位的平均经费测算,其中${known.length}项共需安排${fmtMoney(sumMoney(known.map((u) => u.estimatedFunding!)))}元:${cap(
        known.map((u) => `${assignee(u)}${fmtMoney(u.estimatedFunding)}元(参照${u.estimateBasis}个承接单位)`),
        '项',
      )}`,
    );
  if (hidden.length)
    clauses.push(`${hidden.length}项的参照经费由少于${d.minRows}条经费记录计算,不予公开:${cap(hidden.map(assignee), '项')}`);
  if (unknown.length)
    clauses.push(
      `${unknown.length}项同一事项尚无已落实经费的承接单位可参照,所需经费无法估算,需另行核定:${cap(unknown.map(assignee), '项')}`,
    );
  const funding = unfundedDuties.length
    ? `落实经费保障,做到费随事转。建议为${unfundedDuties.length}项${d.year}年度未落实经费的承接事项安排经费。${clauses.join(';')}。`
    : `坚持费随事转。要求经费保障的承接事项在${d.year}年度均已落实经费,新增事项应同步安排经费。`;

  const t = d.totals;
  const untrained = d.communities.filter((r) => (r.workerCount ?? 0) > 0 && r.trainingHours === 0);
  const training =
    `加强社区工作者培训和管理。${d.year}年社区工作者人均参加培训${orWithheld(t, 'trainingHoursPerWorker', fmtNum(t.trainingHoursPerWorker))}学时` +
    (untrained.length
      ? `,${untrained.length}个社区全年没有培训记录:${names(untrained)},应优先组织其工作者参加业务培训`
      : ',应定期组织业务培训') +
    ',同时健全社区工作者考核评价机制。';
  return [powers, funding, training];
}

/** (二) Resources: office space and workers against their standards (the gap to close), funding sources. */
function resourcePoints(d: ReportData, th: Thresholds): string[] {
  const std = th.minOfficeAreaPer100Households;
  const office = officeShortfalls(d.communities, std);
  const space = office.short.length
    ? `改善社区办公场所条件。按社区办公用房每百户不低于${fmtNum(std)}平方米的标准,${office.short.length}个社区需增加办公用房面积${fmtNum(office.total)}平方米:${cap(
        office.short.map((s) => `${s.community.name}${fmtNum(s.gap)}平方米(现有${fmtNum(s.has)}平方米,应有${fmtNum(s.needs)}平方米)`),
        '个社区',
      )},合计${fmtNum(office.total)}平方米`
    : `改善社区办公场所条件。各社区办公用房面积均达到每百户${fmtNum(std)}平方米的标准`;

  const per10k = th.minWorkersPer10k;
  const workers = workerShortfalls(d.communities, per10k);
  const staff = workers.short.length
    ? `充实社区工作者队伍。按每万城镇常住人口拥有社区工作者${fmtNum(per10k)}人的标准,${workers.short.length}个社区需增配社区工作者${fmtInt(workers.total)}人:${cap(
        workers.short.map((s) => `${s.community.name}${s.gap}人`),
        '个社区',
      )},合计${fmtInt(workers.total)}人`
    : `充实社区工作者队伍。按每万城镇常住人口拥有社区工作者${fmtNum(per10k)}人的标准,各社区均已配齐`;

  const dependent = d.communities
    .filter((r) => r.fiscalDependency !== null && r.fiscalDependency > th.maxFiscalDependency)
    .sort((a, b) => b.fiscalDependency! - a.fiscalDependency!);
  const unjudged = d.communities.filter((r) => r.suppressed.includes('fiscalDependency')).length;
  const sources = dependent.length
    ? `拓宽社区经费来源渠道。${dependent.length}个社区财政拨款占收入比重超过${fmtPercent(th.maxFiscalDependency)}:${listCommunities(dependent, (r) => fmtPercent(r.fiscalDependency))},建议在这些社区优先探索多元化经费筹集机制,争取社会捐赠,发展服务收入`
    : `拓宽社区经费来源渠道。各社区财政拨款占收入比重均未超过${fmtPercent(th.maxFiscalDependency)},应继续保持多元化的经费来源`;
  return [
    `${space}${caveats(office, '未登记户数或办公用房面积')}。`,
    `${staff}${caveats(workers, '未登记管辖人口')},建议通过公开招聘、定向培养等方式补充。`,
    `${sources}${unjudged ? `;另有${unjudged}个社区的相关经费数据不予公开,未参与判定` : ''};${d.serviceCenterId ? '辖区' : '全市'}整体财政依赖度为${orWithheld(d.totals, 'fiscalDependency', fmtPercent(d.totals.fiscalDependency))}。`,
  ];
}

/** (三) Participation: activities, social organisations against their standard, council meetings. */
function participationPoints(d: ReportData, th: Thresholds): string[] {
  const t = d.totals;
  const quiet = d.communities.filter((r) => r.activityCount === 0);
  const publicity =
    `加强宣传教育,提高居民参与意识。${d.year}年开展社区活动${t.activityCount}次,参与居民${t.activityParticipants}人次` +
    (quiet.length ? `;${quiet.length}个社区全年未开展社区活动:${names(quiet)},应优先在这些社区举办宣传和文体活动` : '') +
    '。';

  const per10k = th.minSocialOrgsPer10k;
  const orgs = socialOrgShortfalls(d.communities, per10k);
  const organisations =
    (orgs.short.length
      ? `扶持社区社会组织发展。按每万人拥有社区社会组织不少于${fmtNum(per10k)}个的标准,${orgs.short.length}个社区需培育发展社区社会组织${fmtInt(orgs.total)}个:${cap(
          orgs.short.map((s) => `${s.community.name}${s.gap}个`),
          '个社区',
        )},合计${fmtInt(orgs.total)}个`
      : `扶持社区社会组织发展。各社区每万人拥有社区社会组织均不少于${fmtNum(per10k)}个`) +
    `${caveats(orgs, '未登记管辖人口')},应提供必要的场地、资金和技术支持。`;

  const silent = d.communities.filter((r) => r.councilMeetingCount === 0);
  const thin = d.communities
    .filter((r) => r.averageResidentAttendance !== null && r.averageResidentAttendance < th.minAverageResidentAttendance)
    .sort((a, b) => a.averageResidentAttendance! - b.averageResidentAttendance!);
  const council =
    '健全居民议事制度,定期召开居民会议。' +
    (silent.length
      ? `${silent.length}个社区${d.year}年未召开居民议事会议,应建立定期议事制度:${names(silent)}`
      : `各社区${d.year}年均召开了居民议事会议`) +
    (thin.length
      ? `;${thin.length}个社区平均每次参会居民少于${fmtNum(th.minAverageResidentAttendance)}人,应扩大居民参与:${listCommunities(thin, (r) => `${fmtNum(r.averageResidentAttendance)}人`)}`
      : '') +
    '。';
  return [publicity, organisations, council];
}

/** 三、对策建议: the source report's three groups, each point quantified from the same figures as 二、存在问题. */
export function recommendationsSection(d: ReportData, th: Thresholds): Block[] {
  return [
    { kind: 'heading', level: 2, text: '三、对策建议' },
    { kind: 'paragraph', text: `针对上述存在的问题,结合${d.scopeName}实际情况,根据平台数据测算,提出以下对策建议:` },
    { kind: 'heading', level: 3, text: '(一)明确社区职责,理顺管理体制' },
    { kind: 'paragraph', text: points(dutyPoints(d)) },
    { kind: 'heading', level: 3, text: '(二)加大资源投入,增强服务能力' },
    { kind: 'paragraph', text: points(resourcePoints(d, th)) },
    { kind: 'heading', level: 3, text: '(三)激发居民参与,提升自治能力' },
    { kind: 'paragraph', text: points(participationPoints(d, th)) },
  ];
}
