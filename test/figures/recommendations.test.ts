import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, thresholdsFromEnv } from '../../server/src/modules/figures';
import { useTestCity } from '../support/fixtures';
import { ANONYMOUS, ok } from '../support/test-app';
import type { Viewer } from '../../server/src/core/access/viewer';
import { buildFiguresCity } from './figures-city';
import { expectRecommendationsMatchFigures } from './recommendations-check';

const env = useTestCity(buildFiguresCity);

const report = async (vars: Record<string, unknown>, viewer?: Viewer) =>
  ok(
    await env.t.gql(
      `query($y: Int!, $s: ID, $th: ReportThresholdsInput) { report(year: $y, serviceCenterId: $s, thresholds: $th) { content } }`,
      vars,
      viewer,
    ),
  ).report.content as string;

const recommendations = (md: string) => md.slice(md.indexOf('## 三、对策建议'), md.indexOf('## 附表'));

describe('the figures the recommendations stand on', () => {
  it('gives each community its households and office area per 100 households', async () => {
    const { communityIndicators: rows, cityIndicators: city } = ok(
      await env.t.gql(
        '{ communityIndicators(year: 2026) { community { code } households officeAreaPer100Households } cityIndicators(year: 2026) { households officeAreaPer100Households } }',
      ),
    );
    expect(rows).toEqual([
      { community: { code: 'F-A' }, households: 3000, officeAreaPer100Households: (250 * 100) / 3000 },
      { community: { code: 'F-B' }, households: 2000, officeAreaPer100Households: 5 },
      { community: { code: 'F-C' }, households: null, officeAreaPer100Households: null },
    ]);
    // Ratios of sums over the communities with both inputs, as every area indicator: F-C has
    // office space (300 m²) but no households recorded, so 350 m² over 5,000 households.
    expect(city).toEqual({ households: 5000, officeAreaPer100Households: 7 });
  });

  it('estimates each unfunded duty from the same duty’s funded assignments, withheld below K lines for who may not read them', async () => {
    const q = '{ dutyFindings(year: 2026) { unfundedDuties { assignmentId estimatedFunding estimateBasis suppressed } } }';
    const { a1, a4, a10 } = env.city.assignments;
    const byId = async (viewer?: Viewer) =>
      new Map<string, unknown>(
        ok(await env.t.gql(q, {}, viewer)).dutyFindings.unfundedDuties.map((u: { assignmentId: string }) => [u.assignmentId, u]),
      );
    const admin = await byId();
    // D1 has no funded assignment (a6 is withdrawn, a9 deleted): 无法估算. D2's a10 is estimated from a2's one approved line.
    expect(admin.get(a1)).toMatchObject({ estimatedFunding: null, estimateBasis: 0, suppressed: [] });
    expect(admin.get(a4)).toMatchObject({ estimatedFunding: null, estimateBasis: 0, suppressed: [] });
    expect(admin.get(a10)).toMatchObject({ estimatedFunding: '3000.00', estimateBasis: 1, suppressed: [] });
    const anonymous = await byId(ANONYMOUS);
    expect(anonymous.get(a10)).toMatchObject({ estimatedFunding: null, estimateBasis: 1, suppressed: ['estimatedFunding'] });
  });
});

