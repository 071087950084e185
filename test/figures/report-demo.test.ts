import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds/demo';
import { ok, startTestApp, type TestApp } from '../support/test-app';
import { expectReportMatchesFigures } from './report-check';

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

  it('does the same for every service centre, and in HTML', async () => {
    const centers = ok(await t.gql('{ serviceCenters(first: 50) { nodes { id name } } }')).serviceCenters.nodes;
    for (const c of centers) {
      const r = await report(c.id);
      expect(r.title).toContain(c.name);
      await expectReportMatchesFigures(t, r.content, year, c.id);
    }
    const html = (await report(null, 'HTML')).content as string;
    expect(html).not.toMatch(/XX|NaN|undefined/);
    expect(html.match(/<svg /g)).toHaveLength(2);
  });

  it('prints the same numbers in the Word file, read back by mammoth', async () => {
    const r = await report(null, 'DOCX');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(r.content as string, 'base64') })).value;
    await expectReportMatchesFigures(t, text, year, null, (cells) => cells.join('\n\n'));
  });
});
