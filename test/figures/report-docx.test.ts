import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { useTestCity } from '../support/fixtures';
import type { Viewer } from '../../server/src/core/access/viewer';
import { ANONYMOUS, ok } from '../support/test-app';
import { buildFiguresCity } from './figures-city';
import { renderDocx } from '../../server/src/modules/figures/report/docx/render-docx';
import { expectRecommendationsMatchFigures } from './recommendations-check';
import { expectReportMatchesFigures } from './report-check';
import { expectTrendsMatchFigures } from './trends-check';

const env = useTestCity(buildFiguresCity);

const report = async (format: string, viewer?: Viewer) =>
  ok(
    await env.t.gql(
      `query($y: Int!, $f: ReportFormat) { report(year: $y, format: $f) { format title content mimeType fileName } }`,
      { y: 2026, f: format },
      viewer,
    ),
  ).report;

const docxText = async (base64: string) => (await mammoth.extractRawText({ buffer: Buffer.from(base64, 'base64') })).value;

const section = (md: string, from: string, to: string) => md.slice(md.indexOf(from), md.indexOf(to));

/** The report's sentences as the Markdown prints them: paragraphs and list items, headings and tables left out. */
const sentences = (md: string) =>
  md
    .split('\n')
    .map((l) => l.replace(/^- /, '').trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('|') && !l.startsWith('**'));

