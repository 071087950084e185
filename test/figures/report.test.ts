import { describe, expect, it } from 'vitest';
import { useTestCity } from '../support/fixtures';
import { ok } from '../support/test-app';
import { buildFiguresCity } from './figures-city';
import { expectReportMatchesFigures } from './report-check';

const env = useTestCity(buildFiguresCity);

const report = async (vars: Record<string, unknown>) =>
  ok(
    await env.t.gql(
      `query($y: Int!, $s: ID, $f: ReportFormat, $th: ReportThresholdsInput) { report(year: $y, serviceCenterId: $s, format: $f, thresholds: $th) { format title content generatedAt } }`,
      vars,
    ),
  ).report;

describe('report', () => {
  it('fills every number of 基本情况 from the figure queries, and the appendix row of every community', async () => {
    const r = await report({ y: 2026 });
    expect(r.format).toBe('MARKDOWN');
    expect(r.title).toBe('关于全市城市社区建设发展情况的报告(2026年度)');
    const c = r.content as string;
    for (const heading of [
      '# 关于全市城市社区建设发展情况的报告(2026年度)',
      '## 一、基本情况',
      '## 二、存在问题',
      '## 附表 各社区主要指标',
      '## 说明',
    ])
      expect(c).toContain(heading);
    // The hand-computed figures, as printed.
    expect(c).toContain(
      '全市共有3个城市社区,辖区总面积4平方公里,下辖小区4个,管辖人口1.50万人(15000人,5000户),现有社区工作者6人,其中事业编制2人、在册社区工作者2人、网格员2人、其他0人',
    );
    expect(c).toContain('现有党组织4个,其中党委1个、党总支1个、党支部2个,现有社区直管党员3名');
    expect(c).toContain(
      '| F-A | 安居社区 | 10000 | 3 | 3 | 25 | 4 | 95,000.10 | 100,000.00 | 95.0% | 2 | 2 | 2 | 20 | 18 | 2 | 150 | 8 | 1 | 1 |',
    );
    expect(c).toContain('| F-C | 城南社区 | — | 2 | — | — | 3 | 0.00 | 0.00 | — | 1 | — | 0 | — | — | 0 | 0 | 0 | 0 | 1 |');
    // And every number equals what the figure queries answer.
    await expectReportMatchesFigures(env.t, c, 2026, null);
  });

  it('lists the problems the data show, each with its figure and the communities concerned', async () => {
    const c = (await report({ y: 2026 })).content as string;
    const problems = c.slice(c.indexOf('## 二、存在问题'), c.indexOf('## 附表'));
    expect(problems).toContain('共有2项承接事项所需的行政权力,承接单位(或其所属服务中心)依法并不具备');
    expect(problems).toContain('「甲党群服务中心」不具有审批权');
    expect(problems).toContain('「甲党群服务中心」不具有管理权');
    expect(problems).toContain('共有3项要求经费保障的承接事项在2026年度没有已批准或已支出的对应经费');
    expect(problems).toContain('2个社区每万人拥有社区工作者少于18人:北苑社区(2人)、安居社区(3人)');
    expect(problems).toContain('2个社区财政拨款占收入比重超过90.0%:北苑社区(100.0%)、安居社区(95.0%)');
    expect(problems).toContain('1个社区未登记管辖人口');
    expect(problems).toContain('2个社区每万人拥有社会组织少于5个:北苑社区(0个)、安居社区(2个)');
    expect(problems).toContain('1个社区居民议事会议平均每次参会居民少于10人:北苑社区(6人);1个社区全年未召开居民议事会议:城南社区');
    expect(c).toContain('FIGURES_MIN_WORKERS_PER_10K');
  });

  it('takes thresholds per query and states them', async () => {
    const c = (await report({ y: 2026, th: { minWorkersPer10k: 2.5, maxFiscalDependency: 0.96 } })).content as string;
    expect(c).toContain('1个社区每万人拥有社区工作者少于2.5人:北苑社区(2人)');
    expect(c).toContain('1个社区财政拨款占收入比重超过96.0%:北苑社区(100.0%)');
    expect(c).toContain('每万人社区工作者少于2.5人(FIGURES_MIN_WORKERS_PER_10K)');
    const bad = await env.t.gql('{ report(year: 2026, thresholds: { minWorkersPer10k: -1 }) { content } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reports one centre with its own numbers', async () => {
    const r = await report({ y: 2026, s: env.city.P });
    expect(r.title).toContain('甲党群服务中心');
    expect(r.content).toContain('甲党群服务中心共有2个城市社区');
    expect(r.content).not.toContain('城南社区');
    await expectReportMatchesFigures(env.t, r.content, 2026, env.city.P);
    const missing = await env.t.gql('{ report(year: 2026, serviceCenterId: "00000000-0000-4000-8000-000000000099") { content } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('prints HTML with inline SVG charts, nothing external, names escaped', async () => {
    ok(
      await env.t.gql(`mutation($i: CommunityCreateInput!) { createCommunity(input: $i) { id } }`, {
        i: { code: 'F-X', name: '<b>新</b>社区', serviceCenterId: env.city.P, population: 100 },
      }),
    );
    const r = await report({ y: 2026, f: 'HTML' });
    const html = r.content as string;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('图1 2026年经费收入来源(元)');
    expect(html).toContain('财政拨款</text>');
    expect(html).toContain('&lt;b&gt;新&lt;/b&gt;社区');
    expect(html).not.toContain('<b>新');
    expect(html).not.toMatch(/<script|<link|<img| src=| href=|url\(/i);
    expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:/);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/XX|NaN|undefined|null/);
  });
});