describe('三、对策建议', () => {
  it('follows 二、存在问题 with the source report’s three groups', async () => {
    const c = await report({ y: 2026 });
    const order = [
      '## 二、存在问题',
      '## 三、对策建议',
      '### (一)明确社区职责,理顺管理体制',
      '### (二)加大资源投入,增强服务能力',
      '### (三)激发居民参与,提升自治能力',
      '## 附表',
    ];
    const at = order.map((h) => c.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('quantifies each recommendation from the small city’s figures (worked out by hand)', async () => {
    const r = recommendations(await report({ y: 2026 }));
    // A: ceil(10000 × 18 / 10000) − 3 = 15; B: 9 − 1 = 8; C has no population.
    expect(r).toContain(
      '按每万城镇常住人口拥有社区工作者18人的标准,2个社区需增配社区工作者23人:安居社区15人、北苑社区8人,合计23人;1个社区未登记管辖人口,未能测算',
    );
    // A: 3000 × 30 / 100 = 900 m², has 250; B: 600, has 100; C has no households.
    expect(r).toContain(
      '按社区办公用房每百户不低于30平方米的标准,2个社区需增加办公用房面积1150平方米:安居社区650平方米(现有250平方米,应有900平方米)、北苑社区500平方米(现有100平方米,应有600平方米),合计1150平方米;1个社区未登记户数或办公用房面积,未能测算',
    );
    // A: 5 − 2; B: ceil(2.5) − 0.
    expect(r).toContain('按每万人拥有社区社会组织不少于5个的标准,2个社区需培育发展社区社会组织6个:安居社区3个、北苑社区3个,合计6个');
    expect(r).toContain('2个社区财政拨款占收入比重超过90.0%:北苑社区(100.0%)、安居社区(95.0%),建议在这些社区优先探索多元化经费筹集机制');
    expect(r).toContain('建议为3项2026年度未落实经费的承接事项安排经费。');
    expect(r).toContain('其中1项共需安排3,000.00元:北苑社区承接的「事项D2」3,000.00元(参照1个承接单位)');
    expect(r).toContain(
      '2项同一事项尚无已落实经费的承接单位可参照,所需经费无法估算,需另行核定:城南社区承接的「事项D1」、安居社区承接的「事项D1」',
    );
    expect(r).toContain('对2项承接单位不具备所需行政权力的承接事项逐项理顺');
    expect(r).toContain('「甲党群服务中心」及所辖社区2项(需管理权、审批权)');
    expect(r).toContain('1个社区2026年未召开居民议事会议,应建立定期议事制度:城南社区');
    expect(r).toContain('1个社区平均每次参会居民少于10人,应扩大居民参与:北苑社区(6人)');
    await expectRecommendationsMatchFigures(env.t, r, 2026, null);
  });

  it('prints for an anonymous reader only what its figure queries tell it, and says what it leaves out', async () => {
    const r = recommendations(await report({ y: 2026 }, ANONYMOUS));
    // B's one worker, and each community's income lines (C has none), are fewer than K = 3: withheld, so not judged.
    expect(r).toContain(
      '1个社区需增配社区工作者15人:安居社区15人,合计15人;1个社区未登记管辖人口,未能测算;另有1个社区的相关人数不予公开,未计入',
    );
    expect(r).toContain('各社区财政拨款占收入比重均未超过90.0%,应继续保持多元化的经费来源;另有3个社区的相关经费数据不予公开,未参与判定');
    expect(r).toContain('1项的参照经费由少于3条经费记录计算,不予公开:北苑社区承接的「事项D2」');
    expect(r).not.toContain('3,000.00');
    expect(r).not.toContain('北苑社区8人');
    await expectRecommendationsMatchFigures(env.t, r, 2026, null, DEFAULT_THRESHOLDS, ANONYMOUS);
  });

  it('takes the office standard per query and from the environment, and states it', async () => {
    const th = { minOfficeAreaPer100Households: 10, minWorkersPer10k: 2.5 };
    const c = await report({ y: 2026, th });
    expect(c).toContain(
      '按社区办公用房每百户不低于10平方米的标准,2个社区需增加办公用房面积150平方米:北苑社区100平方米(现有100平方米,应有200平方米)、安居社区50平方米(现有250平方米,应有300平方米),合计150平方米',
    );
    // A: ceil(2.5) = 3 workers, has 3; B: ceil(1.25) = 2, has 1.
    expect(c).toContain('按每万城镇常住人口拥有社区工作者2.5人的标准,1个社区需增配社区工作者1人:北苑社区1人,合计1人');
    expect(c).toContain('社区办公用房每百户少于10平方米(FIGURES_MIN_OFFICE_AREA_PER_100_HOUSEHOLDS)');
    await expectRecommendationsMatchFigures(env.t, c, 2026, null, { ...DEFAULT_THRESHOLDS, ...th });
    const bad = await env.t.gql('{ report(year: 2026, thresholds: { minOfficeAreaPer100Households: -1 }) { content } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(thresholdsFromEnv({ FIGURES_MIN_OFFICE_AREA_PER_100_HOUSEHOLDS: '25' }).minOfficeAreaPer100Households).toBe(25);
    expect(() => thresholdsFromEnv({ FIGURES_MIN_OFFICE_AREA_PER_100_HOUSEHOLDS: 'many' })).toThrow(
      /FIGURES_MIN_OFFICE_AREA_PER_100_HOUSEHOLDS/,
    );
  });

  it('recommends for one centre from its own figures', async () => {
    const r = recommendations(await report({ y: 2026, s: env.city.P }));
    expect(r).toContain('甲党群服务中心实际情况');
    expect(r).not.toContain('城南社区');
    expect(r).toContain('各社区2026年均召开了居民议事会议');
    await expectRecommendationsMatchFigures(env.t, r, 2026, env.city.P);
  });
});
