import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds/demo';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { expectRecommendationsMatchFigures } from './recommendations-check';
import { expectReportMatchesFigures } from './report-check';
import { expectTrendsMatchFigures } from './trends-check';

let t: TestApp;
let year: number;
beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.app.orm);
  const [row] = await t.app.orm.em.getConnection().execute('select max(fiscal_year) as year from budget_line where deleted_at is null');
  year = Number(row.year);
});
afterAll(() => t?.close());

const report = async (serviceCenterId: string | null, format = 'MARKDOWN') =>
  ok(
    await t.gql('query($y: Int!, $s: ID, $f: ReportFormat) { report(year: $y, serviceCenterId: $s, format: $f) { title content } }', {
      y: year,
      s: serviceCenterId,
      f: format,
    }),
  ).report;

describe('the report on the demo data', () => {
  it('has no "XX" left and every key number equals the figure queries, citywide', async () => {
    const r = await report(null);
    expect(r.content).not.toContain('XX');
    await expectReportMatchesFigures(t, r.content, year, null);
    const { overview } = ok(await t.gql('{ overview { communityCount workerCount partyOrganizationCount } }'));
    // The demo city is not empty: the report speaks about real numbers.
    expect(overview.communityCount).toBeGreaterThan(1);
    expect(overview.workerCount).toBeGreaterThan(0);
    expect(r.content).toContain(`共有${overview.communityCount}个城市社区`);
  });

  it('recommends with numbers: at least five quantified recommendations, each equal to the figure queries', async () => {
    const r = await report(null);
    const section = (r.content as string).slice(r.content.indexOf('## 三、对策建议'), r.content.indexOf('## 附表'));
    for (const quantified of [
      /按每万城镇常住人口拥有社区工作者18人的标准,\d+个社区需增配社区工作者\d+人:.+,合计\d+人/,
      /按社区办公用房每百户不低于30平方米的标准,\d+个社区需增加办公用房面积[\d.]+平方米/,
      /\d+个社区财政拨款占收入比重超过90\.0%:[^,]+社区\(/,
      /其中\d+项共需安排[\d,]+\.\d\d元:.+元\(参照\d+个承接单位\)/,
      /按每万人拥有社区社会组织不少于5个的标准,\d+个社区需培育发展社区社会组织\d+个/,
      /(\d+个社区\d{4}年未召开居民议事会议|各社区\d{4}年均召开了居民议事会议)/,
    ])
      expect(section).toMatch(quantified);
    await expectRecommendationsMatchFigures(t, r.content, year, null);
  });

  it('compares with the years before: the demo data have three years', async () => {
    const r = await report(null);
    // Every number the check reads: communities and social organisations at the year's end, meetings, mean
    // resident attendance, activities, income, spending and fiscal dependency.
    expect(await expectTrendsMatchFigures(t, r.content, year, null)).toBe(8);
    expect(r.content).toContain(`${year - 4}—${year}年主要指标`);
  });

  it('does the same for every service centre, and in HTML', async () => {
    const centers = ok(await t.gql('{ serviceCenters(first: 50) { nodes { id name } } }')).serviceCenters.nodes;
    for (const c of centers) {
      const r = await report(c.id);
      expect(r.title).toContain(c.name);
      await expectReportMatchesFigures(t, r.content, year, c.id);
      await expectRecommendationsMatchFigures(t, r.content, year, c.id);
      await expectTrendsMatchFigures(t, r.content, year, c.id);
    }
    const html = (await report(null, 'HTML')).content as string;
    expect(html).not.toMatch(/XX|NaN|undefined/);
    expect(html.match(/<svg /g)).toHaveLength(2);
  });

  it('prints the same numbers in the Word file, read back by mammoth, the recommendations and trends included', async () => {
    const r = await report(null, 'DOCX');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(r.content as string, 'base64') })).value;
    await expectReportMatchesFigures(t, text, year, null, (cells) => cells.join('\n\n'));
    await expectRecommendationsMatchFigures(t, text, year, null);
    await expectTrendsMatchFigures(t, text, year, null, undefined, (cells) => cells.join('\n\n'));
  });
});
