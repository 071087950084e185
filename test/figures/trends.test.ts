import { describe, expect, it } from 'vitest';
import { useTestCity } from '../support/fixtures';
import { ANONYMOUS, ok } from '../support/test-app';
import type { Viewer } from '../../server/src/core/access/viewer';
import { buildFiguresCity } from './figures-city';
import { expectTrendsMatchFigures } from './trends-check';

const env = useTestCity(buildFiguresCity);

const report = async (vars: Record<string, unknown>, viewer?: Viewer) =>
  ok(
    await env.t.gql(
      `query($y: Int!, $s: ID, $f: ReportFormat) { report(year: $y, serviceCenterId: $s, format: $f) { content } }`,
      vars,
      viewer,
    ),
  ).report.content as string;

describe('trends (同比)', () => {
  it('compares each number that has a year with the year before, where both years recorded it (worked out by hand)', async () => {
    const c = await report({ y: 2026 });
    const basic = c.slice(c.indexOf('## 一、基本情况'), c.indexOf('## 二、存在问题'));
    // 2025: A's one meeting of 99 attendees (97 residents); 2026: 30 + 10 + 8 = 48 attendees, 42 residents, in 3 meetings.
    expect(basic).toContain(
      '与上年同比,2026年居民议事会议3次(上年1次,同比增加2次,增长200.0%);议事会议参会48人次(上年99人次,同比减少51人次,下降51.5%)',
    );
    expect(basic).toContain('平均每次参会居民14人(上年97人,同比减少83人,下降85.6%)');
    // 2025 money: A's 1.00 of fiscal appropriation, nothing spent. 2026: 115,000.10 of 130,000.00 is fiscal.
    expect(basic).toContain('经费收入合计130,000.00元(上年1.00元,同比增加129,999.00元,增长12999900.0%)');
    expect(basic).toContain('经费支出合计53,000.05元(上年0.00元,同比增加53,000.05元)');
    expect(basic).toContain('财政依赖度88.5%(上年100.0%,同比下降11.5个百分点)');
    // No activity was recorded in 2025, and the register held nothing at 2025's end (every record was entered this year).
    expect(basic).not.toContain('社区活动3次(上年');
    expect(basic).not.toContain('城市社区3个(上年');
    expect(basic).toContain('管辖人口、户数、辖区面积、办公用房和服务窗口为社区登记现状');
    // The five-year table: "—" where a year has no such records (2024 has C's lines only).
    expect(basic).toContain('| 指标 | 单位 | 2022年 | 2023年 | 2024年 | 2025年 | 2026年 |');
    expect(basic).toContain('| 居民议事会议 | 次 | — | — | — | 1 | 3 |');
    expect(basic).toContain('| 经费收入合计 | 元 | — | — | 0.30 | 1.00 | 130,000.00 |');
    expect(basic).toContain('| 城市社区 | 个 | — | — | — | — | 3 |');
    expect(await expectTrendsMatchFigures(env.t, c, 2026, null)).toBe(5);
  });

  it('says when the year before has nothing to compare, and leaves the table out when no earlier year has', async () => {
    const c = await report({ y: 2024 });
    expect(c).toContain('2023年没有可比数据,不作同比。');
    expect(c).not.toContain('年主要指标(');
    expect(await expectTrendsMatchFigures(env.t, c, 2024, null)).toBe(0);
  });

  it('marks what it may not tell an anonymous reader, and compares nothing withheld', async () => {
    const c = await report({ y: 2026 }, ANONYMOUS);
    // 2025 has one budget line: fewer than K = 3, withheld from a caller who may not read budget lines; so are
    // the years without any (a count of lines it may not list is no more its business than their sum). 2024 has 5.
    expect(c).toContain('经费收入合计130,000.00元(上年*元)');
    expect(c).toContain('财政依赖度88.5%(上年*)');
    expect(c).toContain('| 经费收入合计 | 元 | * | * | 0.30 | * | 130,000.00 |');
    await expectTrendsMatchFigures(env.t, c, 2026, null, ANONYMOUS);
  });

  it('compares one centre with its own years, and prints the table in HTML', async () => {
    await expectTrendsMatchFigures(env.t, await report({ y: 2026, s: env.city.P }), 2026, env.city.P);
    const html = await report({ y: 2026, f: 'HTML' });
    expect(html).toContain('<caption>全市2022—2026年主要指标');
    expect(html).toContain('<td>居民议事会议</td><td>次</td><td>—</td><td>—</td><td>—</td><td>1</td><td>3</td>');
  });
});
