import { expect } from 'vitest';
import type { Viewer } from '../../server/src/core/access/viewer';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../server/src/modules/figures';
import { fmtMoney, fmtNum, fmtPercent } from '../../server/src/modules/figures/report/format';
import { ok, type TestApp } from '../support/test-app';

/** The report's list rule (problems-section.ts LIST_MAX), so a long list is expected as it prints. */
const listed = (items: string[], unit: string) =>
  items.length > 20 ? `${items.slice(0, 20).join('、')}等${items.length}${unit}` : items.join('、');

interface Row {
  community: { code: string; name: string };
  population: number | null;
  households: number | null;
  workerCount: number | null;
  officeAreaM2: number | null;
  fiscalDependency: number | null;
  socialOrganizationCount: number;
  councilMeetingCount: number;
}

/** Gap per community against a standard, largest first then by code: worked out here, not by the report's own code. */
function gaps(rows: Row[], gapOf: (r: Row) => number | null) {
  return rows
    .map((r) => ({ r, gap: gapOf(r) }))
    .filter((x): x is { r: Row; gap: number } => x.gap !== null && x.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.r.community.code.localeCompare(b.r.community.code));
}

/** Cents of a decimal text, to add money exactly. */
const cents = (s: string) => Math.round(Number(s) * 100);
const yuanOf = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;

/**
 * Asks the figure queries through GraphQL, as `viewer`, and checks that 三、对策建议 states
 * the numbers they give: workers, office space and social organisations to add (worked out
 * here from the indicators), fiscal dependency with the communities named, each unfunded
 * duty's estimate, and the communities without council meetings.
 */
export async function expectRecommendationsMatchFigures(
  t: TestApp,
  content: string,
  year: number,
  serviceCenterId: string | null,
  th: Thresholds = DEFAULT_THRESHOLDS,
  viewer?: Viewer,
): Promise<void> {
  const filter = serviceCenterId ? ', filter: { serviceCenterId: { eq: $s } }' : '';
  const data = ok(
    await t.gql(
      `query($y: Int!, $s: ID) {
    rows: communityIndicators(year: $y${filter}) { community { code name } population households workerCount officeAreaM2 fiscalDependency socialOrganizationCount councilMeetingCount }
    findings: dutyFindings(year: $y, serviceCenterId: $s) { unfundedDuties { estimatedFunding estimateBasis dutyItem { title } community { name } serviceCenter { name } } }
  }`,
      { y: year, s: serviceCenterId },
      viewer,
    ),
  );
  const rows = data.rows as Row[];
  const section = content.slice(content.indexOf('三、对策建议'), content.indexOf('附表 各社区主要指标'));
  expect(section.length).toBeGreaterThan(100);

  const workers = gaps(rows, (r) =>
    r.population && r.workerCount !== null ? Math.ceil((r.population * th.minWorkersPer10k) / 10000) - r.workerCount : null,
  );
  const workerTotal = workers.reduce((s, x) => s + x.gap, 0);
  if (workers.length)
    expect(section).toContain(
      `按每万城镇常住人口拥有社区工作者${fmtNum(th.minWorkersPer10k)}人的标准,${workers.length}个社区需增配社区工作者${workerTotal}人:${listed(
        workers.map((x) => `${x.r.community.name}${x.gap}人`),
        '个社区',
      )},合计${workerTotal}人`,
    );

  const office = gaps(rows, (r) =>
    r.households && r.officeAreaM2 !== null
      ? Math.round(r.households * th.minOfficeAreaPer100Households - r.officeAreaM2 * 100) / 100
      : null,
  );
  const officeTotal = Math.round(office.reduce((s, x) => s + x.gap * 100, 0)) / 100;
  if (office.length)
    expect(section).toContain(
      `按社区办公用房每百户不低于${fmtNum(th.minOfficeAreaPer100Households)}平方米的标准,${office.length}个社区需增加办公用房面积${fmtNum(officeTotal)}平方米:${listed(
        office.map(
          (x) =>
            `${x.r.community.name}${fmtNum(x.gap)}平方米(现有${fmtNum(x.r.officeAreaM2)}平方米,应有${fmtNum((x.r.households! * th.minOfficeAreaPer100Households) / 100)}平方米)`,
        ),
        '个社区',
      )},合计${fmtNum(officeTotal)}平方米`,
    );

  const orgs = gaps(rows, (r) =>
    r.population ? Math.ceil((r.population * th.minSocialOrgsPer10k) / 10000) - r.socialOrganizationCount : null,
  );
  const orgTotal = orgs.reduce((s, x) => s + x.gap, 0);
  if (orgs.length)
    expect(section).toContain(
      `按每万人拥有社区社会组织不少于${fmtNum(th.minSocialOrgsPer10k)}个的标准,${orgs.length}个社区需培育发展社区社会组织${orgTotal}个:${listed(
        orgs.map((x) => `${x.r.community.name}${x.gap}个`),
        '个社区',
      )},合计${orgTotal}个`,
    );

  const dependent = rows
    .filter((r) => r.fiscalDependency !== null && r.fiscalDependency > th.maxFiscalDependency)
    .sort((a, b) => b.fiscalDependency! - a.fiscalDependency!);
  if (dependent.length)
    expect(section).toContain(
      `拓宽社区经费来源渠道。${dependent.length}个社区财政拨款占收入比重超过${fmtPercent(th.maxFiscalDependency)}:${listed(
        dependent.map((r) => `${r.community.name}(${fmtPercent(r.fiscalDependency)})`),
        '个社区',
      )}`,
    );

  const silent = rows.filter((r) => r.councilMeetingCount === 0);
  expect(section).toContain(
    silent.length
      ? `${silent.length}个社区${year}年未召开居民议事会议,应建立定期议事制度:${listed(
          silent.map((r) => r.community.name),
          '个社区',
        )}`
      : `各社区${year}年均召开了居民议事会议`,
  );

  type Unfunded = {
    estimatedFunding: string | null;
    estimateBasis: number;
    dutyItem: { title: string };
    community: { name: string } | null;
    serviceCenter: { name: string };
  };
  const unfunded = data.findings.unfundedDuties as Unfunded[];
  const who = (u: Unfunded) => `${u.community?.name ?? u.serviceCenter.name}承接的「${u.dutyItem.title}」`;
  const known = unfunded.filter((u) => u.estimatedFunding !== null);
  if (known.length) {
    const total = known.reduce((s, u) => s + cents(u.estimatedFunding!), 0);
    expect(section).toContain(`其中${known.length}项共需安排${fmtMoney(yuanOf(total))}元:`);
    for (const u of known) expect(section).toContain(`${who(u)}${fmtMoney(u.estimatedFunding)}元(参照${u.estimateBasis}个承接单位)`);
  }
  const unknown = unfunded.filter((u) => u.estimateBasis === 0);
  if (unknown.length)
    expect(section).toContain(
      `${unknown.length}项同一事项尚无已落实经费的承接单位可参照,所需经费无法估算,需另行核定:${listed(unknown.map(who), '项')}`,
    );
  const hidden = unfunded.filter((u) => u.estimateBasis > 0 && u.estimatedFunding === null);
  if (hidden.length)
    expect(section).toContain(`${hidden.length}项的参照经费由少于3条经费记录计算,不予公开:${listed(hidden.map(who), '项')}`);
  if (unfunded.length) expect(section).toContain(`建议为${unfunded.length}项${year}年度未落实经费的承接事项安排经费。`);
  expect(section).not.toMatch(/NaN|undefined|null/);
}
