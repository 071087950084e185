import type { AppContext } from '../../../core/context';
import { badInput } from '../../../core/errors';
import { disclosureOf } from '../disclosure';
import { todayUtc } from '../overview';
import { thresholdsFromEnv, type Thresholds } from '../settings';
import { DOCX_MIME, renderDocx } from './docx/render-docx';
import { appendixSection, chartBlocks } from './appendix-section';
import { basicSection } from './basic-section';
import { completenessParagraph } from './gaps-section';
import type { Block } from './document';
import { problemsSection } from './problems-section';
import { recommendationsSection } from './recommendations-section';
import { renderHtml, renderMarkdown } from './render';
import { reportData, type ReportData } from './report-data';
import { ReportFormat, type Report, type ReportThresholdsInput } from './report.type';
import { trendsSection } from './trends-section';

export interface ReportRequest {
  year: number;
  serviceCenterId: string | null;
  format: ReportFormat;
  thresholds: ReportThresholdsInput;
}

/** The configured thresholds with the request's own over them; BAD_USER_INPUT at `thresholds.<name>` for a bad one. */
export function thresholdsFor(input: ReportThresholdsInput): Thresholds {
  const out = thresholdsFromEnv();
  for (const [key, value] of Object.entries(input) as Array<[keyof Thresholds, number | null | undefined]>) {
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) throw badInput([{ path: `thresholds.${key}`, message: 'must be a number ≥ 0' }]);
    out[key] = value;
  }
  return out;
}

export const reportTitle = (d: ReportData) => `关于${d.scopeName}城市社区建设发展情况的报告(${d.year}年度)`;

/** The whole report as blocks: the source report's sections, every number from the data. */
export function reportBlocks(d: ReportData, th: Thresholds): Block[] {
  return [
    { kind: 'heading', level: 1, text: reportTitle(d) },
    {
      kind: 'paragraph',
      text: `本报告由社区治理数据平台根据截至${d.asOf}的登记数据自动生成,围绕城市社区的组织架构、工作队伍、权责清单、经费保障和居民参与情况,汇总${d.scopeName}${d.year}年度城市社区建设发展情况,列出数据反映的问题,并据此测算提出对策建议。`,
    },
    ...basicSection(d),
    ...completenessParagraph(d),
    ...trendsSection(d),
    ...chartBlocks(d, th),
    ...problemsSection(d, th),
    ...recommendationsSection(d, th),
    ...appendixSection(d, th),
  ];
}

export async function buildReport(ctx: AppContext, req: ReportRequest): Promise<Report> {
  const th = thresholdsFor(req.thresholds);
  const data = await reportData(ctx.em, ctx.access, disclosureOf(ctx), req.year, req.serviceCenterId, todayUtc());
  return renderReport(data, req);
}

/** The report of figures already read: what buildReport answers, from the same data in every format. */
export async function renderReport(data: ReportData, req: ReportRequest): Promise<Report> {
  const th = thresholdsFor(req.thresholds);
  const blocks = reportBlocks(data, th);
  const title = reportTitle(data);
  const { content, mimeType, ext } = await render(req.format, title, blocks, data.asOf);
  return { format: req.format, title, content, mimeType, fileName: `report-${req.year}.${ext}`, generatedAt: new Date() };
}

async function render(format: ReportFormat, title: string, blocks: Block[], asOf: string) {
  switch (format) {
    case ReportFormat.HTML:
      return { content: renderHtml(title, blocks), mimeType: 'text/html', ext: 'html' };
    case ReportFormat.DOCX:
      return { content: await renderDocx(title, blocks, asOf), mimeType: DOCX_MIME, ext: 'docx' };
    case ReportFormat.MARKDOWN:
      return { content: renderMarkdown(blocks), mimeType: 'text/markdown', ext: 'md' };
  }
}
