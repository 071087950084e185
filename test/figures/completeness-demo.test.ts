import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../seeds/demo';
import { ANONYMOUS, ok, startTestApp, type TestApp } from '../support/test-app';
import type { Viewer } from '../../server/src/core/access/viewer';

// The demo's deliberate gap: 翠苑社区 (DH-006) works from a temporary office with no area recorded.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.app.orm);
});
afterAll(() => t?.close());

const YEAR = 2026;
const report = async (format: string, viewer?: Viewer) =>
  ok(await t.gql('query($y: Int!, $f: ReportFormat) { report(year: $y, format: $f) { content } }', { y: YEAR, f: format }, viewer)).report
    .content as string;

/** What the report must say of the gap, in any format. */
const SAID = [
  // Beside the ratio it leaves out, in the sentence's paragraph.
  '1个社区未填报办公用房面积,每千人办公用房面积未计入该社区。',
  // In the completeness paragraph, named.
  '1个社区未填报办公用房面积(翠苑社区),相关指标未计入该社区',
];

describe('the demo data’s gap', () => {
  it('is the one gap dataCompleteness finds in the demo year, for ADMIN and for an anonymous caller', async () => {
    const q = `query($y: Int!) { dataCompleteness(year: $y) { communityCount gaps { kind communityCode communityName recordType field } } }`;
    for (const viewer of [undefined, ANONYMOUS]) {
      const c = ok(await t.gql(q, { y: YEAR }, viewer)).dataCompleteness;
      expect(c.communityCount).toBe(12);
      expect(c.gaps).toEqual([
        { kind: 'EMPTY_FIELD', communityCode: 'DH-006', communityName: '翠苑社区', recordType: 'Community', field: 'officeAreaM2' },
      ]);
    }
  });

  it('is named by the report in Markdown and HTML, with its appendix row', async () => {
    const md = await report('MARKDOWN');
    for (const s of SAID) expect(md).toContain(s);
    expect(md).toContain('## 附表 各社区数据缺口');
    expect(md).toContain('| DH-006 | 翠苑社区 | 办公用房面积 |');
    const html = await report('HTML');
    for (const s of SAID) expect(html).toContain(s);
    expect(html).toContain('<td>DH-006</td><td>翠苑社区</td><td>办公用房面积</td>');
  });

  it('is named by the Word file, read back by mammoth', async () => {
    const docx = await report('DOCX');
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(docx, 'base64') })).value;
    for (const s of SAID) expect(text).toContain(s);
    expect(text).toContain('附表 各社区数据缺口');
    // mammoth gives each table cell a paragraph of its own.
    expect(text).toContain('DH-006\n\n翠苑社区\n\n办公用房面积');
  });
});