describe('report(format: DOCX)', () => {
  it('is a .docx, base64, that an independent reader reads back with every number and every finding', async () => {
    const r = await report('DOCX');
    expect(r.format).toBe('DOCX');
    expect(r.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(r.fileName).toBe('report-2026.docx');
    const bytes = Buffer.from(r.content as string, 'base64');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(Object.keys(unzipSync(bytes))).toContain('word/document.xml');

    // mammoth: each paragraph and each table cell is a paragraph of its own in the text.
    const text = await docxText(r.content as string);
    await expectReportMatchesFigures(env.t, text, 2026, null, (cells) => cells.join('\n\n'));
    await expectRecommendationsMatchFigures(env.t, text, 2026, null);
    await expectTrendsMatchFigures(env.t, text, 2026, null, undefined, (cells) => cells.join('\n\n'));
    const md = (await report('MARKDOWN')).content as string;
    const basic = sentences(section(md, '## 一、基本情况', '## 二、存在问题'));
    const findings = sentences(section(md, '## 二、存在问题', '## 附表'));
    expect(basic.length).toBeGreaterThanOrEqual(3);
    expect(findings.length).toBeGreaterThanOrEqual(4);
    for (const s of [...basic, ...findings]) expect(text).toContain(s);
    // The findings as report.test.ts knows them, so an empty problems section could not pass.
    for (const finding of [
      '「甲党群服务中心」不具有审批权',
      '共有3项要求经费保障的承接事项在2026年度没有已批准或已支出的对应经费',
      '2个社区每万人拥有社区工作者少于18人:北苑社区(2人)、安居社区(3人)',
      '2个社区财政拨款占收入比重超过90.0%:北苑社区(100.0%)、安居社区(95.0%)',
      '2个社区每万人拥有社会组织少于5个:北苑社区(0个)、安居社区(2个)',
      '1个社区全年未召开居民议事会议:城南社区',
      // 三、对策建议, as recommendations.test.ts works them out.
      '按每万城镇常住人口拥有社区工作者18人的标准,2个社区需增配社区工作者23人:安居社区15人、北苑社区8人,合计23人',
      '2个社区需增加办公用房面积1150平方米:安居社区650平方米(现有250平方米,应有900平方米)',
      '其中1项共需安排3,000.00元:北苑社区承接的「事项D2」3,000.00元(参照1个承接单位)',
      '2个社区需培育发展社区社会组织6个:安居社区3个、北苑社区3个,合计6个',
      '1个社区2026年未召开居民议事会议,应建立定期议事制度:城南社区',
      // 同比, as trends.test.ts works it out.
      '与上年同比,2026年居民议事会议3次(上年1次,同比增加2次,增长200.0%)',
      '财政依赖度88.5%(上年100.0%,同比下降11.5个百分点)',
    ])
      expect(text).toContain(finding);
    for (const heading of [
      '关于全市城市社区建设发展情况的报告(2026年度)',
      '一、基本情况',
      '二、存在问题',
      '三、对策建议',
      '(一)明确社区职责,理顺管理体制',
      '(二)加大资源投入,增强服务能力',
      '(三)激发居民参与,提升自治能力',
      '附表 各社区主要指标',
    ])
      expect(text).toContain(heading);
    expect(text).not.toMatch(/XX|NaN|undefined|null/);
  });

  it('has the layout of official documents: A4, the margins, the fonts, real tables, the charts as PNG, "— PAGE —"', async () => {
    const files = unzipSync(Buffer.from((await report('DOCX')).content as string, 'base64'));
    const xml = Buffer.from(files['word/document.xml']).toString('utf8');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // 37, 35, 28, 26 mm in twips (1 mm = 1440 / 25.4).
    for (const [side, mm] of [
      ['top', 37],
      ['bottom', 35],
      ['left', 28],
      ['right', 26],
    ] as const)
      expect(xml).toMatch(new RegExp(`<w:pgMar[^>]* w:${side}="${Math.round((mm * 1440) / 25.4)}"`));
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312']) expect(xml).toContain(`w:eastAsia="${font}"`);
    // The fallbacks Word takes when a font is not installed, in the font table.
    const fontTable = Buffer.from(files['word/fontTable.xml']).toString('utf8');
    for (const [font, alt] of [
      ['方正小标宋简体', '华文中宋'],
      ['仿宋_GB2312', '仿宋'],
      ['黑体', 'SimHei'],
      ['楷体_GB2312', '楷体'],
      ['宋体', 'SimSun'],
    ])
      expect(fontTable).toContain(`<w:font w:name="${font}"><w:altName w:val="${alt}"/>`);
    expect(xml).toContain('<w:sz w:val="44"/>'); // 2号 title
    expect(xml).toContain('<w:sz w:val="32"/>'); // 3号 body and headings
    expect(xml).toContain('w:line="578" w:lineRule="exact"');
    expect(xml).toContain('w:firstLineChars="200"');

    const md = (await report('MARKDOWN')).content as string;
    const charts = (md.match(/\| 项目 \|/g) ?? []).length;
    const tables = (md.match(/^\| --- /gm) ?? []).length - charts;
    expect(charts).toBe(2);
    expect(tables).toBeGreaterThan(0);
    expect(xml.match(/<w:tbl>/g)).toHaveLength(tables);
    expect(xml).toContain('<w:tblHeader/>');
    expect(Object.keys(files).filter((f) => /^word\/media\/.*\.png$/.test(f))).toHaveLength(charts);
    expect(xml.match(/<w:drawing>/g)).toHaveLength(charts);

    const footer = Object.keys(files).find((f) => /^word\/footer\d+\.xml$/.test(f))!;
    const f = Buffer.from(files[footer]).toString('utf8');
    expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(f).toContain('— </w:t>');
    expect(f).toContain(' —</w:t>');
    expect(f).toContain('w:eastAsia="宋体"');
    expect(f).toContain('<w:sz w:val="28"/>'); // 4号
  });

  it('says to an anonymous caller what its Markdown says, withheld values as *', async () => {
    const md = (await report('MARKDOWN', ANONYMOUS)).content as string;
    const text = await docxText((await report('DOCX', ANONYMOUS)).content as string);
    expect(md).toContain('*');
    for (const s of sentences(md)) expect(text).toContain(s);
  });

  it('gives the same bytes for the same data', async () => {
    expect((await report('DOCX')).content).toBe((await report('DOCX')).content);
  });

  it('gives the same bytes in any time zone (zip times are local times)', async () => {
    const blocks = [{ kind: 'paragraph' as const, text: '截至2026-12-01' }];
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      const shanghai = await renderDocx('t', blocks, '2026-12-01');
      process.env.TZ = 'America/New_York';
      expect(await renderDocx('t', blocks, '2026-12-01')).toBe(shanghai);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});
